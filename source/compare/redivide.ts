/**
 * Re-division of a run of consecutive pairs: where every sentence of a passage is
 * already paired, in order and without a gap, the only question left is where the
 * pairs' boundaries fall — one 2:2 bead or two 1:1 beads, [a]:[x, y] + [b]:[z] or
 * [a]:[x] + [b]:[y, z]. Translators and rewriters move sentence boundaries; the
 * similarity of each pair alone cannot see that, the lengths can.
 *
 * Cost of a division (lower is better), summed over its beads, after Gale & Church
 * (1993, "A program for aligning sentences in bilingual corpora", §4):
 *   −log P(bead type) + lengthPenalty(bead) − lexicalWeight · (li + rj)/2 · similarity(bead)
 * with Gale & Church's bead priors (P(1:1) 0.89, P(1:2) = P(2:1) 0.089, P(2:2) 0.011) and
 * their length penalty (gap-align.ts `lengthPenalty`), plus lexical evidence as in
 * Bleualign (Sennrich & Volk 2010) and Moore (2002). align.ts scores a bead by how much of
 * each of its sentences the other side has (similarity.ts `beadCoverage`, Moore's per-word
 * model), so a short sentence counts by its own words wherever it goes.
 *
 * Bounded: the programme runs in a band of ±`bandWidth` sentences around the current
 * division's corners, so a run of n sentences costs O(n · bandWidth · beads).
 */

/** What the programme needs to know of the run. Indices are relative to the run's start. */
export type DivisionScorer = {
	/** Similarity 0..1 of left sentences i..i+li-1 with right sentences j..j+rj-1 (no shared-words floor: the run is already paired). */
	similarity: (i: number, li: number, j: number, rj: number) => number;
	/** Length of a sentence (characters). */
	lengthLeft: (i: number) => number;
	lengthRight: (j: number) => number;
	/** Expected right/left length ratio (Gale & Church's c). */
	ratio: number;
	/** Length penalty of a bead of these lengths (gap-align.ts lengthPenalty). */
	penalty: (leftLength: number, rightLength: number, ratio: number) => number;
};

/** A bead of the division: left i..i+li-1 with right j..j+rj-1 (run indices). */
export type Bead = {i: number; li: number; j: number; rj: number};

export type DivisionOptions = {
	/** Bead priors: P(2:1 or 1:2) and P(2:2) (Gale & Church's 0.089 and 0.011 when absent); P(1:1) is the rest. */
	mergePrior?: number;
	blockPrior?: number;
	/** P(3:1 or 1:3) and P(3:2 or 2:3); absent or 0: such beads are not made. */
	widePrior?: number;
	wideBlockPrior?: number;
	/** Weight of the lexical evidence against the length and prior costs (fitted: scripts/fit-alignment.ts). */
	lexicalWeight: number;
	/** A bead that is not one of the current division's needs at least this similarity (no pairing on length alone). */
	floor: number;
};

/** Gale & Church's (1993) bead priors among pairing beads: P(2:1 or 1:2), P(2:2); P(1:1) is the rest. */
export const galeChurchMerge = 0.089;
export const galeChurchBlock = 0.011;

/**
 * The bead types of a division and their costs, −log P. Gale & Church give no prior for
 * 3:1, 1:3, 3:2 or 2:3 beads: `wide` and `wideBlock` (each pair of mirror types together)
 * are chosen by cross-validation (scripts/fit-alignment.ts); 0 leaves the type out.
 */
export const beadTypes = (merge = galeChurchMerge, block = galeChurchBlock, wide = 0, wideBlock = 0): ReadonlyArray<{li: number; rj: number; cost: number}> => [
	{li: 1, rj: 1, cost: -Math.log(1 - merge - block)},
	{li: 2, rj: 1, cost: -Math.log(merge / 2)},
	{li: 1, rj: 2, cost: -Math.log(merge / 2)},
	{li: 2, rj: 2, cost: -Math.log(block)},
	...(wide > 0 ? [{li: 3, rj: 1, cost: -Math.log(wide / 2)}, {li: 1, rj: 3, cost: -Math.log(wide / 2)}] : []),
	...(wideBlock > 0 ? [{li: 3, rj: 2, cost: -Math.log(wideBlock / 2)}, {li: 2, rj: 3, cost: -Math.log(wideBlock / 2)}] : []),
];

/** Half-width of the band around the current division's corners, in sentences. */
const bandWidth = 1;

/**
 * The lowest-cost division of a run of n left and m right sentences that the beads of
 * `current` (contiguous, in order, covering the whole run) divide now. Returns `current`
 * itself when nothing is cheaper; a new bead must reach `options.floor`.
 */
export const redivide = (n: number, m: number, current: readonly Bead[], scorer: DivisionScorer, options: DivisionOptions): Bead[] => {
	if (current.length < 2) return [...current];
	const beadCosts = beadTypes(options.mergePrior, options.blockPrior, options.widePrior, options.wideBlockPrior);
	const existing = new Set(current.map(bead => `${bead.i}:${bead.li}:${bead.j}:${bead.rj}`));
	// Band: row i may use columns lo[i]..hi[i]; the current corners (i, j) are inside it.
	const lo = new Int32Array(n + 1).fill(m);
	const hi = new Int32Array(n + 1).fill(0);
	const corners = [{i: 0, j: 0}, ...current.map(bead => ({i: bead.i + bead.li, j: bead.j + bead.rj}))];
	for (let k = 0; k + 1 < corners.length; k++) {
		const a = corners[k];
		const b = corners[k + 1];
		for (let i = a.i; i <= b.i; i++) {
			lo[i] = Math.min(lo[i], a.j);
			hi[i] = Math.max(hi[i], b.j);
		}
	}
	for (let i = 0; i <= n; i++) {
		let low = m;
		let high = 0;
		for (let x = Math.max(0, i - bandWidth); x <= Math.min(n, i + bandWidth); x++) (low = Math.min(low, lo[x])), (high = Math.max(high, hi[x]));
		lo[i] = Math.max(0, low - bandWidth);
		hi[i] = Math.min(m, high + bandWidth);
	}
	const lengthOf = (from: (k: number) => number, start: number, count: number) => {
		let total = 0;
		for (let k = 0; k < count; k++) total += from(start + k);
		return total;
	};
	// Cells of the band, row by row: cell (i, j) is at offset[i] + j - lo[i].
	const offset = new Int32Array(n + 2);
	for (let i = 0; i <= n; i++) offset[i + 1] = offset[i] + Math.max(0, hi[i] - lo[i] + 1);
	const cost = new Float64Array(offset[n + 1]).fill(Number.POSITIVE_INFINITY);
	const back = new Int8Array(offset[n + 1]).fill(-1);
	const at = (i: number, j: number): number => (j >= lo[i] && j <= hi[i] ? offset[i] + j - lo[i] : -1);
	// Sentence lengths, summed once: a bead's length is a difference of prefix sums.
	const prefixLeft = new Float64Array(n + 1);
	const prefixRight = new Float64Array(m + 1);
	for (let i = 0; i < n; i++) prefixLeft[i + 1] = prefixLeft[i] + scorer.lengthLeft(i);
	for (let j = 0; j < m; j++) prefixRight[j + 1] = prefixRight[j] + scorer.lengthRight(j);
	if (at(0, 0) >= 0) cost[at(0, 0)] = 0;
	for (let i = 0; i <= n; i++) {
		for (let j = lo[i]; j <= hi[i]; j++) {
			if (i === 0 && j === 0) continue;
			let best = Number.POSITIVE_INFINITY;
			let move = -1;
			for (let k = 0; k < beadCosts.length; k++) {
				const {li, rj, cost: prior} = beadCosts[k];
				if (i < li || j < rj) continue;
				const cell = at(i - li, j - rj);
				if (cell < 0 || cost[cell] === Number.POSITIVE_INFINITY) continue;
				const weight = options.lexicalWeight * ((li + rj) / 2);
				// Even a perfect match at no length cost would not beat the best step found: skip.
				if (cost[cell] + prior - weight >= best - 1e-12) continue;
				const fixed = cost[cell] + prior + scorer.penalty(prefixLeft[i] - prefixLeft[i - li], prefixRight[j] - prefixRight[j - rj], scorer.ratio);
				if (fixed - weight >= best - 1e-12) continue;
				const similarity = scorer.similarity(i - li, li, j - rj, rj);
				if (similarity < options.floor && !existing.has(`${i - li}:${li}:${j - rj}:${rj}`)) continue;
				const total = fixed - weight * similarity;
				if (total < best - 1e-12) (best = total), (move = k);
			}
			if (move >= 0) {
				cost[at(i, j)] = best;
				back[at(i, j)] = move;
			}
		}
	}
	if (at(n, m) < 0 || back[at(n, m)] < 0) return [...current];
	const beads: Bead[] = [];
	let i = n;
	let j = m;
	while (i > 0 || j > 0) {
		const {li, rj} = beadCosts[back[at(i, j)]];
		i -= li;
		j -= rj;
		beads.push({i, li, j, rj});
	}
	beads.reverse();
	// Keep the current division unless the new one is strictly cheaper.
	const costOf = (division: readonly Bead[]) => {
		let total = 0;
		for (const bead of division) {
			const prior = beadCosts.find(entry => entry.li === bead.li && entry.rj === bead.rj)?.cost;
			if (prior === undefined) return Number.POSITIVE_INFINITY;
			total +=
				prior +
				scorer.penalty(lengthOf(scorer.lengthLeft, bead.i, bead.li), lengthOf(scorer.lengthRight, bead.j, bead.rj), scorer.ratio) -
				options.lexicalWeight * ((bead.li + bead.rj) / 2) * scorer.similarity(bead.i, bead.li, bead.j, bead.rj);
		}
		return total;
	};
	return costOf(beads) < costOf(current) - 1e-9 ? beads : [...current];
};
