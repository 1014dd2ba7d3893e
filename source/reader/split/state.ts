// State of the split view as a reducer with named actions. Scrolling is in
// layout lines; with linked scrolling (default, like vimdiff's scrollbind)
// both panes move together, otherwise only the focused pane does, over its
// own text (View.extents).
import type {Key} from 'ink';
import type {PaneExtent} from './pane-extent.js';

export type BoilerplateMode = 'shown' | 'hidden' | 'compared';

export type SplitOverlay = 'help' | 'substitutions' | 'facts' | null;

export type SplitState = {
	/** First layout line shown in the left and right pane. */
	top: [number, number];
	focused: 0 | 1;
	linked: boolean;
	showTrivial: boolean;
	/** shown: excluded from the comparison, shown dim; hidden: excluded and not shown; compared: compared as text. */
	boilerplate: BoilerplateMode;
	overlay: SplitOverlay;
	/** Index of the current change in the layout's change list, or -1. */
	change: number;
	/** Index of the fact last stepped to (`}`/`{`) in the list of fact stops, or -1. */
	fact: number;
	hint: string | null;
	/** Line numbers of each file in the gutters. */
	lineNumbers: boolean;
	/** The search pattern ('' for none) and whether it is being typed. */
	search: string;
	searching: boolean;
	/** The last pattern searched for: `/` then Enter on an empty pattern searches it again (as less does). */
	lastSearch: string;
	/** One column (unified) or two; auto: unified below `unifiedBelowColumns`. */
	layout: 'auto' | 'unified' | 'split';
	/** Keys typed while the pair is compared or laid out, in order, run through the keymap once it can take them (see WaitingKey). */
	waiting: readonly WaitingKey[];
};

/**
 * A key kept while the pair is compared or laid out: the key as useInput read it (run again through the
 * keymap, in the mode it then finds), or `find`: a search kept with Enter meanwhile (its pattern is in the
 * state; it goes to the first match from the top once the pair is laid out).
 */
export type WaitingKey = {input: string; key: Key} | {find: true};

export const initialSplitState: SplitState = {top: [0, 0], focused: 0, linked: true, showTrivial: false, boilerplate: 'shown', overlay: null, change: -1, fact: -1, hint: null, lineNumbers: false, search: '', searching: false, lastSearch: '', layout: 'auto', waiting: []};

/**
 * What scrolling needs to know of the layout on screen: its length, the page,
 * the line each change starts on and, per change, the top line `]`/`[` scroll
 * to (render/layout.ts contextTop; default: `changeContext` lines above), and
 * per change the line of its first changed word (changeFocus: a row taller than
 * the page is scrolled to show that).
 */
export type View = {
	lines: number;
	page: number;
	changes: readonly number[];
	changeTops?: readonly number[];
	changeFocus?: readonly number[];
	/**
	 * Where each side's own text lies in the grid (pane-extent.ts), side by side only: a pane scrolling
	 * alone stays within it, its last line at the bottom at the end, never on rows where its file has
	 * nothing (absent: the whole grid).
	 */
	extents?: readonly [PaneExtent, PaneExtent];
};

export type SplitAction =
	| ({type: 'scroll'; by: number} & View)
	| ({type: 'scrollTo'; line: number} & View)
	/** After a re-layout: put this line at the top, keeping the hint the user just got. */
	| ({type: 'anchor'; line: number} & View)
	| ({type: 'page'; pages: number} & View)
	| ({type: 'nextChange'} & View)
	| ({type: 'previousChange'} & View)
	| ({type: 'fit'} & View)
	| {type: 'switchPane'}
	| {type: 'toggleLinked'}
	| {type: 'toggleTrivial'}
	| {type: 'cycleBoilerplate'}
	| {type: 'overlay'; overlay: SplitOverlay}
	| {type: 'hint'; hint: string | null}
	/** A key kept while the pair cannot take it yet (WaitingKey); `hint` says it is kept. */
	| {type: 'wait'; key: WaitingKey; hint: string}
	/** The kept keys are taken to be run (or dropped: the reader left the pair); their hint goes. */
	| {type: 'takeWaiting'}
	| {type: 'reset'}
	/** The sides changed places: the same rows, mirrored, so the place (top lines, current change) stays. */
	| {type: 'swap'}
	| {type: 'toggleLineNumbers'}
	/** `unified`: whether the view is unified now (auto may have chosen it). */
	| {type: 'toggleUnified'; unified: boolean}
	| {type: 'startSearch'}
	| {type: 'editSearch'; text: string}
	| {type: 'endSearch'; keep: boolean}
	/** Steps to the next or previous changed fact: `stops` in fact order, each with the layout line its row starts on. */
	| ({type: 'nextFact'; direction: 1 | -1; stops: readonly FactStop[]} & View)
	/** `matches`: the layout lines holding the pattern, in order. */
	/** `laidOut`: the share (0..1) of the layout done, when it is still growing (the matches found so far are all there are yet). */
	| ({type: 'nextMatch'; direction: 1 | -1; matches: readonly number[]; fromTop?: boolean; laidOut?: number; inOtherPane?: boolean} & View);

/** A changed fact the view can step to: the layout line its row starts on, the top line that shows it (as for a change: contextTop), and how it reads ("5% → −3% (number)"). */
export type FactStop = {line: number; top?: number; label: string};

/** Lines of context at most above a change scrolled into view (only what begins whole: see View.changeTops). */
export const changeContext = 2;

const maxTop = (view: View) => Math.max(0, view.lines - Math.max(1, view.page));
const clamp = (line: number, view: View) => Math.max(0, Math.min(maxTop(view), line));

/**
 * The top lines pane `pane` may take scrolling alone: from its first line of text to the top that puts its
 * last line at the bottom (the first, for a text shorter than the page); the grid's range without extents.
 */
const paneRange = (view: View, pane: 0 | 1): [number, number] => {
	const extent = view.extents?.[pane];
	if (!extent) return [0, maxTop(view)];
	return [extent.first, Math.max(extent.first, extent.end - Math.max(1, view.page))];
};

/**
 * Moves the tops: both panes when linked, else the focused one within its own text (paneRange).
 * `direction` is the way a relative move goes: a pane above its own text (the other side's lead
 * shown, linked, before `s`) is not sent down by a key that goes up.
 */
const scrollTo = (state: SplitState, line: number, view: View, change = state.change, direction = 0): SplitState => {
	if (state.linked) {
		const target = clamp(line, view);
		return {...state, top: [target, target], change};
	}
	const [low, high] = paneRange(view, state.focused);
	const from = state.top[state.focused];
	let target = Math.max(low, Math.min(high, line));
	if ((direction < 0 && target > from) || (direction > 0 && target < from)) target = from;
	const top: [number, number] = state.focused === 0 ? [target, state.top[1]] : [state.top[0], target];
	return {...state, top, change};
};

/**
 * The top line that shows change `index` of the view: its row's start with
 * context; when the row is taller than the page and its first changed word
 * (changeFocus) would be below the screen, that word's line with context.
 */
const changeTop = (view: View, index: number): number => {
	const top = view.changeTops?.[index] ?? view.changes[index]! - changeContext;
	const focus = view.changeFocus?.[index];
	return focus !== undefined && focus >= top + Math.max(1, view.page) ? Math.max(top, focus - changeContext) : top;
};

/**
 * A change `]`/`[` stepped to that the view could not bring to its top (the end of the text is on screen, or the
 * pane's own text ends): the counter moved and the screen did not, so the hint says where the change is — the
 * highlighted gutter mark (breaker19 N9: `]` near the bottom raised the counter with nothing seen to move).
 */
const shownBelowTop = (state: SplitState, view: View): SplitState => {
	const line = view.changes[state.change];
	const top = state.top[state.focused];
	if (line === undefined || changeTop(view, state.change) <= top) return state;
	// The gutter is drawn while both panes show the same lines (screen.tsx): then the change's mark is highlighted.
	const mark = state.top[0] === state.top[1] ? ', its mark highlighted' : '';
	const place = `end of text on screen: change ${state.change + 1}/${view.changes.length} is on row ${line - top + 1}${mark}`;
	return {...state, hint: state.hint ? `${state.hint}; ${place}` : place};
};

/**
 * The change the view is at, as the status line numbers it (`change k/N`), as `]`/`[` step from it and as the
 * gutter marks it: the selected change while its line is on screen; else, at the end of the text (the view
 * scrolled past its start and showing its last line: `G`), the last change starting on screen, so the counter
 * names a change the reader sees, never one above the screen while later ones are shown (breaker19 N9: `G` at
 * 80×24 said "change 19/20" with change 20 on screen); else, of the changes starting at or above the top line,
 * the first one on the last such line (changes sharing a line are stepped through one by one, from the first);
 * with none there, the first change when it starts within the context lines below the top (where `]` leaves
 * a change); else -1, above the first. `changes`: each change's first line, in order (sorted, repeats allowed);
 * `lines`: the lines the focused pane reaches (the layout's, or its own text's end scrolling alone; absent: the
 * end is never taken as reached). One definition for the counter and the keys, so `]` always gives the next
 * number (breaker18 M4: a pair opened at "change 2/4", two changes on its first line, and `]` gave 1/4).
 */
export const changeAt = (changes: readonly number[], state: Pick<SplitState, 'top' | 'focused' | 'change'>, page: number, lines = Number.POSITIVE_INFINITY): number => {
	const top = state.top[state.focused];
	const rows = Math.max(1, page);
	const selected = changes[state.change];
	if (selected !== undefined && selected >= top && selected < top + rows) return state.change;
	if (top > 0 && top + rows >= lines) {
		const below = changes.findLastIndex(line => line < top + rows);
		if (below !== -1 && changes[below]! > top) return changes.indexOf(changes[below]!);
	}
	let at = -1;
	for (const [index, line] of changes.entries()) if (line <= top && (at === -1 || line > changes[at]!)) at = index;
	if (at === -1 && changes[0] !== undefined && changes[0] <= top + changeContext) at = 0;
	return at;
};

/** The lines the focused pane reaches: the grid's, or its own text's end when it scrolls alone (View.extents). */
export const reachOf = (view: Pick<View, 'lines' | 'extents'>, state: Pick<SplitState, 'focused' | 'linked'>): number => (state.linked ? view.lines : (view.extents?.[state.focused]?.end ?? view.lines));

/** The split view's next state after an action (pure): scroll positions stay within the layout's lines. */
export const splitReducer = (state: SplitState, action: SplitAction): SplitState => {
	switch (action.type) {
		case 'scroll':
			return scrollTo({...state, hint: null}, state.top[state.focused] + action.by, action, state.change, Math.sign(action.by));
		case 'scrollTo':
			return scrollTo({...state, hint: null}, action.line, action);
		case 'anchor':
			return scrollTo(state, action.line, action);
		case 'page':
			return scrollTo({...state, hint: null}, state.top[state.focused] + Math.trunc(action.pages * Math.max(1, action.page - 1)), action, state.change, Math.sign(action.pages));
		case 'fit': {
			// Scrolling alone, a pane never stays below the top that shows its own last line at the bottom.
			const fit = (pane: 0 | 1) => (state.linked ? clamp(state.top[pane], action) : Math.max(0, Math.min(paneRange(action, pane)[1], state.top[pane])));
			const top: [number, number] = [fit(0), fit(1)];
			// Unchanged: the same state, so React skips a render.
			return top[0] === state.top[0] && top[1] === state.top[1] ? state : {...state, top};
		}
		case 'nextChange': {
			if (action.changes.length === 0) return {...state, hint: 'no changes'};
			// The next number after the one the status line says (changeAt).
			const next = changeAt(action.changes, state, action.page, reachOf(action, state)) + 1;
			// Past the last change: round to the first, and say so (as vim's search does).
			if (next >= action.changes.length) return shownBelowTop(scrollTo({...state, hint: 'last change passed: back at the first'}, changeTop(action, 0), action, 0), action);
			return shownBelowTop(scrollTo({...state, hint: null}, changeTop(action, next), action, next), action);
		}
		case 'previousChange': {
			if (action.changes.length === 0) return {...state, hint: 'no changes'};
			const previous = changeAt(action.changes, state, action.page, reachOf(action, state)) - 1;
			if (previous < 0) return shownBelowTop(scrollTo({...state, hint: 'first change passed: back at the last'}, changeTop(action, action.changes.length - 1), action, action.changes.length - 1), action);
			return shownBelowTop(scrollTo({...state, hint: null}, changeTop(action, previous), action, previous), action);
		}
		case 'switchPane':
			return {...state, focused: state.focused === 0 ? 1 : 0};
		case 'toggleLinked':
			// Re-linking lines the other pane up with the focused one.
			return state.linked
				? {...state, linked: false, hint: 'scrolling unlinked: j/k move the focused pane'}
				: {...state, linked: true, top: [state.top[state.focused], state.top[state.focused]], hint: 'scrolling linked'};
		case 'toggleTrivial':
			return {...state, showTrivial: !state.showTrivial, hint: state.showTrivial ? 'trivial differences hidden' : 'trivial differences shown dim'};
		case 'cycleBoilerplate': {
			const next: BoilerplateMode = state.boilerplate === 'shown' ? 'hidden' : state.boilerplate === 'hidden' ? 'compared' : 'shown';
			const hints: Record<BoilerplateMode, string> = {
				shown: 'boilerplate excluded from the comparison, shown dim',
				hidden: 'boilerplate excluded and hidden',
				compared: 'boilerplate compared as text',
			};
			return {...state, boilerplate: next, change: -1, hint: hints[next]};
		}
		case 'overlay':
			return {...state, overlay: action.overlay};
		case 'hint':
			return {...state, hint: action.hint};
		case 'wait':
			return {...state, waiting: [...state.waiting, action.key], hint: action.hint};
		case 'takeWaiting':
			return state.waiting.length === 0 ? state : {...state, waiting: [], hint: null};
		case 'reset':
			return {...initialSplitState, showTrivial: state.showTrivial, boilerplate: state.boilerplate, linked: state.linked, lineNumbers: state.lineNumbers, search: state.search, lastSearch: state.lastSearch, layout: state.layout};
		case 'swap':
			return {...state, top: [state.top[1], state.top[0]], focused: state.focused === 0 ? 1 : 0, hint: 'sides swapped'};
		case 'toggleLineNumbers':
			return {...state, lineNumbers: !state.lineNumbers, hint: state.lineNumbers ? 'line numbers off' : 'line numbers of each file on'};
		case 'toggleUnified':
			return {...state, layout: action.unified ? 'split' : 'unified', hint: action.unified ? 'side by side' : 'unified: - left, + right'};
		case 'startSearch':
			return {...state, searching: true, search: '', lastSearch: state.search || state.lastSearch, hint: null};
		case 'editSearch':
			return {...state, search: action.text};
		case 'endSearch':
			if (!action.keep) return {...state, searching: false, search: ''};
			return {...state, searching: false, search: state.search || state.lastSearch, lastSearch: state.search || state.lastSearch};
		case 'nextFact': {
			const {stops} = action;
			if (stops.length === 0) return {...state, hint: 'no facts changed'};
			const top = state.top[state.focused];
			const current = stops[state.fact];
			// From the fact last stepped to while it is on screen, else from where the reader is.
			const onScreen = current !== undefined && current.line >= top && current.line < top + action.page;
			// Compared by the top each stop scrolls to, so a fact of the change ] just showed is the next one, not skipped.
			const stopTop = (stop: FactStop) => stop.top ?? stop.line - changeContext;
			let index = onScreen ? state.fact + action.direction : action.direction === 1 ? stops.findIndex(stop => stopTop(stop) >= top) : stops.findLastIndex(stop => stopTop(stop) < top);
			let wrapped: string | null = null;
			if (index < 0 || index >= stops.length) {
				index = action.direction === 1 ? 0 : stops.length - 1;
				wrapped = action.direction === 1 ? 'back at the first' : 'back at the last';
			}
			const moved = scrollTo(state, stops[index]!.top ?? stops[index]!.line - changeContext, action);
			// The place and the wrap first, the fact's label last: a narrow status line cuts the end, and a long
			// label (a quote) cut is still read, a wrap notice cut after it was lost ("fact 5/5: quote altered: “Russian…").
			return {...moved, fact: index, hint: `fact ${index + 1}/${stops.length}${wrapped ? ` · ${wrapped}` : ''}: ${stops[index]!.label}`};
		}
		case 'nextMatch': {
			if (!state.search) return {...state, hint: 'no search yet: / and a pattern'};
			// A pane scrolling alone searches its own text; a pattern only the other holds is said to be there (breaker18 M5).
			if (action.matches.length === 0 && action.inOtherPane) return {...state, hint: `/${state.search}: not in this pane (it scrolls alone); in the other pane: Tab, then n`};
			if (action.matches.length === 0) return {...state, hint: action.laidOut === undefined ? `pattern not found: ${state.search}` : `/${state.search}: not in the ${Math.floor(action.laidOut * 100)}% laid out so far (n searches again)`};
			const top = state.top[state.focused];
			// The match is shown with context above it, as a change is; the next one lies below that place.
			const here = top + changeContext;
			// Right after typing the pattern, a match already on the top line counts.
			let index = action.fromTop ? action.matches.findIndex(line => line >= top) : action.direction === 1 ? action.matches.findIndex(line => line > here) : action.matches.findLastIndex(line => line < here);
			let hint: string | null = null;
			if (index === -1) {
				index = action.direction === 1 ? 0 : action.matches.length - 1;
				hint = action.direction === 1 ? 'search passed the end: from the top' : 'search passed the top: from the end';
			}
			const moved = scrollTo(state, action.matches[index] - changeContext, action);
			return {...moved, hint: hint ?? `/${state.search}: match ${index + 1} of ${action.matches.length} lines`};
		}
	}
};
