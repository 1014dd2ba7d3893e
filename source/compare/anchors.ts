/**
 * Patience-diff anchors: items whose key occurs exactly once on each side, and the
 * longest chain of them in the same order on both sides. O(n log n).
 */
export const exactAnchors = (
	leftCount: number,
	rightCount: number,
	keyLeft: (i: number) => string,
	keyRight: (j: number) => string,
): Array<{i: number; j: number}> => {
	const left = new Map<string, number>();
	for (let i = 0; i < leftCount; i++) {
		const key = keyLeft(i);
		left.set(key, left.has(key) ? -1 : i);
	}
	const right = new Map<string, number>();
	for (let j = 0; j < rightCount; j++) {
		const key = keyRight(j);
		if (left.has(key)) right.set(key, right.has(key) ? -1 : j);
	}
	const candidates: Array<{i: number; j: number}> = [];
	for (const [key, j] of right) {
		const i = left.get(key)!;
		if (i >= 0 && j >= 0 && key !== '') candidates.push({i, j});
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
