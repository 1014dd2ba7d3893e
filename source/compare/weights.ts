import type {Side} from './units.js';
import type {Vocabulary} from './tokens.js';
import {contentMask} from './word-classes.js';

/**
 * IDF-like weights of word tokens computed from the two texts themselves
 * (documents = body sentences of both sides): a token found in few sentences is
 * strong evidence that two sentences correspond; one found everywhere ("the",
 * "of", the story's main name) is weak. Language-independent: no stop lists.
 * Words are vocabulary ids (see tokens.ts) so these passes work on typed arrays.
 */
export type Weights = {
	/** Weight by vocabulary id (0 for punctuation). */
	weight: Float64Array;
	/** Per vocabulary id: the id the word is matched by when pairing sentences (itself, or without an elided article). */
	match: Int32Array;
	/** Weight as evidence for pairing sentences, by match id: IDF of the match form for content words, 0 for function and calendar words (see word-classes.ts). */
	pairWeight: Float64Array;
	/** Per vocabulary id: 1 for content words, weakContent (2) for time words, generalContent (3) for general words (word-classes.ts), 0 otherwise. */
	content: Uint8Array;
	/** Normalised word by id. */
	words: string[];
	/** Per side, per unit index: the word ids of that unit's word tokens, in order (empty for excluded units). */
	unitWords: [Int32Array[], Int32Array[]];
	/** Per side, per unit: sum of its word weights. */
	unitWeight: [Float64Array, Float64Array];
	sentences: number;
};

/**
 * The form a word is matched by when pairing sentences: an elided article or
 * preposition is dropped ("l'himalaya" → "himalaya", "dell'anno" → "anno"), so
 * the French or Italian word is the same evidence with or without it.
 */
const elided = /^[\p{L}]{1,4}'([\p{L}\p{M}]{2,}.*)$/u;

/** The weights of every vocabulary word for one comparison, from the body sentences of both sides (IDF over sentences). Linear in the words. */
export const computeWeights = (left: Side, right: Side, vocabulary: Vocabulary): Weights => {
	const words = vocabulary.words;
	const known = vocabulary.size;
	const match = new Int32Array(known);
	for (let id = 0; id < known; id++) {
		const rest = vocabulary.wordLike[id] && words[id].includes("'") ? elided.exec(words[id]) : null;
		match[id] = rest ? vocabulary.id(rest[1], true) : id;
	}
	const frequency = new Int32Array(vocabulary.size);
	const lastSeen = new Int32Array(vocabulary.size).fill(-1);
	const matchFrequency = new Int32Array(vocabulary.size);
	const matchSeen = new Int32Array(vocabulary.size).fill(-1);
	let sentences = 0;
	const unitWords: [Int32Array[], Int32Array[]] = [[], []];
	/** A sample of each side's words, to name its language. */
	const sample: [string[], string[]] = [[], []];
	[left, right].forEach((side, s) => {
		const perUnit = unitWords[s];
		const {id: ids} = side.tokens;
		for (let u = 0; u < side.units.length; u++) perUnit.push(emptyWords);
		// Indexed loops here and below: for…of runs an iterator per element in unoptimised code, which is most of a one-shot process.
		for (let b = 0; b < side.body.length; b++) {
			const index = side.body[b]!;
			sentences++;
			const {from, to} = side.units[index];
			let count = 0;
			for (let k = from; k < to; k++) if (vocabulary.wordLike[ids[k]]) count++;
			const list = new Int32Array(count);
			let n = 0;
			for (let k = from; k < to; k++) {
				const id = ids[k];
				if (!vocabulary.wordLike[id]) continue;
				if (lastSeen[id] !== sentences) {
					lastSeen[id] = sentences;
					frequency[id]++;
				}
				if (matchSeen[match[id]] !== sentences) {
					matchSeen[match[id]] = sentences;
					matchFrequency[match[id]]++;
				}
				list[n++] = id;
				if (sample[s].length < languageSample) sample[s].push(words[id]);
			}
			perUnit[index] = list;
		}
	});
	const weight = new Float64Array(vocabulary.size);
	for (let id = 0; id < vocabulary.size; id++) weight[id] = vocabulary.wordLike[id] ? Math.log(1 + (sentences + 1) / (frequency[id] + 1)) : 0;
	const content = contentMask(words, vocabulary.wordLike, sample);
	const pairWeight = new Float64Array(vocabulary.size);
	for (let id = 0; id < vocabulary.size; id++) pairWeight[id] = content[id] ? Math.log(1 + (sentences + 1) / (matchFrequency[id] + 1)) : 0;
	const unitWeight: [Float64Array, Float64Array] = [new Float64Array(left.units.length), new Float64Array(right.units.length)];
	for (let s = 0; s < 2; s++) {
		const lists = unitWords[s];
		for (let index = 0; index < lists.length; index++) {
			const list = lists[index]!;
			let sum = 0;
			for (let k = 0; k < list.length; k++) sum += weight[list[k]!]!;
			unitWeight[s][index] = sum;
		}
	}
	return {weight, match, pairWeight, content, words, unitWords, unitWeight, sentences};
};

const emptyWords = new Int32Array(0);
/** Words per side enough to name its language. */
const languageSample = 2000;
