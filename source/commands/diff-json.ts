import type {AnalyzedArticle} from '../corpus/article.js';
import type {Comparison, Row} from '../compare/model.js';
import {shownPath} from '../corpus/address.js';
import {lineNumberAt, lineStartOffsets} from '../text/lines.js';
import {shownSimilarity} from '../render/similarity-text.js';

/** Rounded so the JSON is stable across platforms and readable. */
const round = (value: number): number => Math.round(value * 10_000) / 10_000;

/** File lines (1-based, as lineNumberAt counts them) of a moved row's two copies, for its `left_line`/`right_line`. */
type MovedLines = {left: number; right: number} | undefined;

const rowJson = (row: Row, moved: MovedLines) => ({
	kind: row.kind,
	left: row.left,
	right: row.right,
	similarity: shownSimilarity(row.similarity, row.kind === 'same' || row.kind === 'boilerplate', 4),
	ops: row.ops,
	...(row.rewritten ? {rewritten: true} : {}),
	...(row.movedAfter === undefined ? {} : {moved_after: row.movedAfter}),
	...(moved ? {left_line: moved.left, right_line: moved.right} : {}),
	...(row.label ? {label: row.label} : {}),
	...(row.category ? {category: row.category} : {}),
	...(row.reason ? {reason: row.reason} : {}),
});

/** The documented `copydesk diff --json` object (README, "diff --json"). */
export const diffJson = (left: AnalyzedArticle, right: AnalyzedArticle, comparison: Comparison) => ({
	left: {path: shownPath(left), title: left.title},
	right: {path: shownPath(right), title: right.title},
	similarity: shownSimilarity(comparison.similarity, comparison.relation === 'identical', 4),
	containment: {left: round(comparison.containment.left), right: round(comparison.containment.right)},
	relation: comparison.relation,
	changes: comparison.changes,
	degraded: comparison.degraded,
	...(comparison.nothingLeft ? {nothing_left: true} : {}),
	substitutions: comparison.substitutions,
	facts: comparison.facts ?? [],
	rows: rowsJson(left.text, right.text, comparison.rows),
});

/** The rows; a moved row also says on which line of each file its copy starts (the text output's notes name these lines). */
const rowsJson = (leftText: string, rightText: string, rows: readonly Row[]) => {
	let starts: {left: number[]; right: number[]} | undefined;
	return rows.map(row => {
		if (row.kind !== 'moved' || !row.left || !row.right) return rowJson(row, undefined);
		starts ??= {left: lineStartOffsets(leftText), right: lineStartOffsets(rightText)};
		return rowJson(row, {left: lineNumberAt(starts.left, row.left.start), right: lineNumberAt(starts.right, row.right.start)});
	});
};
