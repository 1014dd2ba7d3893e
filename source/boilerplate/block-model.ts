import {blockFeaturesAt, blockFeatureVector, featureContext, featureNames, featureReasons, vectorSize} from './block-features.js';
import {contextFrame, contextNames, contextVector, passesThrough} from './block-context.js';
import {boiler, isSentenceLike, isSiteTemplate, type LineState} from './line-state.js';
import {commentThreadBlocks, datedEntries, type DatedUnits, hasCommentEvidence, isThreadHeadingText, structureOf, threadBegunAbove, underThreadHeading} from './comment-thread.js';
import {isPlainDocument} from './plain-text.js';
import {isClosingSentence} from './closing-sentence.js';
import {keepListHoles} from './list-holes.js';
import {keepArticleTail} from './article-tail.js';
import {placeOnlyReasons} from './chrome-names.js';

/**
 * One regression tree of a boosted ensemble, as flat arrays by node (root 0).
 * A node with feature -1 is a leaf. Internal nodes send x to `left` when
 * x[feature] <= split. `value` is each node's output (already scaled by the
 * learning rate): a leaf's is what the tree adds to the score; an inner
 * node's is the mean of its leaves, used to attribute the score to features.
 */
export type RegressionTree = {feature: number[]; split: number[]; left: number[]; right: number[]; value: number[]};

/**
 * The fitted decision over block features (block-features.ts): the log-odds
 * that a block is article text, either a logistic regression
 * (bias + Σ weights · (x − mean) / scale) or gradient-boosted regression trees
 * (bias + Σ trees, Friedman 2001, logistic loss; the "small tree ensemble" of
 * Dragnet, Peters & Lecocq 2013). Fitted by `npm run train:boilerplate`
 * (scripts/train-boilerplate.ts) on the labelled dev pages; the numbers are
 * data (block-model-weights.ts). Features the model does not know (a group
 * added after it was fitted) are ignored; features it knows but the vector
 * lacks read as 0.
 */
export type BlockModel = {
	features: readonly string[];
	bias: number;
	/** A block is article text when its probability is at least this. */
	threshold: number;
	mean?: readonly number[];
	scale?: readonly number[];
	weights?: readonly number[];
	trees?: readonly RegressionTree[];
	/**
	 * A second stage over the window of this model's probabilities (block-context.ts:
	 * stacking, Wolpert 1992; its features are contextNames). When present, a block's
	 * probability is the second stage's, and `threshold` applies to it.
	 */
	context?: BlockModel;
};

/** For each of the model's features, its index in the current feature vector (-1: absent). */
const aligned = new WeakMap<BlockModel, Int32Array>();

const alignModel = (model: BlockModel): Int32Array => {
	let cached = aligned.get(model);
	if (!cached) {
		// A second-stage model's features are the context vector's (their names never clash with the blocks'),
		// followed, when it passes the block's own vector through, by the block's features.
		const second = model.features.some((name) => name.startsWith('ctx.'));
		const at = second
			? new Map([...contextNames.map((name, i) => [name, i] as const), ...featureNames().map((name, i) => [name, contextNames.length + i] as const)])
			: new Map(featureNames().map((name, i) => [name, i] as const));
		cached = Int32Array.from(model.features, (name) => at.get(name) ?? -1);
		aligned.set(model, cached);
	}

	return cached;
};

const read = (x: Float64Array, index: number): number => (index === -1 ? 0 : x[index]);

/** The model's log-odds for vector `x`; with `into`, each feature's share of it is added there (by vector index). */
const logOdds = (model: BlockModel, x: Float64Array, into?: Float64Array): number => {
	const columns = alignModel(model);
	let score = model.bias;
	if (model.weights) {
		for (let j = 0; j < columns.length; j++) {
			const part = (model.weights[j] * (read(x, columns[j]) - model.mean![j])) / model.scale![j];
			score += part;
			if (into && columns[j] !== -1) {
				into[columns[j]] += part;
			}
		}
	}

	if (!model.trees) {
		return score;
	}

	return score + (into ? treeAttribution(flatTrees(model, columns), x, into) : treeSum(flatTrees(model, columns), x));
};

/** All trees of a model in flat typed arrays (tree t's nodes from roots[t]; children as absolute indices). */
type FlatTrees = {roots: Int32Array; feature: Int32Array; split: Float64Array; left: Int32Array; right: Int32Array; value: Float64Array; complete?: CompleteTrees};

/**
 * The same trees as complete binary trees of one depth, for the sum alone: tree t's
 * inner node k at t·(2^depth − 1) + k (children 2k+1, 2k+2), its leaves at t·2^depth.
 * A leaf above the last level is copied into both children, and a split on a feature
 * the vector lacks (it reads as 0, so its way is known) copies the subtree it takes
 * into both: every walk is `depth` comparisons and no test for a leaf, and reaches the
 * leaf value the tree's own walk reaches. Only for shallow trees (2^depth leaves each).
 */
type CompleteTrees = {depth: number; feature: Int32Array; split: Float64Array; leaf: Float64Array};

/** Deeper trees than this are walked as they are (a complete tree has 2^depth leaves). */
const completeDepthLimit = 8;

const completeTrees = (trees: readonly RegressionTree[], columns: Int32Array): CompleteTrees | undefined => {
	const depthOf = (tree: RegressionTree, node: number): number => (tree.feature[node] === -1 ? 0 : 1 + Math.max(depthOf(tree, tree.left[node]), depthOf(tree, tree.right[node])));
	const depth = Math.max(0, ...trees.map((tree) => depthOf(tree, 0)));
	if (depth > completeDepthLimit) {
		return undefined;
	}

	const inner = 2 ** depth - 1;
	const complete: CompleteTrees = {depth, feature: new Int32Array(trees.length * inner), split: new Float64Array(trees.length * inner), leaf: new Float64Array(trees.length * (inner + 1))};
	trees.forEach((tree, t) => {
		const place = (node: number, slot: number, level: number): void => {
			if (level === depth) {
				complete.leaf[t * (inner + 1) + slot - inner] = tree.value[node];
				return;
			}

			const column = tree.feature[node] === -1 ? -1 : columns[tree.feature[node]];
			if (column < 0) {
				// A leaf, or a split whose way is known: both children are the same (feature 0 is read and does not matter).
				const next = column === -1 && tree.feature[node] === -1 ? node : 0 <= tree.split[node] ? tree.left[node] : tree.right[node];
				complete.feature[t * inner + slot] = 0;
				place(next, 2 * slot + 1, level + 1);
				place(next, 2 * slot + 2, level + 1);
				return;
			}

			complete.feature[t * inner + slot] = column;
			complete.split[t * inner + slot] = tree.split[node];
			place(tree.left[node], 2 * slot + 1, level + 1);
			place(tree.right[node], 2 * slot + 2, level + 1);
		};

		place(0, 0, 0);
	});
	return complete;
};

/** The flat trees, per model. */
const flattened = new WeakMap<BlockModel, FlatTrees>();

/** A model's trees as FlatTrees, made once per model; the vector's index replaces the model's feature index. */
const flatTrees = (model: BlockModel, columns: Int32Array): FlatTrees => {
	let flat = flattened.get(model);
	if (!flat) {
		const trees = model.trees!;
		const size = trees.reduce((sum, tree) => sum + tree.feature.length, 0);
		flat = {roots: new Int32Array(trees.length), feature: new Int32Array(size), split: new Float64Array(size), left: new Int32Array(size), right: new Int32Array(size), value: new Float64Array(size)};
		let at = 0;
		for (const [t, tree] of trees.entries()) {
			flat.roots[t] = at;
			for (let node = 0; node < tree.feature.length; node++) {
				// The model's feature index is replaced by the vector's (-2: absent, reads as 0).
				flat.feature[at + node] = tree.feature[node] === -1 ? -1 : columns[tree.feature[node]] === -1 ? -2 : columns[tree.feature[node]];
				flat.split[at + node] = tree.split[node];
				flat.left[at + node] = at + tree.left[node];
				flat.right[at + node] = at + tree.right[node];
				flat.value[at + node] = tree.value[node];
			}

			at += tree.feature.length;
		}

		flat.complete = completeTrees(trees, columns);
		flattened.set(model, flat);
	}

	return flat;
};

/** The trees' sum for `x`, walking typed arrays: what labelling does for every block. */
const treeSum = ({roots, feature, split, left, right, value, complete}: FlatTrees, x: Float64Array): number => {
	if (complete) {
		return completeTreeSum(complete, roots.length, x);
	}

	let sum = 0;
	for (let t = 0; t < roots.length; t++) {
		let node = roots[t];
		while (feature[node] !== -1) {
			const column = feature[node];
			node = (column === -2 ? 0 : x[column]) <= split[node] ? left[node] : right[node];
		}

		sum += value[node];
	}

	return sum;
};

/** The trees' sum for `x` over complete trees: `depth` comparisons a tree, then its leaf. */
const completeTreeSum = ({depth, feature, split, leaf}: CompleteTrees, trees: number, x: Float64Array): number => {
	const inner = (1 << depth) - 1;
	if (depth === 4) {
		return completeTreeSum4(feature, split, leaf, trees, x);
	}

	let sum = 0;
	for (let t = 0, base = 0; t < trees; t++, base += inner) {
		let node = 0;
		for (let level = 0; level < depth; level++) {
			// Left (+1) when x <= split, else right (+2; NaN too): a comparison turned into a number, no branch to mispredict.
			node = 2 * node + 2 - +(x[feature[base + node]] <= split[base + node]);
		}

		sum += leaf[base + t + node - inner];
	}

	return sum;
};

/**
 * completeTreeSum for trees of depth 4 (the fitted model's), the walk written out:
 * the same comparisons and the same sum in the same order, without the level loop.
 * Two trees are walked side by side: each tree's walk is a chain of dependent loads
 * (a node's split decides the next node's address), and two independent chains keep
 * the processor busy while one waits (×1.2–1.7 on random trees of the model's size,
 * the sum bit for bit the same: the leaves are still added one tree after another).
 */
const completeTreeSum4 = (feature: Int32Array, split: Float64Array, leaf: Float64Array, trees: number, x: Float64Array): number => {
	let sum = 0;
	let t = 0;
	let base = 0;
	let leaves = 0;
	for (; t + 1 < trees; t += 2, base += 30, leaves += 32) {
		const other = base + 15;
		let a = 2 - +(x[feature[base]] <= split[base]);
		let b = 2 - +(x[feature[other]] <= split[other]);
		a = 2 * a + 2 - +(x[feature[base + a]] <= split[base + a]);
		b = 2 * b + 2 - +(x[feature[other + b]] <= split[other + b]);
		a = 2 * a + 2 - +(x[feature[base + a]] <= split[base + a]);
		b = 2 * b + 2 - +(x[feature[other + b]] <= split[other + b]);
		a = 2 * a + 2 - +(x[feature[base + a]] <= split[base + a]);
		b = 2 * b + 2 - +(x[feature[other + b]] <= split[other + b]);
		sum += leaf[leaves + a - 15];
		sum += leaf[leaves + 16 + b - 15];
	}

	if (t < trees) {
		let node = 2 - +(x[feature[base]] <= split[base]);
		node = 2 * node + 2 - +(x[feature[base + node]] <= split[base + node]);
		node = 2 * node + 2 - +(x[feature[base + node]] <= split[base + node]);
		node = 2 * node + 2 - +(x[feature[base + node]] <= split[base + node]);
		sum += leaf[leaves + node - 15];
	}

	return sum;
};

/**
 * The trees' sum for `x`, adding each split feature's share to `into` (by vector
 * index): Saabas' attribution, the change of the node value along the path is
 * the split feature's. A feature the vector lacks (-2) gets no share.
 */
const treeAttribution = ({roots, feature, split, left, right, value}: FlatTrees, x: Float64Array, into: Float64Array): number => {
	let sum = 0;
	for (let t = 0; t < roots.length; t++) {
		let node = roots[t];
		while (feature[node] !== -1) {
			const column = feature[node];
			const next = (column === -2 ? 0 : x[column]) <= split[node] ? left[node] : right[node];
			if (column !== -2) {
				into[column] += value[next] - value[node];
			}

			node = next;
		}

		sum += value[node];
	}

	return sum;
};

/** Each feature's contribution to the score of vector `x` (negative: evidence against article text). */
const contributions = (model: BlockModel, x: Float64Array): Float64Array => {
	const out = new Float64Array(x.length);
	logOdds(model, x, out);
	return out;
};

/** The probability that a block is article text, from its feature vector. */
export const blockProbability = (model: BlockModel, x: Float64Array): number => 1 / (1 + Math.exp(-logOdds(model, x)));

/** The feature that speaks most against a block and has something to say: its reason and category. */
const strongestEvidence = (model: BlockModel, x: Float64Array) => {
	const reasons = featureReasons();
	const parts = contributions(model, x);
	let best: (typeof reasons)[number];
	let lowest = 0;
	for (let j = 0; j < parts.length; j++) {
		if (parts[j] < lowest && reasons[j]) {
			lowest = parts[j];
			best = reasons[j];
		}
	}

	return best ?? (['outside the article', 'navigation'] as const);
};

/**
 * Losing article text is worse than keeping a menu: a block the rules read as
 * body is dropped only when the model is this much surer than its threshold.
 */
const bodyMargin = 0.5;

/**
 * Prose inside a comment thread (comment-thread.ts: between repeated comment
 * headers after the article's core, with at least two of them since the core,
 * on a page with comment evidence: hasCommentEvidence) is a reader's, not the article's: the margin and the kept prose next to it,
 * which keep the article's short paragraphs, do not keep it. `x`: the block's vector.
 */
let threadColumns: {enclosed: number; since: number} | undefined;
const betweenCommentHeaders = (x: Float64Array): boolean => {
	if (!threadColumns) {
		const names = featureNames();
		threadColumns = {enclosed: names.indexOf('thread.enclosed-after-core'), since: names.indexOf('thread.markers-since-core')};
	}

	return threadColumns.enclosed !== -1 && x[threadColumns.enclosed] === 1 && x[threadColumns.since] >= Math.log1p(2);
};

/** Whether a block has a header in a commenter's voice ("Jane says:", "May 3, 2012 at 4:15 pm") between the article's core and it (frame.comment-headers-since-core). `x`: the block's vector. */
let voiceColumn: number | undefined;
const commentVoiceSinceCore = (x: Float64Array): boolean => {
	voiceColumn ??= featureNames().indexOf('frame.comment-headers-since-core');
	return voiceColumn !== -1 && x[voiceColumn] > 0;
};

/** The vector's columns betweenCommentHeaders and commentVoiceSinceCore read (-1: a feature the vector lacks, left out). */
let commentColumnList: number[] | undefined;
const commentColumns = (): number[] => {
	if (!commentColumnList) {
		const names = featureNames();
		commentColumnList = ['thread.enclosed-after-core', 'thread.markers-since-core', 'frame.comment-headers-since-core'].map((name) => names.indexOf(name)).filter((column) => column !== -1);
	}

	return commentColumnList;
};

/** A block the decision keeps as the article's prose: body, graded good (underThreadHeading's prose above a thread). */
const keptGoodProse = (state: LineState): boolean => state.grade === 'good' && state.final?.kind === 'body';

/** A block with at least this share of link text is a menu when the rules say it is outside the article. */
const linkOnly = 0.9;


/**
 * The fitted decision: a block that names itself (a marker, a separator, a
 * headline list, a menu, a caption, metadata: the rules' firm labels) keeps
 * its label, the marker being the evidence; every other block the rules
 * left as body or chrome is kept or dropped by the model's probability. A dropped block keeps the
 * category and reason the rules gave it when they named one (a marker, a
 * headline list, repetition); otherwise its reason is the model's strongest
 * evidence against it. Titles and metadata keep their kind.
 *
 * A block's vector and probability are computed only when the decision needs
 * them (a firm block keeps its label whatever the model says), and always
 * before its own label changes. Returns each block's probability, NaN for a
 * block whose label did not need it. `vectors`: blockFeatureVectors(states),
 * when the caller has them. `reasons: false`: a block the model drops gets the
 * kind boilerplate without a category or reason (LabelOptions.reasons).
 */
export const applyBlockModel = (states: LineState[], model: BlockModel, vectors?: readonly Float64Array[], {reasons = true}: {reasons?: boolean} = {}): number[] => {
	// A document with no trace of a web page has no chrome to strip: the fitted decision, learnt on page dumps, is
	// not applied to it and the rule passes' labels stand (plain-text.ts). A reader-comment thread is such a trace.
	if (isPlainDocument(states) && !commentThreadBlocks(states).some(Boolean)) {
		return Array.from(states, () => Number.NaN);
	}

	const context = vectors ? undefined : featureContext(states);
	// One vector at a time, written over: a block's vector is read for its probability
	// (once, then kept) and again, recomputed, only to name a dropped block's reason.
	const scratch = vectors ? undefined : new Float64Array(vectorSize());
	const vectorOf = (i: number): Float64Array => vectors?.[i] ?? blockFeatureVector(context!, i, scratch);
	const probabilities = new Float64Array(states.length).fill(Number.NaN);
	// With a second stage, a block's probability is the second stage's, made only when the decision asks for it
	// (a firm block, a quarter of them, never is): every block's first-stage probability is made first, since the
	// window reads them all, and the frame takes the rules' labels before any changes (contextFrame), so a block
	// asked for late gets the vector it would have got first.
	let second: ((i: number) => number) | undefined;
	if (model.context) {
		const {context: stage2} = model;
		const through = passesThrough(stage2);
		// Passed through, each block's vector is kept from the first stage's pass (the scratch vector is written over).
		const own: Float64Array[] = [];
		// A loop, not Float64Array.from(states, …): that walks the states by the iterator protocol, an object a block.
		const first = new Float64Array(states.length);
		for (let i = 0; i < states.length; i++) {
			const x = vectorOf(i);
			if (through) {
				own.push(vectors ? x : x.slice());
			}

			first[i] = blockProbability(model, x);
		}

		const frame = contextFrame(states, first);
		const y = new Float64Array(contextNames.length + (through ? featureNames().length : 0));
		second = (i: number): number => {
			contextVector(frame, i, y);
			if (through) {
				y.set(own[i], contextNames.length);
			}

			return blockProbability(stage2, y);
		};
	}

	const probability = (i: number): number => {
		if (Number.isNaN(probabilities[i])) {
			probabilities[i] = second ? second(i) : blockProbability(model, vectorOf(i));
		}

		return probabilities[i];
	};

	// Pushed to, not made by `map` (its array's elements kind changes as V8 optimises the caller: classify.ts, ruleStates).
	const rules: Array<LineState['final']> = [];
	for (const state of states) rules.push(state.final);
	let commentPageFlag: boolean | undefined;
	// The page's thread structure, made for the thread features, holds here too (structureOf): not made again.
	const commentPage = (): boolean => (commentPageFlag ??= context ? structureOf(context).commentEvidence : hasCommentEvidence(states));
	// The thread's first comment has one header above it, not two, and can be the page's densest prose (the core):
	// under a thread heading ("4 comments"), the run of headers and what they enclose is the thread (underThreadHeading).
	let underHeading: Uint8Array | undefined;
	// Between repeated headers after the core, a block is a reader's only once the thread has begun above it: a heading or comment
	// chrome below the article's own prose (threadBegunAbove), or a header in a commenter's voice since the core (the pictures between
	// a post's paragraphs recur as a thread's headers do).
	let begun: Uint8Array | undefined;
	// The comment features of a block, read again here as the whole vector would be at this moment: only their groups are made.
	let threadScratch: Float64Array | undefined;
	const threadVector = (i: number): Float64Array => vectors?.[i] ?? blockFeaturesAt(context!, i, commentColumns(), (threadScratch ??= new Float64Array(vectorSize())));
	const inCommentThread = (i: number): boolean => {
		if (!commentPage()) return false;
		const x = threadVector(i);
		return (betweenCommentHeaders(x) && (commentVoiceSinceCore(x) || (begun ??= threadBegunAbove(states))[i] === 1)) || (underHeading ??= underThreadHeading(states, context ? structureOf(context) : undefined))[i] === 1;
	};
	// Prose the model keeps: a short sentence right under it closes the article (a last
	// "HTS took Damascus on Sunday.", a credit "AFP contributed reporting."), as in jusText's
	// context pass, but only below the last block the model keeps outright: inside the article
	// the model reads its neighbours itself (three each side), and a short sentence it drops
	// there is more often a prompt or a teaser than the article's (held out by site, README).
	const keptProse = (i: number): boolean => rules[i]?.kind === 'body' && probability(i) >= model.threshold * bodyMargin;
	let lastSure: number | undefined;
	let keptProseIndices: number[] | undefined;
	const closing = (i: number): boolean => i > (lastSure ??= states.findLastIndex((state, j) => rules[j]?.kind === 'body' && !state.firm && probability(j) >= model.threshold));
	// The nearest block above `i` past up to two firm ones (a "Share" line between the last paragraph and a credit) is kept body.
	// (One function for the page, not a closure made for every block: it is asked of few.)
	const closesKept = (i: number): boolean => {
		for (let j = i - 1, skipped = 0; j >= 0 && skipped <= 2; j--, skipped++) {
			if (!states[j].firm) {
				return keptProse(j);
			}
		}

		return false;
	};
	states.forEach((state, i) => {
		const rule = rules[i];

		if (state.firm || rule?.category === 'repeated-title') {
			return;
		}

		// Prose of the site's template: shared with another story of the same site and outside the
		// article's own text (repetition.ts). Two pieces of evidence; the model, fitted on corpora
		// whose one-site evidence it never saw apart, does not bring it back.
		if (isSiteTemplate(rule)) {
			return;
		}

		const p = probability(i);
		if (p >= model.threshold) {
			// A block of link text alone that the rules put outside the article (a menu) is not brought back.
			if (rule?.kind === 'boilerplate' && state.f.linkShare >= linkOnly) {
				return;
			}

			if (!rule || rule.kind === 'boilerplate') {
				state.final = {kind: 'body'};
			}

			return;
		}

		if (rule?.kind === 'body' && !inCommentThread(i) && ((isSentenceLike(state.f) && closing(i) && closesKept(i)) || p >= model.threshold * bodyMargin)) {
			return;
		}

		// A full sentence under the article's last kept paragraph that the rules left outside it only
		// because something firm stood between (a photo credit, a share line) or it was alone in its run:
		// with no chrome evidence (no marker, no repetition) and in the article's language and voice, it
		// closes the article (closing-sentence.ts) as a closing sentence the rules call body does.
		if (rule?.kind === 'boilerplate' && rule.reason && placeOnlyReasons.has(rule.reason) && !state.repeated && closing(i) && closesKept(i) && !inCommentThread(i) && isClosingSentence(state.f, states, (keptProseIndices ??= states.flatMap((_, j) => (keptProse(j) ? [j] : []))))) {
			state.final = {kind: 'body'};
			return;
		}

		if (rule?.kind === 'boilerplate' && rule.reason && !placeOnlyReasons.has(rule.reason)) {
			return;
		}

		if (rule?.kind === 'metadata' || rule?.kind === 'title') {
			return;
		}

		if (!reasons) {
			state.final = {kind: 'boilerplate'};
			return;
		}

		const [reason, category] = strongestEvidence(model, vectorOf(i));
		state.final = boiler(category, reason);
	});
	// The page's dated units, read by both passes below: those the thread features' structure made (they read no label
	// the decision changes), else made here once.
	const dated = context ? structureOf(context).dated : undefined;
	keepDatedEntries(states, rules, dated);
	// The items of one list are kept or dropped together: those dropped between items the decision keeps are kept (list-holes.ts).
	keepListHoles(states, rules);
	// The article's last paragraphs under a photo or a subheading, which the decision drops by their distance from its core (article-tail.ts).
	keepArticleTail(states, rules, inCommentThread);
	// A reader-comment thread found by its structure is chrome, whatever the model made of its prose (comment-thread.ts).
	const thread = commentThreadBlocks(states, dated);
	// So is the run of repeated headers and the prose they enclose right under a thread heading ("119 Comments",
	// "Leave a reply") below prose the decision keeps (underThreadHeading): a short article's thread, which
	// commentThreadBlocks leaves alone (it asks for articleAbove words of prose above, and clock times or ages).
	const headed = commentPage() ? underThreadHeading(states, context ? structureOf(context) : undefined, {isProse: keptGoodProse, isHeading: isThreadHeadingText}) : undefined;
	states.forEach((state, i) => {
		if ((thread[i] || headed?.[i] === 1) && !state.firm && state.final?.kind !== 'title') {
			state.final = reasons ? boiler('comments', 'comment: between repeated comment headers') : {kind: 'boilerplate'};
		}
	});
	// The model never empties an article the rules found text in (a one-line note, a short brief): the rules' labels stand.
	if (!states.some((state) => state.final?.kind === 'body' || state.final?.kind === 'title') && rules.some((rule) => rule?.kind === 'body' || rule?.kind === 'title')) {
		states.forEach((state, i) => {
			state.final = rules[i];
		});
	}

	return [...probabilities];
};

/**
 * The entries of a live blog or a timeline are alike (comment-thread.ts,
 * datedEntries: a recurring dated header with prose under each, no comment
 * evidence): when the decision keeps the prose of at least half of them, it
 * keeps every entry, headers included. The model reads a block's distance
 * from the article's densest paragraph, so a long run of entries loses its
 * last ones as "far from the article" though they are the same kind of
 * text. Firm chrome inside the entries ("Share") and blocks the rules named
 * as chrome stay as they are. `dated`: the page's pageDatedUnits, when the caller has them.
 */
const keepDatedEntries = (states: LineState[], rules: ReadonlyArray<LineState['final']>, dated?: DatedUnits): void => {
	for (const {start, end} of datedEntries(states, dated)) {
		const droppable = (i: number): boolean => !states[i].firm && (rules[i]?.kind === 'body' || (rules[i]?.kind === 'boilerplate' && (!rules[i]!.reason || placeOnlyReasons.has(rules[i]!.reason!))));
		let prose = 0;
		let kept = 0;
		for (let i = start; i <= end; i++) {
			if (states[i].grade === 'good' && droppable(i)) {
				prose++;
				kept += states[i].final?.kind === 'body' ? 1 : 0;
			}
		}

		if (prose === 0 || kept * 2 < prose) {
			continue;
		}

		for (let i = start; i <= end; i++) {
			if (droppable(i) && states[i].final?.kind === 'boilerplate') {
				states[i].final = {kind: 'body'};
			}
		}
	}
};
