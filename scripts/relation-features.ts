// Candidate reuse measures beyond the engine's (for `npm run train:relations -- --ceiling`): the
// classic lexical features of the text-reuse literature, computed on the engine's body words.
// Training-only: greedy string tiling here is the plain quadratic algorithm, fine for dev pairs,
// not for the engine.
import {Vocabulary} from '../source/compare/tokens.js';
import {buildSide, type Side} from '../source/compare/units.js';
import {computeWeights, type Weights} from '../source/compare/weights.js';

const bodyWords = (side: Side, s: 0 | 1, weights: Weights): number[] => {
	const words: number[] = [];
	for (const index of side.body) for (const id of weights.unitWords[s][index]) words.push(id);
	return words;
};

/** Share of each side's distinct word n-grams found in the other (Broder 1997): [a, b]. */
export const containment = (a: readonly number[], b: readonly number[], n: number): [number, number] => {
	const grams = (words: readonly number[]) => {
		const set = new Set<string>();
		for (let k = 0; k + n <= words.length; k++) set.add(words.slice(k, k + n).join(' '));
		return set;
	};
	const left = grams(a);
	const right = grams(b);
	let shared = 0;
	for (const gram of left) if (right.has(gram)) shared++;
	return [left.size ? shared / left.size : 0, right.size ? shared / right.size : 0];
};

/**
 * Greedy string tiling (Wise 1996; Clough & Stevenson 2011's cut-and-paste measure): repeatedly
 * mark the longest common runs of unmarked words (at least `minimum` long) on both sides. Returns
 * the share of each side's words tiled and the longest tile. Quadratic per pass.
 */
export const greedyStringTiling = (a: readonly number[], b: readonly number[], minimum: number): {share: [number, number]; longest: number} => {
	const markedA = new Uint8Array(a.length);
	const markedB = new Uint8Array(b.length);
	let longest = 0;
	for (;;) {
		let length = minimum;
		let tiles: Array<[number, number]> = [];
		for (let i = 0; i < a.length; i++) {
			if (markedA[i]) continue;
			for (let j = 0; j < b.length; j++) {
				let k = 0;
				while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k] && !markedA[i + k] && !markedB[j + k]) k++;
				if (k > length) (length = k), (tiles = [[i, j]]);
				else if (k === length && k >= minimum) tiles.push([i, j]);
			}
		}
		if (tiles.length === 0) break;
		longest = Math.max(longest, length);
		for (const [i, j] of tiles) {
			let free = true;
			for (let x = 0; x < length; x++) if (markedA[i + x] || markedB[j + x]) free = false;
			if (free) for (let x = 0; x < length; x++) (markedA[i + x] = 1), (markedB[j + x] = 1);
		}
	}
	const count = (marked: Uint8Array) => marked.reduce((total, value) => total + value, 0);
	return {share: [a.length ? count(markedA) / a.length : 0, b.length ? count(markedB) / b.length : 0], longest};
};

/**
 * Symmetric reuse measures of two texts, by name: word n-gram containment (n = 1…4) and greedy
 * string tiling coverage (minimum match 2, 3, 5 words), each seen from the shorter text
 * ("short") and from the longer ("long"); the longest common passage as a share of the shorter
 * text; and the length ratio (shorter / longer, in words).
 */
export const textFeatures = (leftText: string, rightText: string): Record<string, number> => {
	const vocabulary = new Vocabulary();
	const left = buildSide(leftText, vocabulary);
	const right = buildSide(rightText, vocabulary);
	const weights = computeWeights(left, right, vocabulary);
	const a = bodyWords(left, 0, weights);
	const b = bodyWords(right, 1, weights);
	const shortFirst = a.length <= b.length;
	const seen = ([x, y]: [number, number]) => (shortFirst ? {short: x, long: y} : {short: y, long: x});
	const features: Record<string, number> = {};
	for (const n of [1, 2, 3, 4]) {
		const {short, long} = seen(containment(a, b, n));
		features[`${n}-gram containment (short)`] = short;
		features[`${n}-gram containment (long)`] = long;
	}
	let longest = 0;
	for (const minimum of [2, 3, 5]) {
		const tiling = greedyStringTiling(a, b, minimum);
		const {short, long} = seen(tiling.share);
		features[`tiling ≥${minimum} (short)`] = short;
		features[`tiling ≥${minimum} (long)`] = long;
		longest = Math.max(longest, tiling.longest);
	}
	const shorter = Math.min(a.length, b.length);
	features['longest passage'] = shorter ? longest / shorter : 0;
	features['length ratio'] = Math.max(a.length, b.length) ? shorter / Math.max(a.length, b.length) : 0;
	return features;
};
