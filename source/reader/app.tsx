// The reader: one input router (a single useInput) dispatching keys through
// the keymap to the active screen's reducer, comparisons computed lazily off
// the input path and memoised per pair and boilerplate mode, layouts memoised
// per comparison, width and toggles.
import {Box, Text, useInput, type Key} from 'ink';
import React, {useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore} from 'react';
import type {Comparison} from '../compare/model.js';
import type {AnalyzedArticle, LoadProblem} from '../corpus/article.js';
import {startLayout, type LayoutJob, type SplitLayout} from '../render/layout.js';
import {colorsDisabled} from '../render/palette.js';
import {safeString} from '../render/safe-text.js';
import {paneWidthFor} from '../render/split-text.js';
import {commandFor, helpSections, type Screen} from './keymap.js';
import {splitKeys} from './split-keys.js';
import {articleIndexer} from './article-index.js';
import {ListScreen, listChromeRows} from './list-screen.js';
import {haystackOf, initialListState, listReducer, listView, nextInGroup, type SortKey} from './list-state.js';
import {clampOverlayTop, Overlay, overlayRoom, type OverlayLine} from './overlay.js';
import type {ReaderInput} from './reader-input.js';
import {minimumSize, useTerminalSize, type TerminalSize} from './size.js';
import {SplitScreen, splitChromeRows} from './split-screen.js';
import {initialSplitState, splitReducer, type SplitState} from './split-state.js';
import {colorTheme, plainTheme, textProps, type Theme} from './theme.js';
import {storySession, type StorySession} from './story/session.js';
import {StoryView} from './story/story-view.js';
import {textFingerprint} from './text-fingerprint.js';
import {memoizeLast, useStore} from './use-store.js';

export type AppProps = {
	input: ReaderInput;
	/** Called once when the user quits, with the exit code. */
	onQuit: (code: number) => void;
	/** Fixed size (tests); default: the terminal's, following resizes. */
	size?: TerminalSize;
	/** Default: colors unless NO_COLOR is set. */
	theme?: Theme;
};

type Pair = {left: string; right: string};

const sortKeys: Record<string, SortKey> = {
	'list.sortName': 'name',
	'list.sortTitle': 'title',
	'list.sortWords': 'words',
	'list.sortBoilerplate': 'boilerplate',
	'list.sortGroup': 'group',
	'list.sortRelation': 'relation',
};

const comparisonCacheSize = 12;

/** Longest synchronous slice of layout work: well under the 100 ms a key may wait. */
const layoutSliceMs = 20;

/** The slice done while rendering, when the comparison has just arrived (a frame's work is due too). */
const firstSliceMs = 10;

/** While laying out with the screen already full, the progress figure is redrawn this often. */
const progressRedrawMs = 250;

/**
 * Pairs with more characters than this are compared off the UI thread (when the CLI can):
 * 2 × 28,000 characters took 32–112 ms here (warm–cold), too close to a frame's budget.
 */
const offThreadChars = 20_000;

/**
 * Cache key of a comparison: the pair, the mode, whether analysis (labels) was done, so a pair
 * compared while pending is redone, and the texts, so a file edited under the reader is redone.
 */
const comparisonKey = (left: AnalyzedArticle | undefined, right: AnalyzedArticle | undefined, withBoilerplate: boolean): string =>
	left && right ? [left.id, Boolean(left.pending), textFingerprint(left), right.id, Boolean(right.pending), textFingerprint(right), withBoilerplate].join('\u0000') : '';

/** The status-line notice for a file that could not be re-read. */
const problemNotice = (article: AnalyzedArticle, problem: LoadProblem): string =>
	/deleted/.test(problem.message)
		? `${article.name} was deleted since it was opened — showing the text as loaded`
		: `${article.name} cannot be re-read (${problem.message}) — showing the text as loaded`;

/** The text offset shown at the top line (the first line with text from there on), to find it again in another comparison of the pair. */
const placeAt = (layout: SplitLayout, comparison: Comparison, top: number, pair: string): {pair: string; side: 'left' | 'right'; offset: number} | null => {
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

const helpLines = (screen: Screen): OverlayLine[] =>
	helpSections(screen).flatMap(section => [
		{text: section.category, heading: true},
		...section.lines.map(line => ({text: `  ${line.keys.padEnd(18)} ${line.description}`})),
	]);

export const App = ({input, onQuit, size: fixedSize, theme: fixedTheme}: AppProps) => {
	const {feed, compare} = input;
	const snapshot = useSyncExternalStore(feed.subscribe, feed.snapshot);
	const size = useTerminalSize(fixedSize);
	const theme = fixedTheme ?? (colorsDisabled() ? plainTheme : colorTheme);
	// Ink clears the whole screen when a frame is as tall as the terminal: stay one row short.
	const height = Math.max(1, size.rows - 1);
	const width = size.columns;
	const tooSmall = size.columns < minimumSize.columns || size.rows < minimumSize.rows;

	const [pair, setPair, currentPair] = useStore((_: Pair | null, next: Pair | null) => next, input.initialPair ? {left: input.initialPair[0], right: input.initialPair[1]} : null);
	const [list, dispatchList, currentList] = useStore(listReducer, initialListState);
	// The story view of a group (s on the list); it stays open under the split views it opens.
	const [story, setStory, currentStory] = useStore((_: StorySession | null, next: StorySession | null) => next, input.initialStory ? storySession(input.initialStory.ids, input.initialStory.baseId) : null);
	const storyKeys = useRef<((text: string, key: Key) => void) | null>(null);
	const [split, dispatchSplit, currentSplit] = useStore(splitReducer, initialSplitState);
	// Derived data, memoised so render and the input handler share one computation.
	const [derive] = useState(() => {
		const haystacks = memoizeLast((articles: readonly AnalyzedArticle[]) => articles.map(haystackOf));
		const view = memoizeLast((articles: readonly AnalyzedArticle[], filter: string, sort: typeof list.sort) => listView(articles, filter, sort, filter.trim() ? haystacks(articles) : undefined));
		const byId = articleIndexer();
		// A layout is computed in slices (a 30,000-word pair takes longer than a frame):
		// the first slice here, the rest between frames and keys (see the effect below).
		const layoutJob = memoizeLast((comparison: Comparison, left: string, right: string, paneWidth: number, showTrivial: boolean, hideBoilerplate: boolean, textMarkers: boolean): LayoutJob => {
			const job = startLayout(comparison, left, right, {paneWidth, showTrivial, hideBoilerplate, textMarkers});
			// A small pair is laid out at once (no empty frame); a large one is left to the slices,
			// this frame carrying the work of receiving its comparison already.
			if (left.length + right.length <= offThreadChars) job.step(firstSliceMs);
			return job;
		});
		const changeLines = memoizeLast((layout: SplitLayout | null) => layout?.changes.map(change => change.line) ?? []);
		return {view, byId, layoutJob, changeLines};
	});
	// Scroll position of the open overlay (help, problems, substitutions), reset when it closes.
	const [overlayTop, setOverlayTop, currentOverlayTop] = useStore((_: number, next: number) => next, 0);
	const quitting = useRef(false);
	const quit = (code: number) => {
		if (quitting.current) return;
		quitting.current = true;
		onQuit(code);
	};

	// The list.
	const view = derive.view(snapshot.articles, list.filter, list.sort);
	const listPage = Math.max(1, height - listChromeRows);
	const viewSize = {count: view.length, page: listPage};
	// When the rows change under the highlight (re-sort, a feed adding articles), keep it on its article.
	const highlightedId = useRef<string | undefined>(undefined);
	useEffect(() => {
		const follow = list.follow ?? (highlightedId.current !== undefined && view[list.cursor]?.id !== highlightedId.current ? highlightedId.current : null);
		const index = follow === null ? -1 : view.findIndex(article => article.id === follow);
		if (index >= 0 || list.follow !== null) dispatchList({type: 'moveTo', index: Math.max(0, index), ...viewSize});
		else dispatchList({type: 'fit', ...viewSize});
	}, [view, listPage, list.follow]);
	useEffect(() => {
		highlightedId.current = view[list.cursor]?.id;
	});
	const byId = derive.byId(snapshot.articles);

	// The comparison of the open pair, computed after a "comparing…" frame has been shown.
	const cache = useRef(new Map<string, Comparison | Error>());
	const [, setComputed] = useState(0);
	const withBoilerplate = split.boilerplate === 'compared';
	const leftArticle = pair ? byId.get(pair.left) : undefined;
	const rightArticle = pair ? byId.get(pair.right) : undefined;
	const cacheKey = comparisonKey(leftArticle, rightArticle, withBoilerplate);
	const cached = cache.current.get(cacheKey);
	// Keys of comparisons running off the thread, so a re-render does not ask twice.
	const inFlight = useRef(new Set<string>());
	useEffect(() => {
		if (!leftArticle || !rightArticle || cache.current.has(cacheKey) || inFlight.current.has(cacheKey)) return;
		const store = (result: Comparison | Error) => {
			// Keep the last few comparisons (going back and forth is instant) without growing forever.
			if (cache.current.size >= comparisonCacheSize) cache.current.delete(cache.current.keys().next().value!);
			cache.current.set(cacheKey, result);
			setComputed(count => count + 1);
		};
		const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));
		if (input.compareOffThread && leftArticle.text.length + rightArticle.text.length > offThreadChars) {
			inFlight.current.add(cacheKey);
			input.compareOffThread(leftArticle, rightArticle, {withBoilerplate}).then(store, error => store(asError(error))).finally(() => inFlight.current.delete(cacheKey));
			return;
		}
		const timer = setTimeout(() => {
			let result: Comparison | Error;
			try {
				result = compare(leftArticle, rightArticle, {withBoilerplate});
			} catch (error) {
				result = asError(error);
			}
			store(result);
			// Ink writes frames at most every 33 ms (maxFps 30): wait past that so the
			// "comparing…" frame is on screen before the synchronous comparison runs.
		}, 40);
		return () => clearTimeout(timer);
	}, [cacheKey, leftArticle, rightArticle]);

	// Files changed under the reader: re-read both when a pair opens and on `r`. A changed
	// text is published by the feed (new cache key: compared again); a vanished one keeps its text, with a notice.
	const [notices, setNotices] = useState<Record<string, string>>({});
	/** `announce`: always (the user pressed r), changes (a file watch fired), never (opening). */
	const reloadPair = async (announce: 'always' | 'changes' | 'never') => {
		const opened = currentPair();
		const articles = opened ? [byIdNow().get(opened.left), byIdNow().get(opened.right)].filter(article => article !== undefined) : [];
		if (!input.reloadArticle) {
			if (announce === 'always') dispatchSplit({type: 'hint', hint: 'this corpus cannot be re-read'});
			return;
		}
		const changed: string[] = [];
		const gone: string[] = [];
		for (const article of articles) {
			let result: AnalyzedArticle | LoadProblem;
			try {
				result = await input.reloadArticle(article);
			} catch (error) {
				result = {path: article.path, kind: 'error', message: error instanceof Error ? error.message : String(error)};
			}
			const notice = 'text' in result ? null : problemNotice(article, result);
			if (notice) gone.push(article.name);
			else if ((result as AnalyzedArticle).text !== article.text) changed.push(article.name);
			setNotices(current => {
				if ((current[article.id] ?? null) === notice) return current;
				const next = {...current};
				if (notice) next[article.id] = notice;
				else delete next[article.id];
				return next;
			});
		}
		if ((announce === 'always' || (announce === 'changes' && changed.length > 0)) && gone.length === 0) dispatchSplit({type: 'hint', hint: changed.length > 0 ? `re-read: ${changed.join(', ')} changed, compared again` : 're-read: both files unchanged'});
	};
	const byIdNow = () => derive.byId(feed.snapshot().articles);
	useEffect(() => {
		if (pair) void reloadPair('never');
	}, [pair?.left, pair?.right]);
	// And while the pair is open, a file changing on disk is re-read (at most one re-read at a time).
	useEffect(() => {
		if (!pair || !input.watchFile || !input.reloadArticle) return;
		const paths = new Set([byIdNow().get(pair.left)?.path, byIdNow().get(pair.right)?.path].filter((path): path is string => path !== undefined && path !== '-'));
		let running: Promise<void> | null = null;
		let again = false;
		const onChange = () => {
			if (running) {
				again = true;
				return;
			}
			running = reloadPair('changes').finally(() => {
				running = null;
				if (again) {
					again = false;
					onChange();
				}
			});
		};
		const stops = [...paths].map(path => input.watchFile!(path, onChange));
		return () => {
			for (const stop of stops) stop();
		};
	}, [pair?.left, pair?.right]);
	const notice = pair ? ([notices[pair.left], notices[pair.right]].filter(Boolean).join('; ') || null) : null;

	const paneWidth = paneWidthFor(width);
	const splitPage = Math.max(1, height - splitChromeRows);
	/** The comparison and layout for a pair and split state (render and input handler alike). */
	const shown = (pair: Pair | null, split: SplitState) => {
		const left = pair ? byId.get(pair.left) : undefined;
		const right = pair ? byId.get(pair.right) : undefined;
		const entry = cache.current.get(comparisonKey(left, right, split.boilerplate === 'compared'));
		const comparison = entry && !(entry instanceof Error) ? entry : null;
		const job = comparison && left && right ? derive.layoutJob(comparison, left.text, right.text, paneWidth, split.showTrivial, split.boilerplate === 'hidden', !theme.colors) : null;
		const layout = job?.layout() ?? null;
		return {comparison, layout, job, view: {lines: layout?.lines.length ?? 0, page: splitPage, changes: derive.changeLines(layout)}};
	};
	const {comparison, layout, job: layoutJob, view: splitView} = shown(pair, split);

	// Unfinished layout: one slice per turn of the event loop, keys handled in between.
	// A frame costs as much as a slice: redraw when the lines on screen were still
	// missing, else only now and then for the progress figure.
	const [, setLaidOut] = useState(0);
	const visibleEnd = useRef(0);
	visibleEnd.current = Math.max(split.top[0], split.top[1]) + splitPage;
	useEffect(() => {
		if (!layoutJob || layoutJob.done()) return;
		let cancelled = false;
		let drawn = performance.now();
		const slice = () => {
			if (cancelled) return;
			const linesBefore = layoutJob.layout().lines.length;
			const done = layoutJob.step(layoutSliceMs);
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
	}, [layoutJob]);
	const layoutProgress = layoutJob && !layoutJob.done() ? layoutJob.progress() : null;

	// On re-layout (resize, toggles) keep the row that was at the top in view.
	const followEnd = useRef(false);
	const previousLayout = useRef<{layout: SplitLayout; comparison: Comparison; job: LayoutJob | null} | null>(null);
	// Where the reader was when the pair's comparison was replaced (B, a file re-read): restored in the new one.
	const place = useRef<{pair: string; side: 'left' | 'right'; offset: number} | null>(null);
	const pairKey = pair ? `${pair.left}\u0000${pair.right}` : '';
	useLayoutEffect(() => {
		const previous = previousLayout.current;
		previousLayout.current = layout && comparison ? {layout, comparison, job: layoutJob} : null;
		if (previous && previous.comparison !== comparison) place.current = placeAt(previous.layout, previous.comparison, split.top[split.focused], pairKey);
		if (!layout || !comparison) return;
		if (place.current && place.current.pair !== pairKey) place.current = null;
		if (place.current) {
			const line = lineAt(layout, comparison, place.current);
			// Not laid out yet: try again as the layout grows.
			if (line === -1 && layoutJob && !layoutJob.done()) return dispatchSplit({type: 'fit', ...splitView});
			place.current = null;
			if (line >= 0) return dispatchSplit({type: 'anchor', line, ...splitView});
		}
		// A layout that only grew (the next slice of the same job) keeps every line where it was.
		if (previous && previous.comparison === comparison && previous.layout !== layout && previous.job !== layoutJob) {
			// The first row with text from the old top line on (the top may be a blank separator).
			const old = previous.layout.lines;
			let row = -1;
			for (let index = split.top[split.focused]; index < old.length && row === -1; index++) row = old[index].leftRow;
			const line = row >= 0 ? layout.lines.findIndex(candidate => candidate.leftRow === row) : -1;
			if (line >= 0) {
				dispatchSplit({type: 'anchor', line, ...splitView});
				return;
			}
		}
		// G pressed while the layout grew: stay at the end as it grows, as less does.
		if (followEnd.current && previous?.job === layoutJob) return dispatchSplit({type: 'anchor', line: splitView.lines, ...splitView});
		dispatchSplit({type: 'fit', ...splitView});
	}, [layout, splitPage]);

	/** Title and lines of the open overlay, from the latest state. */
	const overlayContent = (): {title: string; lines: OverlayLine[]} | null => {
		if (currentPair()) {
			const split = currentSplit();
			if (split.overlay === 'help') return {title: 'copydesk · comparison keys', lines: helpLines('split')};
			const {comparison} = shown(currentPair(), split);
			if (split.overlay === 'substitutions' && comparison) {
				return {
					title: `word substitutions (left → right): ${comparison.substitutions.length}`,
					lines: comparison.substitutions.map(substitution => ({text: `  ${substitution.from} → ${substitution.to} ×${substitution.count}`})),
				};
			}
			return null;
		}
		const list = currentList();
		if (list.overlay === 'help') return {title: 'copydesk · list keys', lines: helpLines('list')};
		if (list.overlay === 'problems') {
			const problems = feed.snapshot().problems;
			return {title: `files not read: ${problems.length}`, lines: problems.map(problem => ({text: `${problem.kind === 'skipped' ? 'skipped' : 'error  '} ${problem.path}: ${problem.message}`}))};
		}
		return null;
	};
	const overlayLines = () => overlayContent()?.lines ?? [];

	const open = (left: AnalyzedArticle | undefined, right: AnalyzedArticle | undefined) => {
		if (!left || !right) return;
		if (left.id === right.id) {
			dispatchList({type: 'hint', hint: 'highlight a different article to compare with the marked one'});
			return;
		}
		dispatchSplit({type: 'reset'});
		setPair({left: left.id, right: right.id});
	};

	const onListCommand = (command: string) => {
		const list = currentList();
		const view = derive.view(feed.snapshot().articles, list.filter, list.sort);
		const viewSize = {count: view.length, page: listPage};
		const byId = derive.byId(feed.snapshot().articles);
		const highlighted = view[list.cursor];
		switch (command) {
			case 'list.down':
				return dispatchList({type: 'move', by: 1, ...viewSize});
			case 'list.up':
				return dispatchList({type: 'move', by: -1, ...viewSize});
			case 'list.first':
				return dispatchList({type: 'moveTo', index: 0, ...viewSize});
			case 'list.last':
				return dispatchList({type: 'moveTo', index: view.length - 1, ...viewSize});
			case 'list.pageDown':
				return dispatchList({type: 'move', by: listPage, ...viewSize});
			case 'list.pageUp':
				return dispatchList({type: 'move', by: -listPage, ...viewSize});
			case 'list.mark':
				if (highlighted) dispatchList({type: 'toggleMark', id: highlighted.id});
				return;
			case 'list.open': {
				const [first, second] = list.marks;
				if (first && second) return open(byId.get(first), byId.get(second));
				if (first) return open(byId.get(first), highlighted);
				return dispatchList({type: 'hint', hint: 'mark two articles with Space (or one, then highlight another), then Enter'});
			}
			case 'list.filter':
				return dispatchList({type: 'startFilter'});
			case 'list.clearFilter':
				return dispatchList(list.filter ? {type: 'clearFilter', current: highlighted?.id} : {type: 'hint', hint: 'no filter to clear'});
			case 'list.nextInGroup':
			case 'list.previousInGroup': {
				const index = nextInGroup(view, list.cursor, command === 'list.nextInGroup' ? 1 : -1);
				if (index === -1) return dispatchList({type: 'hint', hint: highlighted?.group ? 'no other member of this group in the list' : 'not in a group'});
				return dispatchList({type: 'moveTo', index, ...viewSize});
			}
			case 'list.compareOriginal': {
				const original = highlighted?.group ? byId.get(highlighted.group.original) : undefined;
				if (!original) return dispatchList({type: 'hint', hint: 'not in a group'});
				if (original.id === highlighted!.id) return dispatchList({type: 'hint', hint: 'this is the original of its group (c: compare with a member)'});
				return open(original, highlighted);
			}
			case 'list.compareNextMember': {
				if (!highlighted?.group) return dispatchList({type: 'hint', hint: 'not in a group'});
				const members = snapshot.articles.filter(article => article.group?.group === highlighted.group!.group);
				const next = members[(members.findIndex(article => article.id === highlighted.id) + 1) % members.length];
				if (!next || next.id === highlighted.id) return dispatchList({type: 'hint', hint: 'the group has no other member'});
				return open(highlighted, next);
			}
			case 'list.story': {
				const group = highlighted?.group;
				const members = group ? snapshot.articles.filter(article => article.group?.group === group.group) : [];
				if (!group || members.length < 2) return dispatchList({type: 'hint', hint: 'not in a group: a story needs copies'});
				return setStory(storySession(members.map(article => article.id), group.original));
			}
			case 'list.problems':
				return dispatchList(snapshot.problems.length > 0 ? {type: 'overlay', overlay: 'problems'} : {type: 'hint', hint: 'no problems: every file was read'});
			case 'list.help':
				return dispatchList({type: 'overlay', overlay: 'help'});
			case 'list.quit':
				return quit(0);
			default:
				if (command in sortKeys) dispatchList({type: 'sort', key: sortKeys[command], current: highlighted?.id});
		}
	};

	const onSplitCommand = (command: string) => {
		const {comparison, job, view: splitView} = shown(currentPair(), currentSplit());
		followEnd.current = command === 'split.bottom' && job !== null && !job.done();
		// Changes are numbered when the layout is complete; until then say so rather than "no changes".
		if ((command === 'split.nextChange' || command === 'split.previousChange') && job && !job.done()) {
			return dispatchSplit({type: 'hint', hint: `changes can be stepped through once laid out (${Math.floor(job.progress() * 100)}%)`});
		}
		switch (command) {
			case 'split.down':
				return dispatchSplit({type: 'scroll', by: 1, ...splitView});
			case 'split.up':
				return dispatchSplit({type: 'scroll', by: -1, ...splitView});
			case 'split.halfDown':
				return dispatchSplit({type: 'page', pages: 0.5, ...splitView});
			case 'split.halfUp':
				return dispatchSplit({type: 'page', pages: -0.5, ...splitView});
			case 'split.pageDown':
				return dispatchSplit({type: 'page', pages: 1, ...splitView});
			case 'split.pageUp':
				return dispatchSplit({type: 'page', pages: -1, ...splitView});
			case 'split.top':
				return dispatchSplit({type: 'scrollTo', line: 0, ...splitView});
			case 'split.bottom':
				return dispatchSplit({type: 'scrollTo', line: splitView.lines, ...splitView});
			case 'split.nextChange':
				return dispatchSplit({type: 'nextChange', ...splitView});
			case 'split.previousChange':
				return dispatchSplit({type: 'previousChange', ...splitView});
			case 'split.switchPane':
				return dispatchSplit({type: 'switchPane'});
			case 'split.toggleLinked':
				return dispatchSplit({type: 'toggleLinked'});
			case 'split.toggleTrivial':
				return dispatchSplit({type: 'toggleTrivial'});
			case 'split.cycleBoilerplate':
				return dispatchSplit({type: 'cycleBoilerplate'});
			case 'split.substitutions':
				return dispatchSplit(comparison && comparison.substitutions.length > 0 ? {type: 'overlay', overlay: 'substitutions'} : {type: 'hint', hint: 'no word substitutions'});
			case 'split.reload':
				return void reloadPair('always');
			case 'split.help':
				return dispatchSplit({type: 'overlay', overlay: 'help'});
			case 'split.back':
				setPair(null);
				return dispatchSplit({type: 'reset'});
			case 'split.quit':
				return quit(0);
		}
	};

	const onKey = (text: string, key: Key) => {
		if (key.ctrl && text === 'c') return quit(130);
		if (tooSmall) {
			if (text === 'q' || text === 'Q') quit(0);
			return;
		}
		if (currentStory() && !currentPair()) return storyKeys.current?.(text, key);
		const overlayOpen = currentPair() ? currentSplit().overlay !== null : currentList().overlay !== null;
		if (overlayOpen) {
			// Scroll keys scroll a long overlay; any other key closes it.
			const room = overlayRoom(height);
			const by = text === 'j' || key.downArrow ? 1 : text === 'k' || key.upArrow ? -1 : text === ' ' || key.pageDown ? room : key.pageUp ? -room : 0;
			if (by !== 0) return setOverlayTop(clampOverlayTop(currentOverlayTop() + by, overlayLines().length, height));
			setOverlayTop(0);
			return currentPair() ? dispatchSplit({type: 'overlay', overlay: null}) : dispatchList({type: 'overlay', overlay: null});
		}
		if (currentPair()) {
			const command = commandFor('split', text, key);
			if (command) onSplitCommand(command);
			return;
		}
		const list = currentList();
		const view = derive.view(feed.snapshot().articles, list.filter, list.sort);
		const viewSize = {count: view.length, page: listPage};
		if (list.filtering) {
			if (key.escape) return dispatchList({type: 'clearFilter', current: view[list.cursor]?.id});
			if (key.return) return dispatchList({type: 'commitFilter'});
			if (key.backspace || key.delete) return dispatchList({type: 'editFilter', text: [...list.filter].slice(0, -1).join('')});
			if (key.upArrow || key.downArrow) return dispatchList({type: 'move', by: key.upArrow ? -1 : 1, ...viewSize});
			if (text && !key.ctrl && !key.meta && !key.tab) dispatchList({type: 'editFilter', text: list.filter + text});
			return;
		}
		const command = commandFor('list', text, key);
		if (command) onListCommand(command);
	};
	useInput((text: string, key: Key) => {
		for (const [one, itsKey] of splitKeys(text, key)) onKey(one, itsKey);
	});

	if (tooSmall) {
		return (
			<Box flexDirection="column" width={width} height={height}>
				<Text {...textProps(theme.chrome.warning)}>enlarge the terminal</Text>
				<Text>{`(need ${minimumSize.columns}×${minimumSize.rows}, have ${size.columns}×${size.rows})`}</Text>
				<Text>q quits</Text>
			</Box>
		);
	}

	if (pair) {
		if (!leftArticle || !rightArticle) {
			return (
				<Box flexDirection="column" width={width} height={height}>
					<Text {...textProps(theme.chrome.warning)}>{safeString(`no such article: ${!leftArticle ? pair.left : pair.right}`)}</Text>
					<Text>q: back to the list</Text>
				</Box>
			);
		}
		const overlay = overlayContent();
		if (overlay) return <Overlay title={overlay.title} lines={overlay.lines} top={overlayTop} width={width} height={height} theme={theme} />;
		const message = cached instanceof Error ? `could not compare: ${cached.message}` : comparison ? null : 'comparing…';
		return <SplitScreen left={leftArticle} right={rightArticle} comparison={comparison} layout={layout} message={message} layoutProgress={layoutProgress} notice={notice} state={split} width={width} height={height} paneWidth={paneWidth} theme={theme} />;
	}

	if (story) {
		const storyCompare = (base: AnalyzedArticle, copy: AnalyzedArticle): Promise<Comparison> =>
			input.compareOffThread
				? input.compareOffThread(base, copy, {withBoilerplate: false})
				: new Promise((resolve, reject) => {
						// A turn apart, so keys and frames go on between comparisons.
						setTimeout(() => {
							try {
								resolve(compare(base, copy, {withBoilerplate: false}));
							} catch (error) {
								reject(error instanceof Error ? error : new Error(String(error)));
							}
						}, 0);
					});
		const openFromStory = (base: AnalyzedArticle, copy: AnalyzedArticle, baseOffset: number) => {
			place.current = {pair: `${base.id}\u0000${copy.id}`, side: 'left', offset: baseOffset};
			open(base, copy);
		};
		return <StoryView session={story} article={id => byIdNow().get(id)} compare={storyCompare} width={width} height={height} theme={theme} keys={storyKeys} onOpen={openFromStory} onBack={() => setStory(null)} onQuit={quit} />;
	}

	const overlay = overlayContent();
	if (overlay) return <Overlay title={overlay.title} lines={overlay.lines} top={overlayTop} width={width} height={height} theme={theme} />;
	return <ListScreen snapshot={snapshot} view={view} state={list} width={width} height={height} theme={theme} page={listPage} longestName={byId.longestName} />;
};
