import type {LineState} from './line-state.js';

// The second stage of the fitted decision (block-model.ts, BlockModel.context):
// stacked generalisation (Wolpert 1992) over the window of first-stage
// probabilities, as Dragnet and boilerpipe smooth a block's label with its
// neighbours'. The first stage judges a block from its own features and its
// neighbours' text; the second reads what the first stage made of the
// neighbours: a short subheading between two paragraphs the model keeps, a
// last line under kept prose, or a block far beyond the last kept paragraph.

/** Blocks read on each side of the block by the window features. */
const reach = 5;

/** A first-stage probability at or above this counts as kept for the distance and share features. */
const kept = 0.5;

/** The names of the second stage's features, in vector order. */
export const contextNames: readonly string[] = [
	'ctx.p',
	'ctx.p-3', 'ctx.p-2', 'ctx.p-1', 'ctx.p+1', 'ctx.p+2', 'ctx.p+3',
	'ctx.max-before', 'ctx.max-after', 'ctx.mean',
	'ctx.kept-before', 'ctx.kept-after', 'ctx.kept-words-before',
	'ctx.size', 'ctx.terminal', 'ctx.heading', 'ctx.links', 'ctx.stopwords', 'ctx.rule-body', 'ctx.firm',
];

/** What the window features of one page need: first-stage probabilities and, per block, the kept blocks around it. */
export type ContextFrame = {
	states: readonly LineState[];
	/** Each block's first-stage probability (0..1). */
	first: ArrayLike<number>;
	/** Blocks to the nearest kept block before / after (-1: none). */
	keptBefore: Int32Array;
	keptAfter: Int32Array;
	/** Share of the kept blocks' words that lie before the block (0..1; 0 when nothing is kept). */
	keptWordsBefore: Float64Array;
};

/** The frame of a page from its blocks' first-stage probabilities; linear in the blocks. */
export const contextFrame = (states: readonly LineState[], first: ArrayLike<number>): ContextFrame => {
	const n = states.length;
	const keptBefore = new Int32Array(n).fill(-1);
	const keptAfter = new Int32Array(n).fill(-1);
	const keptWordsBefore = new Float64Array(n);
	let total = 0;
	for (let i = 0; i < n; i++) {
		total += first[i] >= kept ? states[i].f.size : 0;
	}

	for (let i = 0, last = -1, words = 0; i < n; i++) {
		keptBefore[i] = last === -1 ? -1 : i - last;
		keptWordsBefore[i] = total > 0 ? words / total : 0;
		if (first[i] >= kept) {
			last = i;
			words += states[i].f.size;
		}
	}

	for (let i = n - 1, next = -1; i >= 0; i--) {
		keptAfter[i] = next === -1 ? -1 : next - i;
		if (first[i] >= kept) {
			next = i;
		}
	}

	return {states, first, keptBefore, keptAfter, keptWordsBefore};
};

const offsets = [-3, -2, -1, 1, 2, 3];

/**
 * The second stage's vector of block `i` (contextNames order), written into
 * `out`. A neighbour past the page's edge reads -1; a distance to no kept
 * block reads as log(1 + 20).
 */
export const contextVector = ({states, first, keptBefore, keptAfter, keptWordsBefore}: ContextFrame, i: number, out: Float64Array): Float64Array => {
	const n = states.length;
	out[0] = first[i];
	for (let k = 0; k < offsets.length; k++) {
		const j = i + offsets[k];
		out[1 + k] = j >= 0 && j < n ? first[j] : -1;
	}

	let before = 0;
	let after = 0;
	let sum = 0;
	let count = 0;
	for (let j = Math.max(0, i - reach); j <= Math.min(n - 1, i + reach); j++) {
		if (j === i) {
			continue;
		}

		if (j < i) {
			before = Math.max(before, first[j]);
		} else {
			after = Math.max(after, first[j]);
		}

		sum += first[j];
		count++;
	}

	const {f, final, firm} = states[i];
	out[7] = before;
	out[8] = after;
	out[9] = count === 0 ? 0 : sum / count;
	out[10] = Math.log1p(keptBefore[i] === -1 ? 20 : Math.min(20, keptBefore[i]));
	out[11] = Math.log1p(keptAfter[i] === -1 ? 20 : Math.min(20, keptAfter[i]));
	out[12] = keptWordsBefore[i];
	out[13] = Math.log1p(f.size);
	out[14] = f.terminal ? 1 : 0;
	out[15] = f.heading ? 1 : 0;
	out[16] = f.linkShare;
	out[17] = f.stopwordShare;
	out[18] = final?.kind === 'body' ? 1 : 0;
	out[19] = firm?.kind === 'boilerplate' ? 1 : 0;
	return out;
};
