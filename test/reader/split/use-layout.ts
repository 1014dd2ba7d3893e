import test from 'ava';
import type {ScreenLine, SplitLayout} from '../../../source/render/layout.js';
import {anchorAfterRelayout} from '../../../source/reader/split/use-layout.js';

const line = (leftRow: number, rightRow: number): ScreenLine => ({left: leftRow >= 0 ? [{text: 'x', style: 'plain'}] : [], right: rightRow >= 0 ? [{text: 'y', style: 'plain'}] : [], gutter: null, leftRow, rightRow});
const layout = (lines: ScreenLine[]): SplitLayout => ({lines, changes: []});

test('a re-layout at the top keeps the top rows of both sides in view, not only the left one', t => {
	// At the top: the right side's headline block (row 0) stands beside nothing on the left.
	const old = layout([line(-1, 0), line(-1, 0), line(1, 1), line(1, 1)]);
	// Wider: the headline takes one line; the left side's first row comes after it.
	const next = layout([line(-1, 0), line(1, 1), line(2, 2)]);
	t.is(anchorAfterRelayout(old, next, 0), 0, 'the right side\'s first row stays at the top');
	// Further down, the first row of either side from the old top line.
	t.is(anchorAfterRelayout(old, next, 2), 1);
	t.is(anchorAfterRelayout(layout([]), next, 0), -1);
});
