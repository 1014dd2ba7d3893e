// What the story view's keys do: one KeyAction per story command, as the list
// and split screens have. The view gives the context (its latest state, the
// story once built, its size) and runs the intents (open a split view, change
// the base, leave); everything here is plain data and closures, no Ink.
import type {KeyAction, KeyActions} from '../keymap.js';
import type {Story} from '../../story/story.js';
import {nextSentenceRow, type StoryAction, type StoryState, type StoryViewSize} from './state.js';

/** What the story view's actions read and do; getters read the latest state. */
export type StoryKeysContext = {
	state: () => StoryState;
	/** The story; null while the copies are still being compared with the base. */
	story: () => Story | null;
	size: () => StoryViewSize;
	dispatch: (action: StoryAction) => void;
	/** Opens the split view of the base and copy number `copy`, scrolled to `baseOffset` (UTF-16 offset in the base). */
	open: (copy: number, baseOffset: number) => void;
	/** Makes copy number `copy` the base. */
	base: (copy: number) => void;
	back: () => void;
	quit: () => void;
};

/** Said by every key that needs the story while it is still being built. */
export const storyNotReady = 'comparing the copies with the base…';

/** The story view's actions: disabled (with the reason) until the story is built, except help, back and quit. */
export const storyKeys = (context: StoryKeysContext): KeyActions<'story'> => {
	/** An action that needs the story; `reason` adds a reason of its own to be disabled. */
	const withStory = (run: (story: Story) => void, reason?: (story: Story) => string | null): KeyAction => ({
		disabled() {
			const story = context.story();
			return story ? (reason?.(story) ?? null) : storyNotReady;
		},
		run() {
			const story = context.story();
			if (story) run(story);
		},
	});
	const act = (action: (story: Story, size: StoryViewSize) => StoryAction): KeyAction =>
		withStory(story => context.dispatch(action(story, context.size())));
	const toSentence = (direction: 1 | -1) =>
		act((story, size) => {
			const {rows} = story.collation;
			const isSentence = (row: number) => rows[row] !== undefined && rows[row].base !== null;
			return {type: 'row-to', row: nextSentenceRow(isSentence, rows.length, context.state().row, direction), ...size};
		});
	return {
		'story.down': act((_, size) => ({type: 'move-row', by: 1, ...size})),
		'story.up': act((_, size) => ({type: 'move-row', by: -1, ...size})),
		'story.nextSentence': toSentence(1),
		'story.previousSentence': toSentence(-1),
		'story.pageDown': act((_, size) => ({type: 'move-row', by: size.page, ...size})),
		'story.pageUp': act((_, size) => ({type: 'move-row', by: -size.page, ...size})),
		'story.top': act((_, size) => ({type: 'row-to', row: 0, ...size})),
		'story.bottom': act((story, size) => ({type: 'row-to', row: story.collation.rows.length - 1, ...size})),
		'story.right': act((_, size) => ({type: 'move-copy', by: 1, ...size})),
		'story.left': act((_, size) => ({type: 'move-copy', by: -1, ...size})),
		'story.firstCopy': act((_, size) => ({type: 'copy-to', copy: 0, ...size})),
		'story.lastCopy': act((story, size) => ({type: 'copy-to', copy: story.copies.length - 1, ...size})),
		'story.open': withStory(
			story => {
				const {rows} = story.collation;
				const {row, copy} = context.state();
				// A row of added material opens at the base sentence it follows.
				const base = rows[row]?.base ?? rows.slice(0, row).reverse().find(candidate => candidate.base)?.base ?? null;
				context.open(copy, base?.start ?? 0);
			},
			story => (story.collation.rows[context.state().row] ? null : 'no sentence here'),
		),
		'story.facts': withStory(
			() => context.dispatch({type: 'overlay', overlay: 'facts'}),
			story => (story.collation.rows[context.state().row]?.base ? null : 'facts are listed for sentences of the base'),
		),
		'story.base': withStory(() => context.base(context.state().copy)),
		'story.help': {run: () => context.dispatch({type: 'overlay', overlay: 'help'})},
		'story.back': {run: context.back},
		'story.quit': {run: context.quit},
	};
};
