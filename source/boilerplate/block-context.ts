import {isSiteTemplate, type LineState} from './line-state.js';

// The second stage of the fitted decision (block-model.ts, BlockModel.context):
// stacked generalisation (Wolpert 1992) over the window of first-stage
// probabilities, as Dragnet and boilerpipe smooth a block's label with its
// neighbours'. The first stage judges a block from its own features and its
// neighbours' text; the second reads what the first stage made of the
// neighbours: a short subheading between two paragraphs the model keeps, a
// last line under kept prose, or a block far beyond the last kept paragraph.
// The window reaches fifteen blocks each side and the nearest sure block (an
// article's spec sheet or recipe runs longer than the first stage's three
// neighbours); held out by site it moves both dev sets up (eleventh to
// thirteenth sessions, docs/measurements.md), and the shipped weights carry
// it (`npm run train:boilerplate -- --context`).

/** Blocks read on each side of the block by the window features. */
const reach = 5;

/**
 * Whether a second-stage model also reads the block's own first-stage vector (stacking with
 * the original features passed through, as scikit-learn's StackingClassifier(passthrough=True)):
 * its features then name block features besides the context's. Its input is the context vector
 * followed by the block's feature vector (featureNames order, at contextNames.length).
 */
export const passesThrough = (model: {features: readonly string[]}): boolean => model.features.some((name) => !name.startsWith('ctx.'));

/** A first-stage probability at or above this counts as kept for the distance and share features. */
const kept = 0.5;

/** Blocks read on each side by the far window features (an article's list or spec sheet runs longer than five blocks). */
const farReach = 15;

/** A first-stage probability at or above this counts as sure (the article's certain prose) for the sure-block features. */
const sure = 0.8;

/** Distances are capped here (and "none" reads as the cap): log(1 + 20). */
const distanceCap = 20;

/** The names of the second stage's features, in vector order. */
export const contextNames: readonly string[] = [
	'ctx.p',
	'ctx.p-3', 'ctx.p-2', 'ctx.p-1', 'ctx.p+1', 'ctx.p+2', 'ctx.p+3',
	'ctx.max-before', 'ctx.max-after', 'ctx.mean',
	'ctx.kept-before', 'ctx.kept-after', 'ctx.kept-words-before',
	'ctx.size', 'ctx.terminal', 'ctx.heading', 'ctx.links', 'ctx.stopwords', 'ctx.rule-body', 'ctx.firm',
	// The eleventh session's window: before and after apart, a far window, the sure blocks.
	'ctx.mean-before', 'ctx.mean-after', 'ctx.far-max-before', 'ctx.far-max-after', 'ctx.far-mean-before', 'ctx.far-mean-after',
	'ctx.sure-before', 'ctx.sure-after', 'ctx.inside-sure', 'ctx.sure-words-before', 'ctx.gap', 'ctx.page-max', 'ctx.page-kept',
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
	/** The same for sure blocks (first-stage probability ≥ 0.8). */
	sureBefore: Int32Array;
	sureAfter: Int32Array;
	sureWordsBefore: Float64Array;
	/** Prefix sums of the first-stage probabilities (first[0..i) at i): the window means in constant time. */
	prefix: Float64Array;
	/** The page's highest first-stage probability, and how many blocks reach `kept`. */
	pageMax: number;
	pageKept: number;
	/**
	 * Per block, 1 when the rules' label was body when the frame was made (ctx.rule-body): read then, so that a
	 * block's vector is the same whenever it is asked for, before or after the decision relabels blocks.
	 */
	ruleBody: Uint8Array;
};

/** Distances to the nearest block at or above `level` each way (-1: none), and the share of those blocks' words before each block. */
const nearest = (states: readonly LineState[], first: ArrayLike<number>, level: number): {before: Int32Array; after: Int32Array; wordsBefore: Float64Array} => {
	const n = states.length;
	const before = new Int32Array(n).fill(-1);
	const after = new Int32Array(n).fill(-1);
	const wordsBefore = new Float64Array(n);
	let total = 0;
	for (let i = 0; i < n; i++) {
		total += first[i] >= level ? states[i].f.size : 0;
	}

	for (let i = 0, last = -1, words = 0; i < n; i++) {
		before[i] = last === -1 ? -1 : i - last;
		wordsBefore[i] = total > 0 ? words / total : 0;
		if (first[i] >= level) {
			last = i;
			words += states[i].f.size;
		}
	}

	for (let i = n - 1, next = -1; i >= 0; i--) {
		after[i] = next === -1 ? -1 : next - i;
		if (first[i] >= level) {
			next = i;
		}
	}

	return {before, after, wordsBefore};
};

/**
 * The frame of a page from its blocks' first-stage probabilities; linear in the blocks. `states`
 * carry the rules' labels (before the fitted decision). A block of the site's template (prose
 * shared with another story of the same site, outside the article: isSiteTemplate) reads as 0,
 * the chrome it stays whatever the model says: the first stage never saw one-site evidence (its
 * training corpora are many sites) and gives a sponsor blurb or a featured-post teaser the
 * probability of prose, which would otherwise lift the short headings between them ("Sponsor
 * Posts") over the threshold. Training reads the same frame; its pages have no one-site evidence.
 */
export const contextFrame = (states: readonly LineState[], stage: ArrayLike<number>): ContextFrame => {
	const n = states.length;
	const first = Float64Array.from({length: n}, (_, i) => (isSiteTemplate(states[i].final) ? 0 : stage[i]));
	const keptSide = nearest(states, first, kept);
	const sureSide = nearest(states, first, sure);
	const prefix = new Float64Array(n + 1);
	const ruleBody = new Uint8Array(n);
	let pageMax = 0;
	let pageKept = 0;
	for (let i = 0; i < n; i++) {
		ruleBody[i] = states[i].final?.kind === 'body' ? 1 : 0;
		prefix[i + 1] = prefix[i] + first[i];
		pageMax = Math.max(pageMax, first[i]);
		pageKept += first[i] >= kept ? 1 : 0;
	}

	return {
		states,
		first,
		keptBefore: keptSide.before,
		keptAfter: keptSide.after,
		keptWordsBefore: keptSide.wordsBefore,
		sureBefore: sureSide.before,
		sureAfter: sureSide.after,
		sureWordsBefore: sureSide.wordsBefore,
		prefix,
		pageMax,
		pageKept,
		ruleBody,
	};
};

/** log(1 + distance), "none" (-1) and anything past the cap reading as the cap. */
const logDistance = (distance: number): number => Math.log1p(distance === -1 ? distanceCap : Math.min(distanceCap, distance));

const offsets = [-3, -2, -1, 1, 2, 3];

/**
 * The second stage's vector of block `i` (contextNames order), written into
 * `out`. A neighbour past the page's edge reads -1; a distance to no kept
 * block reads as log(1 + 20). The rules' labels are read as the frame took
 * them (ContextFrame.ruleBody), so a vector asked for late is the same.
 */
export const contextVector = (frame: ContextFrame, i: number, out: Float64Array): Float64Array => {
	const {states, first, keptBefore, keptAfter, keptWordsBefore, sureBefore, sureAfter, sureWordsBefore, prefix} = frame;
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

	const {f, firm} = states[i];
	out[7] = before;
	out[8] = after;
	out[9] = count === 0 ? 0 : sum / count;
	out[10] = logDistance(keptBefore[i]);
	out[11] = logDistance(keptAfter[i]);
	out[12] = keptWordsBefore[i];
	out[13] = Math.log1p(f.size);
	out[14] = f.terminal ? 1 : 0;
	out[15] = f.heading ? 1 : 0;
	out[16] = f.linkShare;
	out[17] = f.stopwordShare;
	out[18] = frame.ruleBody[i];
	out[19] = firm?.kind === 'boilerplate' ? 1 : 0;
	// Means from the prefix sums; an empty side reads -1 as a neighbour past the edge does.
	const mean = (from: number, to: number): number => (to > from ? (prefix[to] - prefix[from]) / (to - from) : -1);
	out[20] = mean(Math.max(0, i - reach), i);
	out[21] = mean(i + 1, Math.min(n, i + 1 + reach));
	let farBefore = -1;
	let farAfter = -1;
	for (let j = Math.max(0, i - farReach); j < i; j++) {
		farBefore = Math.max(farBefore, first[j]);
	}

	for (let j = i + 1; j <= Math.min(n - 1, i + farReach); j++) {
		farAfter = Math.max(farAfter, first[j]);
	}

	out[22] = farBefore;
	out[23] = farAfter;
	out[24] = mean(Math.max(0, i - farReach), i);
	out[25] = mean(i + 1, Math.min(n, i + 1 + farReach));
	out[26] = logDistance(sureBefore[i]);
	out[27] = logDistance(sureAfter[i]);
	out[28] = sureBefore[i] !== -1 && sureAfter[i] !== -1 ? 1 : 0;
	out[29] = sureWordsBefore[i];
	// The run of blocks between the kept ones around it (a gap inside the article is short).
	out[30] = keptBefore[i] !== -1 && keptAfter[i] !== -1 ? logDistance(keptBefore[i] + keptAfter[i] - 1) : logDistance(-1);
	out[31] = frame.pageMax;
	out[32] = Math.log1p(Math.min(400, frame.pageKept));
	return out;
};
