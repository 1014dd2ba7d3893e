import type {Relation} from '../compare/model.js';

/** An article's place among its near-duplicates (issue: corpora of 10,000+ articles). */
export type GroupInfo = {
	/** Group number (stable for one corpus: numbered in order of the groups' first article id). */
	group: number;
	groupSize: number;
	/** `id` of the group's likely original. */
	original: string;
	/** Similarity to the original (1 for the original itself). */
	similarity: number;
	/** Relation to the original, in the comparison engine's vocabulary ('identical' for the original itself). */
	relation: Relation;
	/**
	 * The relation and similarity are estimated from fingerprints (relation.ts), not
	 * the verdict `copydesk diff` gives for the pair (corpus/pair-verdict.ts): a
	 * listing computes that verdict for the copies its work budget covers.
	 */
	estimated?: true;
	/** Why the original was chosen ("earliest date", "contains 96% of 002; 002 adds a headline list"). */
	reason?: string;
};
