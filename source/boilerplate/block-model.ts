import {blockFeatureVectors, featureNames, featureReasons} from './block-features.js';
import {boiler, type LineState} from './line-state.js';

/**
 * A fitted logistic regression over block features (block-features.ts):
 * P(article text) = σ(bias + Σ weights · (x − mean) / scale). Fitted by
 * `npm run train:boilerplate` (scripts/train-boilerplate.ts) on the labelled
 * dev pages; the weights are data (block-model-weights.ts). Features the
 * model does not know (a group added after it was fitted) get no weight.
 */
export type BlockModel = {
	features: readonly string[];
	mean: readonly number[];
	scale: readonly number[];
	weights: readonly number[];
	bias: number;
	/** A block is article text when its probability is at least this. */
	threshold: number;
};

/** Model weights reordered to the current feature vector, per model. */
const aligned = new WeakMap<BlockModel, {mean: Float64Array; scale: Float64Array; weights: Float64Array}>();

const alignModel = (model: BlockModel) => {
	let cached = aligned.get(model);
	if (!cached) {
		const names = featureNames();
		const at = new Map(model.features.map((name, i) => [name, i]));
		const mean = new Float64Array(names.length);
		const scale = new Float64Array(names.length).fill(1);
		const weights = new Float64Array(names.length);
		names.forEach((name, i) => {
			const j = at.get(name);
			if (j !== undefined) {
				mean[i] = model.mean[j];
				scale[i] = model.scale[j];
				weights[i] = model.weights[j];
			}
		});
		cached = {mean, scale, weights};
		aligned.set(model, cached);
	}

	return cached;
};

/** Each feature's contribution to the score of vector `x` (negative: evidence against article text). */
const contributions = (model: BlockModel, x: Float64Array): Float64Array => {
	const {mean, scale, weights} = alignModel(model);
	const out = new Float64Array(x.length);
	for (let j = 0; j < x.length; j++) {
		out[j] = (weights[j] * (x[j] - mean[j])) / scale[j];
	}

	return out;
};

/** The probability that a block is article text, from its feature vector. */
export const blockProbability = (model: BlockModel, x: Float64Array): number => {
	const {mean, scale, weights} = alignModel(model);
	let score = model.bias;
	for (let j = 0; j < x.length; j++) {
		score += (weights[j] * (x[j] - mean[j])) / scale[j];
	}

	return 1 / (1 + Math.exp(-score));
};

/** The feature that speaks most against a block and has something to say: its reason and category. */
const strongestEvidence = (model: BlockModel, x: Float64Array) => {
	const reasons = featureReasons();
	const parts = contributions(model, x);
	let best: (typeof reasons)[number];
	let lowest = 0;
	parts.forEach((part, j) => {
		if (part < lowest && reasons[j]) {
			lowest = part;
			best = reasons[j];
		}
	});
	return best ?? (['outside the article', 'navigation'] as const);
};

/** Reasons too generic to name a block's category: the model's strongest evidence names it instead. */
const genericReasons = new Set(['line outside the article', 'short line outside the article']);

/**
 * The fitted decision: every block the rules left as body or boilerplate is
 * kept or dropped by the model's probability. A dropped block keeps the
 * category and reason the rules gave it when they named one (a marker, a
 * headline list, repetition); otherwise its reason is the model's strongest
 * evidence against it. Titles and metadata keep their kind.
 */
export const applyBlockModel = (states: LineState[], model: BlockModel, vectors = blockFeatureVectors(states)): number[] =>
	states.map((state, i) => {
		const p = blockProbability(model, vectors[i]);
		const rule = state.final;
		if (p >= model.threshold) {
			if (!rule || rule.kind === 'boilerplate') {
				state.final = {kind: 'body'};
			}

			return p;
		}

		if (rule?.kind === 'boilerplate' && rule.reason && !genericReasons.has(rule.reason)) {
			return p;
		}

		if (rule?.kind === 'metadata' || rule?.kind === 'title') {
			return p;
		}

		const [reason, category] = strongestEvidence(model, vectors[i]);
		state.final = boiler(category, reason);
		return p;
	});
