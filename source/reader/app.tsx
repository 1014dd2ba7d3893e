// The reader: a router over its screens. One input handler passes each key
// through the keymap to the active screen's (or overlay's, or filter's)
// KeyActions; each screen is a folder (state reducer, keys, view), the split
// view's comparison and layout jobs live in hooks of their own.
import {Box, Text, useInput, useStdin, type Key} from 'ink';
import type {Comparison} from '../compare/model.js';
import wrapAnsi from 'wrap-ansi';
import React, {useEffect, useRef, useState, useSyncExternalStore} from 'react';
import type {AnalyzedArticle} from '../corpus/article.js';
import {colorsDisabled} from '../render/palette.js';
import {safeString} from '../render/safe-text.js';
import {problemLine, problemsHeading} from '../render/problem-text.js';
import {paneWidthFor} from '../render/split-text.js';
import {articleIndexer} from './article-index.js';
import {commandFor, helpSections, keyLabel, keyOf, runKey, type KeyActions, type Screen} from './keymap.js';
import {filterKeys, groupsNotReady, listKeys, typeIntoFilter, type ListKeysContext} from './list/keys.js';
import {ListScreen, listChromeRows} from './list/screen.js';
import {cursorIn, haystackOf, initialListState, listReducer, listView, type Sort} from './list/state.js';
import {clampOverlayTop, fitOverlayLines, Overlay, overlayKeyActions, type OverlayLine} from './overlay.js';
import type {ReaderInput} from './reader-input.js';
import {minimumSize, tooSmallLines, useTerminalSize, type TerminalSize} from './size.js';
import {splitKeys as splitKeyRuns} from './split-keys.js';
import {findFromTop, keptHint, searchKeys, splitKeys, waitsFor, type SplitKeysContext} from './split/keys.js';
import {factListLines, factStopsOf} from './split/facts.js';
import {lineAtTop, numberWidthFor} from './split/line-numbers.js';
import {paneExtents} from './split/pane-extent.js';
import {bothSides, leftSide, matchLines, rightSide} from './split/search.js';
import {unifiedBelowColumns, unifiedPrefix, unifyLayout} from './split/unified.js';
import {SplitScreen, splitChromeRows} from './split/screen.js';
import {initialSplitState, splitReducer, type SplitState, type WaitingKey} from './split/state.js';
import {useComparison, type Pair} from './split/use-comparison.js';
import {changeFocusOf, changeLinesOf, changeTopsOf, layoutJobs, useLayoutJob} from './split/use-layout.js';
import {colorTheme, plainTheme, textProps, type Theme} from './theme.js';
import {storySession, type StorySession} from './story/session.js';
import {StoryView} from './story/story-view.js';
import {memoizeLast, useStore} from './use-store.js';
import {editorLine} from './editor-line.js';

export type AppProps = {
	input: ReaderInput;
	/** Called once when the user quits, with the exit code (0, or 130 for Ctrl-C). */
	onQuit: (code: number) => void;
	/** Fixed size (tests); default: the terminal's, following resizes. */
	size?: TerminalSize;
	/** Default: colors unless NO_COLOR is set. */
	theme?: Theme;
};

/**
 * What is on screen. A new screen (a story view, say) adds a member here, a
 * folder with its state, keys and view, and a branch in `App`'s render.
 */
export type ScreenState = {kind: 'list'} | {kind: 'split'; pair: Pair};

/** Help of a screen as overlay lines of at most `width` columns: long descriptions wrap under themselves, never cut. */
const helpLines = <S extends Screen>(screen: S, actions: KeyActions<S>, width: number): OverlayLine[] =>
	helpSections(screen, actions).flatMap(section => [
		{text: section.category, heading: true},
		...section.lines.flatMap(line => {
			const indent = 21;
			const text = `${line.description}${line.disabled ? ` (now: ${line.disabled})` : ''}`;
			const wrapped = wrapAnsi(text, Math.max(10, width - indent - 1), {hard: true, trim: true}).split('\n');
			return wrapped.map((part, index) => ({text: `${index === 0 ? `  ${line.keys.padEnd(18)}` : ' '.repeat(20)} ${part}`}));
		}),
	]);

/**
 * The reader over a corpus feed: the list of articles, the split view of two
 * of them and the story view of a group. `input` gives the feed (snapshots of
 * the corpus as it is analysed) and the comparer; every frame is `size`
 * (default: the terminal's, following resizes; below 40×10 a request to
 * enlarge it) and never taller than its rows. Calls `onQuit(status)` once:
 * 0 on q/Q, 130 on Ctrl-C. A comparison that fails is shown in the split
 * view, never thrown.
 */
/** What the list says when the groups a key waited for are computed. */
const groupsReady = 'groups are ready';

/** What the reader says when the shell's `fg` brings it back after Ctrl-Z. */
const backFromShell = 'back from the shell';

/** Split commands that open a mode (a search being typed, an overlay): a q kept after one is typed into it or closes it. */
const modeKeys = new Set<string>(['split.search', 'split.help', 'split.facts', 'split.substitutions']);

export const App = ({input, onQuit, size: fixedSize, theme: fixedTheme}: AppProps) => {
	const {feed} = input;
	const snapshot = useSyncExternalStore(feed.subscribe, feed.snapshot);
	const size = useTerminalSize(fixedSize);
	const theme = fixedTheme ?? (colorsDisabled() ? plainTheme : colorTheme);
	// Ink clears the whole screen when a frame is as tall as the terminal: stay one row short.
	const height = Math.max(1, size.rows - 1);
	const width = size.columns;
	const tooSmall = size.columns < minimumSize.columns || size.rows < minimumSize.rows;

	const [screen, setScreen, currentScreen] = useStore(
		(_: ScreenState, next: ScreenState) => next,
		input.initialPair ? {kind: 'split', pair: {left: input.initialPair[0], right: input.initialPair[1]}} : {kind: 'list'},
	);
	const pair = screen.kind === 'split' ? screen.pair : null;
	const currentPair = () => {
		const now = currentScreen();
		return now.kind === 'split' ? now.pair : null;
	};
	const [list, dispatchList, currentList] = useStore(listReducer, initialListState);
	// The story view (s on a group member, or copydesk story on a terminal); it stays open under the split views it opens.
	const [story, setStory, currentStory] = useStore((_: StorySession | null, next: StorySession | null) => next, input.initialStory ? storySession(input.initialStory.ids, input.initialStory.baseId) : null);
	const storyKeys = useRef<((text: string, key: Key) => void) | null>(null);
	const [split, dispatchSplit, currentSplit] = useStore(splitReducer, initialSplitState);
	// Derived data, memoised so render and the input handler share one computation.
	const [derive] = useState(() => {
		const haystacks = memoizeLast((articles: readonly AnalyzedArticle[]) => articles.map(haystackOf));
		const view = memoizeLast((articles: readonly AnalyzedArticle[], filter: string, sort: Sort) => listView(articles, filter, sort, filter.trim() ? haystacks(articles) : undefined));
		return {view, byId: articleIndexer(), layoutJob: layoutJobs(), changeLines: changeLinesOf(), changeTops: changeTopsOf(), changeFocus: changeFocusOf(), matches: memoizeLast(matchLines), extents: memoizeLast(paneExtents), factStops: memoizeLast(factStopsOf), unify: memoizeLast(unifyLayout)};
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
	const cursor = cursorIn(list, view);
	// The rows changed under the highlight (a feed update, a resize): keep it on its article.
	useEffect(() => {
		dispatchList({type: 'sync', view, page: listPage});
	}, [view, listPage]);
	// "groups are not ready yet" is no longer true once they are: said so, so the key can be pressed again.
	const grouping = snapshot.progress !== null;
	useEffect(() => {
		if (!grouping && currentList().hint === groupsNotReady) dispatchList({type: 'hint', hint: groupsReady});
	}, [grouping]);
	const byId = derive.byId(snapshot.articles);
	const articleNow = (id: string) => derive.byId(feed.snapshot().articles).get(id);

	// The split view.
	const hintSplit = (hint: string) => dispatchSplit({type: 'hint', hint});
	const comparisons = useComparison(input, pair, articleNow, split.boilerplate === 'compared', hintSplit, currentPair);
	const leftArticle = pair ? byId.get(pair.left) : undefined;
	const rightArticle = pair ? byId.get(pair.right) : undefined;
	// Line numbers take their columns from each pane.
	const numberWidth = split.lineNumbers && leftArticle && rightArticle ? numberWidthFor(leftArticle, rightArticle) : 0;
	const isUnified = (split: SplitState) => split.layout === 'unified' || (split.layout === 'auto' && width < unifiedBelowColumns);
	/** A pane scrolls alone: scrolling unlinked, side by side (one column has one place). */
	const scrollsAlone = (split: SplitState) => !split.linked && !isUnified(split);
	const paneSide = (pane: 0 | 1) => (pane === 0 ? leftSide : rightSide);
	const paneWidthOf = (split: SplitState) => {
		const left = pair ? byId.get(pair.left) : undefined;
		const right = pair ? byId.get(pair.right) : undefined;
		const numbers = split.lineNumbers && left && right ? numberWidthFor(left, right) : 0;
		return Math.max(2, (isUnified(split) ? width - unifiedPrefix : paneWidthFor(width)) - numbers);
	};
	const paneWidth = paneWidthOf(split);
	const splitPage = Math.max(1, height - splitChromeRows);
	/** The comparison and layout for a pair and split state (render and input handler alike). */
	const shown = (pair: Pair | null, split: SplitState) => {
		const left = pair ? articleNow(pair.left) : undefined;
		const right = pair ? articleNow(pair.right) : undefined;
		const entry = comparisons.lookup(left, right, split.boilerplate === 'compared');
		const comparison = entry && !(entry instanceof Error) ? entry : null;
		const job = comparison && left && right ? derive.layoutJob(comparison, left.text, right.text, paneWidthOf(split), split.showTrivial, split.boilerplate === 'hidden', !theme.colors) : null;
		const laidOut = job?.layout() ?? null;
		const layout = laidOut && comparison && isUnified(split) ? derive.unify(laidOut, comparison) : laidOut;
		// Side by side, a pane scrolling alone keeps to its own text (split/pane-extent.ts).
		const extents = layout && scrollsAlone(split) ? derive.extents(layout) : undefined;
		return {comparison, failed: entry instanceof Error, layout, job, view: {lines: layout?.lines.length ?? 0, page: splitPage, changes: derive.changeLines(layout), changeTops: derive.changeTops(layout), changeFocus: derive.changeFocus(layout), ...(extents ? {extents} : {})}};
	};
	const {comparison, layout, job: layoutJob, view: splitView} = shown(pair, split);
	// Keys typed while the pair is compared or laid out are kept in the split state (split/keys.ts waitsFor) and run,
	// in order, once it can take them (drainWaiting, below).
	const compared = comparison !== null;
	const laidOut = layoutJob !== null && layoutJob.done();
	const failed = comparisons.lookup(leftArticle, rightArticle, split.boilerplate === 'compared') instanceof Error;
	const pairKeyOf = (pair: Pair | null) => (pair ? `${pair.left}\u0000${pair.right}` : '');
	useEffect(() => {
		if ((compared && laidOut) || failed) drainWaiting();
	}, [compared, laidOut, failed]);
	const cached = comparisons.lookup(leftArticle, rightArticle, split.boilerplate === 'compared');
	const {progress: layoutProgress, followEnd, place, keepPlace} = useLayoutJob({
		job: layoutJob,
		comparison,
		layout,
		view: splitView,
		split,
		pairKey: pairKeyOf(pair),
		dispatch: dispatchSplit,
		state: currentSplit,
	});
	/** What the keys see: the latest pair and state, the place first kept in a layout no frame has shown yet (use-layout.ts keepPlace). */
	const shownNow = () => {
		const now = currentPair();
		const result = shown(now, currentSplit());
		keepPlace({...result, split: currentSplit(), pairKey: pairKeyOf(now)});
		return result;
	};

	// Keys.
	const open = (left: AnalyzedArticle, right: AnalyzedArticle) => {
		dispatchSplit({type: 'reset'});
		setScreen({kind: 'split', pair: {left: left.id, right: right.id}});
	};
	const listContext: ListKeysContext = {
		state: currentList,
		snapshot: feed.snapshot,
		viewOf: (filter, sort) => derive.view(feed.snapshot().articles, filter, sort),
		articleOf: articleNow,
		page: listPage,
		dispatch: dispatchList,
		open,
		openStory: (ids, baseId) => setStory(storySession(ids, baseId)),
		quit: () => quit(0),
	};
	const splitContext: SplitKeysContext = {
		state: currentSplit,
		shown: shownNow,
		dispatch: dispatchSplit,
		reload: () => void comparisons.reload('always'),
		back() {
			setScreen({kind: 'list'});
			dispatchSplit({type: 'reset'});
		},
		quit: () => quit(0),
		followEnd,
		unified: () => isUnified(currentSplit()),
		factStops() {
			const {comparison, layout} = shownNow();
			return derive.factStops(layout, comparison?.facts);
		},
		matches() {
			const {layout} = shownNow();
			const state = currentSplit();
			// A pane scrolling alone goes to the matches in its own text (side by side).
			const sides = scrollsAlone(state) ? paneSide(state.focused) : bothSides;
			return layout ? derive.matches(layout, state.search, sides) : [];
		},
		inOtherPane() {
			const state = currentSplit();
			if (!scrollsAlone(state)) return false;
			const {layout} = shownNow();
			if (!layout) return false;
			// Not memoised: asked only when a search key is pressed.
			return matchLines(layout, state.search, paneSide(state.focused === 0 ? 1 : 0)).length > 0;
		},
		swap() {
			const now = currentPair();
			if (!now) return;
			setScreen({kind: 'split', pair: {left: now.right, right: now.left}});
			// Keep the place: a reset sent the reader back to line 1 and change 1.
			dispatchSplit({type: 'swap'});
		},
		edit: input.openInEditor
			? () => {
					const now = currentPair();
					const {comparison, layout} = shownNow();
					const state = currentSplit();
					const side = state.focused === 0 ? 'left' : 'right';
					const article = now ? articleNow(side === 'left' ? now.left : now.right) : undefined;
					if (!article || article.path === '-' || !comparison || !layout) return hintSplit('this text has no file to open');
					const target = editorLine(article, lineAtTop(layout, comparison, state.top[state.focused], side, article));
					if ('problem' in target) return hintSplit(target.problem);
					const problem = input.openInEditor!(article.path, target.line);
					hintSplit(problem ?? `back from the editor (${article.name}, ${target.note ?? `line ${target.line}`})`);
				}
			: null,
	};
	const keys = {
		list: listKeys(listContext),
		filter: filterKeys(listContext),
		split: splitKeys(splitContext),
		search: searchKeys(splitContext),
	};

	/** Title and lines of the open overlay, from the latest state, fitted to the width (long lines wrap). */
	const overlayContent = (): {title: string; lines: OverlayLine[]} | null => {
		const content = overlayText();
		return content && {...content, lines: fitOverlayLines(content.lines, width)};
	};
	const overlayText = (): {title: string; lines: OverlayLine[]} | null => {
		if (currentPair()) {
			const split = currentSplit();
			if (split.overlay === 'help') return {title: 'copydesk · comparison keys', lines: helpLines('split', keys.split, width)};
			const {comparison} = shown(currentPair(), split);
			if (split.overlay === 'substitutions' && comparison) {
				return {
					title: `word substitutions (left → right): ${comparison.substitutions.length}`,
					lines: comparison.substitutions.map(substitution => ({text: `  ${substitution.from} → ${substitution.to} ×${substitution.count}`})),
				};
			}
			if (split.overlay === 'facts' && comparison) {
				const {layout} = shown(currentPair(), split);
				const facts = comparison.facts ?? [];
				return {
					title: `facts changed (left → right): ${facts.length}`,
					lines: factListLines(facts, derive.factStops(layout, facts), {next: keyOf('split.nextFact'), previous: keyOf('split.previousFact')}),
				};
			}
			return null;
		}
		const list = currentList();
		if (list.overlay === 'help') return {title: 'copydesk · list keys', lines: [...helpLines('list', keys.list, width), ...listNotation]};
		if (list.overlay === 'problems') {
			const problems = feed.snapshot().problems;
			return {title: problemsHeading(problems), lines: problems.map(problem => ({text: problemLine(problem)}))};
		}
		return null;
	};
	const closeOverlay = () => {
		setOverlayTop(0);
		if (currentPair()) dispatchSplit({type: 'overlay', overlay: null});
		else dispatchList({type: 'overlay', overlay: null});
	};
	const overlayLineCount = () => overlayContent()?.lines.length ?? 0;
	const overlayKeys = overlayKeyActions(height, overlayLineCount, by => setOverlayTop(clampOverlayTop(currentOverlayTop() + by, overlayLineCount(), height)), closeOverlay);

	// The bytes of each key as Ink read them, seen before useInput's handler (a listener put first): Escape then `[`
	// loses its Escape in useInput's view of it (split-keys.ts).
	const {internal_eventEmitter: inputEvents} = useStdin();
	const rawKey = useRef<string | undefined>(undefined);
	useEffect(() => {
		const note = (data: unknown) => {
			rawKey.current = typeof data === 'string' ? data : undefined;
		};
		inputEvents?.prependListener('input', note);
		return () => {
			inputEvents?.off('input', note);
		};
	}, [inputEvents]);
	/** What the open pair waits for before keys that read its view can run (null: nothing; a pair that failed or lacks an article waits for nothing). */
	const notReady = (): 'comparing' | 'laying out' | null => {
		const now = currentPair();
		if (!now) return null;
		const left = articleNow(now.left);
		const right = articleNow(now.right);
		if (!left || !right) return null;
		const {comparison, job} = shownNow();
		if (!comparison) return comparisons.lookup(left, right, currentSplit().boilerplate === 'compared') instanceof Error ? null : 'comparing';
		return job && !job.done() ? 'laying out' : null;
	};
	/** Keeps a key until the pair can take it, saying so (every key kept so far, as typed). */
	const keep = (entry: WaitingKey, waitingFor: 'comparing' | 'laying out') => {
		const entries = [...currentSplit().waiting, entry];
		const labels = entries.map(kept => ('find' in kept ? `/${currentSplit().search}` : keyLabel(kept.input, kept.key)));
		dispatchSplit({type: 'wait', key: entry, hint: keptHint(labels, waitingFor)});
	};
	/**
	 * Whether a key typed while keys are kept leaves the pair at once (q, Esc, Q in the split view itself),
	 * dropping them: the reader has moved on. Not when a kept key opens a mode (a search, an overlay), where it
	 * would be typed into it or close it.
	 */
	const leavesPair = (text: string, key: Key): boolean => {
		const state = currentSplit();
		if (state.searching || state.overlay !== null) return false;
		const leaving = commandFor('split', text, key);
		if (leaving !== 'split.back' && leaving !== 'split.quit') return false;
		return state.waiting.every(kept => 'find' in kept || !modeKeys.has(commandFor('split', kept.input, kept.key) ?? ''));
	};
	/** Runs the kept keys, in order, through the keymap (a key among them may find the pair not ready again: kept again); drops them when the pair could not be compared. */
	const drainWaiting = () => {
		const entries = currentSplit().waiting;
		if (entries.length === 0) return;
		dispatchSplit({type: 'takeWaiting'});
		// The comparison failed (or an article is gone): nothing for them to read; "no changes" would be false.
		if (!shownNow().comparison) return;
		for (const entry of entries) {
			if ('find' in entry) {
				const waitingFor = notReady();
				if (waitingFor === null) findFromTop(splitContext);
				else keep(entry, waitingFor);
			} else onKey(entry.input, entry.key);
		}
	};
	const onKey = (text: string, key: Key) => {
		if (key.ctrl && text === 'c') return quit(130);
		// Job control, as Ctrl-C: the terminal's, not a command of any screen. Back from the shell, a hint changes the
		// frame, so Ink draws it again on the screen the suspension blanked.
		if (key.ctrl && text === 'z') {
			if (!input.suspend) return;
			input.suspend();
			if (currentPair()) hintSplit(backFromShell);
			else dispatchList({type: 'hint', hint: backFromShell});
			return;
		}
		if (tooSmall) {
			if (text === 'q' || text === 'Q') quit(0);
			return;
		}
		if (currentPair()) {
			let waitingFor = notReady();
			// Ready before a frame ran the kept keys (the layout finished in this turn): they go first.
			if (currentSplit().waiting.length > 0 && waitingFor === null) {
				drainWaiting();
				waitingFor = notReady();
			}
			// Behind kept keys, every key is kept too, so they run in the order typed.
			if (currentSplit().waiting.length > 0 && waitingFor !== null) {
				if (leavesPair(text, key)) dispatchSplit({type: 'takeWaiting'});
				else return keep({input: text, key}, waitingFor);
			}
			if (currentSplit().overlay !== null) {
				// Any key not bound in an overlay closes it.
				if (!runKey('overlay', overlayKeys, text, key, hintSplit)) closeOverlay();
				return;
			}
			if (currentSplit().searching) {
				// Enter while the pair is compared: the search is kept, and run once the pair is laid out.
				if (commandFor('search', text, key) === 'search.keep' && waitingFor !== null) {
					dispatchSplit({type: 'endSearch', keep: true});
					return keep({find: true}, waitingFor);
				}
				if (!runKey('search', keys.search, text, key, hintSplit) && text && !key.ctrl && !key.meta && !key.tab && !key.escape) dispatchSplit({type: 'editSearch', text: currentSplit().search + text});
				return;
			}
			const command = commandFor('split', text, key);
			const waits = command ? waitsFor[command] : undefined;
			if (waitingFor !== null && (waits === 'layout' || (waits === 'comparison' && waitingFor === 'comparing'))) return keep({input: text, key}, waitingFor);
			// G's following the end as the layout grows ends with the next key run (one kept is not run yet).
			followEnd.current = false;
			// A hint is about the key before: the next key clears it.
			if (currentSplit().hint !== null) dispatchSplit({type: 'hint', hint: null});
			runKey('split', keys.split, text, key, hintSplit);
			return;
		}
		if (currentStory()) return storyKeys.current?.(text, key);
		const list = currentList();
		const hintList = (hint: string) => dispatchList({type: 'hint', hint});
		if (list.overlay !== null) {
			if (!runKey('overlay', overlayKeys, text, key, hintList)) closeOverlay();
			return;
		}
		if (list.filtering) {
			if (!runKey('filter', keys.filter, text, key, hintList) && text && !key.ctrl && !key.meta && !key.tab && !key.escape) typeIntoFilter(listContext, text);
			return;
		}
		if (list.hint !== null) dispatchList({type: 'hint', hint: null});
		runKey('list', keys.list, text, key, hintList);
	};
	useInput((text: string, key: Key) => {
		const raw = rawKey.current;
		rawKey.current = undefined;
		for (const [one, itsKey] of splitKeyRuns(text, key, raw)) onKey(one, itsKey);
	});

	if (tooSmall) {
		return (
			<Box flexDirection="column" width={width} height={height}>
				{tooSmallLines(size, {columns: width, rows: height}).map((line, index) => (
					<Text key={index} {...(index === 0 ? textProps(theme.chrome.warning) : {})} wrap="truncate-end">
						{line}
					</Text>
				))}
			</Box>
		);
	}

	const overlay = overlayContent();
	if (overlay) return <Overlay title={overlay.title} lines={overlay.lines} top={overlayTop} width={width} height={height} theme={theme} />;

	if (pair) {
		if (!leftArticle || !rightArticle) {
			return (
				<Box flexDirection="column" width={width} height={height}>
					<Text {...textProps(theme.chrome.warning)}>{safeString(`no such article: ${!leftArticle ? pair.left : pair.right}`)}</Text>
					<Text>q: back to the list</Text>
				</Box>
			);
		}
		const message = cached instanceof Error ? `could not compare: ${cached.message}` : comparison ? null : 'comparing…';
		return <SplitScreen left={leftArticle} right={rightArticle} comparison={comparison} layout={layout} message={message} layoutProgress={layoutProgress} notice={comparisons.notice} state={split} width={width} height={height} paneWidth={paneWidth} numberWidth={numberWidth} unified={isUnified(split)} theme={theme} />;
	}

	if (story) {
		const storyCompare = (base: AnalyzedArticle, copy: AnalyzedArticle): Promise<Comparison> =>
			input.compareOffThread
				? input.compareOffThread(base, copy, {withBoilerplate: false})
				: new Promise((resolve, reject) => {
						// A turn apart, so keys and frames go on between comparisons.
						setTimeout(() => {
							try {
								resolve(input.compare(base, copy, {withBoilerplate: false}));
							} catch (error) {
								reject(error instanceof Error ? error : new Error(String(error)));
							}
						}, 0);
					});
		const openFromStory = (base: AnalyzedArticle, copy: AnalyzedArticle, baseOffset: number) => {
			place.current = {pair: `${base.id}\u0000${copy.id}`, side: 'left', offset: baseOffset};
			open(base, copy);
		};
		return <StoryView session={story} article={articleNow} compare={storyCompare} width={width} height={height} theme={theme} keys={storyKeys} onOpen={openFromStory} onBack={() => setStory(null)} onQuit={quit} />;
	}

	return <ListScreen snapshot={snapshot} view={view} state={list} cursor={cursor} width={width} height={height} theme={theme} page={listPage} longestName={byId.longestName} />;
};

/** How to read the list's group columns, at the end of its help. */
const listNotation: OverlayLine[] = [
	{text: 'Columns', heading: true},
	{text: '  boil      share of lines taken for boilerplate (bylines, links, notices)'},
	{text: '  group     #3 ×5: near-duplicate group 3, five articles'},
	{text: '            *#3: this article is the group\'s likely original'},
	{text: '  relation  to that original: identical, verbatim, edited, rewritten, related'},
	{text: '  sim       similarity to that original (shown from 100 columns)'},
	{text: '  ~         before a relation or sim: estimated from fingerprints, not diff\'s'},
	{text: '            verdict for the pair; opening the pair shows the verdict'},
];
