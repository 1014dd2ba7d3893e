import type {Side} from './units.js';
import type {Weights} from './weights.js';
import {Grams, Profiles, similarityOf, type Profile} from './similarity.js';
import {exactAnchors} from './anchors.js';
import {heaviestChain} from './chain.js';

/**
 * Sentence alignment, near-linear:
 * 1. exact anchors (sentences equal after normalisation, unique on both sides,
 *    longest increasing chain — patience diff), extended over equal neighbours;
 * 2. inside each gap between anchors, a scored dynamic programme with 1:1, 2:1
 *    and 1:2 steps when the gap is small, else candidates from an inverted index
 *    on rare words and the heaviest in-order chain of them;
 * 3. a moves pass pairing what is left over across the whole text;
 * 4. split/merge extension of reworded pairs by an unpaired neighbour.
 */

/** Pairs two sentences in order when their similarity reaches this: below it, the
 * shared evidence is a few common words (measured on unrelated same-subject texts:
 * their best-matching sentences stay under ~0.25). */
export const pairThreshold = 0.3;
/** Moved pairs need stronger evidence: no neighbouring order supports them. */
export const moveThreshold = 0.5;
/** An isolated pair found without context (see below) needs this similarity. */
export const isolatedThreshold = 0.8;
/** Searches over fewer sentence pairs than this (about 50 × 50) are small enough to trust a lone match. */
const smallSearch = 2500;
/** Largest gap (cells) aligned with the full dynamic programme. */
const maxGapCells = 10_000;
/** Rare words per sentence used as inverted-index keys. */
const rareKeys = 6;
/** Words in more sentences than this are too common to index. */
const maxPosting = 32;
/** Similarity computations allowed in the sparse and moves passes together; past it, what is left stays unpaired. */
const maxRemoteComparisons = 150_000;
/** A move needs this many shared rare words among the sentence's rarest: frames
 * shared by unrelated sentences ("declined to comment on the") are not evidence. */
const moveEvidence = 2;
/** Candidates examined per sentence in the sparse path. */
const maxCandidates = 32;

export type Pair = {
	/** Unit indices (contiguous) of each side. */
	left: number[];
	right: number[];
	similarity: number;
	moved: boolean;
	/** Equal after normalisation. */
	exact: boolean;
};

export type Alignment = {pairs: Pair[]; degraded: boolean};

/**
 * The sentence alignment of two sides (their units, from units.ts's buildSide):
 * pairs of contiguous unit runs, in left order, each with its similarity (0..1)
 * and whether it is a move or an exact match; units in no pair are removed or
 * added. Bounded by the gap and comparison budgets above; `degraded` is set when
 * one of them cut the search short. Never throws.
 */
export const alignSides = (left: Side, right: Side, weights: Weights): Alignment => {
	const L = left.body;
	const R = right.body;
	const grams = new Grams(weights);
	const leftProfiles = new Profiles(weights.unitWords[0], weights, grams);
	const rightProfiles = new Profiles(weights.unitWords[1], weights, grams);
	const keyL = (i: number) => left.units[L[i]].key;
	const keyR = (j: number) => right.units[R[j]].key;
	const adjacentL = (i: number) => i + 1 < L.length && L[i + 1] === L[i] + 1;
	const adjacentR = (j: number) => j + 1 < R.length && R[j + 1] === R[j] + 1;
	const profileL = (i: number, last = i) => leftProfiles.of(L[i], L[last]);
	const profileR = (j: number, last = j) => rightProfiles.of(R[j], R[last]);
	const pairedL = new Uint8Array(L.length);
	const pairedR = new Uint8Array(R.length);
	/** In-order pairs as body positions: first left/right position and counts. */
	type Step = {i: number; j: number; li: number; rj: number; similarity: number; exact: boolean; /** Found without local context (sparse gap or moves pass). */ remote?: boolean};
	const inOrder: Step[] = [];
	const add = (step: Step) => {
		for (let k = 0; k < step.li; k++) pairedL[step.i + k] = 1;
		for (let k = 0; k < step.rj; k++) pairedR[step.j + k] = 1;
		inOrder.push(step);
	};

	// 1. Anchors, then equal neighbours at both ends of each gap.
	const anchors = exactAnchors(L.length, R.length, keyL, keyR);
	const bounds = [{i: -1, j: -1}, ...anchors, {i: L.length, j: R.length}];
	const gaps: Array<[number, number, number, number]> = [];
	for (let k = 0; k + 1 < bounds.length; k++) {
		if (k > 0) add({i: bounds[k].i, j: bounds[k].j, li: 1, rj: 1, similarity: 1, exact: true});
		let a = bounds[k].i + 1;
		let c = bounds[k].j + 1;
		let b = bounds[k + 1].i;
		let d = bounds[k + 1].j;
		while (a < b && c < d && keyL(a) === keyR(c)) add({i: a++, j: c++, li: 1, rj: 1, similarity: 1, exact: true});
		while (a < b && c < d && keyL(b - 1) === keyR(d - 1)) add({i: --b, j: --d, li: 1, rj: 1, similarity: 1, exact: true});
		if (a < b && c < d) gaps.push([a, b, c, d]);
	}

	// 2. Gaps.
	let degraded = false;
	let remoteComparisons = 0;

	/**
	 * Right sentences in `index` at least `threshold` alike to each left sentence in `lefts`.
	 * Every candidate compared counts against one budget shared by the whole alignment;
	 * past it the search stops and the result is marked degraded.
	 */
	function searchIndex(index: InvertedIndex, lefts: readonly number[], threshold: number, minimumHits?: number): Array<{i: number; j: number; similarity: number}> {
		const found: Array<{i: number; j: number; similarity: number}> = [];
		for (const i of lefts) {
			const profile = profileL(i);
			const {items} = index.candidates(profile, minimumHits);
			remoteComparisons += items.length;
			if (remoteComparisons > maxRemoteComparisons) {
				degraded = true;
				break;
			}
			for (const j of items) {
				const similarity = similarityOf(profile, profileR(j));
				if (similarity >= threshold) found.push({i, j, similarity});
			}
		}
		return found;
	}
	for (const [a, b, c, d] of gaps) {
		const n = b - a;
		const m = d - c;
		if (n * m <= maxGapCells) {
			for (const step of alignGapFully(a, n, c, m)) add(step);
		} else {
			for (const step of alignGapSparsely(a, b, c, d)) add(step);
		}
	}

	function alignGapFully(a: number, n: number, c: number, m: number): Step[] {
		const width = m + 1;
		const score = new Float64Array((n + 1) * width);
		const back = new Uint8Array((n + 1) * width);
		const pairSim = new Float64Array(n * m).fill(-1);
		const sim11 = (i: number, j: number) => {
			const k = i * m + j;
			if (pairSim[k] < 0) pairSim[k] = similarityOf(profileL(a + i), profileR(c + j));
			return pairSim[k];
		};
		// Both parts of a split or merge must resemble the whole on their own; a caption
		// or a stray line never joins a neighbour just because dice rewards length.
		const partFloor = 0.2;
		// ...and the whole must match clearly better than either part (a repeated line does not).
		const mergeGain = 0.05;
		for (let i = 0; i <= n; i++) {
			for (let j = 0; j <= m; j++) {
				let best = 0;
				let move = 0;
				if (i > 0 && score[(i - 1) * width + j] > best) (best = score[(i - 1) * width + j]), (move = 1);
				if (j > 0 && score[i * width + j - 1] > best) (best = score[i * width + j - 1]), (move = 2);
				if (i > 0 && j > 0) {
					const s = sim11(i - 1, j - 1);
					if (s >= pairThreshold && score[(i - 1) * width + j - 1] + s - pairThreshold > best) {
						best = score[(i - 1) * width + j - 1] + s - pairThreshold;
						move = 3;
					}
					if (i > 1 && adjacentL(a + i - 2) && s >= partFloor && sim11(i - 2, j - 1) >= partFloor) {
						const s2 = similarityOf(profileL(a + i - 2, a + i - 1), profileR(c + j - 1));
						const gain = score[(i - 2) * width + j - 1] + 1.5 * (s2 - pairThreshold);
						if (s2 >= pairThreshold && s2 > Math.max(s, sim11(i - 2, j - 1)) + mergeGain && gain > best) (best = gain), (move = 4);
					}
					if (j > 1 && adjacentR(c + j - 2) && s >= partFloor && sim11(i - 1, j - 2) >= partFloor) {
						const s2 = similarityOf(profileL(a + i - 1), profileR(c + j - 2, c + j - 1));
						const gain = score[(i - 1) * width + j - 2] + 1.5 * (s2 - pairThreshold);
						if (s2 >= pairThreshold && s2 > Math.max(s, sim11(i - 1, j - 2)) + mergeGain && gain > best) (best = gain), (move = 5);
					}
				}
				score[i * width + j] = best;
				back[i * width + j] = move;
			}
		}
		const steps: Step[] = [];
		let i = n;
		let j = m;
		while (i > 0 || j > 0) {
			const move = back[i * width + j];
			if (move === 1) i--;
			else if (move === 2) j--;
			else if (move === 0) break;
			else {
				const li = move === 4 ? 2 : 1;
				const rj = move === 5 ? 2 : 1;
				i -= li;
				j -= rj;
				const similarity = li === 1 && rj === 1 ? sim11(i, j) : similarityOf(profileL(a + i, a + i + li - 1), profileR(c + j, c + j + rj - 1));
				steps.push({i: a + i, j: c + j, li, rj, similarity, exact: false});
			}
		}
		return steps.reverse();
	}

	function alignGapSparsely(a: number, b: number, c: number, d: number): Step[] {
		const index = new InvertedIndex();
		for (let j = c; j < d; j++) index.add(j, profileR(j));
		const lefts: number[] = [];
		for (let i = a; i < b; i++) lefts.push(i);
		const candidates = searchIndex(index, lefts, pairThreshold);
		const chain = heaviestChain(candidates, c, d, candidate => candidate.similarity - pairThreshold);
		return chain.map(({i, j, similarity}) => ({i, j, li: 1, rj: 1, similarity, exact: false, remote: true}));
	}

	// 3. Moves: leftovers paired across the whole text, equal ones first.
	const moved: Step[] = [];
	const freeR = new Map<string, number[]>();
	for (let j = 0; j < R.length; j++) {
		if (pairedR[j]) continue;
		const list = freeR.get(keyR(j));
		if (list) list.push(j);
		else freeR.set(keyR(j), [j]);
	}
	for (let i = 0; i < L.length; i++) {
		if (pairedL[i]) continue;
		const same = freeR.get(keyL(i));
		const j = same?.shift();
		if (j === undefined) continue;
		pairedL[i] = 1;
		pairedR[j] = 1;
		moved.push({i, j, li: 1, rj: 1, similarity: 1, exact: true});
	}
	const index = new InvertedIndex();
	let freeLeft = 0;
	let freeRight = 0;
	for (let i = 0; i < L.length; i++) if (!pairedL[i]) freeLeft++;
	for (let j = 0; j < R.length; j++) {
		if (pairedR[j]) continue;
		freeRight++;
		index.add(j, profileR(j));
	}
	// Chance resemblances grow with the number of sentences compared: only a large
	// moves search needs the isolation rule below (a short article's moved quote does not).
	const largeMoveSearch = freeLeft * freeRight > smallSearch;
	const freeLefts: number[] = [];
	for (let i = 0; i < L.length; i++) if (!pairedL[i]) freeLefts.push(i);
	const moveCandidates = searchIndex(index, freeLefts, moveThreshold, moveEvidence);
	moveCandidates.sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j);
	for (const {i, j, similarity} of moveCandidates) {
		if (pairedL[i] || pairedR[j]) continue;
		pairedL[i] = 1;
		pairedR[j] = 1;
		moved.push({i, j, li: 1, rj: 1, similarity, exact: false, remote: largeMoveSearch});
	}
	// A reworded pair found far from any context must be very alike or have a paired
	// neighbour that agrees (the next or previous sentence on both sides): sentences of
	// unrelated texts that share a frame ("It was not clear whether the ...") are isolated.
	const supported = new Set<string>();
	for (const step of [...inOrder, ...moved]) {
		supported.add(`${step.i - 1}:${step.j - 1}`);
		supported.add(`${step.i + step.li}:${step.j + step.rj}`);
	}
	const isolated = (step: Step) =>
		step.remote && step.similarity < isolatedThreshold && !supported.has(`${step.i}:${step.j}`) && !supported.has(`${step.i + step.li - 1}:${step.j + step.rj - 1}`);
	for (const list of [inOrder, moved]) {
		for (let k = list.length - 1; k >= 0; k--) {
			const step = list[k];
			if (!isolated(step)) continue;
			list.splice(k, 1);
			pairedL[step.i] = 0;
			pairedR[step.j] = 0;
		}
	}

	// Which pairs are in order: the heaviest chain over all of them, so that a short
	// exact anchor crossing a longer run of reworded pairs is the one shown as moved.
	const all = [...inOrder, ...moved];
	const chain = new Set(heaviestChain(all, 0, R.length, step => step.similarity * (step.li + step.rj) / 2));
	inOrder.length = 0;
	const movedSteps: Step[] = [];
	for (const step of all) (chain.has(step) ? inOrder : movedSteps).push(step);
	inOrder.sort((x, y) => x.i - y.i);
	movedSteps.sort((x, y) => x.i - y.i);

	// 4. A reworded pair may really be a split or a merge: take in an unpaired neighbour when it helps.
	for (const step of inOrder) {
		if (step.exact || step.li + step.rj > 2) continue;
		const base = step.similarity;
		const options: Array<[number, number, number, number]> = [];
		if (step.i > 0 && !pairedL[step.i - 1] && adjacentL(step.i - 1)) options.push([step.i - 1, 2, step.j, 1]);
		if (step.i + 1 < L.length && !pairedL[step.i + 1] && adjacentL(step.i)) options.push([step.i, 2, step.j, 1]);
		if (step.j > 0 && !pairedR[step.j - 1] && adjacentR(step.j - 1)) options.push([step.i, 1, step.j - 1, 2]);
		if (step.j + 1 < R.length && !pairedR[step.j + 1] && adjacentR(step.j)) options.push([step.i, 1, step.j, 2]);
		let best: [number, number, number, number, number] | undefined;
		for (const [i, li, j, rj] of options) {
			const partL = li === 2 ? similarityOf(profileL(i === step.i ? i + 1 : i), profileR(j)) : 1;
			const partR = rj === 2 ? similarityOf(profileL(i), profileR(j === step.j ? j + 1 : j)) : 1;
			if (Math.min(partL, partR) < 0.2) continue;
			const similarity = similarityOf(profileL(i, i + li - 1), profileR(j, j + rj - 1));
			if (similarity > (best?.[4] ?? base + 0.05)) best = [i, li, j, rj, similarity];
		}
		if (!best) continue;
		[step.i, step.li, step.j, step.rj, step.similarity] = best;
		for (let k = 0; k < step.li; k++) pairedL[step.i + k] = 1;
		for (let k = 0; k < step.rj; k++) pairedR[step.j + k] = 1;
	}

	const toPair = (step: Step, isMoved: boolean): Pair => ({
		left: L.slice(step.i, step.i + step.li),
		right: R.slice(step.j, step.j + step.rj),
		similarity: step.similarity,
		moved: isMoved,
		exact: step.exact,
	});
	return {pairs: [...inOrder.map(step => toPair(step, false)), ...movedSteps.map(step => toPair(step, true))], degraded};
};

/** Sentences by their rarest words; only words rare enough to be evidence are kept. */
class InvertedIndex {
	private readonly postings = new Map<number, number[] | null>();

	add(position: number, profile: Profile) {
		for (const word of profile.rare.slice(0, rareKeys)) {
			const posting = this.postings.get(word);
			if (posting === null) continue;
			if (!posting) this.postings.set(word, [position]);
			else if (posting.length >= maxPosting) this.postings.set(word, null);
			else posting.push(position);
		}
	}

	/** Positions sharing rare words with `profile`, most shared first, at most maxCandidates. */
	candidates(profile: Profile, minimumHits = 1): {items: number[]} {
		const hits = new Map<number, number>();
		for (const word of profile.rare.slice(0, rareKeys)) {
			const posting = this.postings.get(word);
			if (!posting) continue;
			for (const position of posting) hits.set(position, (hits.get(position) ?? 0) + 1);
		}
		const items = minimumHits > 1 ? [...hits.keys()].filter(position => hits.get(position)! >= minimumHits) : [...hits.keys()];
		if (items.length <= maxCandidates) return {items};
		items.sort((x, y) => hits.get(y)! - hits.get(x)! || x - y);
		return {items: items.slice(0, maxCandidates)};
	}
}
