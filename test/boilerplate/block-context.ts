import test from 'ava';
import fc from 'fast-check';
import {contextFrame, contextNames, contextVector} from '../../source/boilerplate/block-context.js';
import {applyBlockModel, type BlockModel} from '../../source/boilerplate/block-model.js';
import {ruleStates} from '../../source/boilerplate/classify.js';
import {buildCorpusEvidence} from '../../source/boilerplate/corpus-evidence.js';
import {isSiteTemplate} from '../../source/boilerplate/line-state.js';
import {sitePost} from './site-posts.js';
import {story} from './stories.js';

const at = (name: string): number => contextNames.indexOf(name);
const page = `Home\nNews\nSport\n\n${story(3)}\n\nShare this article\n\nMore from the site`;

test("the window reads the neighbours' first-stage probabilities, -1 past the page's edge, and the distance to kept blocks", t => {
	const {states} = ruleStates(page);
	const first = states.map((_, i) => (i >= 3 && i <= 6 ? 0.9 : 0.1));
	const frame = contextFrame(states, first);
	const y = new Float64Array(contextNames.length);
	contextVector(frame, 0, y);
	t.is(y[at('ctx.p')], 0.1);
	t.is(y[at('ctx.p-1')], -1);
	t.is(y[at('ctx.p+3')], 0.9);
	t.is(y[at('ctx.kept-after')], Math.log1p(3));
	t.is(y[at('ctx.kept-before')], Math.log1p(20));
	t.is(y[at('ctx.kept-words-before')], 0);
	contextVector(frame, states.length - 1, y);
	t.is(y[at('ctx.max-before')], 0.9);
	t.is(y[at('ctx.p+1')], -1);
	t.is(y[at('ctx.kept-words-before')], 1);
	t.is(y[at('ctx.kept-before')], Math.log1p(states.length - 1 - 6));
});

test('the context vector is bounded and finite for any probabilities', t => {
	const {states} = ruleStates(page);
	t.notThrows(() => fc.assert(fc.property(fc.array(fc.double({min: 0, max: 1, noNaN: true}), {minLength: states.length, maxLength: states.length}), (first) => {
		const frame = contextFrame(states, first);
		return states.every((_, i) => contextVector(frame, i, new Float64Array(contextNames.length)).every((value) => Number.isFinite(value) && value >= -1 && value <= Math.log1p(20) + 3));
	})));
});

test("with a second stage, a block's decision is the second stage's: a short line between kept paragraphs is kept", t => {
	// First stage: long blocks are article text. Second stage: a block is kept when the block after it is.
	const first: BlockModel = {features: ['size.log'], bias: 0, threshold: 0.5, trees: [
		{feature: [0, -1, -1], split: [2, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -3, 3]},
	]};
	const second: BlockModel = {features: ['ctx.p+1'], bias: 0, threshold: 0.5, trees: [
		{feature: [0, -1, -1], split: [0.5, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -3, 3]},
	]};
	const text = `Home\nNews\n\n${story(1, 2)}\n\nA short heading\n\n${story(2, 2)}\n\nShare this article\n\nMore from the site`;
	const alone = ruleStates(text).states;
	applyBlockModel(alone, first);
	const heading = alone.findIndex(state => state.f.plain === 'A short heading');
	const withContext = ruleStates(text).states;
	applyBlockModel(withContext, {...first, context: second});
	t.not(alone[heading].final?.kind, 'body');
	t.is(withContext[heading].final?.kind, 'body');
	t.is(withContext.find(state => state.f.plain === 'Share this article')!.final?.kind, 'boilerplate', 'a firm label stands');
});

test('the far window and the sure blocks: means each side, the nearest sure block, the gap between kept blocks', t => {
	const {states} = ruleStates(page);
	// Sure prose at 3 and 6, a kept block at 4, a dropped one at 5.
	const first = states.map((_, i) => (i === 3 || i === 6 ? 0.9 : i === 4 ? 0.6 : 0.1));
	const frame = contextFrame(states, first);
	const y = new Float64Array(contextNames.length);
	contextVector(frame, 5, y);
	t.is(y[at('ctx.sure-before')], Math.log1p(2));
	t.is(y[at('ctx.sure-after')], Math.log1p(1));
	t.is(y[at('ctx.inside-sure')], 1);
	t.is(y[at('ctx.gap')], Math.log1p(1), 'one block between the kept blocks 4 and 6');
	t.is(y[at('ctx.far-max-before')], 0.9);
	t.is(y[at('ctx.page-max')], 0.9);
	t.is(y[at('ctx.page-kept')], Math.log1p(3));
	t.true(Math.abs(y[at('ctx.mean-before')] - (0.1 * 3 + 0.9 + 0.6) / 5) < 1e-12);
	contextVector(frame, 0, y);
	t.is(y[at('ctx.mean-before')], -1, 'nothing before the first block');
	t.is(y[at('ctx.inside-sure')], 0);
	t.is(y[at('ctx.sure-before')], Math.log1p(20));
	t.is(y[at('ctx.sure-words-before')], 0);
});

test('a second stage that passes the block\'s own vector through reads its block features after the context', t => {
	// First stage: nothing is article text. Second stage: a long block (its own size.log, passed through) is.
	const first: BlockModel = {features: ['size.log'], bias: -3, threshold: 0.5, trees: []};
	const second: BlockModel = {features: ['ctx.p', 'size.log'], bias: 0, threshold: 0.5, trees: [
		{feature: [1, -1, -1], split: [2, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -3, 3]},
	]};
	const states = ruleStates(page).states;
	applyBlockModel(states, {...first, context: second});
	t.is(states.find(state => state.f.size > 10)!.final?.kind, 'body');
	t.not(states.find(state => state.f.plain === 'More from the site')!.final?.kind, 'body');
});

test("a block of the site's template reads as chrome in the window: a heading above a sponsor blurb the first stage takes for prose is not kept for it", t => {
	// First stage: long blocks are article text (a blurb of two sentences too). Second stage: a block is kept when the block after it is.
	const first: BlockModel = {features: ['size.log'], bias: 0, threshold: 0.5, trees: [
		{feature: [0, -1, -1], split: [2, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -3, 3]},
	]};
	const second: BlockModel = {features: ['ctx.p+1'], bias: 0, threshold: 0.5, trees: [
		{feature: [0, -1, -1], split: [0.5, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -3, 3]},
	]};
	// Two posts of one site: their shared sidebar is the site's template (repetition.ts, with the site's evidence).
	const posts = [sitePost(1), sitePost(2)];
	const evidence = buildCorpusEvidence(posts);
	const {states} = ruleStates(posts[0], evidence, undefined, evidence);
	const heading = states.findIndex(state => state.f.plain === 'Sponsor Posts');
	t.true(isSiteTemplate(states[heading + 1].final), 'the blurb under the heading is the site\'s');
	t.is(contextFrame(states, states.map(() => 0.9)).first[heading + 1], 0);
	t.is(contextFrame(states, states.map(() => 0.9)).first[heading], 0.9, 'the heading itself reads its own probability');
	applyBlockModel(states, {...first, context: second});
	t.not(states[heading].final?.kind, 'body');
	t.is(states[heading + 1].final?.kind, 'boilerplate');
	t.true(states.some(state => state.f.size > 10 && state.final?.kind === 'body'), 'the post\'s own story is kept');
});

test("a block's context vector reads the rules' labels as the frame took them: asked for after the decision relabels a block, it is the same", t => {
	const {states} = ruleStates(page);
	const first = states.map((_, i) => (i >= 3 && i <= 6 ? 0.9 : 0.1));
	const frame = contextFrame(states, first);
	const before = states.map((_, i) => contextVector(frame, i, new Float64Array(contextNames.length)));
	// The decision relabels every block (what applyBlockModel does as it goes down the page).
	for (const state of states) state.final = state.final?.kind === 'body' ? {kind: 'boilerplate'} : {kind: 'body'};
	const after = states.map((_, i) => contextVector(frame, i, new Float64Array(contextNames.length)));
	t.deepEqual(after, before);
	t.true(before.some(y => y[at('ctx.rule-body')] === 1), 'some block was body to the rules');
});

test('with a second stage, a block whose label is firm gets no probability: the second stage is asked only for the blocks the decision reads', t => {
	const first: BlockModel = {features: ['size.log'], bias: 0, threshold: 0.5, trees: [
		{feature: [0, -1, -1], split: [2, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -3, 3]},
	]};
	const second: BlockModel = {features: ['ctx.p+1'], bias: 0, threshold: 0.5, trees: [
		{feature: [0, -1, -1], split: [0.5, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -3, 3]},
	]};
	const {states} = ruleStates(page);
	const share = states.findIndex(state => state.f.plain === 'Share this article');
	t.truthy(states[share].firm, 'the share line is firm');
	const probabilities = applyBlockModel(states, {...first, context: second});
	t.true(Number.isNaN(probabilities[share]));
	t.true(probabilities.some(p => !Number.isNaN(p)), 'the other blocks have theirs');
});
