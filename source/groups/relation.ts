// The relation of a copy to its original, estimated from fingerprints (cheap
// enough for every article of a large corpus) in the comparison engine's words
// and by its rules (source/compare/summary.ts), with the engine's sentence
// measures estimated from word and phrase overlap.
import {strongerRelation, type Relation} from '../compare/model.js';
import {relationOf} from '../compare/summary.js';
import type {GroupMember} from './member.js';
import {containment, intersectionSize, multisetDice} from './overlap.js';

export type RelationEstimate = {relation: Relation; similarity: number};

/**
 * The engine's measures of one side, estimated: if a share `aligned` of the
 * side's words sits in sentences the other side also has, and a share
 * `fidelity` of those words is kept, then about aligned·f of its words and
 * aligned·f³ of its 3-word phrases are found in the other side (a phrase
 * survives when its three words do). Word and phrase containment give both.
 */
function sideRelation(wordShare: number, phraseShare: number): Relation {
	if (wordShare <= 0) return 'unrelated';
	const phraseRatio = Math.min(wordShare, phraseShare) / wordShare;
	const fidelity = Math.sqrt(phraseRatio);
	const aligned = Math.min(1, wordShare / Math.max(fidelity, 1e-9));
	// A sentence is kept exactly when all its words are: fidelity^length, for sentences of typical length.
	const exact = phraseRatio ** (typicalSentenceWords / 2);
	return relationOf(aligned, fidelity, exact);
}

/** Words in a news sentence, typically (for the share of sentences kept exactly). */
const typicalSentenceWords = 20;

/** similarity: word overlap (multiset Dice over the kept words), close to the share of equal words a word diff finds. */
export function estimateRelation(copy: GroupMember, original: GroupMember): RelationEstimate {
	if (copy.textHash === original.textHash) return {relation: 'identical', similarity: 1};
	// The same kept text, boilerplate and spacing aside: the engine finds no change rows.
	if (copy.keptHash === original.keptHash) return {relation: 'identical', similarity: 1};
	// The same words in the same order, with case or punctuation changed.
	if (copy.print.tokenCount > 0 && copy.print.sequenceHash === original.print.sequenceHash && copy.print.tokenCount === original.print.tokenCount) {
		return {relation: 'verbatim', similarity: 1};
	}

	const similarity = round(multisetDice(copy.bag, original.bag));
	const sharedWords = intersectionSize(copy.bag, original.bag);
	const sharedPhrases = intersectionSize(copy.print.shingles, original.print.shingles);
	const fromCopy = sideRelation(share(sharedWords, copy.bag.length), containment(copy.print.shingles, original.print.shingles, sharedPhrases));
	const fromOriginal = sideRelation(share(sharedWords, original.bag.length), containment(original.print.shingles, copy.print.shingles, sharedPhrases));
	return {relation: strongerRelation(fromCopy, fromOriginal), similarity};
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const round = (value: number): number => Math.round(value * 1000) / 1000;
