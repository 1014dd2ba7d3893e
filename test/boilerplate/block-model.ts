import test from 'ava';
import fc from 'fast-check';
import {blockFeatureVectors, featureNames} from '../../source/boilerplate/block-features.js';
import {applyBlockModel, blockProbability, type BlockModel, type RegressionTree} from '../../source/boilerplate/block-model.js';
import {ruleStates} from '../../source/boilerplate/classify.js';
import {fittedBlockModel} from '../../source/boilerplate/block-model-weights.js';
import {story} from './stories.js';

const names = featureNames();
const page = `Home\nNews\nSport\n\n${story(3)}\n\nShare this article\n\n© 2025 Example Media. All rights reserved.`;

test('the fitted weights name features the vector has, and give a probability for every block', t => {
	const known = new Set(names);
	t.true(fittedBlockModel.features.length > 0);
	t.true(fittedBlockModel.features.every(name => known.has(name)));
	const {states} = ruleStates(page);
	for (const x of blockFeatureVectors(states)) {
		const p = blockProbability(fittedBlockModel, x);
		t.true(p >= 0 && p <= 1);
	}
});

test('a tree model reads features by name: one it does not know is ignored, one the vector lacks reads as 0', t => {
	const at = names.indexOf('size.log');
	// One stump on size.log: long blocks are article text.
	const model: BlockModel = {features: ['size.log', 'from.the.future'], bias: 0, threshold: 0.5, trees: [
		{feature: [0, -1, -1], split: [2, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -3, 3]},
		{feature: [1, -1, -1], split: [0.5, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, 0, 100]},
	]};
	const x = new Float64Array(names.length);
	x[at] = 3;
	t.true(blockProbability(model, x) > 0.9);
	x[at] = 1;
	t.true(blockProbability(model, x) < 0.1);
});

test("a dropped block without a named rule reason gets the model's strongest evidence as its reason", t => {
	const {states} = ruleStates(page);
	const model: BlockModel = {features: ['size.log'], bias: 0, threshold: 0.5, trees: [
		{feature: [0, -1, -1], split: [2, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -3, 3]},
	]};
	applyBlockModel(states, model);
	const sport = states.find(state => state.f.plain === 'Sport')!;
	t.is(sport.final?.kind, 'boilerplate');
	t.is(sport.final?.reason, 'few words');
	t.is(states.find(state => state.f.size > 10)!.final?.kind, 'body');
});

/** A random regression tree over `features` model features, up to `depth` deep, as flat arrays (the committed format). */
const randomTree = (features: number, depth: number) => fc.letrec<{node: Node}>((tie) => ({
	node: fc.oneof(
		{depthSize: 'small', withCrossShrink: true},
		fc.record({value: fc.double({min: -2, max: 2, noNaN: true})}),
		fc.record({feature: fc.nat(features - 1), split: fc.constantFrom(-1, 0, 0.5, 1, 2), left: tie('node'), right: tie('node'), value: fc.double({min: -2, max: 2, noNaN: true})}),
	),
})).node.filter((node) => nodeDepth(node) <= depth).map((root) => {
	const tree: RegressionTree = {feature: [], split: [], left: [], right: [], value: []};
	const add = (node: Node): number => {
		const at = tree.feature.length;
		tree.feature.push(-1);
		tree.split.push(0);
		tree.left.push(-1);
		tree.right.push(-1);
		tree.value.push(node.value);
		if ('feature' in node) {
			tree.feature[at] = node.feature;
			tree.split[at] = node.split;
			tree.left[at] = add(node.left);
			tree.right[at] = add(node.right);
		}

		return at;
	};

	add(root);
	return tree;
});

/** A complete regression tree four deep (15 splits, 16 leaves) over `features` model features, as flat arrays. */
const fullTree = (features: number) => fc.record({
	feature: fc.array(fc.nat(features - 1), {minLength: 15, maxLength: 15}),
	split: fc.array(fc.constantFrom(-1, 0, 0.5, 1, 2), {minLength: 15, maxLength: 15}),
	value: fc.array(fc.double({min: -2, max: 2, noNaN: true}), {minLength: 31, maxLength: 31}),
}).map(({feature, split, value}): RegressionTree => ({
	// Node k's children are 2k+1 and 2k+2; nodes 15..30 are leaves.
	feature: [...feature, ...Array.from({length: 16}, () => -1)],
	split: [...split, ...Array.from({length: 16}, () => 0)],
	left: Array.from({length: 31}, (_, k) => (k < 15 ? 2 * k + 1 : -1)),
	right: Array.from({length: 31}, (_, k) => (k < 15 ? 2 * k + 2 : -1)),
	value,
}));

type Node = {value: number} | {feature: number; split: number; left: Node; right: Node; value: number};
const nodeDepth = (node: Node): number => ('feature' in node ? 1 + Math.max(nodeDepth(node.left), nodeDepth(node.right)) : 0);

/** The trees walked as written, their sum added to the bias: the definition the fast evaluation must agree with. */
const walkedLogOdds = (model: BlockModel, x: Float64Array): number => {
	let score = 0;
	for (const tree of model.trees!) {
		let node = 0;
		while (tree.feature[node] !== -1) {
			const column = names.indexOf(model.features[tree.feature[node]]);
			node = (column === -1 ? 0 : x[column]) <= tree.split[node] ? tree.left[node] : tree.right[node];
		}

		score += tree.value[node];
	}

	return model.bias + score;
};

/** The model's features in these properties: three the vector has, one it lacks (read 0). */
const propertyFeatures = ['size.log', 'stopwords', 'links', 'from.the.future'];
const propertyColumns = propertyFeatures.map((name) => names.indexOf(name));
const propertyValues = fc.array(fc.constantFrom(-1, 0, 0.25, 0.5, 1, 2, 3, Number.NaN), {minLength: 3, maxLength: 3});

/** Whether the fast evaluation of `trees` on `values` is exactly the probability of walking them as written. */
const agreesWithWalk = (trees: RegressionTree[], values: number[]): boolean => {
	const model: BlockModel = {features: propertyFeatures, bias: 0.1, threshold: 0.5, trees};
	const x = new Float64Array(names.length);
	values.forEach((value, k) => {
		x[propertyColumns[k]] = value;
	});
	return Object.is(blockProbability(model, x), 1 / (1 + Math.exp(-walkedLogOdds(model, x))));
};

test('the fast tree evaluation gives exactly the probability of walking the trees as written (features the vector lacks read 0)', t => {
	fc.assert(fc.property(fc.array(randomTree(propertyFeatures.length, 5), {minLength: 1, maxLength: 6}), propertyValues, agreesWithWalk), {numRuns: 300});
	t.pass();
});

test('trees four deep (the fitted model\'s depth, walked by a written-out loop) give exactly the probability of walking them as written', t => {
	const trees = fc.array(randomTree(propertyFeatures.length, 4), {minLength: 0, maxLength: 6}).chain((some) => fullTree(propertyFeatures.length).map((full) => [...some, full]));
	fc.assert(fc.property(trees, propertyValues, agreesWithWalk), {numRuns: 300});
	t.pass();
});
