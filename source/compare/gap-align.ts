/**
 * Monotone alignment of one gap between exact anchors: a dynamic programme in
 * the manner of Gale & Church (1993) and of the lexical aligners after it
 * (Bleualign, Sennrich & Volk 2010; vecalign, Thompson & Koehn 2019). Steps
 * pair 1:1, 1:2, 2:1, 2:2, 1:3 and 3:1 sentences, or leave a sentence
 * unpaired; a step earns its similarity above the pairing threshold, times the
 * number of sentences it covers, less a length penalty (Gale & Church's: the
 * two sides of a true pair have proportional lengths).
 *
 * Bounded: the programme runs inside a band around a guide path (the straight
 * diagonal of the gap, or a chain of strong candidate pairs through it), so a
 * gap of n × m sentences costs O((n + m) · width) similarity computations.
 */

/** What the programme needs to know of the gap. Indices are relative to the gap. */
export type GapScorer = {
	/** Similarity 0..1 of left sentences i..i+li-1 with right sentences j..j+rj-1. */
	similarity: (i: number, li: number, j: number, rj: number) => number;
	/** Left sentences i and i+1 may be merged (same text run: no excluded line between). */
	joinsLeft: (i: number) => boolean;
	joinsRight: (j: number) => boolean;
	/** Length of a sentence (characters of its words). */
	lengthLeft: (i: number) => number;
	lengthRight: (j: number) => number;
	/** Whether a merge of these sentences may rest on length evidence alone (default: yes). */
	lengthMergeable?: (i: number, li: number, j: number, rj: number) => boolean;
};

export type GapStep = {i: number; li: number; j: number; rj: number; similarity: number};

export type GapOptions = {
	/** A pair counts when its similarity reaches this. */
	threshold: number;
	/** Half-width of the band around the guide path, in sentences; Infinity for the whole gap. */
	width: number;
	/** Strong pairs (gap indices, increasing on both sides) the band follows; empty: the diagonal. */
	guide?: ReadonlyArray<{i: number; j: number}>;
	/** Overrides of partFloor, mergeGain and lengthPenaltyWeight (fitting only: scripts/fit-alignment.ts). */
	partFloor?: number;
	mergeGain?: number;
	lengthPenaltyWeight?: number;
	/**
	 * A 2:1 or 1:2 merge whose short part shares no words with the other side is still
	 * allowed when it lowers the length penalty of its best 1:1 part by this much (Gale &
	 * Church's evidence: a clause split off in translation rarely shares content words);
	 * absent, such merges are refused.
	 */
	mergeLengthGain?: number;
};

/**
 * Each part of a merge must resemble the other side on its own this much: a
 * caption or a stray line never joins a neighbour just because Dice rewards length.
 */
export const partFloor = 0.1;
/** ...and the whole must match better than its best part by this much (a repeated line does not). */
export const mergeGain = 0.05;
/**
 * Weight of the length penalty. Gale & Church's model: the length of a
 * sentence's counterpart is normal around c·length with variance s²·length;
 * the penalty is −log of the two-sided tail probability of the observed ratio,
 * and a step's gain is divided by 1 + weight · penalty.
 */
export const lengthPenaltyWeight = 0.3;
/** Gale & Church's variance of lengths per character (s² = 6.8). */
const lengthVariance = 6.8;

type Move = {li: number; rj: number};
/** Pairing steps, 1:1 first (preferred on ties). */
const moves: readonly Move[] = [
	{li: 1, rj: 1},
	{li: 2, rj: 1},
	{li: 1, rj: 2},
	{li: 2, rj: 2},
	{li: 3, rj: 1},
	{li: 1, rj: 3},
];

/** −log P(|δ| ≥ observed) for Gale & Church's δ, from an approximation of the normal tail (Abramowitz & Stegun 26.2.17). */
export const lengthPenalty = (leftLength: number, rightLength: number, ratio: number): number => {
	if (leftLength + rightLength === 0) return 0;
	const mean = (leftLength + rightLength / ratio) / 2;
	const delta = Math.abs(rightLength - leftLength * ratio) / Math.sqrt(Math.max(1, mean) * lengthVariance);
	const t = 1 / (1 + 0.2316419 * delta);
	const density = Math.exp(-(delta * delta) / 2) / Math.sqrt(2 * Math.PI);
	const tail = density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
	return -Math.log(Math.max(1e-12, 2 * tail));
};

/** The best monotone sequence of steps through an n × m gap. */
export const alignGap = (n: number, m: number, scorer: GapScorer, options: GapOptions): GapStep[] => {
	if (n === 0 || m === 0) return [];
	const {threshold} = options;
	const floor = options.partFloor ?? partFloor;
	const gainNeeded = options.mergeGain ?? mergeGain;
	const penaltyWeight = options.lengthPenaltyWeight ?? lengthPenaltyWeight;
	const lengthGate = options.mergeLengthGain ?? Number.POSITIVE_INFINITY;
	// Band: row i may use columns lo[i]..hi[i] (cells at the row's start boundary).
	const lo = new Int32Array(n + 1);
	const hi = new Int32Array(n + 1);
	if (!Number.isFinite(options.width) || options.width >= m) {
		hi.fill(m);
	} else {
		const points = [{i: 0, j: 0}, ...(options.guide ?? []).map(point => ({i: point.i + 0.5, j: point.j + 0.5})), {i: n, j: m}];
		const center = new Float64Array(n + 1);
		let p = 0;
		for (let i = 0; i <= n; i++) {
			while (p + 1 < points.length - 1 && points[p + 1].i <= i) p++;
			const a = points[p];
			const b = points[p + 1];
			center[i] = b.i === a.i ? b.j : a.j + ((i - a.i) * (b.j - a.j)) / (b.i - a.i);
		}
		const width = Math.ceil(options.width);
		for (let i = 0; i <= n; i++) {
			const before = i > 0 ? center[i - 1] : center[i];
			const after = i < n ? center[i + 1] : center[i];
			lo[i] = Math.max(0, Math.floor(Math.min(before, center[i])) - width);
			hi[i] = Math.min(m, Math.ceil(Math.max(after, center[i])) + width);
		}
		// Monotone bounds, and the corners inside the band.
		lo[0] = 0;
		hi[n] = m;
		for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i], lo[i - 1]);
		for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i], hi[i + 1]);
		for (let i = 0; i <= n; i++) if (hi[i] < lo[i]) hi[i] = lo[i];
	}
	const offset = new Int32Array(n + 2);
	for (let i = 0; i <= n; i++) offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
	const score = new Float64Array(offset[n + 1]).fill(Number.NEGATIVE_INFINITY);
	const back = new Uint8Array(offset[n + 1]);
	const at = (i: number, j: number): number => (i >= 0 && j >= lo[i] && j <= hi[i] ? offset[i] + j - lo[i] : -1);

	let leftTotal = 0;
	let rightTotal = 0;
	for (let i = 0; i < n; i++) leftTotal += scorer.lengthLeft(i);
	for (let j = 0; j < m; j++) rightTotal += scorer.lengthRight(j);
	const ratio = leftTotal > 0 && rightTotal > 0 ? rightTotal / leftTotal : 1;
	const length = (from: (k: number) => number, start: number, count: number) => {
		let total = 0;
		for (let k = 0; k < count; k++) total += from(start + k);
		return total;
	};
	// 1:1 similarities cached per band row (a margin of 3 either side for the parts of merges); -1 = not computed.
	const margin = 3;
	const cacheOffset = new Int32Array(n + 1);
	for (let i = 0; i < n; i++) cacheOffset[i + 1] = cacheOffset[i] + (hi[i + 1] - lo[i] + 1 + 2 * margin);
	const single = new Float64Array(cacheOffset[n]).fill(-1);
	const one = (i: number, j: number) => {
		// Row i's pairs end in band rows i+1..: columns from lo[i] to hi[i + 1].
		const column = j - lo[i] + margin;
		const slot = cacheOffset[i] + column;
		if (column < 0 || slot >= cacheOffset[i + 1]) return scorer.similarity(i, 1, j, 1);
		if (single[slot] < 0) single[slot] = scorer.similarity(i, 1, j, 1);
		return single[slot];
	};

	score[0] = 0;
	for (let i = 0; i <= n; i++) {
		for (let j = lo[i]; j <= hi[i]; j++) {
			const here = at(i, j);
			if (i === 0 && j === 0) continue;
			let best = Number.NEGATIVE_INFINITY;
			let move = 0;
			const up = at(i - 1, j);
			if (up >= 0 && score[up] > best) (best = score[up]), (move = 1);
			const left = j > lo[i] ? here - 1 : -1;
			if (left >= 0 && score[left] > best) (best = score[left]), (move = 2);
			for (let k = 0; k < moves.length; k++) {
				const {li, rj} = moves[k];
				if (i < li || j < rj) continue;
				const from = at(i - li, j - rj);
				if (from < 0 || score[from] === Number.NEGATIVE_INFINITY) continue;
				const similarity = stepSimilarity(i - li, li, j - rj, rj);
				if (similarity < threshold) continue;
				// The length prior scales a step's gain down, never below zero: rewrites vary in length far more than translations.
				const gain = score[from] + (((li + rj) / 2) * (similarity - threshold)) / (1 + penaltyWeight * lengthPenalty(length(scorer.lengthLeft, i - li, li), length(scorer.lengthRight, j - rj, rj), ratio));
				if (gain > best) (best = gain), (move = 3 + k);
			}
			score[here] = best;
			back[here] = move;
		}
	}

	/** A step's similarity, or 0 when it is not allowed (a merge whose parts do not each resemble the other side). */
	function stepSimilarity(i: number, li: number, j: number, rj: number): number {
		if (li === 1 && rj === 1) return one(i, j);
		for (let k = 0; k + 1 < li; k++) if (!scorer.joinsLeft(i + k)) return 0;
		for (let k = 0; k + 1 < rj; k++) if (!scorer.joinsRight(j + k)) return 0;
		let bestPart = 0;
		let bestA = 0;
		let bestB = 0;
		for (let a = 0; a < li; a++) {
			for (let b = 0; b < rj; b++) {
				const part = one(i + a, j + b);
				if (part > bestPart) (bestPart = part), (bestA = a), (bestB = b);
			}
		}
		// Every sentence of the merged side must resemble the other side on its own, or (2:1
		// and 1:2) the lengths must call for the merge.
		if (li + rj === 3 && Number.isFinite(lengthGate) && bestPart >= threshold && (scorer.lengthMergeable?.(i, li, j, rj) ?? true)) {
			const merged = lengthPenalty(length(scorer.lengthLeft, i, li), length(scorer.lengthRight, j, rj), ratio);
			const alone = lengthPenalty(scorer.lengthLeft(i + bestA), scorer.lengthRight(j + bestB), ratio);
			if (merged + lengthGate <= alone) {
				const whole = scorer.similarity(i, li, j, rj);
				return whole >= bestPart - gainNeeded ? whole : 0;
			}
		}
		if (rj === 1) {
			for (let a = 0; a < li; a++) if (one(i + a, j) < floor) return 0;
		} else if (li === 1) {
			for (let b = 0; b < rj; b++) if (one(i, j + b) < floor) return 0;
		} else {
			if (Math.min(one(i, j), one(i + li - 1, j + rj - 1)) < floor) return 0;
			// Two sentences for two: a block only when they do not pair one by one.
			if (one(i, j) >= threshold && one(i + 1, j + 1) >= threshold) return 0;
		}
		const whole = scorer.similarity(i, li, j, rj);
		return whole > bestPart + gainNeeded ? whole : 0;
	}

	const steps: GapStep[] = [];
	let i = n;
	let j = m;
	while (i > 0 || j > 0) {
		const here = at(i, j);
		const move = back[here];
		if (move === 1) i--;
		else if (move === 2) j--;
		else if (move === 0) break;
		else {
			const {li, rj} = moves[move - 3];
			i -= li;
			j -= rj;
			steps.push({i, li, j, rj, similarity: stepSimilarity(i, li, j, rj)});
		}
	}
	return steps.reverse();
};
