import test from 'ava';
import type {Key} from 'ink';
import {keymap, runKey, type CommandOf} from '../../../source/reader/keymap.js';
import {storyKeys, storyNotReady, type StoryKeysContext} from '../../../source/reader/story/keys.js';
import {initialStoryState, type StoryAction, type StoryState} from '../../../source/reader/story/state.js';
import type {Story} from '../../../source/story/story.js';

// A story of three rows (sentence, a copy's addition, sentence) and two copies: only what the keys read.
const story = {
	collation: {rows: [{base: {start: 0, end: 10}}, {base: null}, {base: {start: 11, end: 20}}]},
	copies: [{article: {name: 'a'}}, {article: {name: 'b'}}],
} as unknown as Story;

const key = (overrides: Partial<Key> = {}): Key => ({upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, ...overrides}) as Key;

const harness = (built: Story | null, state: Partial<StoryState> = {}) => {
	const log: Array<StoryAction | string> = [];
	const context: StoryKeysContext = {
		state: () => ({...initialStoryState, ...state}),
		story: () => built,
		size: () => ({rows: 3, copies: 2, page: 5, columns: 2}),
		dispatch: action => log.push(action),
		open: (copy, offset) => log.push(`open ${copy} at ${offset}`),
		base: copy => log.push(`base ${copy}`),
		back: () => log.push('back'),
		quit: () => log.push('quit'),
	};
	return {actions: storyKeys(context), log};
};

test('every story command of the keymap has an action', t => {
	const {actions} = harness(story);
	for (const entry of keymap.filter(entry => entry.screen === 'story')) t.truthy(actions[entry.command as CommandOf<'story'>], entry.command);
});

test('while the story is built, moving says why not; help, back and quit still work', t => {
	const {actions, log} = harness(null);
	t.is(actions['story.down'].disabled?.(), storyNotReady);
	t.true(runKey('story', actions, 'j', key(), reason => log.push(`hint ${reason}`)));
	t.true(runKey('story', actions, 'q', key(), reason => log.push(`hint ${reason}`)));
	t.true(runKey('story', actions, '?', key(), reason => log.push(`hint ${reason}`)));
	t.deepEqual(log, [`hint ${storyNotReady}`, 'back', {type: 'overlay', overlay: 'help'}]);
});

test('] goes to the next sentence of the base, skipping added rows; G to the last row', t => {
	const {actions, log} = harness(story);
	actions['story.nextSentence'].run();
	actions['story.bottom'].run();
	t.like(log[0], {type: 'row-to', row: 2});
	t.like(log[1], {type: 'row-to', row: 2});
});

test('Enter on an added row opens the split view at the base sentence before it; f there says why not', t => {
	const {actions, log} = harness(story, {row: 1, copy: 1});
	actions['story.open'].run();
	t.deepEqual(log, ['open 1 at 0']);
	t.is(actions['story.facts'].disabled?.(), 'facts are listed for sentences of the base');
	const onSentence = harness(story, {row: 2});
	t.is(onSentence.actions['story.facts'].disabled?.(), null);
	onSentence.actions['story.open'].run();
	t.deepEqual(onSentence.log, ['open 0 at 11']);
});

test('$ goes to the last copy; b makes the highlighted copy the base', t => {
	const {actions, log} = harness(story, {copy: 1});
	actions['story.lastCopy'].run();
	actions['story.base'].run();
	t.like(log[0], {type: 'copy-to', copy: 1});
	t.is(log[1], 'base 1');
});
