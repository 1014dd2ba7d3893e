// Ordinal thresholds on one score, fitted exactly: the diagnostic of `npm run train:relations -- --ceiling`
// (how far any one measure, cut into ordered classes, can go on the dev reuse sets).

/**
 * The thresholds t[0] ≤ … ≤ t[K-2] that classify the most examples right when
 * class k is given to scores in [t[k-1], t[k]) (class 0 below t[0], class K-1 at or
 * above t[K-2]): the optimal ordinal cut of one score, by dynamic programming over
 * the sorted distinct scores, O(K·n) after sorting. `classes` are 0..K-1, higher =
 * more reuse; `accepts(example, predicted)` says whether a prediction is right (a
 * gold class may accept several, as COUNTER's WD accepts identical, verbatim or
 * edited). Each threshold lies halfway between the two scores it separates
 * (±Infinity when a class is left empty). Ties go to the lower cut. Pure.
 */
export const fitOrdinalThresholds = (scores: readonly number[], classes: number, accepts: (index: number, predicted: number) => boolean): number[] => {
	const order = scores.map((_, index) => index).sort((a, b) => scores[a]! - scores[b]! || a - b);
	const n = order.length;
	// Cut positions: before the first example, between distinct scores, after the last.
	const cuts = [0];
	for (let k = 1; k < n; k++) if (scores[order[k]!] !== scores[order[k - 1]!]) cuts.push(k);
	cuts.push(n);
	// right[c][k]: examples among the first k (in score order) right if given class c.
	const right = Array.from({length: classes}, (_, c) => {
		const prefix = new Float64Array(n + 1);
		for (let k = 0; k < n; k++) prefix[k + 1] = prefix[k]! + (accepts(order[k]!, c) ? 1 : 0);
		return prefix;
	});
	// best[j]: most right among the examples before cuts[j], with classes 0..c used so far.
	let best = cuts.map((cut, j) => (j === 0 ? 0 : Number.NEGATIVE_INFINITY));
	const from: Int32Array[] = [];
	for (let c = 0; c < classes; c++) {
		const prefix = right[c]!;
		const next = new Array<number>(cuts.length);
		const choice = new Int32Array(cuts.length);
		let top = Number.NEGATIVE_INFINITY;
		let at = 0;
		for (let j = 0; j < cuts.length; j++) {
			const value = best[j]! - prefix[cuts[j]!]!;
			if (value > top) (top = value), (at = j);
			next[j] = top + prefix[cuts[j]!]!;
			choice[j] = at;
		}
		best = next;
		from.push(choice);
	}
	// Walk back: the cut where each class begins.
	const starts: number[] = [];
	let j = cuts.length - 1;
	for (let c = classes - 1; c >= 1; c--) {
		j = from[c]![j]!;
		starts.unshift(cuts[j]!);
	}
	return starts.map(start => (start <= 0 ? Number.NEGATIVE_INFINITY : start >= n ? Number.POSITIVE_INFINITY : (scores[order[start - 1]!]! + scores[order[start]!]!) / 2));
};

/** The class a score gets under ordinal thresholds (see fitOrdinalThresholds): how many thresholds it reaches. */
export const ordinalClass = (score: number, thresholds: readonly number[]): number => thresholds.filter(threshold => score >= threshold).length;
