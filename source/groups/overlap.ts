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

/** Share of `a`'s shingles found in `b` (0 when `a` is empty). */
export const containment = (a: Uint32Array, b: Uint32Array, shared = intersectionSize(a, b)): number => (a.length === 0 ? 0 : shared / a.length);

/** Dice coefficient of two sorted multisets: 2·|A∩B| / (|A|+|B|), repeats counted. Order-free word overlap. */
export function multisetDice(a: Uint32Array, b: Uint32Array): number {
	if (a.length + b.length === 0) return 1;
	return (2 * intersectionSize(a, b)) / (a.length + b.length);
}
