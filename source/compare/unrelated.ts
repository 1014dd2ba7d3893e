import {inflectedShare, minInflectedGrams} from './similarity.js';
import type {Side} from './units.js';
import type {Weights} from './weights.js';

/**
 * Trigram postings examined before the screen gives up (and the full alignment runs):
 * two large vocabularies whose words share common endings ("-ed ", "-ing") without one
 * inflected pair between them are rare, and the screen must stay cheaper than what it spares.
 */
const maxPostingVisits = 2_000_000;


/** A word's distinct character trigrams, padded with a space each side: similarity.ts `Grams`. */
const trigramsOf = (word: string): string[] => {
	const padded = ` ${word} `;
	const grams = new Set<string>();
	for (let k = 0; k + 3 <= padded.length; k++) grams.add(padded.slice(k, k + 3));
	return [...grams];
};

/**
 * A side's body content words (match ids with a pair weight), each once, marked in `seen`; undefined as soon as one of
 * them is marked in `stop` (a word the other side has: the caller needs no more). Indexed loops: for…of runs an
 * iterator step per element in unoptimised code, and this reads every word of both texts once.
 */
const contentWordsOf = (side: Side, s: 0 | 1, weights: Weights, seen: Uint8Array, stop?: Uint8Array): number[] | undefined => {
	const found: number[] = [];
	const {body} = side;
	const lists = weights.unitWords[s];
	for (let b = 0; b < body.length; b++) {
		const list = lists[body[b]!]!;
		for (let k = 0; k < list.length; k++) {
			const match = weights.match[list[k]!]!;
			if (weights.pairWeight[match]! > 0 && !seen[match]) {
				if (stop?.[match]) return undefined;
				seen[match] = 1;
				found.push(match);
			}
		}
	}
	return found;
};

/**
 * True when two sides have nothing the sentence aligner could pair on (align.ts): no
 * body sentence equal after normalisation on both sides (anchors, equal neighbours,
 * exact moves), no content word in both (similarity.ts word Dice, the inverted indices
 * of the sparse and moves passes) and no content word of one an inflected form of a
 * content word of the other (similarity.ts `inflectedMatches`). Then `similarityOf` is
 * 0 for every pair of sentences and runs of them, so no step of the aligner pairs
 * anything and every later step (extension, fill, re-division, transpositions) works
 * only beside pairs: the alignment is empty, found without building one profile.
 * Two texts on unrelated subjects pass it when they share only function words
 * (`pairWeight` 0, word-classes.ts). False as soon as one shared item is found, or
 * when the inflection check would visit more than maxPostingVisits trigram postings.
 * Linear in the words plus the trigram postings visited.
 */
export const sharesNothing = (left: Side, right: Side, weights: Weights): boolean => {
	const size = weights.pairWeight.length;
	const onLeft = new Uint8Array(size);
	const leftWords = contentWordsOf(left, 0, weights, onLeft)!;
	const onRight = new Uint8Array(size);
	// The right side's words are read until the first the left side has too: two copies of one story stop at their first content word.
	const rightWords = contentWordsOf(right, 1, weights, onRight, onLeft);
	if (rightWords === undefined) return false;
	const keys = new Set<string>();
	for (const index of left.body) keys.add(left.units[index]!.key);
	for (const index of right.body) if (keys.has(right.units[index]!.key)) return false;
	if (leftWords.length === 0 || rightWords.length === 0) return true;

	// Inflected forms: right words by trigram, then each left word's shared trigrams counted per right word.
	const postings = new Map<string, number[]>();
	const rightGramCount = new Int32Array(rightWords.length);
	rightWords.forEach((word, position) => {
		const grams = trigramsOf(weights.words[word]!);
		rightGramCount[position] = grams.length;
		for (const gram of grams) {
			const posting = postings.get(gram);
			if (posting) posting.push(position);
			else postings.set(gram, [position]);
		}
	});
	const hits = new Int32Array(rightWords.length);
	const touched: number[] = [];
	let visits = 0;
	for (const word of leftWords) {
		const grams = trigramsOf(weights.words[word]!);
		if (grams.length < minInflectedGrams) continue;
		for (const gram of grams) {
			const posting = postings.get(gram);
			if (!posting) continue;
			visits += posting.length;
			if (visits > maxPostingVisits) return false;
			for (const position of posting) if (hits[position]++ === 0) touched.push(position);
		}
		for (const position of touched) {
			const shorter = Math.min(grams.length, rightGramCount[position]!);
			if (shorter >= minInflectedGrams && hits[position]! >= inflectedShare * shorter) return false;
			hits[position] = 0;
		}
		touched.length = 0;
	}
	return true;
};
