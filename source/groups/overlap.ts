// Exact overlaps of sorted hash arrays: linear merges, no allocation.

/** Size of the intersection of two sorted distinct arrays. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
	let i = 0;
	let j = 0;
	let count = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			count++;
			i++;
			j++;
		} else if (a[i] < b[j]) i++;
		else j++;
	}

	return count;
}

/**
 * intersectionSize(a, b) when it is `atLeast` or more; otherwise some number
 * below `atLeast` (the merge stops once what is left of the shorter side could
 * not bring the count up to it). A screen for pairs most of which fail.
 */
export function intersectionSizeAtLeast(a: Uint32Array, b: Uint32Array, atLeast: number): number {
	let i = 0;
	let j = 0;
	let count = 0;
	let steps = 0;
	while (i < a.length && j < b.length) {
		// Every 64 steps: can the rest still reach it?
		if ((++steps & 63) === 0 && count + Math.min(a.length - i, b.length - j) < atLeast) return count;
		const x = a[i]!;
		const y = b[j]!;
		if (x === y) {
			count++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
	}

	return count;
}

/** Share of `a`'s shingles found in `b` (0 when `a` is empty). */
export const containment = (a: Uint32Array, b: Uint32Array, shared = intersectionSize(a, b)): number => (a.length === 0 ? 0 : shared / a.length);

/** Dice coefficient of two sorted multisets: 2·|A∩B| / (|A|+|B|), repeats counted. Order-free word overlap. */
export function multisetDice(a: Uint32Array, b: Uint32Array): number {
	if (a.length + b.length === 0) return 1;
	return (2 * intersectionSize(a, b)) / (a.length + b.length);
}

/**
 * Dice coefficient of two sorted multisets of words with each word weighted as
 * the comparison engine weighs it (compare/weights.ts): log(1 + (S + 1) / (f + 1)),
 * S the sentences of both texts, f the sentences holding the word — estimated
 * here from the bags alone: f by the word's occurrences in both, S by the words
 * of both over `wordsPerSentence`. An estimate of the engine's similarity (the
 * IDF-weighted share of words kept) without the texts; 1 for two empty bags.
 */
export function weightedMultisetDice(a: Uint32Array, b: Uint32Array, wordsPerSentence: number): number {
	if (a.length + b.length === 0) return 1;
	const sentences = (a.length + b.length) / wordsPerSentence;
	// Most words occur a few times: their weights are computed once per call.
	const known = new Float64Array(16);
	const weight = (occurrences: number) => {
		if (occurrences >= known.length) return Math.log(1 + (sentences + 1) / (occurrences + 1));
		return known[occurrences] || (known[occurrences] = Math.log(1 + (sentences + 1) / (occurrences + 1)));
	};
	let shared = 0;
	let total = 0;
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		// The next word in hash order, and how often each bag holds it.
		const word = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
		let x = 0;
		let y = 0;
		while (i < a.length && a[i] === word) (i++, x++);
		while (j < b.length && b[j] === word) (j++, y++);
		const w = weight(x + y);
		shared += 2 * Math.min(x, y) * w;
		total += (x + y) * w;
	}

	return total > 0 ? shared / total : 0;
}
