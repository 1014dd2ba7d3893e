// The split view's layout job: a comparison laid out in slices between
// frames and keys (a 30,000-word pair takes longer than a frame), and the
// scroll position kept on the same text when the layout is replaced (resize,
// toggles, a re-read file, boilerplate compared as text).
import {useEffect, useLayoutEffect, useRef, useState, type MutableRefObject} from 'react';
import type {Comparison} from '../../compare/model.js';
import {contextTop, startLayout, type LayoutJob, type SplitLayout} from '../../render/layout.js';
import {memoizeLast} from '../use-store.js';
import {changeContext, type SplitAction, type SplitState, type View} from './state.js';
import {offThreadChars} from './use-comparison.js';

/** Longest synchronous slice of layout work: well under the 100 ms a key may wait. */
const layoutSliceMs = 20;

/** The slice done while rendering, when the comparison has just arrived (a frame's work is due too). */
const firstSliceMs = 10;

/** While laying out with the screen already full, the progress figure is redrawn this often. */
const progressRedrawMs = 250;

/** A place in the texts: the side and character offset of the first text at the top line. */
/** A place in a pair's texts (see placeAt); the App sets one to open a pair scrolled to it (the story view's Enter). */
export type Place = {pair: string; side: 'left' | 'right'; offset: number};

/** The text offset shown at the top line (the first line with text from there on), to find it again in another comparison of the pair. */
const placeAt = (layout: SplitLayout, comparison: Comparison, top: number, pair: string): Place | null => {
	for (let index = top; index < layout.lines.length; index++) {
		const line = layout.lines[index];
		const left = comparison.rows[line.leftRow]?.left;
		if (left) return {pair, side: 'left', offset: left.start};
		const right = comparison.rows[line.rightRow]?.right;
		if (right) return {pair, side: 'right', offset: right.start};
	}
	return null;
};

/** The first line showing the row that holds (or first follows) a text offset; -1 when not laid out. */
const lineAt = (layout: SplitLayout, comparison: Comparison, place: {side: 'left' | 'right'; offset: number}): number => {
	let best = -1;
	let bestStart = Number.POSITIVE_INFINITY;
	for (const [index, row] of comparison.rows.entries()) {
		const span = row[place.side];
		if (span && span.end > place.offset && span.start < bestStart) {
			best = index;
			bestStart = span.start;
		}
	}
	if (best === -1) return -1;
	return layout.lines.findIndex(line => (place.side === 'left' ? line.leftRow : line.rightRow) === best);
};

/** What the split view shows for a pair and state: what keeping the place needs of it. */
export type Shown = {layout: SplitLayout | null; comparison: Comparison | null; job: LayoutJob | null; view: View; split: SplitState; pairKey: string};

export type LayoutOptions = {paneWidth: number; showTrivial: boolean; hideBoilerplate: boolean; textMarkers: boolean};

/** One memoised layout job per comparison and options (render and input handler share it). */
export const layoutJobs = () =>
	memoizeLast((comparison: Comparison, left: string, right: string, paneWidth: number, showTrivial: boolean, hideBoilerplate: boolean, textMarkers: boolean): LayoutJob => {
		const job = startLayout(comparison, left, right, {paneWidth, showTrivial, hideBoilerplate, textMarkers});
		// A small pair is laid out at once (no empty frame); a large one is left to the slices,
		// this frame carrying the work of receiving its comparison already.
		if (left.length + right.length <= offThreadChars) job.step(firstSliceMs);
		return job;
	});

/** Line numbers of the changes of a layout, memoised per layout. */
export const changeLinesOf = () => memoizeLast((layout: SplitLayout | null) => layout?.changes.map(change => change.line) ?? []);

/** The focus line of each change of a layout (its first changed word's line; the change's line when no later), memoised per layout. */
export const changeFocusOf = () => memoizeLast((layout: SplitLayout | null) => layout?.changes.map(change => change.focus ?? change.line) ?? []);

/** Where `]`/`[` scroll to for each change of a layout (contextTop, `changeContext` lines at most), memoised per layout. */
export const changeTopsOf = () => memoizeLast((layout: SplitLayout | null) => layout?.changes.map(change => contextTop(layout.lines, change.line, changeContext)) ?? []);

/**
 * Runs an unfinished layout job a slice per turn of the event loop and keeps
 * the reader's place when the layout changes. Returns the layout's progress
 * (0–1, null when done) and `followEnd`, set by G while the layout grows.
 */
export const useLayoutJob = ({
	job,
	comparison,
	layout,
	view,
	split,
	pairKey,
	dispatch,
	state,
}: {
	job: LayoutJob | null;
	comparison: Comparison | null;
	layout: SplitLayout | null;
	view: View;
	split: SplitState;
	pairKey: string;
	dispatch: (action: SplitAction) => void;
	/** The latest split state (the keys may have moved it since this render). */
	state: () => SplitState;
}): {progress: number | null; followEnd: MutableRefObject<boolean>; place: MutableRefObject<Place | null>; keepPlace: (shown: Shown) => void} => {
	// A frame costs as much as a slice: redraw when the lines on screen were still
	// missing, else only now and then for the progress figure.
	const [, setLaidOut] = useState(0);
	const visibleEnd = useRef(0);
	visibleEnd.current = Math.max(split.top[0], split.top[1]) + view.page;
	useEffect(() => {
		if (!job || job.done()) return;
		let cancelled = false;
		let drawn = performance.now();
		const slice = () => {
			if (cancelled) return;
			const linesBefore = job.layout().lines.length;
			const done = job.step(layoutSliceMs);
			if (done || linesBefore < visibleEnd.current || performance.now() - drawn > progressRedrawMs) {
				drawn = performance.now();
				setLaidOut(count => count + 1);
			}
			if (!done) immediate = setImmediate(slice);
		};
		let immediate = setImmediate(slice);
		return () => {
			cancelled = true;
			clearImmediate(immediate);
		};
	}, [job]);

	// On re-layout (resize, toggles) keep the rows that were at the top in view.
	const followEnd = useRef(false);
	const previousLayout = useRef<{layout: SplitLayout; comparison: Comparison; job: LayoutJob | null} | null>(null);
	// Where the reader was when the pair's comparison was replaced (B, a file re-read): restored in the new one.
	const place = useRef<Place | null>(null);
	/**
	 * Brings the place (the tops of `shown.split`, the latest state) from the layout it was kept in to `shown.layout`.
	 * Run after each render, and by the keys before they read the view: a key read before the next frame (`u` then
	 * `G` typed at once) sees the new layout already, and a top it sets there must not be read afterwards as a line
	 * of the old one (breaker18: one column, G said 92%, not Bot).
	 */
	const keepPlace = ({layout, comparison, job, view, split, pairKey}: Shown) => {
		const previous = previousLayout.current;
		previousLayout.current = layout && comparison ? {layout, comparison, job} : null;
		if (previous && previous.comparison !== comparison) place.current = placeAt(previous.layout, previous.comparison, split.top[split.focused], pairKey);
		if (!layout || !comparison) return;
		if (place.current && place.current.pair !== pairKey) place.current = null;
		if (place.current) {
			const line = lineAt(layout, comparison, place.current);
			// Not laid out yet: try again as the layout grows.
			if (line === -1 && job && !job.done()) return dispatch({type: 'fit', ...view});
			place.current = null;
			if (line >= 0) return dispatch({type: 'anchor', line, ...view});
		}
		// A new layout of the same comparison (resize, t): the rows at the top stay at the top.
		if (previous && previous.comparison === comparison && previous.layout !== layout && previous.job !== job) {
			// At the end before (Bot, as less says it): at the end after, not a line short of it (#, t, a resize).
			const wasDone = previous.job === null || previous.job.done();
			if (wasDone && split.top[split.focused] + view.page >= previous.layout.lines.length && split.top[split.focused] > 0) {
				if (job && !job.done()) followEnd.current = true;
				return dispatch({type: 'anchor', line: view.lines, ...view});
			}
			const line = anchorAfterRelayout(previous.layout, layout, split.top[split.focused]);
			if (line >= 0) return dispatch({type: 'anchor', line, ...view});
			// Not laid out that far yet (u, a resize, on a long pair): find the same text as the layout grows.
			if (job && !job.done()) {
				place.current = placeAt(previous.layout, previous.comparison, split.top[split.focused], pairKey);
				return dispatch({type: 'fit', ...view});
			}
		}
		// G pressed while the layout grew: stay at the end as it grows, as less does.
		if (followEnd.current && previous?.job === job) return dispatch({type: 'anchor', line: view.lines, ...view});
		dispatch({type: 'fit', ...view});
	};
	useLayoutEffect(() => keepPlace({layout, comparison, job, view, split: state(), pairKey}), [layout, view.page]);
	/** For the keys: the place kept in `shown.layout` when it is not the layout it was last kept in. */
	const keepPlaceForKeys = (shown: Shown) => {
		if (shown.layout !== (previousLayout.current?.layout ?? null)) keepPlace(shown);
	};
	return {progress: job && !job.done() ? job.progress() : null, followEnd, place, keepPlace: keepPlaceForKeys};
};

/**
 * The line of a new layout of the same comparison to put at the top so that
 * the rows at the old top stay in view on both sides: the first line showing
 * the old top's left row or its right row, whichever comes first (a side's
 * headline block may be laid out ahead of the other's first row). -1 when
 * neither is found.
 */
export const anchorAfterRelayout = (old: SplitLayout, next: SplitLayout, top: number): number => {
	let leftRow = -1;
	let rightRow = -1;
	for (let index = top; index < old.lines.length && (leftRow === -1 || rightRow === -1); index++) {
		if (leftRow === -1 && old.lines[index].leftRow >= 0) leftRow = old.lines[index].leftRow;
		if (rightRow === -1 && old.lines[index].rightRow >= 0) rightRow = old.lines[index].rightRow;
	}
	if (leftRow === -1 && rightRow === -1) return -1;
	return next.lines.findIndex(line => (leftRow >= 0 && line.leftRow === leftRow) || (rightRow >= 0 && line.rightRow === rightRow));
};
