/**
 * The heaviest chain of candidate pairs increasing on both sides (weighted LIS),
 * with a Fenwick tree of prefix maxima over the right positions: O(P log m).
 */
export const heaviestChain = <T extends {i: number; j: number}>(candidates: T[], rightStart: number, rightEnd: number, gain: (candidate: T) => number): T[] => {
	const size = rightEnd - rightStart;
	if (candidates.length === 0 || size <= 0) return [];
	const sorted = [...candidates].sort((x, y) => x.i - y.i || y.j - x.j);
	const treeValue = new Float64Array(size + 1);
	const treeIndex = new Int32Array(size + 1).fill(-1);
	const total = new Float64Array(sorted.length);
	const previous = new Int32Array(sorted.length).fill(-1);
	let bestIndex = -1;
	for (let k = 0; k < sorted.length; k++) {
		// Best chain ending strictly left of j (same-i candidates come in decreasing j, so never chain).
		let value = 0;
		let from = -1;
		for (let p = sorted[k].j - rightStart; p > 0; p -= p & -p) {
			if (treeValue[p] > value) (value = treeValue[p]), (from = treeIndex[p]);
		}
		total[k] = value + gain(sorted[k]);
		previous[k] = from;
		for (let p = sorted[k].j - rightStart + 1; p <= size; p += p & -p) {
			if (total[k] > treeValue[p]) (treeValue[p] = total[k]), (treeIndex[p] = k);
		}
		if (bestIndex < 0 || total[k] > total[bestIndex]) bestIndex = k;
	}
	const chain: T[] = [];
	for (let k = bestIndex; k >= 0; k = previous[k]) chain.push(sorted[k]);
	return chain.reverse();
};
