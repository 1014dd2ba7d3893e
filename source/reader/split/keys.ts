// What the split view's keys do: one KeyAction per split command.
import type {Comparison} from '../../compare/model.js';
import type {LayoutJob} from '../../render/layout.js';
import {keyOf, type KeyAction, type KeyActions} from '../keymap.js';
import {eraseLastCharacter, eraseLastWord} from '../line-editing.js';
import type {FactStop, SplitAction, SplitState, View} from './state.js';

/** What the split view's actions read and do; getters read the latest state. */
export type SplitKeysContext = {
	state: () => SplitState;
	/** The comparison, layout job and scroll view for the latest state. */
	shown: () => {comparison: Comparison | null; job: LayoutJob | null; view: View};
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
	/**
	 * Holds a key's work while the pair is still compared: the hint says `what: still comparing…`,
	 * and the reader runs `run` once the comparison is in and laid out (a later key, or another
	 * pair, drops it).
	 */
	hold: (what: string, run: () => void) => void;
};

/** The end of a hint for a key that needs the comparison while it is computed (cleared once it is in). */
export const stillComparing = 'still comparing…';

/** How much of the layout is done, while it still grows: a search then says it looked at that much only. */
const laidOut = (context: SplitKeysContext): {laidOut?: number} => {
	const {job} = context.shown();
	return job && !job.done() ? {laidOut: job.progress()} : {};
};

/**
 * A key that reads the comparison (`]`, `}`, `n`, a search): before the comparison is in,
 * its answer would be "none" (no changes, pattern not found, and it stayed so once the
 * comparison came: breaker10 H31); it is held instead and run once the pair is laid out,
 * saying then why it cannot run if it cannot.
 */
const onceCompared = (context: SplitKeysContext, what: string, action: KeyAction): KeyAction => ({
	disabled: () => (context.shown().comparison ? (action.disabled?.() ?? null) : null),
	run() {
		if (context.shown().comparison) return action.run();
		context.hold(what, () => {
			const reason = action.disabled?.() ?? null;
			if (reason) context.dispatch({type: 'hint', hint: reason});
			else action.run();
		});
	},
});

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
	/** Until the comparison is in, nothing is known of its facts or substitutions: say so, never "none". */
	const comparing = (what: string) => (context.shown().comparison ? null : `${what}: ${stillComparing}`);
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
		'split.nextFact': onceCompared(context, 'next fact', fact(1)),
		'split.previousFact': onceCompared(context, 'previous fact', fact(-1)),
		'split.down': scroll(view => ({type: 'scroll', by: 1, ...view})),
		'split.up': scroll(view => ({type: 'scroll', by: -1, ...view})),
		'split.halfDown': scroll(view => ({type: 'page', pages: 0.5, ...view})),
		'split.halfUp': scroll(view => ({type: 'page', pages: -0.5, ...view})),
		'split.pageDown': scroll(view => ({type: 'page', pages: 1, ...view})),
		'split.pageUp': scroll(view => ({type: 'page', pages: -1, ...view})),
		'split.top': scroll(view => ({type: 'scrollTo', line: 0, ...view})),
		// The end is not known while the pair is compared (a view of no lines): G is held until it is, not lost (x then G).
		'split.bottom': onceCompared(context, 'bottom', scroll(view => ({type: 'scrollTo', line: view.lines, ...view}), true)),
		'split.nextChange': onceCompared(context, 'next change', change('nextChange')),
		'split.previousChange': onceCompared(context, 'previous change', change('previousChange')),
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
		'split.nextMatch': onceCompared(context, 'next match', scroll(view => ({type: 'nextMatch', direction: 1, matches: context.matches(), inOtherPane: context.inOtherPane?.() ?? false, ...laidOut(context), ...view}))),
		'split.previousMatch': onceCompared(context, 'previous match', scroll(view => ({type: 'nextMatch', direction: -1, matches: context.matches(), inOtherPane: context.inOtherPane?.() ?? false, ...laidOut(context), ...view}))),
		'split.swap': {run: context.swap},
		'split.unified': {run: () => context.dispatch({type: 'toggleUnified', unified: context.unified()})},
		'split.edit': {disabled: () => (context.edit ? null : 'no editor can be opened here'), run: () => context.edit?.()},
	};
};

/** The keys while a search pattern is typed (printable characters are typed into it). */
export const searchKeys = (context: SplitKeysContext): KeyActions<'search'> => ({
	'search.keep': {
		run() {
			context.dispatch({type: 'endSearch', keep: true});
			// From the top line: a match on screen below the context lines is found too.
			const search: KeyAction = {run: () => context.dispatch({type: 'nextMatch', direction: 1, matches: context.matches(), inOtherPane: context.inOtherPane?.() ?? false, fromTop: true, ...laidOut(context), ...context.shown().view})};
			onceCompared(context, `/${context.state().search}`, search).run();
		},
	},
	'search.cancel': {run: () => context.dispatch({type: 'endSearch', keep: false})},
	'search.erase': {run: () => context.dispatch({type: 'editSearch', text: eraseLastCharacter(context.state().search)})},
	'search.eraseWord': {run: () => context.dispatch({type: 'editSearch', text: eraseLastWord(context.state().search)})},
	'search.eraseLine': {run: () => context.dispatch({type: 'editSearch', text: ''})},
});
