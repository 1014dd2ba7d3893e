// The unified (one-column) layout of a comparison, for narrow terminals:
// built from a split layout laid out at the full width, each block of rows
// shown as its left lines marked `-` then its right lines marked `+`, an
// unchanged block once with a space, as unified diffs do. It is a SplitLayout
// whose lines use the left pane only, so scrolling, change navigation, search
// and place-keeping work on it unchanged. Boilerplate lines are marked `B`
// (shown once when both sides have the same); a pair that differs only
// trivially (quote style, case) is not a change and is shown once, as the
// split view counts it.
import type {Comparison} from '../../compare/model.js';
import {isChangeRow} from '../../compare/summary.js';
import type {ScreenLine, SplitLayout} from '../../render/layout.js';
import type {StyledSegment} from '../../render/style.js';

/**
 * Below this many columns the split view is unified unless asked otherwise:
 * each pane would get fewer than 38 columns, about six words of English a line,
 * and sentences wrap every few words, too short to read side by side.
 */
export const unifiedBelowColumns = 80;

/** Columns the unified layout's `-`/`+` prefix takes. */
export const unifiedPrefix = 2;

const textOf = (segments: readonly StyledSegment[]) => segments.map(segment => segment.text).join('');

/** A row that is no change (-1, on a side with no text, counts as one). */
const quietRow = (comparison: Comparison, index: number): boolean => {
	if (index < 0) return true;
	const row = comparison.rows[index];
	return row !== undefined && row.kind !== 'moved' && row.kind !== 'boilerplate' && !isChangeRow(row);
};

const gutterOf = (block: readonly ScreenLine[]) => block.find(line => line.gutter !== null)?.gutter ?? null;

/** The unified layout of a split layout (laid out with panes `width - unifiedPrefix` wide). */
export const unifyLayout = (layout: SplitLayout, comparison: Comparison): SplitLayout => {
	const lines: ScreenLine[] = [];
	const firstOut = new Map<number, number>();
	const blank = (line: ScreenLine) => line.left.length === 0 && line.right.length === 0;
	for (let index = 0; index < layout.lines.length; ) {
		const start = layout.lines[index]!;
		if (blank(start)) {
			firstOut.set(index, lines.length);
			lines.push({left: [], right: [], gutter: null, leftRow: -1, rightRow: -1});
			index++;
			continue;
		}
		// A block: the lines showing one pair of rows (a side's row is -1 once its text has ended).
		let end = index + 1;
		const leftRow = start.leftRow;
		const rightRow = start.rightRow;
		while (end < layout.lines.length) {
			const line = layout.lines[end]!;
			if (blank(line) || line.gutter !== null || (line.leftRow !== leftRow && line.leftRow !== -1) || (line.rightRow !== rightRow && line.rightRow !== -1)) break;
			end++;
		}
		const block = layout.lines.slice(index, end);
		for (let at = index; at < end; at++) firstOut.set(at, lines.length);
		const row = comparison.rows[leftRow >= 0 ? leftRow : rightRow];
		const boilerplateOf = (index: number) => comparison.rows[index]?.kind === 'boilerplate';
		// Rows that are no change (equal, or equal but for trivia) are shown once, from the left side: the
		// right side's lines of them add nothing, even where the two sides wrap or break their lines apart.
		const quiet = gutterOf(block) === null && block.every(line => quietRow(comparison, line.leftRow) && quietRow(comparison, line.rightRow));
		const same = quiet || (block.every(line => textOf(line.left) === textOf(line.right)) && row?.kind !== 'moved');
		const gutter = start.gutter;
		if (same) {
			const mark = boilerplateOf(leftRow) ? {text: 'B ', style: 'boilerplate' as const} : {text: '  ', style: 'plain' as const};
			let first = true;
			for (const line of block) {
				if (quiet && line.left.length === 0) continue;
				lines.push({left: [first ? mark : {text: '  ', style: 'plain'}, ...line.left], right: [], gutter: null, leftRow: line.leftRow, rightRow: line.rightRow, ...(line.leftContinues ? {leftContinues: true} : {})});
				first = false;
			}
		} else {
			let first = true;
			const leftMark = boilerplateOf(leftRow) ? {text: 'B ', style: 'boilerplate' as const} : {text: '- ', style: 'removed' as const};
			const rightMark = boilerplateOf(rightRow) ? {text: 'B ', style: 'boilerplate' as const} : {text: '+ ', style: 'added' as const};
			for (const line of block.filter(candidate => candidate.left.length > 0)) {
				lines.push({left: [first ? leftMark : {text: '  ', style: leftMark.style}, ...line.left], right: [], gutter: first ? gutter : null, leftRow: line.leftRow, rightRow: -1, ...(line.leftContinues ? {leftContinues: true} : {})});
				first = false;
			}
			let firstRight = true;
			for (const line of block.filter(candidate => candidate.right.length > 0)) {
				// One column: the right side's lines are drawn in the left one, continuation marks included.
				lines.push({left: [firstRight ? rightMark : {text: '  ', style: rightMark.style}, ...line.right], right: [], gutter: first ? gutter : null, leftRow: -1, rightRow: line.rightRow, ...(line.rightContinues ? {leftContinues: true} : {})});
				first = false;
				firstRight = false;
			}
		}
		index = end;
	}
	// A focus (a long row's first changed word) is found again on its line's first copy (the left side's).
	const changes = layout.changes.map(({focus, ...change}) => {
		const line = firstOut.get(change.line) ?? change.line;
		const focusOut = focus === undefined ? undefined : firstOut.get(focus);
		return focusOut !== undefined && focusOut > line ? {...change, line, focus: focusOut} : {...change, line};
	});
	return {lines, changes};
};
