// The relation of a copy to its original, estimated from fingerprints (cheap
// enough for every article of a large corpus) in the comparison engine's words.
import type {Relation} from '../compare/model.js';
import {containment, intersectionSize, multisetDice} from './overlap.js';
import type {AnalyzedArticle} from '../corpus/article.js';
import {keptText, tokenHashes, type Fingerprint} from './shingles.js';

export type RelationEstimate = {relation: Relation; similarity: number};

/**
 * similarity: word overlap (multiset Dice over the kept words), close to the
 * share of equal words a word diff finds. The relation adds phrasing: copies
 * that keep the words but lose the 3-word phrases were reworded.
 */
export function estimateRelation(
	copyArticle: Pick<AnalyzedArticle, 'text' | 'labels'>,
	copy: Fingerprint,
	originalArticle: Pick<AnalyzedArticle, 'text' | 'labels'>,
	original: Fingerprint,
	originalBag = wordBag(originalArticle),
): RelationEstimate {
	if (copyArticle.text === originalArticle.text) return {relation: 'identical', similarity: 1};
	if (copy.tokenCount > 0 && copy.sequenceHash === original.sequenceHash && copy.tokenCount === original.tokenCount) {
		return {relation: 'verbatim', similarity: 1};
	}

	const similarity = round(multisetDice(wordBag(copyArticle), originalBag));
	const shared = intersectionSize(copy.shingles, original.shingles);
	const phrasing = Math.max(containment(copy.shingles, original.shingles, shared), containment(original.shingles, copy.shingles, shared));
	// Thresholds as in the comparison engine (compareTexts): edited > 0.9, rewritten > 0.5, related > 0.1.
	if (similarity >= 0.97 && phrasing >= 0.95) return {relation: 'verbatim', similarity};
	if (similarity > 0.9 && phrasing >= 0.5) return {relation: 'edited', similarity};
	if (similarity > 0.5) return {relation: 'rewritten', similarity};
	if (similarity > 0.1) return {relation: 'related', similarity};
	return {relation: 'unrelated', similarity};
}

/** The kept words as a multiset (sorted hashes with repeats), recomputed when needed rather than kept for every article. */
export const wordBag = (article: Pick<AnalyzedArticle, 'text' | 'labels'>): Uint32Array => tokenHashes(keptText(article)).sort();

const round = (value: number): number => Math.round(value * 1000) / 1000;
