import type {Side} from './units.js';
import type {Vocabulary} from './tokens.js';

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
	/** Normalised word by id. */
	words: string[];
	/** Per side, per unit index: the word ids of that unit's word tokens, in order (empty for excluded units). */
	unitWords: [Int32Array[], Int32Array[]];
	/** Per side, per unit: sum of its word weights. */
	unitWeight: [Float64Array, Float64Array];
	sentences: number;
};

export const computeWeights = (left: Side, right: Side, vocabulary: Vocabulary): Weights => {
	const words = vocabulary.words;
	const frequency = new Int32Array(vocabulary.size);
	const lastSeen = new Int32Array(vocabulary.size).fill(-1);
	let sentences = 0;
	const unitWords: [Int32Array[], Int32Array[]] = [[], []];
	[left, right].forEach((side, s) => {
		const perUnit = unitWords[s];
		const {id: ids} = side.tokens;
		for (const _unit of side.units) perUnit.push(emptyWords);
		for (const index of side.body) {
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
				list[n++] = id;
			}
			perUnit[index] = list;
		}
	});
	const weight = new Float64Array(vocabulary.size);
	for (let id = 0; id < vocabulary.size; id++) weight[id] = vocabulary.wordLike[id] ? Math.log(1 + (sentences + 1) / (frequency[id] + 1)) : 0;
	const unitWeight: [Float64Array, Float64Array] = [new Float64Array(left.units.length), new Float64Array(right.units.length)];
	for (let s = 0; s < 2; s++) {
		unitWords[s].forEach((list, index) => {
			let sum = 0;
			for (const id of list) sum += weight[id];
			unitWeight[s][index] = sum;
		});
	}
	return {weight, words, unitWords, unitWeight, sentences};
};

const emptyWords = new Int32Array(0);
