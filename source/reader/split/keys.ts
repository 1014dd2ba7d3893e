// What the split view's keys do: one KeyAction per split command.
import type {Comparison} from '../../compare/model.js';
import type {LayoutJob} from '../../render/layout.js';
import {keyOf, type CommandOf, type KeyAction, type KeyActions} from '../keymap.js';
import {eraseLastCharacter, eraseLastWord} from '../line-editing.js';
import type {FactStop, SplitAction, SplitState, View} from './state.js';

/** What the split view's actions read and do; getters read the latest state. */
export type SplitKeysContext = {
	state: () => SplitState;
	/** The comparison, layout job and scroll view for the latest state. */
	/** What the split view shows; `failed`: the pair could not be compared (its frame says why). */
	shown: () => {comparison: Comparison | null; failed?: boolean; job: LayoutJob | null; view: View};
	dispatch: (action: SplitAction) => void;
	reload: () => void;
	back: () => void;
	quit: () => void;
	/** Set when G is pressed while the layout still grows (stay at the end as it grows). */
	followEnd: {current: boolean};
	/** The layout lines holding the search pattern (in the focused pane's text when it scrolls alone). */
	matches: () => readonly number[];
	/** Whether the pane not focused holds the pattern while the focused one, scrolling alone, does not (optional: false). */
	inOtherPane?: () => boolean;
	/** Whether the view is unified now. */
	unified: () => boolean;
	/** Swaps the left and right article. */
	swap: () => void;
	/** The changed facts where the layout shows them, in screen order. */
	factStops: () => readonly FactStop[];
	/** Opens the focused file in the user's editor; null when the reader cannot (tests, no terminal). */
	edit: (() => void) | null;
};

/** The end of a hint for a key that needs the comparison while it is computed (cleared once it is in). */
export const stillComparing = 'still comparing…';

/**
 * The commands that read the pair's view, and what they wait for when typed before it exists: the
 * comparison (scrolling, the facts and substitutions lists, a search: before it, a view of no lines, "no
 * facts", "not found") or the whole layout (changes and facts are numbered once it is complete). Typed
 * before then, such a key is kept, and so is every key after it, and they are run in order through the
 * keymap once the pair can take them (the App, `waiting` in state.ts): keys typed ahead are kept, as
 * less keeps them (new-user tester O2: `]`×5 typed while comparing gave change 2, `j`×5 stayed at the
 * top). Commands not listed (toggles, help, back, swap) run at once.
 */
export const waitsFor: Partial<Record<CommandOf<'split'> | CommandOf<'search'>, 'comparison' | 'layout'>> = {
	'split.down': 'comparison',
	'split.up': 'comparison',
	'split.halfDown': 'comparison',
	'split.halfUp': 'comparison',
	'split.pageDown': 'comparison',
	'split.pageUp': 'comparison',
	'split.top': 'comparison',
	// G while the layout grows follows the end as it grows (use-layout.ts): it waits only for the comparison.
	'split.bottom': 'comparison',
	'split.facts': 'comparison',
	'split.substitutions': 'comparison',
	'split.nextMatch': 'comparison',
	'split.previousMatch': 'comparison',
	'split.edit': 'comparison',
	'search.keep': 'comparison',
	'split.nextChange': 'layout',
	'split.previousChange': 'layout',
	'split.nextFact': 'layout',
	'split.previousFact': 'layout',
};

/** Most runs of kept keys a hint spells out (the latest ones; `…` before them when there are more). */
const keptShown = 6;

/**
 * The hint for kept keys (`labels`: each as the help writes it, `/pattern` for a kept search), a run of one
 * key said once with its count, and what they wait for: "kept: ]×3 j×5 (still comparing…)".
 */
export const keptHint = (labels: readonly string[], waiting: 'comparing' | 'laying out'): string => {
	const runs: Array<{label: string; count: number}> = [];
	for (const label of labels) {
		const last = runs.at(-1);
		if (last?.label === label) last.count++;
		else runs.push({label, count: 1});
	}
	const said = runs.slice(-keptShown).map(run => (run.count > 1 ? `${run.label}×${run.count}` : run.label));
	return `kept: ${runs.length > keptShown ? '… ' : ''}${said.join(' ')} (${waiting === 'comparing' ? stillComparing : 'until laid out'})`;
};

/** How much of the layout is done, while it still grows: a search then says it looked at that much only. */
const laidOut = (context: SplitKeysContext): {laidOut?: number} => {
	const {job} = context.shown();
	return job && !job.done() ? {laidOut: job.progress()} : {};
};

/** The split view's actions. */
export const splitKeys = (context: SplitKeysContext): KeyActions<'split'> => {
	/** An action on the scroll view. */
	const scroll = (action: (view: View) => SplitAction, followEnd = false): KeyAction => ({
		run() {
			const {job, view} = context.shown();
			context.followEnd.current = followEnd && job !== null && !job.done();
			context.dispatch(action(view));
		},
	});
	/** Changes are numbered when the layout is complete; until then say so rather than "no changes". */
	const change = (type: 'nextChange' | 'previousChange'): KeyAction => ({
		disabled() {
			const {job} = context.shown();
			return job && !job.done() ? `changes can be stepped through once laid out (${Math.floor(job.progress() * 100)}%)` : null;
		},
		...scroll(view => ({type, ...view})),
	});
	/** Until the comparison is in, nothing is known of its facts or substitutions: say so, never "none" — nor "still comparing" once it failed. */
	const comparing = (what: string) => {
		const {comparison, failed} = context.shown();
		return comparison ? null : `${what}: ${failed ? 'the pair could not be compared' : stillComparing}`;
	};
	const noFacts = () => comparing('facts') ?? ((context.shown().comparison?.facts?.length ?? 0) > 0 ? null : 'no facts changed');
	/** Facts are stepped through once their rows are laid out. */
	const fact = (direction: 1 | -1): KeyAction => ({
		disabled() {
			const {job} = context.shown();
			return noFacts() ?? (job && !job.done() ? `facts can be stepped through once laid out (${Math.floor(job.progress() * 100)}%)` : null);
		},
		...scroll(view => ({type: 'nextFact', direction, stops: context.factStops(), ...view})),
	});
	return {
		'split.facts': {disabled: noFacts, run: () => context.dispatch({type: 'overlay', overlay: 'facts'})},
		'split.nextFact': fact(1),
		'split.previousFact': fact(-1),
		'split.down': scroll(view => ({type: 'scroll', by: 1, ...view})),
		'split.up': scroll(view => ({type: 'scroll', by: -1, ...view})),
		'split.halfDown': scroll(view => ({type: 'page', pages: 0.5, ...view})),
		'split.halfUp': scroll(view => ({type: 'page', pages: -0.5, ...view})),
		'split.pageDown': scroll(view => ({type: 'page', pages: 1, ...view})),
		'split.pageUp': scroll(view => ({type: 'page', pages: -1, ...view})),
		'split.top': scroll(view => ({type: 'scrollTo', line: 0, ...view})),
		// The end is not known while the pair is compared (a view of no lines): G waits for it (waitsFor), not lost (x then G).
		'split.bottom': scroll(view => ({type: 'scrollTo', line: view.lines, ...view}), true),
		'split.nextChange': change('nextChange'),
		'split.previousChange': change('previousChange'),
		'split.switchPane': {run: () => context.dispatch({type: 'switchPane'})},
		// One column has one place to scroll (breaker19 N9: `s` was taken there and said "scrolling unlinked"); a view
		// unlinked side by side and then narrowed to one column can still be linked again.
		'split.toggleLinked': {
			disabled: () => (context.unified() && context.state().linked ? `one column scrolls as one (${keyOf('split.unified')}: side by side, then ${keyOf('split.toggleLinked')})` : null),
			run: () => context.dispatch({type: 'toggleLinked'}),
		},
		'split.toggleTrivial': {run: () => context.dispatch({type: 'toggleTrivial'})},
		'split.cycleBoilerplate': {run: () => context.dispatch({type: 'cycleBoilerplate'})},
		'split.substitutions': {
			disabled: () => comparing('word substitutions') ?? ((context.shown().comparison?.substitutions.length ?? 0) > 0 ? null : 'no word substitutions'),
			run: () => context.dispatch({type: 'overlay', overlay: 'substitutions'}),
		},
		'split.reload': {run: context.reload},
		'split.help': {run: () => context.dispatch({type: 'overlay', overlay: 'help'})},
		'split.back': {run: context.back},
		'split.quit': {run: context.quit},
		'split.lineNumbers': {run: () => context.dispatch({type: 'toggleLineNumbers'})},
		'split.search': {run: () => context.dispatch({type: 'startSearch'})},
		'split.nextMatch': scroll(view => ({type: 'nextMatch', direction: 1, matches: context.matches(), inOtherPane: context.inOtherPane?.() ?? false, ...laidOut(context), ...view})),
		'split.previousMatch': scroll(view => ({type: 'nextMatch', direction: -1, matches: context.matches(), inOtherPane: context.inOtherPane?.() ?? false, ...laidOut(context), ...view})),
		'split.swap': {run: context.swap},
		'split.unified': {run: () => context.dispatch({type: 'toggleUnified', unified: context.unified()})},
		'split.edit': {disabled: () => (context.edit ? null : 'no editor can be opened here'), run: () => context.edit?.()},
	};
};

/** Goes to the first line holding the search pattern from the top line (a match on screen below the context lines is found too): Enter after a search. */
export const findFromTop = (context: SplitKeysContext): void => {
	context.dispatch({type: 'nextMatch', direction: 1, matches: context.matches(), inOtherPane: context.inOtherPane?.() ?? false, fromTop: true, ...laidOut(context), ...context.shown().view});
};

/** The keys while a search pattern is typed (printable characters are typed into it). */
export const searchKeys = (context: SplitKeysContext): KeyActions<'search'> => ({
	'search.keep': {
		run() {
			context.dispatch({type: 'endSearch', keep: true});
			findFromTop(context);
		},
	},
	'search.cancel': {run: () => context.dispatch({type: 'endSearch', keep: false})},
	'search.erase': {run: () => context.dispatch({type: 'editSearch', text: eraseLastCharacter(context.state().search)})},
	'search.eraseWord': {run: () => context.dispatch({type: 'editSearch', text: eraseLastWord(context.state().search)})},
	'search.eraseLine': {run: () => context.dispatch({type: 'editSearch', text: ''})},
});
