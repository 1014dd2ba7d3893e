// The relation of a copy to its original, estimated from fingerprints (cheap
// enough for every article of a large corpus) in the comparison engine's words.
import type {Relation} from '../compare/model.js';
import {containment, intersectionSize, multisetDice} from './overlap.js';
import type {GroupMember} from './member.js';

export type RelationEstimate = {relation: Relation; similarity: number};

/**
 * similarity: word overlap (multiset Dice over the kept words), close to the
 * share of equal words a word diff finds. The relation adds phrasing: copies
 * that keep the words but lose the 3-word phrases were reworded.
 */
export function estimateRelation(copy: GroupMember, original: GroupMember): RelationEstimate {
	if (copy.textHash === original.textHash) return {relation: 'identical', similarity: 1};
	if (copy.print.tokenCount > 0 && copy.print.sequenceHash === original.print.sequenceHash && copy.print.tokenCount === original.print.tokenCount) {
		return {relation: 'verbatim', similarity: 1};
	}

	const similarity = round(multisetDice(copy.bag, original.bag));
	const shared = intersectionSize(copy.print.shingles, original.print.shingles);
	const phrasing = Math.max(containment(copy.print.shingles, original.print.shingles, shared), containment(original.print.shingles, copy.print.shingles, shared));
	// Thresholds as in the comparison engine (compareTexts): edited > 0.9, rewritten > 0.5, related > 0.1.
	if (similarity >= 0.97 && phrasing >= 0.95) return {relation: 'verbatim', similarity};
	if (similarity > 0.9 && phrasing >= 0.5) return {relation: 'edited', similarity};
	if (similarity > 0.5) return {relation: 'rewritten', similarity};
	if (similarity > 0.1) return {relation: 'related', similarity};
	return {relation: 'unrelated', similarity};
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
