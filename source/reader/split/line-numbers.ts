// Line numbers of the files behind the split view: for the gutters, so a
// reader can cite "line 23 of the copy", and for opening an editor there.
import type {Comparison} from '../../compare/model.js';
import type {SplitLayout} from '../../render/layout.js';
import {lineNumberAt as lineNumberIn, lineStartOffsets} from '../../text/lines.js';

const starts = new WeakMap<object, number[]>();

/** Offsets where each line of `text` starts (lineStartOffsets), kept per article object (texts are long; keys are many). */
const lineStarts = (owner: object, text: string): number[] => {
	let known = starts.get(owner);
	if (!known) {
		known = lineStartOffsets(text);
		starts.set(owner, known);
	}
	return known;
};

/** The 1-based line of `text` holding character `offset` (the count moved-row notes and `diff --json` use). */
export const lineNumberAt = (owner: object, text: string, offset: number): number => lineNumberIn(lineStarts(owner, text), offset);

/** Columns a gutter of line numbers takes for these texts: the widest number and a space. */
export const numberWidthFor = (left: {text: string}, right: {text: string}): number =>
	String(Math.max(lineStarts(left, left.text).length, lineStarts(right, right.text).length)).length + 1;

/**
 * The line number to show beside layout line `index` on one side: the file
 * line where that line's sentence starts, on the first screen line of each
 * sentence; null on its continuation lines and on blank lines.
 */
export const gutterNumber = (layout: SplitLayout, comparison: Comparison, index: number, side: 'left' | 'right', article: {text: string}): number | null => {
	const line = layout.lines[index];
	if (!line) return null;
	const row = side === 'left' ? line.leftRow : line.rightRow;
	if (row < 0) return null;
	const previous = layout.lines[index - 1];
	if (previous && (side === 'left' ? previous.leftRow : previous.rightRow) === row) return null;
	const span = comparison.rows[row]?.[side];
	return span ? lineNumberAt(article, article.text, span.start) : null;
};

/** The file line at the top of a pane: of the first sentence from layout line `top` on (1 when none). */
export const lineAtTop = (layout: SplitLayout, comparison: Comparison, top: number, side: 'left' | 'right', article: {text: string}): number => {
	for (let index = top; index < layout.lines.length; index++) {
		const row = side === 'left' ? layout.lines[index]!.leftRow : layout.lines[index]!.rightRow;
		const span = row >= 0 ? comparison.rows[row]?.[side] : undefined;
		if (span) return lineNumberAt(article, article.text, span.start);
	}
	return 1;
};
