/** Shortest normalised sentence matched occurrence by occurrence when repeated. */
const minRepeatedKey = 20;

/**
 * Patience-diff anchors: items whose key occurs exactly once on each side, and the
 * longest chain of them in the same order on both sides. O(n log n).
 * Keys repeated the same number of times on both sides (a text pasted twice, a
 * repeated quote) are matched occurrence by occurrence when they are long enough
 * to be content rather than page chrome ("-", "Share").
 * Items are indices 0..leftCount-1 and 0..rightCount-1, keyed by `keyLeft` and
 * `keyRight`; the result pairs them, increasing on both sides.
 */
export const exactAnchors = (
	leftCount: number,
	rightCount: number,
	keyLeft: (i: number) => string,
	keyRight: (j: number) => string,
): Array<{i: number; j: number}> => {
	const left = new Map<string, number[]>();
	for (let i = 0; i < leftCount; i++) {
		const key = keyLeft(i);
		const list = left.get(key);
		if (list) list.push(i);
		else left.set(key, [i]);
	}
	const right = new Map<string, number[]>();
	for (let j = 0; j < rightCount; j++) {
		const key = keyRight(j);
		if (!left.has(key)) continue;
		const list = right.get(key);
		if (list) list.push(j);
		else right.set(key, [j]);
	}
	const candidates: Array<{i: number; j: number}> = [];
	for (const [key, js] of right) {
		const is = left.get(key)!;
		if (key === '' || is.length !== js.length || (is.length > 1 && key.length < minRepeatedKey)) continue;
		for (let k = 0; k < is.length; k++) candidates.push({i: is[k], j: js[k]});
	}
	candidates.sort((x, y) => x.i - y.i);
	// Longest increasing subsequence of j (patience sorting with back links).
	const tails: number[] = [];
	const previous = new Int32Array(candidates.length).fill(-1);
	for (let k = 0; k < candidates.length; k++) {
		let low = 0;
		let high = tails.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (candidates[tails[middle]].j < candidates[k].j) low = middle + 1;
			else high = middle;
		}
		if (low > 0) previous[k] = tails[low - 1];
		tails[low] = k;
	}
	const chain: Array<{i: number; j: number}> = [];
	for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) chain.push(candidates[k]);
	return chain.reverse();
};
