import test from 'ava';
import {blockFeatureVectors, featureNames} from '../../source/boilerplate/block-features.js';
import {applyBlockModel, blockProbability, type BlockModel} from '../../source/boilerplate/block-model.js';
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
