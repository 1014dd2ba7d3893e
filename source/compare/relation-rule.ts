import type {Relation, RelationMeasures} from './model.js';

/**
 * The relation of two texts from their measures (see model.ts, RelationMeasures),
 * as a ladder of thresholds, each seen from the side that shares more unless said:
 * - verbatim  — shared passages word for word, even when one side adds text:
 *               ≥ verbatimPassages of one side's words lie in passages of 8 or more
 *               words found word for word in the other, those passages make at
 *               least verbatimMinWords words (a passage, not a stray sentence), and
 *               ≥ verbatimExact of the paired content is in sentences equal word for word;
 * - edited    — most phrasing kept: ≥ editedRuns of one side's words lie in runs of
 *               5 or more words found in the other;
 * - rewritten — same source, reworded: each side shares ≥ rewrittenPairs of its
 *               word pairs (2-grams) with the other (the smaller share counts, so a
 *               long story written independently around a few common phrases is not),
 *               and ≥ rewrittenAligned of one side's content is in sentences paired
 *               with the other (shared pairs of function words do not pair sentences);
 * - related   — same event or subject, written independently: content words contained
 *               ≥ relatedWords, or IDF-weighted vocabulary overlap ≥ relatedVocabulary;
 * - unrelated — otherwise.
 * The thresholds are fitted on real graded pairs by scripts/train-relations.ts.
 */
export type RelationThresholds = {
	verbatimPassages: number;
	verbatimExact: number;
	editedRuns: number;
	rewrittenPairs: number;
	rewrittenAligned: number;
	relatedWords: number;
	relatedVocabulary: number;
};

/**
 * The fewest words the shared passages must have for verbatim: one typical
 * news sentence (about 20 words). With `verbatimPassages` (a share of one
 * side) it keeps two pages that share only a consent notice or a byline from
 * being called verbatim copies.
 */
export const verbatimMinWords = 20;

/** The relation the ladder above gives for a pair's measures (each 0..1); pure, never throws. */
export const relationOfMeasures = (measures: RelationMeasures, thresholds: RelationThresholds): Relation => {
	const most = (pair: [number, number]) => Math.max(pair[0], pair[1]);
	const exact = Math.max(measures.exact.left, measures.exact.right);
	if (most(measures.passages) >= thresholds.verbatimPassages && measures.passageWords >= verbatimMinWords && exact >= thresholds.verbatimExact) return 'verbatim';
	if (most(measures.runs) >= thresholds.editedRuns) return 'edited';
	const aligned = Math.max(measures.aligned.left, measures.aligned.right);
	if (Math.min(...measures.pairs) >= thresholds.rewrittenPairs && aligned >= thresholds.rewrittenAligned) return 'rewritten';
	if (most(measures.words) >= thresholds.relatedWords || measures.vocabulary >= thresholds.relatedVocabulary) return 'related';
	return 'unrelated';
};
