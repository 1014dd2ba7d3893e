import type {AnalyzedArticle} from '../corpus/article.js';
import type {Comparison, Row} from '../compare/model.js';
import {shownPath} from '../corpus/address.js';
import {lineNumberAt, lineStartOffsets} from '../text/lines.js';
import {shownSimilarity} from '../render/similarity-text.js';
import {languagesNote} from '../compare/languages.js';

/** Rounded so the JSON is stable across platforms and readable. */
const round = (value: number): number => Math.round(value * 10_000) / 10_000;

/** File lines (1-based, as lineNumberAt counts them) of a moved row's two copies, for its `left_line`/`right_line`. */
type MovedLines = {left: number; right: number} | undefined;

/**
 * One row of the JSON, its fields in the documented order. Set one by one, not spread from
 * conditional parts: V8 gives each object made by spreading and then adding fields a hidden
 * class of its own (~300 bytes), one per row (breaker13 M3).
 */
const rowJson = (row: Row, moved: MovedLines): Record<string, unknown> => {
	const json: Record<string, unknown> = {
		kind: row.kind,
		left: row.left,
		right: row.right,
		similarity: shownSimilarity(row.similarity, row.kind === 'same' || row.kind === 'boilerplate', 4),
		ops: row.ops,
	};
	if (row.rewritten) json['rewritten'] = true;
	if (row.movedAfter !== undefined) json['moved_after'] = row.movedAfter;
	if (moved) {
		json['left_line'] = moved.left;
		json['right_line'] = moved.right;
	}

	if (row.label) json['label'] = row.label;
	if (row.category) json['category'] = row.category;
	if (row.reason) json['reason'] = row.reason;
	return json;
};

/** The documented `copydesk diff --json` object (README, "diff --json"). */
export const diffJson = (left: AnalyzedArticle, right: AnalyzedArticle, comparison: Comparison) => ({
	...diffJsonHead(left, right, comparison),
	rows: rowsJson(left.text, right.text, comparison.rows),
});

/** Everything of `diffJson` before its rows, in its order. */
const diffJsonHead = (left: AnalyzedArticle, right: AnalyzedArticle, comparison: Comparison) => ({
	left: {path: shownPath(left), title: left.title},
	right: {path: shownPath(right), title: right.title},
	similarity: shownSimilarity(comparison.similarity, comparison.relation === 'identical', 4),
	containment: {left: round(comparison.containment.left), right: round(comparison.containment.right)},
	relation: comparison.relation,
	changes: comparison.changes,
	degraded: comparison.degraded,
	...(comparison.nothingLeft ? {nothing_left: true} : {}),
	...(comparison.languages ? {languages: comparison.languages, note: languagesNote(comparison.languages)} : {}),
	substitutions: comparison.substitutions,
	facts: comparison.facts ?? [],
});

/** Rows per piece of `diffJsonText`. */
const rowsPerPiece = 2048;

/**
 * `JSON.stringify(diffJson(left, right, comparison))` in pieces (joined, the same text byte
 * for byte), each whole rows: a text of many short lines has a row per line, and the JSON of
 * all of them at once, with the objects it is made from, was a sixth of diff's heap (breaker13 M3).
 */
export function * diffJsonText(left: AnalyzedArticle, right: AnalyzedArticle, comparison: Comparison): Generator<string> {
	const head = JSON.stringify({...diffJsonHead(left, right, comparison), rows: []});
	// The head ends in the empty rows' `[]}`: the rows go between the brackets.
	yield head.slice(0, -2);
	const {rows} = comparison;
	const json = rowJsonOf(left.text, right.text);
	for (let from = 0; from < rows.length; from += rowsPerPiece) {
		// The piece's rows as an array's JSON without its brackets.
		const piece = JSON.stringify(rows.slice(from, from + rowsPerPiece).map(json)).slice(1, -1);
		yield from > 0 ? `,${piece}` : piece;
	}

	yield ']}';
}

/** The rows; a moved row also says on which line of each file its copy starts (the text output's notes name these lines). */
const rowsJson = (leftText: string, rightText: string, rows: readonly Row[]) => rows.map(rowJsonOf(leftText, rightText));

/** A row's JSON object (rowJson), with a moved row's file lines (their line starts found once, on the first moved row). */
const rowJsonOf = (leftText: string, rightText: string): ((row: Row) => Record<string, unknown>) => {
	let starts: {left: number[]; right: number[]} | undefined;
	return row => {
		if (row.kind !== 'moved' || !row.left || !row.right) return rowJson(row, undefined);
		starts ??= {left: lineStartOffsets(leftText), right: lineStartOffsets(rightText)};
		return rowJson(row, {left: lineNumberAt(starts.left, row.left.start), right: lineNumberAt(starts.right, row.right.start)});
	};
};
