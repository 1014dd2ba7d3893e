import type {Weights} from './weights.js';
import {generalContent, generalWeight, weakContent} from './word-classes.js';

/**
 * Sentence similarity from language-independent evidence, over content words
 * only (function and calendar words weigh nothing: see word-classes.ts):
 * - weighted Dice over shared words (IDF-like weights from the two texts),
 * - weighted Dice over character trigrams of the words, so inflections and
 *   spelling variants ("seized"/"seize", Russian case endings) still count;
 *   a trigram carries its word's weight shared among the word's trigrams.
 * The mean of the two, 0..1. Profiles are sorted id arrays: Dice is a merge.
 * Two sentences sharing at most one content word are alike only when their words are
 * also alike letter by letter (inflected forms of the same words); one shared
 * word ("police", "night") is otherwise no evidence at all.
 */
export type Profile = {
	words: Int32Array;
	wordWeights: Float64Array;
	wordTotal: number;
	grams: Int32Array;
	gramWeights: Float64Array;
	gramTotal: number;
	/** Word ids, rarest first (the evidence an inverted index needs). */
	rare: Int32Array;
	/** Per word (as `words`), its sorted distinct trigram ids. */
	wordGrams: Int32Array[];
	/** The time words among `words` (weakContent), sorted: never counted among the shared words. */
	weak: Int32Array;
	/** How many of `words` are neither time words nor general words (word-classes.ts): the sentence's own story words. */
	story: number;
};

/** Interned character trigrams of each word, shared by all profiles of one comparison. */
export class Grams {
	private readonly ids = new Map<string, number>();
	private readonly byWord: Array<Int32Array | undefined> = [];
	/** Scratch weights by gram id, zero between uses (profiles are built one at a time). */
	scratch = new Float64Array(1024);
	constructor(private readonly weights: Weights) {}

	private readonly sortedByWord: Array<Int32Array | undefined> = [];

	get count() {
		return this.ids.size;
	}

	/** The word's distinct trigram ids, sorted. */
	sortedOf(word: number): Int32Array {
		let sorted = this.sortedByWord[word];
		if (!sorted) this.sortedByWord[word] = sorted = sortedUnique(this.of(word));
		return sorted;
	}

	of(word: number): Int32Array {
		let grams = this.byWord[word];
		if (!grams) {
			const padded = ` ${this.weights.words[word]} `;
			const list: number[] = [];
			for (let k = 0; k + 3 <= padded.length; k++) {
				const gram = padded.slice(k, k + 3);
				let id = this.ids.get(gram);
				if (id === undefined) this.ids.set(gram, (id = this.ids.size));
				list.push(id);
			}
			grams = Int32Array.from(list);
			this.byWord[word] = grams;
		}
		return grams;
	}
}

/** The distinct ids of `ids`, ascending, in a fresh array (`ids` is left as it is). */
const sortedUnique = (ids: number[] | Int32Array): Int32Array => {
	// A typed array is copied as one block; a plain one converted (Int32Array.from of a typed array went through a plain array first).
	const sorted = (ids instanceof Int32Array ? ids.slice() : Int32Array.from(ids)).sort();
	let n = 0;
	for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k];
	return sorted.subarray(0, n);
};

/** The profile of a sentence (or run of sentences) given as word-id lists: its content words with their pair weights, and their trigrams. */
export const profileOf = (wordLists: Int32Array[], weights: Weights, grams: Grams): Profile => {
	const all: number[] = [];
	// Indexed loops: for…of runs an iterator per element in unoptimised code, which is most of a one-shot process.
	for (let l = 0; l < wordLists.length; l++) {
		const list = wordLists[l]!;
		for (let k = 0; k < list.length; k++) {
			const match = weights.match[list[k]!]!;
			if (weights.pairWeight[match]! > 0) all.push(match);
		}
	}
	const words = sortedUnique(all);
	const wordWeights = new Float64Array(words.length);
	let wordTotal = 0;
	const touched: number[] = [];
	const wordGrams: Int32Array[] = [];
	for (let k = 0; k < words.length; k++) wordGrams.push(grams.of(words[k]));
	const sortedGrams: Int32Array[] = [];
	for (let k = 0; k < words.length; k++) sortedGrams.push(grams.sortedOf(words[k]));
	if (grams.scratch.length < grams.count) grams.scratch = new Float64Array(grams.count * 2);
	const scratch = grams.scratch;
	for (let k = 0; k < words.length; k++) {
		// A general word ("high", "placed": word-classes.ts generalContent) is weaker evidence than a word of the story.
		const weight = weights.pairWeight[words[k]] * (weights.content[words[k]] === generalContent ? generalWeight : 1);
		wordWeights[k] = weight;
		wordTotal += weight;
		const share = weight / Math.max(1, wordGrams[k].length);
		const ownGrams = wordGrams[k]!;
		for (let g = 0; g < ownGrams.length; g++) {
			const gram = ownGrams[g]!;
			if (scratch[gram] === 0) touched.push(gram);
			if (scratch[gram]! < share) scratch[gram] = share;
		}
	}
	const gramIds = Int32Array.from(touched).sort();
	const gramWeights = new Float64Array(gramIds.length);
	let gramTotal = 0;
	for (let k = 0; k < gramIds.length; k++) {
		gramWeights[k] = scratch[gramIds[k]];
		scratch[gramIds[k]] = 0;
		gramTotal += gramWeights[k];
	}
	const rare = Int32Array.from(words).sort((a, b) => weights.pairWeight[b] - weights.pairWeight[a] || a - b);
	const weak = words.filter(word => weights.content[word] === weakContent);
	let story = 0;
	for (let k = 0; k < words.length; k++) if (weights.content[words[k]!] === 1) story++;
	return {words, wordWeights, wordTotal, grams: gramIds, gramWeights, gramTotal, rare, wordGrams: sortedGrams, weak, story};
};

/** Items the last dice() call found on both sides. */
let sharedItems = 0;

const dice = (a: Int32Array, aw: Float64Array, aTotal: number, b: Int32Array, bw: Float64Array, bTotal: number): number => {
	sharedItems = 0;
	if (aTotal + bTotal === 0) return 0;
	let shared = 0;
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			shared += Math.min(aw[i++], bw[j++]);
			sharedItems++;
		} else if (a[i] < b[j]) i++;
		else j++;
	}
	return (2 * shared) / (aTotal + bTotal);
};

/** Similarities below this are reported as 0: every threshold of the aligner is higher (gap-align.ts partFloor 0.1). */
const negligible = 0.1;
/** Two sentences pair only when they share at least this many content words (equal, or the same word inflected). */
export const minSharedWords = 2;
/** Two words are the same word inflected when this share of the shorter one's trigrams is in the other ("expéditions"/"expédition"). */
export const inflectedShare = 0.6;
/** …and the shorter one has at least this many distinct trigrams. */
export const minInflectedGrams = 3;

const sharedGrams = (a: Int32Array, b: Int32Array): number => {
	let i = 0;
	let j = 0;
	let count = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) (count++, i++, j++);
		else if (a[i] < b[j]) i++;
		else j++;
	}
	return count;
};

/** Words of `a` (other than those `b` has exactly) that are an inflected form of a word of `b`, counted up to `enough`. */
const inflectedMatches = (a: Profile, b: Profile, enough: number): number => {
	let count = 0;
	for (let x = 0; x < a.words.length && count < enough; x++) {
		const gx = a.wordGrams[x];
		for (let y = 0; y < b.words.length; y++) {
			if (a.words[x] === b.words[y]) break;
			const gy = b.wordGrams[y];
			if (sharedGrams(gx, gy) >= inflectedShare * Math.min(gx.length, gy.length) && Math.min(gx.length, gy.length) >= minInflectedGrams) {
				count++;
				break;
			}
		}
	}
	return count;
};

/** Share of a's weight (words and trigrams, as Dice's) that b has too, 0..1. */
const containment = (a: Int32Array, aw: Float64Array, aTotal: number, b: Int32Array, bw: Float64Array): number => {
	if (aTotal === 0) return 0;
	let shared = 0;
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) shared += Math.min(aw[i++], bw[j++]);
		else if (a[i] < b[j]) i++;
		else j++;
	}
	return shared / aTotal;
};

/** How much of `a` (a sentence) is found in `b` (its counterpart, one sentence or several), 0..1: the mean of word and trigram containment. */
export const coverageOf = (a: Profile, b: Profile): number =>
	0.5 * containment(a.words, a.wordWeights, a.wordTotal, b.words, b.wordWeights) + 0.5 * containment(a.grams, a.gramWeights, a.gramTotal, b.grams, b.gramWeights);

/**
 * The lexical evidence of a bead (a pair of sentence runs), 0..1: how much of each of its
 * sentences the other side's whole run has (coverageOf), averaged over the sentences of both
 * sides. Each sentence is scored against the whole counterpart, as in the word-translation
 * model of Moore (2002), whose bead probability is a product over the sentences' words; Dice
 * over the two concatenations would let a long sentence drown a short one, so that a clause
 * placed in the wrong bead costs almost nothing. `li`/`rj` are the sentences of each run,
 * `leftOf(x)`/`rightOf(y)` the profile of its x-th/y-th sentence, `leftRun`/`rightRun` the
 * profiles of the runs (callbacks, so the aligner's inner loop allocates nothing).
 */
export const beadCoverage = (li: number, leftOf: (x: number) => Profile, leftRun: Profile, rj: number, rightOf: (y: number) => Profile, rightRun: Profile): number => {
	if (li + rj === 0) return 0;
	let total = 0;
	for (let x = 0; x < li; x++) total += coverageOf(li === 1 ? leftRun : leftOf(x), rightRun);
	for (let y = 0; y < rj; y++) total += coverageOf(rj === 1 ? rightRun : rightOf(y), leftRun);
	return total / (li + rj);
};

/** Similarity without the shared-words floor: for sentences already placed by their paired neighbours. */
export const contextSimilarityOf = (a: Profile, b: Profile): number => {
	if (a.wordTotal === 0 || b.wordTotal === 0) return 0;
	return 0.5 * dice(a.words, a.wordWeights, a.wordTotal, b.words, b.wordWeights, b.wordTotal) + 0.5 * dice(a.grams, a.gramWeights, a.gramTotal, b.grams, b.gramWeights, b.gramTotal);
};

/**
 * Similarity of two profiles, 0..1: the mean of the word and trigram Dice, 0 when they share fewer content words (inflected
 * forms counted) than minSharedWords, or when either has no story word (only general and time words: "En avant !", where
 * French "avant" is a general word, is no evidence on its own).
 */
export const similarityOf = (a: Profile, b: Profile): number => {
	if (a.wordTotal === 0 || b.wordTotal === 0 || a.story === 0 || b.story === 0) return 0;
	const words = dice(a.words, a.wordWeights, a.wordTotal, b.words, b.wordWeights, b.wordTotal);
	// A shared time word ("night", "morning") is no shared word: "…on Monday night, the police said" pairs nothing.
	const shared = sharedItems - (a.weak.length > 0 && b.weak.length > 0 ? sharedGrams(a.weak, b.weak) : 0);
	const grams = dice(a.grams, a.gramWeights, a.gramTotal, b.grams, b.gramWeights, b.gramTotal);
	const similarity = 0.5 * words + 0.5 * grams;
	// Below every threshold a caller compares with: no need to look for inflected forms.
	if (similarity < negligible) return 0;
	// Sentences of one content word each need only that one (and it then carries the whole pair).
	const needed = Math.min(minSharedWords, a.words.length, b.words.length);
	if (shared < needed && shared + inflectedMatches(a, b, needed - shared) < needed) return 0;
	return similarity;
};

/** Profiles of one side, computed on demand: most sentences of an edited copy never need one. */
export class Profiles {
	private readonly cache = new Map<number, Profile>();
	constructor(
		private readonly unitWords: Int32Array[],
		private readonly weights: Weights,
		private readonly grams: Grams,
	) {}

	/** Profile of the contiguous units first..last (unit indices). */
	of(first: number, last = first): Profile {
		// Runs of up to 3 units (the aligner's merges) are cached too.
		const key = last - first < 3 ? first * 4 + (last - first) : -1;
		let profile = key >= 0 ? this.cache.get(key) : undefined;
		if (!profile) {
			profile = profileOf(this.unitWords.slice(first, last + 1), this.weights, this.grams);
			if (key >= 0) this.cache.set(key, profile);
		}
		return profile;
	}
}
