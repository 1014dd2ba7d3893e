import type {Relation, RelationMeasures} from './model.js';

/**
 * The relation of two texts from their measures (see model.ts, RelationMeasures),
 * as a ladder of thresholds, each seen from the side that shares more:
 * - verbatim  — shared passages word for word, even when one side adds text:
 *               3-word phrases contained ≥ verbatimPhrases, whole sentences equal ≥ verbatimExact
 *               of the paired content, and what is equal is a passage, not a stray sentence:
 *               ≥ verbatimShare of one side's content and ≥ verbatimMinWords words;
 * - edited    — most phrasing kept: phrases contained ≥ editedPhrases;
 * - rewritten — same source, reworded: phrases contained ≥ rewrittenPhrases and
 *               content in paired sentences ≥ rewrittenAligned;
 * - related   — same event or subject, written independently: content words contained
 *               ≥ relatedWords, or IDF-weighted vocabulary overlap ≥ relatedVocabulary;
 * - unrelated — otherwise.
 * The thresholds are fitted on real graded pairs by scripts/train-relations.ts.
 */
export type RelationThresholds = {
	verbatimPhrases: number;
	verbatimExact: number;
	verbatimShare: number;
	editedPhrases: number;
	rewrittenPhrases: number;
	rewrittenAligned: number;
	relatedWords: number;
	relatedVocabulary: number;
};

/**
 * The fewest words a shared passage must have to be called verbatim: one
 * typical news sentence (about 20 words). With `verbatimShare` it keeps two
 * pages that share only a consent notice or a byline from being "verbatim".
 */
export const verbatimMinWords = 20;

/** Share of a side's content in sentences equal word for word on the other (the larger of the two sides' shares). */
export const verbatimShareOf = (measures: RelationMeasures): number => Math.max(measures.aligned.left * measures.exact.left, measures.aligned.right * measures.exact.right);

export const relationOfMeasures = (measures: RelationMeasures, thresholds: RelationThresholds): Relation => {
	const phrases = Math.max(...measures.phrases);
	const words = Math.max(...measures.words);
	const exact = Math.max(measures.exact.left, measures.exact.right);
	const passage = verbatimShareOf(measures) >= thresholds.verbatimShare && (measures.verbatimWords ?? verbatimMinWords) >= verbatimMinWords;
	if (phrases >= thresholds.verbatimPhrases && exact >= thresholds.verbatimExact && passage) return 'verbatim';
	if (phrases >= thresholds.editedPhrases) return 'edited';
	if (phrases >= thresholds.rewrittenPhrases && Math.max(measures.aligned.left, measures.aligned.right) >= thresholds.rewrittenAligned) return 'rewritten';
	if (words >= thresholds.relatedWords || measures.vocabulary >= thresholds.relatedVocabulary) return 'related';
	return 'unrelated';
};
