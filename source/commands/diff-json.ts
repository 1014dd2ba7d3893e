import type {AnalyzedArticle} from '../corpus/article.js';
import type {Comparison, Row} from '../compare/model.js';
import {shownSimilarity} from '../render/similarity-text.js';

/** Rounded so the JSON is stable across platforms and readable. */
const round = (value: number): number => Math.round(value * 10_000) / 10_000;

const rowJson = (row: Row) => ({
	kind: row.kind,
	left: row.left,
	right: row.right,
	similarity: shownSimilarity(row.similarity, row.kind === 'same' || row.kind === 'boilerplate', 4),
	ops: row.ops,
	...(row.rewritten ? {rewritten: true} : {}),
	...(row.movedAfter === undefined ? {} : {moved_after: row.movedAfter}),
	...(row.label ? {label: row.label} : {}),
	...(row.category ? {category: row.category} : {}),
	...(row.reason ? {reason: row.reason} : {}),
});

/** The documented `copydesk diff --json` object (README, "diff --json"). */
export const diffJson = (left: AnalyzedArticle, right: AnalyzedArticle, comparison: Comparison) => ({
	left: {path: left.path, title: left.title},
	right: {path: right.path, title: right.title},
	similarity: shownSimilarity(comparison.similarity, comparison.relation === 'identical', 4),
	containment: {left: round(comparison.containment.left), right: round(comparison.containment.right)},
	relation: comparison.relation,
	changes: comparison.changes,
	degraded: comparison.degraded,
	...(comparison.nothingLeft ? {nothing_left: true} : {}),
	substitutions: comparison.substitutions,
	facts: comparison.facts ?? [],
	rows: comparison.rows.map(row => rowJson(row)),
});
