import test from 'ava';
import fc from 'fast-check';
import {initialStoryState, nextSentenceRow, storyReducer, type StoryState} from '../../../source/reader/story/state.js';

const size = {rows: 100, copies: 30, page: 10, columns: 8};

test('moving keeps the cursor in the table and the window around it', t => {
	let state = storyReducer(initialStoryState, {type: 'move-row', by: 15, ...size});
	t.is(state.row, 15);
	t.is(state.top, 6);
	state = storyReducer(state, {type: 'move-copy', by: 9, ...size});
	t.is(state.copy, 9);
	t.is(state.left, 2);
	state = storyReducer(state, {type: 'row-to', row: 1000, ...size});
	t.is(state.row, 99);
	t.is(state.top, 90);
	state = storyReducer(state, {type: 'copy-to', copy: -5, ...size});
	t.is(state.copy, 0);
	t.is(state.left, 0);
});

test('a hint lasts until the next key; overlays open and close', t => {
	let state = storyReducer(initialStoryState, {type: 'hint', hint: 'hello'});
	t.is(state.hint, 'hello');
	state = storyReducer(state, {type: 'move-row', by: 1, ...size});
	t.is(state.hint, null);
	state = storyReducer(state, {type: 'overlay', overlay: 'facts'});
	t.is(state.overlay, 'facts');
	t.is(storyReducer(state, {type: 'reset'}), initialStoryState);
});

test('property: after any actions the cursors are inside the table and on screen', t => {
	const action = fc.oneof(
		fc.record({type: fc.constant('move-row' as const), by: fc.integer({min: -50, max: 50})}),
		fc.record({type: fc.constant('move-copy' as const), by: fc.integer({min: -50, max: 50})}),
		fc.record({type: fc.constant('row-to' as const), row: fc.integer({min: -10, max: 3000})}),
		fc.record({type: fc.constant('copy-to' as const), copy: fc.integer({min: -10, max: 300})}),
		fc.constant({type: 'fit' as const}),
	);
	const view = fc.record({rows: fc.integer({min: 1, max: 2000}), copies: fc.integer({min: 1, max: 200}), page: fc.integer({min: 1, max: 60}), columns: fc.integer({min: 1, max: 40})});
	fc.assert(
		fc.property(fc.array(fc.tuple(action, view), {maxLength: 30}), steps => {
			let state: StoryState = initialStoryState;
			for (const [step, dimensions] of steps) {
				state = storyReducer(state, {...step, ...dimensions} as Parameters<typeof storyReducer>[1]);
				const {rows, copies, page, columns} = dimensions;
				if (state.row < 0 || state.row >= rows || state.copy < 0 || state.copy >= copies) return false;
				if (state.row < state.top || state.row >= state.top + page) return false;
				if (state.copy < state.left || state.copy >= state.left + columns) return false;
			}

			return true;
		}),
	);
	t.pass();
});

test('nextSentenceRow skips rows that are not sentences and stays put at the ends', t => {
	const sentence = (row: number) => row % 3 === 0;
	t.is(nextSentenceRow(sentence, 10, 0, 1), 3);
	t.is(nextSentenceRow(sentence, 10, 3, -1), 0);
	t.is(nextSentenceRow(sentence, 10, 9, 1), 9);
});
