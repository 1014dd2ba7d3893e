import type {Side} from './units.js';

/**
 * IDF-like weights of word tokens computed from the two texts themselves
 * (documents = body sentences of both sides): a token found in few sentences is
 * strong evidence that two sentences correspond; one found everywhere ("the",
 * "of", the story's main name) is weak. Language-independent: no stop lists.
 * Words are interned to small integers so later passes work on typed arrays.
 */
export type Weights = {
	/** Word id of a normalised word (-1 if unknown). */
	id: (norm: string) => number;
	/** Weight by word id. */
	weight: Float64Array;
	/** Normalised word by id. */
	words: string[];
	/** Per side, per unit index: the word ids of that unit's word tokens, in order (empty for excluded units). */
	unitWords: [Int32Array[], Int32Array[]];
	/** Per side, per unit: sum of its word weights. */
	unitWeight: [Float64Array, Float64Array];
	sentences: number;
	of: (norm: string) => number;
};

export const computeWeights = (left: Side, right: Side): Weights => {
	const ids = new Map<string, number>();
	const words: string[] = [];
	const frequency: number[] = [];
	const lastSeen: number[] = [];
	let sentences = 0;
	const unitWords: [Int32Array[], Int32Array[]] = [[], []];
	[left, right].forEach((side, s) => {
		const perUnit = unitWords[s];
		for (const unit of side.units) perUnit.push(emptyWords);
		for (const index of side.body) {
			sentences++;
			const tokens = side.units[index].tokens;
			let count = 0;
			for (const token of tokens) if (token.word) count++;
			const list = new Int32Array(count);
			let k = 0;
			for (const token of tokens) {
				if (!token.word) continue;
				let id = ids.get(token.norm);
				if (id === undefined) {
					id = words.length;
					ids.set(token.norm, id);
					words.push(token.norm);
					frequency.push(0);
					lastSeen.push(-1);
				}
				if (lastSeen[id] !== sentences) {
					lastSeen[id] = sentences;
					frequency[id]++;
				}
				list[k++] = id;
			}
			perUnit[index] = list;
		}
	});
	const weight = new Float64Array(words.length);
	for (let id = 0; id < words.length; id++) weight[id] = Math.log(1 + (sentences + 1) / (frequency[id] + 1));
	const unitWeight: [Float64Array, Float64Array] = [new Float64Array(left.units.length), new Float64Array(right.units.length)];
	for (let s = 0; s < 2; s++) {
		unitWords[s].forEach((list, index) => {
			let sum = 0;
			for (const id of list) sum += weight[id];
			unitWeight[s][index] = sum;
		});
	}
	const id = (norm: string) => ids.get(norm) ?? -1;
	return {id, weight, words, unitWords, unitWeight, sentences, of: norm => weight[id(norm)] ?? 0};
};

const emptyWords = new Int32Array(0);
