import type {Side} from './units.js';
import type {Weights} from './weights.js';
import type {Span} from '../text/span.js';
import {beadCoverage, contextSimilarityOf, Grams, Profiles, similarityOf, type Profile} from './similarity.js';
import {exactAnchors} from './anchors.js';
import {heaviestChain} from './chain.js';
import {alignGap, lengthPenalty, lengthPenaltyWeight, mergeGain, partFloor, type GapScorer} from './gap-align.js';
import {beadTypes, galeChurchBlock, galeChurchMerge, redivide, type Bead} from './redivide.js';
import {sharesNothing} from './unrelated.js';
import {generalContent} from './word-classes.js';

/**
 * Similarity (contextSimilarityOf: word and trigram Dice, 0..1) a text's first or last
 * sentence needs to pair with the other text's when nothing beyond it vouches for the
 * order: more than half shared, the same sentence edited, not another ending.
 */
export const endFloor = 0.5;

/**
 * Sentence alignment, near-linear:
 * 1. exact anchors (sentences equal after normalisation, unique on both sides,
 *    longest increasing chain — patience diff), extended over equal neighbours;
 * 2. inside each gap between anchors, a scored dynamic programme with 1:1, 2:1
 *    and 1:2 steps when the gap is small, else candidates from an inverted index
 *    on rare words and the heaviest in-order chain of them;
 * 3. a moves pass pairing what is left over across the whole text;
 * 4. split/merge extension of reworded pairs by an unpaired neighbour;
 * 5. fill: what is left between two in-order pairs is aligned again (two rounds), on
 *    context similarity or, for small regions, on Gale & Church's length evidence, and
 *    single leftovers join a neighbouring pair — the gap filling of Bleualign (Sennrich &
 *    Volk 2010), which keeps lexical 1:1 pairs as anchors and then joins or pairs the
 *    sentences between them, with the length model of Gale & Church (1993) and, as in
 *    hunalign (Varga et al. 2005) and Moore (2002), length and lexical evidence together.
 * Tentative units (boilerplate by position only, units.ts) pair on their words only.
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
/** Content words a sentence needs to be an exact anchor. */
const minAnchorWords = 2;
/** Largest gap (cells) aligned with the full dynamic programme; larger ones run in a band. */
const maxGapCells = 40_000;
/** Half-width of the band (sentences) around the guide path of a large gap. */
const bandWidth = 12;
/**
 * Cells of all gap programmes (full and banded) of one comparison together; past it, gaps fall back to the
 * sparse search (degraded). A cell costs up to a few similarity computations and profiles kept for the
 * merges, so this bounds the aligner's time and memory: 4,000,000 cost two 1.8 MB lists of 100,000 short
 * lines 33 s of CPU and 1.4 GB (issue 15; 1,000,000: 16 s, 1.0 GB). An article of 30,000 words (~1,500
 * sentences a side) fills at most ~300,000: its gaps' n × m sum to at most 1,500 × 40,000 / 200 full, or
 * 3,000 × 25 banded; the bench's pairs, the seeds and the dev pairs fill far less and are not cut.
 */
export const maxBandCells = 1_000_000;
/** Candidate pairs strong enough to guide the band through a large gap. */
const guideThreshold = 0.5;
/** Rare words per sentence used as inverted-index keys. */
const rareKeys = 6;
/** Words in more sentences than this are too common to index. */
const maxPosting = 32;
/** Similarity computations allowed in the sparse and moves passes together; past it, what is left stays unpaired. */
const maxRemoteComparisons = 150_000;
/** A move needs this many shared rare words among the sentence's rarest: frames
 * shared by unrelated sentences ("declined to comment on the") are not evidence. */
const moveEvidence = 2;
/** Widest window (right sentences) searched for a local transposition. */
const maxTransposeWindow = 12;
/** Largest run of unpaired sentences (each side) the fill pass joins to a neighbour. */
const maxFill = 4;
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

/** `cells`: the cells the gap programmes filled (work, at most maxBandCells). */
export type Alignment = {pairs: Pair[]; degraded: boolean; cells: number};

/**
 * The aligner's fitted constants, in one object so that scripts/fit-alignment.ts can
 * vary them; the engine always uses `alignTuning`. Length penalties are Gale & Church's
 * (1993) −log of the two-sided tail probability of the length difference (gap-align.ts
 * lengthPenalty: 1 ≈ p 0.37, 2 ≈ p 0.14). How each value was chosen is said beside it in
 * `alignTuning`; figures: README, Sentence alignment.
 */
export type AlignTuning = {
	/** In-order pairs found by the gap programme need this similarity (see pairThreshold). */
	pairThreshold: number;
	/** Fill pass: a block between two pairs needs this context similarity. */
	fillFloor: number;
	/** Fill pass: a block with less (but at least fillLengthFloor) pairs only when its length penalty is at most fillLengthPenalty. */
	fillLengthFloor: number;
	fillLengthPenalty: number;
	/** …and only in a region of at most this many sentences on each side. */
	fillLengthRegion: number;
	/** Fill pass: a lone sentence joins a neighbouring pair at this context similarity. */
	attachFloor: number;
	/** Fill pass: a lone sentence joins a neighbouring pair when that lowers the pair's length penalty this much (Gale & Church). */
	attachLengthGain: number;
	/** …and never on words weaker than fillFloor when that raises the pair's length penalty this much. */
	attachLengthVeto: number;
	/** gap-align.ts's mergeLengthGain: a merge the lengths call for (Gale & Church). */
	mergeLengthGain: number;
	/** Split/merge extension (step 4): each part must resemble the other side this much… */
	extendPartFloor: number;
	/** …and the merged pair must beat the pair alone by this much. */
	extendGain: number;
	/** gap-align.ts's merge constants and length-prior weight. */
	partFloor: number;
	mergeGain: number;
	lengthPenaltyWeight: number;
	/** Largest region (cells) between two pairs the fill pass aligns. */
	maxFillCells: number;
	/** Local transpositions (step 6): how far past the neighbouring pairs a leftover's counterpart may sit; 0 turns them off. */
	transposeReach: number;
	/** Re-division (step 5b, redivide.ts): weight of the lexical evidence against Gale & Church's costs; negative turns it off. */
	redivideWeight: number;
	/** …and its bead priors, P(2:1 or 1:2) and P(2:2) among pairs (redivide.ts; Gale & Church: 0.089, 0.011). */
	mergePrior: number;
	blockPrior: number;
	/** …P(3:1 or 1:3) and P(3:2 or 2:3), which Gale & Church do not give; 0 leaves the type out. */
	widePrior: number;
	wideBlockPrior: number;
};

export const alignTuning: AlignTuning = {
	pairThreshold,
	// Calibrated, not fitted: the 95th percentile (0.141) of the context similarity of a
	// sentence with the neighbours of its true counterpart on dev-data/align
	// (`npm run fit:alignment -- --calibrate`), rounded up. Was 0.05, which showed pairs at
	// 0.04–0.07 in seed 003 as rewritten.
	fillFloor: 0.15,
	// Below every similarity worth a look (similarity.ts `negligible` is 0.1 for the strict measure).
	fillLengthFloor: 0.05,
	// Chosen by 4-chunk cross-validation on dev-data/align (scripts/fit-alignment.ts) among 0.5, 1, 2.
	fillLengthPenalty: 2,
	// A sandwiched sentence (or two) each side: Gale & Church's setting, where nearly
	// everything between two pairs corresponds; larger regions need word evidence.
	fillLengthRegion: 2,
	attachFloor: 0.05,
	// Both chosen by the same cross-validation (0.25–2 and 1–3). With re-division the grid prefers
	// attachLengthGain 1 (in-sample 0.821 vs 0.820), which loses the clause-split seed test: kept at 0.5.
	attachLengthGain: 0.5,
	// Chosen by the same cross-validation among 4, 6 and off (Infinity), in every fold: 6 is −log p ≈ 0.0025, lengths
	// that all but rule the join out. Seed 001's "Kremlin spokesman…" (removed in the copy) joined the
	// pair of the sentence before it on one shared word, "Russia"/"Russia's", at penalty 7.
	attachLengthVeto: 6,
	mergeLengthGain: 2,
	extendPartFloor: 0.2,
	extendGain: 0.05,
	partFloor,
	mergeGain,
	lengthPenaltyWeight,
	maxFillCells: 900,
	transposeReach: 1,
	// Chosen by the same cross-validation among -1 (off), 2, 4, 8: with the per-sentence evidence
	// (similarity.ts beadCoverage) 8 in three of the four folds of the aligner alone and best on the whole set.
	redivideWeight: 8,
	mergePrior: galeChurchMerge,
	blockPrior: galeChurchBlock,
	// Chosen by the same cross-validation among 0 (no such beads), 0.005 and 0.01.
	widePrior: 0.01,
	wideBlockPrior: 0.005,
};

/**
 * The sentence alignment of two sides (their units, from units.ts's buildSide):
 * pairs of contiguous unit runs, in left order, each with its similarity (0..1)
 * and whether it is a move or an exact match; units in no pair are removed or
 * added. Bounded by the gap and comparison budgets above; `degraded` is set when
 * one of them cut the search short. Never throws. `screen` false: no early exit
 * for sides with nothing in common (tests compare the two).
 */
export const alignSides = (left: Side, right: Side, weights: Weights, tuning: AlignTuning = alignTuning, screen = true): Alignment => {
	const gapOptions = {partFloor: tuning.partFloor, mergeGain: tuning.mergeGain, lengthPenaltyWeight: tuning.lengthPenaltyWeight, mergeLengthGain: tuning.mergeLengthGain};
	const L = left.body;
	const R = right.body;
	// 0. Nothing in common (unrelated.ts): nothing below could pair, so the alignment is empty,
	// degraded only as the one gap's budget check below would find it.
	if (screen && tuning.pairThreshold > 0 && sharesNothing(left, right, weights)) {
		const cells = L.length * R.length <= maxGapCells ? L.length * R.length : (L.length + R.length) * (2 * bandWidth + 1);
		return {pairs: [], degraded: L.length > 0 && R.length > 0 && cells > maxBandCells, cells: 0};
	}
	const grams = new Grams(weights);
	const leftProfiles = new Profiles(weights.unitWords[0], weights, grams);
	const rightProfiles = new Profiles(weights.unitWords[1], weights, grams);
	const keyL = (i: number) => left.units[L[i]].key;
	const keyR = (j: number) => right.units[R[j]].key;
	// Next to each other, and not a heading line and a sentence with a blank line between: no merge
	// or fill joins a headline to the body sentence after it.
	// (Sentences in paragraphs of their own still merge: a rewrite joins two one-sentence
	// paragraphs, and a paragraph may break mid-sentence.)
	const blankLine = /\n[^\S\n]*\n/;
	// A heading: the text's first sentence when it has no sentence end (its headline), or a list number.
	// (Not one ending in a joining word or a comma: "…, adding that" is a sentence broken by a blank line.)
	const heading = (text: string, unit: Span, first: boolean) => {
		const line = text.slice(unit.start, unit.end);
		return (first && !/[.!?…。！？,;:]["'”’»)]*\s*$/u.test(line) && !/\b(?:that|and|or|but|of|to|in|on|at|with|for|the|a|an|as|by|from|which|who)\s*$/iu.test(line)) || /^\s*\d{1,2}[.)]\s*$/u.test(line);
	};
	const apart = (side: Side, a: Span, b: Span, first: boolean) => blankLine.test(side.text.slice(a.end, b.start)) && (heading(side.text, a, first) || heading(side.text, b, false));
	const adjacentL = (i: number) => i + 1 < L.length && L[i + 1] === L[i] + 1 && !apart(left, left.units[L[i]], left.units[L[i + 1]], i === 0);
	const adjacentR = (j: number) => j + 1 < R.length && R[j + 1] === R[j] + 1 && !apart(right, right.units[R[j]], right.units[R[j + 1]], j === 0);
	const profileL = (i: number, last = i) => leftProfiles.of(L[i], L[last]);
	/** Body positions from..to-1 are all firm body (no tentative boilerplate line): they may pair on weak evidence. */
	const firm = (side: Side, body: number[], from: number, to: number) => {
		for (let k = from; k < to; k++) if (side.units[body[k]].tentative) return false;
		return true;
	};
	const firmL = (from: number, to: number) => firm(left, L, from, to);
	const firmR = (from: number, to: number) => firm(right, R, from, to);
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
	// An anchor splits the alignment in two for good: only sentences with content
	// may be one (a lone ".", "Monday" or "-" equal on both sides is not evidence).
	// General words (word-classes.ts generalContent: French "avant", English "also") are
	// not counted: "En avant !" equal on both sides, far apart, is no evidence either.
	const contentWords = (words: Int32Array) => {
		let count = 0;
		for (let k = 0; k < words.length; k++) {
			const match = weights.match[words[k]!]!;
			if (weights.pairWeight[match]! > 0 && weights.content[match] !== generalContent) count++;
		}
		return count;
	};
	const anchorKeyL = (i: number) => (contentWords(weights.unitWords[0][L[i]]) >= minAnchorWords ? keyL(i) : '');
	const anchorKeyR = (j: number) => (contentWords(weights.unitWords[1][R[j]]) >= minAnchorWords ? keyR(j) : '');
	const anchors = exactAnchors(L.length, R.length, anchorKeyL, anchorKeyR);
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
	let cellsLeft = maxBandCells;
	for (const [a, b, c, d] of gaps) {
		const n = b - a;
		const m = d - c;
		const full = n * m <= maxGapCells;
		const cells = full ? n * m : (n + m) * (2 * bandWidth + 1);
		if (cells > cellsLeft) {
			degraded = true;
			for (const step of alignGapSparsely(a, b, c, d)) add(step);
			continue;
		}
		cellsLeft -= cells;
		const guide = full ? [] : heaviestChain(searchIndex(indexOf(c, d), range(a, b), guideThreshold), c, d, candidate => candidate.similarity).map(({i, j}) => ({i: i - a, j: j - c}));
		const scorer: GapScorer = {
			similarity: (i, li, j, rj) => similarityOf(profileL(a + i, a + i + li - 1), profileR(c + j, c + j + rj - 1)),
			joinsLeft: i => adjacentL(a + i),
			joinsRight: j => adjacentR(c + j),
			lengthLeft: i => left.units[L[a + i]].end - left.units[L[a + i]].start,
			lengthRight: j => right.units[R[c + j]].end - right.units[R[c + j]].start,
			lengthMergeable: (i, li, j, rj) => firmL(a + i, a + i + li) && firmR(c + j, c + j + rj),
		};
		for (const step of alignGap(n, m, scorer, {...gapOptions, threshold: tuning.pairThreshold, width: full ? Number.POSITIVE_INFINITY : bandWidth, guide})) {
			add({i: a + step.i, j: c + step.j, li: step.li, rj: step.rj, similarity: step.similarity, exact: false});
		}
	}

	function indexOf(c: number, d: number): InvertedIndex {
		const index = new InvertedIndex();
		for (let j = c; j < d; j++) index.add(j, profileR(j));
		return index;
	}

	function alignGapSparsely(a: number, b: number, c: number, d: number): Step[] {
		const candidates = searchIndex(indexOf(c, d), range(a, b), tuning.pairThreshold);
		const chain = heaviestChain(candidates, c, d, candidate => candidate.similarity - tuning.pairThreshold);
		return chain.map(({i, j, similarity}) => ({i, j, li: 1, rj: 1, similarity, exact: false, remote: true}));
	}

	// 3. Moves: leftovers paired across the whole text, equal ones first. Equal only
	// counts with a content word: a lone "." or "-" equal on both sides, far apart, is not evidence.
	const moved: Step[] = [];
	const freeR = new Map<string, number[]>();
	for (let j = 0; j < R.length; j++) {
		if (pairedR[j] || contentWords(weights.unitWords[1][R[j]]) === 0) continue;
		const list = freeR.get(keyR(j));
		if (list) list.push(j);
		else freeR.set(keyR(j), [j]);
	}
	for (let i = 0; i < L.length; i++) {
		if (pairedL[i] || contentWords(weights.unitWords[0][L[i]]) === 0) continue;
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
	// The places a neighbour vouches for, as one number per (left, right) body position, each from -1 to the side's
	// length: gathered only when some pair needs them (a remote pair below isolatedThreshold), which an edited copy's
	// thousands of in-order pairs mostly do not.
	const weakRemote = (step: Step) => step.remote === true && step.similarity < isolatedThreshold;
	const columns = R.length + 2;
	const place = (i: number, j: number) => (i + 1) * columns + (j + 1);
	const supported = new Set<number>();
	if (inOrder.some(weakRemote) || moved.some(weakRemote)) {
		for (const list of [inOrder, moved]) {
			for (let k = 0; k < list.length; k++) {
				const step = list[k]!;
				supported.add(place(step.i - 1, step.j - 1));
				supported.add(place(step.i + step.li, step.j + step.rj));
			}
		}
	}
	const isolated = (step: Step) => weakRemote(step) && !supported.has(place(step.i, step.j)) && !supported.has(place(step.i + step.li - 1, step.j + step.rj - 1));
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
			if (Math.min(partL, partR) < tuning.extendPartFloor) continue;
			const similarity = similarityOf(profileL(i, i + li - 1), profileR(j, j + rj - 1));
			if (similarity > (best?.[4] ?? base + tuning.extendGain)) best = [i, li, j, rj, similarity];
		}
		if (!best) continue;
		[step.i, step.li, step.j, step.rj, step.similarity] = best;
		for (let k = 0; k < step.li; k++) pairedL[step.i + k] = 1;
		for (let k = 0; k < step.rj; k++) pairedR[step.j + k] = 1;
	}

	// 5. Fill: sentences left unpaired between two in-order pairs are, in a reworded
	// copy, the same passage said differently (Gale–Church pairs every sentence).
	// Both sides unpaired: one block pair; one side only: joined to the neighbouring
	// pair they resemble. Only between two pairs: the ends of two stories may differ for good.
	const runFree = (paired: Uint8Array, adjacent: (k: number) => boolean, from: number, to: number) => {
		for (let k = from; k < to; k++) if (paired[k] || (k + 1 < to && !adjacent(k))) return false;
		return true;
	};
	// Expected right/left length ratio (characters) for the length evidence below: Gale &
	// Church's c, estimated on what is already paired (the whole texts would count added
	// material as if it were translation).
	let pairedLeftLength = 0;
	let pairedRightLength = 0;
	for (const step of inOrder) {
		pairedLeftLength += lengthOfRun(left, L, step.i, step.i + step.li);
		pairedRightLength += lengthOfRun(right, R, step.j, step.j + step.rj);
	}
	const lengthRatio = pairedLeftLength > 0 && pairedRightLength > 0 ? pairedRightLength / pairedLeftLength : 1;
	// The sentences between two consecutive in-order pairs: left [a, b), right [c, d).
	const between = (previous: Step, next: Step) => ({a: previous.i + previous.li, b: next.i, c: previous.j + previous.rj, d: next.j});
	// Two rounds: pairs made by the first leave small regions between them (a sentence
	// each side, sandwiched) that the second can fill on weaker evidence.
	let filledBefore = new Set<Step>();
	for (let round = 0; round < 2; round++) {
		const filled: Step[] = [];
		for (let k = 1; k < inOrder.length; k++) {
			// The second round looks only beside what the first filled (elsewhere nothing changed).
			if (round > 0 && !filledBefore.has(inOrder[k - 1]) && !filledBefore.has(inOrder[k])) continue;
			const {a, b, c, d} = between(inOrder[k - 1], inOrder[k]);
			const n = b - a;
			const m = d - c;
			if (n <= 0 || m <= 0 || n * m > tuning.maxFillCells) continue;
			const scorer: GapScorer = {
				similarity: (i, li, j, rj) => {
					if (range(a + i, a + i + li).some(x => pairedL[x]) || range(c + j, c + j + rj).some(x => pairedR[x])) return 0;
					// The same sentence in the same place between two pairs ("En avant!" / "En avant !": spacing
					// aside), even with no content word: its neighbours' order vouches for it (alone it is never
					// an anchor or a move).
					if (li === 1 && rj === 1 && sameSpacingAside(keyL(a + i), keyR(c + j)) && firmL(a + i, a + i + 1) && firmR(c + j, c + j + 1)) return 1;
					const similarity = contextSimilarityOf(profileL(a + i, a + i + li - 1), profileR(c + j, c + j + rj - 1));
					// The same sentence with one word changed in place ("He was 45." / "He was 54.", "She is from Leeds." /
					// "... York."): its other words may all be function words, so it shares no content, but between two
					// pairs it is the counterpart, as diff(1) pairs a changed line between equal ones.
					if (li === 1 && rj === 1 && similarity < tuning.fillFloor && oneSlotChanged(weights.unitWords[0][L[a + i]]!, weights.unitWords[1][R[c + j]]!) && firmL(a + i, a + i + 1) && firmR(c + j, c + j + 1)) return tuning.fillFloor;
					if (similarity >= tuning.fillFloor) return similarity;
					// Weaker word evidence: only in a small region (what is between two pairs is then
					// almost surely their counterpart) and when the lengths agree with the texts' ratio (Gale & Church).
					if (similarity < tuning.fillLengthFloor || n > tuning.fillLengthRegion || m > tuning.fillLengthRegion || !firmL(a + i, a + i + li) || !firmR(c + j, c + j + rj)) return 0;
					return lengthPenalty(lengthOfRun(left, L, a + i, a + i + li), lengthOfRun(right, R, c + j, c + j + rj), lengthRatio) <= tuning.fillLengthPenalty ? similarity : 0;
				},
				joinsLeft: i => adjacentL(a + i),
				joinsRight: j => adjacentR(c + j),
				lengthLeft: i => left.units[L[a + i]].end - left.units[L[a + i]].start,
				lengthRight: j => right.units[R[c + j]].end - right.units[R[c + j]].start,
				lengthMergeable: (i, li, j, rj) => firmL(a + i, a + i + li) && firmR(c + j, c + j + rj),
			};
			for (const step of alignGap(n, m, scorer, {...gapOptions, threshold: Math.min(tuning.fillFloor, tuning.fillLengthFloor), width: Number.POSITIVE_INFINITY})) {
				filled.push({i: a + step.i, j: c + step.j, li: step.li, rj: step.rj, similarity: step.similarity, exact: false});
			}
		}
		for (const step of filled) {
			for (let x = 0; x < step.li; x++) pairedL[step.i + x] = 1;
			for (let x = 0; x < step.rj; x++) pairedR[step.j + x] = 1;
			inOrder.push(step);
		}
		inOrder.sort((x, y) => x.i - y.i);
		filledBefore = new Set(filled);
		if (filled.length === 0) break;
	}
	inOrder.sort((x, y) => x.i - y.i);
	// The texts' ends: the gap before the first pair and after the last, when each side has one
	// sentence there. No pair on the far side vouches for the order, and two stories may end
	// differently for good, so only a sentence mostly shared pairs (endFloor): a closing line
	// that changed a figure ("It costs 5000 over two years." / "… 7000 …") is that line edited.
	const ends = [
		{a: 0, b: inOrder[0]?.i ?? L.length, c: 0, d: inOrder[0]?.j ?? R.length},
		...(inOrder.length > 0 ? [{a: inOrder.at(-1)!.i + inOrder.at(-1)!.li, b: L.length, c: inOrder.at(-1)!.j + inOrder.at(-1)!.rj, d: R.length}] : []),
	];
	for (const {a, b, c, d} of ends) {
		if (b - a !== 1 || d - c !== 1 || pairedL[a] || pairedR[c] || !firmL(a, a + 1) || !firmR(c, c + 1)) continue;
		const similarity = contextSimilarityOf(profileL(a, a), profileR(c, c));
		if (similarity < endFloor) continue;
		pairedL[a] = 1;
		pairedR[c] = 1;
		inOrder.push({i: a, j: c, li: 1, rj: 1, similarity, exact: false});
	}
	inOrder.sort((x, y) => x.i - y.i);
	for (let k = 1; k < inOrder.length; k++) {
		const previous = inOrder[k - 1];
		const next = inOrder[k];
		const {a, b, c, d} = between(previous, next);
		const n = Math.max(0, b - a);
		const m = Math.max(0, d - c);
		if (n > 0 && m > 0) continue;
		// One side only: each sentence joins the neighbour it resembles more.
		const onLeft = n > 0;
		const count = onLeft ? n : m;
		if (count === 0 || count > maxFill) continue;
		for (let x = 0; x < count; x++) {
			const position = (onLeft ? a : c) + x;
			if ((onLeft ? pairedL : pairedR)[position]) continue;
			// A line judged boilerplate by its place on the page pairs only on its words, never by adjacency.
			if (!(onLeft ? firmL(position, position + 1) : firmR(position, position + 1))) break;
			const own = onLeft ? profileL(position) : profileR(position);
			const against = (step: Step | undefined) => {
				if (!step || step.exact) return -1;
				const other = onLeft ? profileOfRun(rightProfiles, R, step.j, step.j + step.rj) : profileOfRun(leftProfiles, L, step.i, step.i + step.li);
				return onLeft ? contextSimilarityOf(own, other) : contextSimilarityOf(other, own);
			};
			const previousFree = previous && (onLeft ? runFree(pairedL, adjacentL, a, position + 1) && adjacentL(a - 1) : runFree(pairedR, adjacentR, c, position + 1) && adjacentR(c - 1));
			const nextFree = next && (onLeft ? runFree(pairedL, adjacentL, position, b) && adjacentL(b - 1) : runFree(pairedR, adjacentR, position, d) && adjacentR(d - 1));
			const toPrevious = previousFree ? against(previous) : -1;
			const toNext = nextFree ? against(next) : -1;
			// Gale & Church's length evidence: how much closer to the expected ratio the pair's
			// lengths come when it takes in this sentence (and those between it and the pair).
			const lengthGain = (step: Step, from: number, to: number) => {
				if (step.exact) return Number.NEGATIVE_INFINITY;
				const leftLength = lengthOfRun(left, L, step.i, step.i + step.li);
				const rightLength = lengthOfRun(right, R, step.j, step.j + step.rj);
				const extra = lengthOfRun(onLeft ? left : right, onLeft ? L : R, from, to);
				return lengthPenalty(leftLength, rightLength, lengthRatio) - (onLeft ? lengthPenalty(leftLength + extra, rightLength, lengthRatio) : lengthPenalty(leftLength, rightLength + extra, lengthRatio));
			};
			const gainPrevious = previousFree ? lengthGain(previous, onLeft ? a : c, position + 1) : Number.NEGATIVE_INFINITY;
			const gainNext = nextFree ? lengthGain(next, position, onLeft ? b : d) : Number.NEGATIVE_INFINITY;
			const bySimilarity = Math.max(toPrevious, toNext) >= tuning.attachFloor;
			const byLength = Math.max(gainPrevious, gainNext) >= tuning.attachLengthGain;
			if (!bySimilarity && !byLength) continue;
			// The words decide when they clearly favour one neighbour; else the lengths do.
			const toPreviousPair = Math.abs(toPrevious - toNext) >= tuning.attachFloor || !byLength ? toPrevious >= toNext : gainPrevious >= gainNext;
			// Weak words (below the fill floor) do not outweigh lengths that speak against the join:
			// Gale & Church's evidence, by the same measure that lets lengths join a wordless part.
			if ((toPreviousPair ? toPrevious : toNext) < tuning.fillFloor && (toPreviousPair ? gainPrevious : gainNext) <= -tuning.attachLengthVeto) continue;
			if (toPreviousPair) {
				// Joins the previous pair: everything between it and this sentence joins too.
				const start = onLeft ? previous!.i + previous!.li : previous!.j + previous!.rj;
				for (let y = start; y <= position; y++) (onLeft ? pairedL : pairedR)[y] = 1;
				if (onLeft) previous!.li = position + 1 - previous!.i;
				else previous!.rj = position + 1 - previous!.j;
			} else {
				const end = onLeft ? next!.i : next!.j;
				for (let y = position; y < end; y++) (onLeft ? pairedL : pairedR)[y] = 1;
				if (onLeft) (next!.li += next!.i - position), (next!.i = position);
				else (next!.rj += next!.j - position), (next!.j = position);
				break;
			}
		}
	}

	// 5a. Leftovers on both sides between two pairs, which the fill could not pair with each other
	// (a clause the translator joined to the previous sentence on one side, a stray line on the
	// other): the sentence next to a pair joins it when that lowers the pair's length penalty by
	// mergeLengthGain — the evidence that lets a merge step take a wordless part (Gale & Church
	// 1993) — and no leftover across resembles it more. Words alone were measured too (joining on
	// context similarity ≥ 0.05–0.3): strict F1 fell, they pulled sentences into the wrong pair.
	for (let k = 1; k < inOrder.length; k++) {
		const previous = inOrder[k - 1];
		const next = inOrder[k];
		const {a, b, c, d} = between(previous, next);
		if (b <= a || d <= c || b - a > maxFill || d - c > maxFill) continue;
		for (const onLeft of [true, false]) {
			const from = onLeft ? a : c;
			const to = onLeft ? b : d;
			const paired = onLeft ? pairedL : pairedR;
			const adjacent = onLeft ? adjacentL : adjacentR;
			/** How much joining `step` lowers its length penalty, or -1 when the sentence at `position` may not join it. */
			const gain = (position: number, step: Step, before: boolean): number => {
				if (step.exact || paired[position] || !(onLeft ? firmL(position, position + 1) : firmR(position, position + 1))) return -1;
				if (!adjacent(before ? position - 1 : position)) return -1;
				const leftLength = lengthOfRun(left, L, step.i, step.i + step.li);
				const rightLength = lengthOfRun(right, R, step.j, step.j + step.rj);
				const extra = lengthOfRun(onLeft ? left : right, onLeft ? L : R, position, position + 1);
				const value = lengthPenalty(leftLength, rightLength, lengthRatio) - (onLeft ? lengthPenalty(leftLength + extra, rightLength, lengthRatio) : lengthPenalty(leftLength, rightLength + extra, lengthRatio));
				if (value < tuning.mergeLengthGain) return -1;
				const own = onLeft ? profileL(position) : profileR(position);
				const other = onLeft ? profileOfRun(rightProfiles, R, step.j, step.j + step.rj) : profileOfRun(leftProfiles, L, step.i, step.i + step.li);
				const similarity = onLeft ? contextSimilarityOf(own, other) : contextSimilarityOf(other, own);
				for (let x = onLeft ? c : a; x < (onLeft ? d : b); x++) {
					const across = onLeft ? contextSimilarityOf(own, profileR(x)) : contextSimilarityOf(profileL(x), own);
					if (across > similarity && across >= tuning.fillLengthFloor) return -1;
				}
				return value;
			};
			const toPrevious = gain(from, previous, true);
			const toNext = gain(to - 1, next, false);
			if (toPrevious >= 0 && (from !== to - 1 || toPrevious >= toNext)) {
				paired[from] = 1;
				if (onLeft) previous.li++;
				else previous.rj++;
			}
			if (toNext >= 0 && !paired[to - 1]) {
				paired[to - 1] = 1;
				if (onLeft) (next.i--, next.li++);
				else (next.j--, next.rj++);
			}
		}
	}

	// 5b. Re-division: where consecutive pairs cover a passage without a gap, their
	// boundaries are decided again by Gale & Church's costs (redivide.ts): one 2:2 pair
	// rather than two 1:1 pairs when a sentence boundary moved.
	if (tuning.redivideWeight >= 0) {
		inOrder.sort((x, y) => x.i - y.i);
		const types = beadTypes(tuning.mergePrior, tuning.blockPrior, tuning.widePrior, tuning.wideBlockPrior);
		// Tentative lines take part (they are paired already, on their words), under the condition in `similarity` below.
		const divisible = (step: Step) => !step.exact && types.some(entry => entry.li === step.li && entry.rj === step.rj);
		const joined = (previous: Step, next: Step) =>
			next.i === previous.i + previous.li && next.j === previous.j + previous.rj && adjacentL(next.i - 1) && adjacentR(next.j - 1);
		const result: Step[] = [];
		for (let k = 0; k < inOrder.length; ) {
			let end = k + 1;
			if (divisible(inOrder[k])) while (end < inOrder.length && divisible(inOrder[end]) && joined(inOrder[end - 1], inOrder[end])) end++;
			const run = inOrder.slice(k, end);
			k = end;
			if (run.length < 2) {
				result.push(...run);
				continue;
			}
			const a = run[0].i;
			const c = run[0].j;
			const last = run[run.length - 1];
			const current: Bead[] = run.map(step => ({i: step.i - a, li: step.li, j: step.j - c, rj: step.rj}));
			const existing = new Set(current.map(bead => `${bead.i}:${bead.li}:${bead.j}:${bead.rj}`));
			// Which current pair each sentence of the run is in: a new pair inside one of them only refines it.
			const ownerLeft = new Int32Array(last.i + last.li - a);
			const ownerRight = new Int32Array(last.j + last.rj - c);
			current.forEach((bead, k) => {
				ownerLeft.fill(k, bead.i, bead.i + bead.li);
				ownerRight.fill(k, bead.j, bead.j + bead.rj);
			});
			const inside = (i: number, li: number, j: number, rj: number) => {
				const owner = ownerLeft[i];
				return ownerLeft[i + li - 1] === owner && ownerRight[j] === owner && ownerRight[j + rj - 1] === owner;
			};
			// The lexical evidence of a pair: how much of each of its sentences the other side has (similarity.ts beadCoverage).
			const coverage = (i: number, li: number, j: number, rj: number) =>
				beadCoverage(li, x => profileL(a + i + x), profileL(a + i, a + i + li - 1), rj, y => profileR(c + j + y), profileR(c + j, c + j + rj - 1));
			const beads = redivide(last.i + last.li - a, last.j + last.rj - c, current, {
				similarity: (i, li, j, rj) => {
					const whole = coverage(i, li, j, rj);
					if (existing.has(`${i}:${li}:${j}:${rj}`)) return whole;
					// A refinement of one current pair (two 1:1 pairs where a 2:2 block was) pairs sentences
					// already paired together: their words in context are evidence enough (Gale & Church's division).
					if (inside(i, li, j, rj)) return whole;
					// A new pair must share content words (similarity.ts minSharedWords), as any pair found
					// on words: a sentence the lengths push out of its pair never lands on an unrelated one.
					if (similarityOf(profileL(a + i, a + i + li - 1), profileR(c + j, c + j + rj - 1)) < tuning.fillLengthFloor) return 0;
					// A tentative line (boilerplate by its place only) joins a new pair only on its own words.
					if (firmL(a + i, a + i + li) && firmR(c + j, c + j + rj)) return whole;
					for (let x = a + i; x < a + i + li; x++) if (left.units[L[x]].tentative && contextSimilarityOf(profileL(x), profileR(c + j, c + j + rj - 1)) < tuning.fillLengthFloor) return 0;
					for (let y = c + j; y < c + j + rj; y++) if (right.units[R[y]].tentative && contextSimilarityOf(profileL(a + i, a + i + li - 1), profileR(y)) < tuning.fillLengthFloor) return 0;
					return whole;
				},
				lengthLeft: i => lengthOfRun(left, L, a + i, a + i + 1),
				lengthRight: j => lengthOfRun(right, R, c + j, c + j + 1),
				ratio: lengthRatio,
				penalty: lengthPenalty,
			}, {lexicalWeight: tuning.redivideWeight, floor: tuning.fillLengthFloor, mergePrior: tuning.mergePrior, blockPrior: tuning.blockPrior, widePrior: tuning.widePrior, wideBlockPrior: tuning.wideBlockPrior});
			const kept = new Map(run.map(step => [`${step.i - a}:${step.li}:${step.j - c}:${step.rj}`, step]));
			for (const bead of beads) {
				const same = kept.get(`${bead.i}:${bead.li}:${bead.j}:${bead.rj}`);
				result.push(same ?? {i: a + bead.i, li: bead.li, j: c + bead.j, rj: bead.rj, similarity: contextSimilarityOf(profileL(a + bead.i, a + bead.i + bead.li - 1), profileR(c + bead.j, c + bead.j + bead.rj - 1)), exact: false});
			}
		}
		// A loop, not push(...result): a spread passes each element as an argument and overflows the stack past ~120k pairs.
		inOrder.length = 0;
		for (const step of result) inOrder.push(step);
	}

	// 6. Local transpositions: a leftover sentence whose counterpart is a leftover just
	// across a neighbouring pair (two sentences swapped). Their neighbours' order vouches
	// for them, so the in-order threshold applies, not the moves pass's. Windows are small
	// (at most maxTransposeWindow sentences), so this costs O(n · window).
	if (tuning.transposeReach > 0) {
		inOrder.sort((x, y) => x.i - y.i);
		let k = 0;
		for (let i = 0; i < L.length; i++) {
			while (k < inOrder.length && inOrder[k].i + inOrder[k].li <= i) k++;
			if (pairedL[i]) continue;
			const previous = k > 0 ? inOrder[k - 1] : undefined;
			const next = k < inOrder.length ? inOrder[k] : undefined;
			if (!previous || !next) continue;
			const from = Math.max(0, previous.j - tuning.transposeReach);
			const to = Math.min(R.length, next.j + next.rj + tuning.transposeReach);
			if (to - from > maxTransposeWindow) continue;
			let best = -1;
			let bestSimilarity = tuning.pairThreshold;
			for (let j = from; j < to; j++) {
				if (pairedR[j]) continue;
				const similarity = similarityOf(profileL(i), profileR(j));
				if (similarity >= bestSimilarity) (best = j), (bestSimilarity = similarity);
			}
			if (best < 0) continue;
			pairedL[i] = 1;
			pairedR[best] = 1;
			const step: Step = {i, j: best, li: 1, rj: 1, similarity: bestSimilarity, exact: false};
			// In order between its neighbours: an ordinary pair; else shown as moved.
			if (best >= previous.j + previous.rj && best < next.j) inOrder.splice(k, 0, step);
			else movedSteps.push(step);
		}
		movedSteps.sort((x, y) => x.i - y.i);
	}

	const toPair = (step: Step, isMoved: boolean): Pair => ({
		left: L.slice(step.i, step.i + step.li),
		right: R.slice(step.j, step.j + step.rj),
		similarity: step.similarity,
		moved: isMoved,
		exact: step.exact,
	});
	return {pairs: [...inOrder.map(step => toPair(step, false)), ...movedSteps.map(step => toPair(step, true))], degraded, cells: maxBandCells - cellsLeft};
};

/** Two sentence keys equal once white space is dropped (French spaces before "!", "?", ":"). */
/** Fewest words a sentence needs for oneSlotChanged: two kept around the one changed. */
const oneSlotWords = 3;

/**
 * Whether two sentences' word-id lists are the same but for the word in one place: as long as each other,
 * at least oneSlotWords words, exactly one position different. Linear in the words.
 */
export const oneSlotChanged = (left: Int32Array, right: Int32Array): boolean => {
	if (left.length !== right.length || left.length < oneSlotWords) return false;
	let different = 0;
	for (let k = 0; k < left.length; k++) if (left[k] !== right[k] && ++different > 1) return false;
	return different === 1;
};

const sameSpacingAside = (a: string, b: string): boolean => a !== '' && (a === b || a.replace(/\s+/gu, '') === b.replace(/\s+/gu, ''));

/** Characters of body positions from..to-1 of one side (sentence spans). */
const lengthOfRun = (side: Side, body: number[], from: number, to: number): number => {
	let total = 0;
	for (let k = from; k < to; k++) total += side.units[body[k]].end - side.units[body[k]].start;
	return total;
};

/** The profile of units first..to-1 of one side (body positions). */
const profileOfRun = (profiles: Profiles, body: number[], from: number, to: number): Profile => profiles.of(body[from], body[to - 1]);

const range = (from: number, to: number): number[] => Array.from({length: to - from}, (_, k) => from + k);

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
