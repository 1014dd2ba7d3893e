import type {Relation, RelationMeasures} from './model.js';

/**
 * The relation of two texts from their measures (see model.ts, RelationMeasures),
 * as a ladder of thresholds, each seen from the side that shares more:
 * - verbatim  — shared passages word for word, even when one side adds text:
 *               3-word phrases contained ≥ verbatimPhrases and whole sentences equal ≥ verbatimExact;
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
	editedPhrases: number;
	rewrittenPhrases: number;
	rewrittenAligned: number;
	relatedWords: number;
	relatedVocabulary: number;
};

/** The relation the ladder above gives for a pair's measures (each 0..1); pure, never throws. */
export const relationOfMeasures = (measures: RelationMeasures, thresholds: RelationThresholds): Relation => {
	const phrases = Math.max(...measures.phrases);
	const words = Math.max(...measures.words);
	const exact = Math.max(measures.exact.left, measures.exact.right);
	if (phrases >= thresholds.verbatimPhrases && exact >= thresholds.verbatimExact) return 'verbatim';
	if (phrases >= thresholds.editedPhrases) return 'edited';
	if (phrases >= thresholds.rewrittenPhrases && Math.max(measures.aligned.left, measures.aligned.right) >= thresholds.rewrittenAligned) return 'rewritten';
	if (words >= thresholds.relatedWords || measures.vocabulary >= thresholds.relatedVocabulary) return 'related';
	return 'unrelated';
};
