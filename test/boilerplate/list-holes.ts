// The items of one list are one kind of text (list-holes.ts): when the fitted decision keeps most
// items of a run of short blocks, the items it dropped between them are kept too. Held out by site,
// recipes, spec sheets and agendas lost single items ("1 Ei", "Ort: …") between kept ones.
import test from 'ava';
import {applyBlockModel, type BlockModel} from '../../source/boilerplate/block-model.js';
import {ruleStates} from '../../source/boilerplate/classify.js';
import {keepListHoles} from '../../source/boilerplate/list-holes.js';
import {story} from './stories.js';

// One stump on size.log (the log of one more than the words): blocks of two words or more are kept (p 0.95), one word not (p 0.05).
const model: BlockModel = {features: ['size.log'], bias: 0, threshold: 0.5, trees: [
	{feature: [0, -1, -1], split: [0.9, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -3, 3]},
]};

const paragraphs = story(5).split('\n\n');
const labelled = (list: string): Map<string, string | undefined> => {
	const page = `Home\nRecipes\nAbout\n\nAlmond biscuits\n\n${paragraphs[0]}\n\n${list}\n\n${paragraphs[1]}\n\n${paragraphs[2]}\n\n© 2025 Example Media. All rights reserved.`;
	const {states} = ruleStates(page);
	applyBlockModel(states, model);
	return new Map(states.map((state) => [state.f.plain, state.final?.kind]));
};

test('an item the decision drops between items of the same list it keeps is kept with its list', t => {
	const kinds = labelled('Ingredients:\n\n300 g flour\n\n200 g sugar\n\nSalt\n\n1 egg\n\n2 tsp cinnamon\n\n100 g almonds');
	t.is(kinds.get('Salt'), 'body');
	t.is(kinds.get('1 egg'), 'body');
	// The list's heading is above its first kept item: left to the decision.
	t.is(kinds.get('Ingredients:'), 'boilerplate');
});

test('a run whose items the decision mostly drops stays dropped', t => {
	const kinds = labelled('Salt\n\nSugar\n\n1 egg\n\nFlour\n\nButter\n\n2 tsp cinnamon');
	for (const item of ['Sugar', 'Flour', 'Butter']) {
		t.is(kinds.get(item), 'boilerplate', item);
	}
});

test('firm chrome and the site\'s template inside a run keep their labels', t => {
	const {states} = ruleStates(`${paragraphs[0]}\n\n300 g flour\n\n━━━━━━━━━━━━\n\n200 g sugar\n\n${paragraphs[1]}`);
	const rules = states.map((state) => state.final);
	for (const state of states) {
		if (!state.firm && state.grade !== 'good') {
			state.final = {kind: 'body'};
		}
	}

	const separator = states.findIndex((state) => state.f.plain.startsWith('━'));
	t.truthy(states[separator].firm);
	keepListHoles(states, rules);
	t.is(states[separator].final?.kind, 'boilerplate');
});

// breaker17b L6: the rule kept a whole sidebar (a blog's book list, a magazine's section menu) when the decision kept
// some of its entries. A list is the article's when it lies in the kept article, not set apart from it by chrome.
test('a list set apart from the kept article by a run of dropped blocks keeps the holes the decision left', t => {
	const gap = ['Tags', 'Travel', 'Europe', 'Rail', 'Ferries', 'Hotels'];
	const sidebar = ['Weekly specials', 'Archive', 'Contact us', 'Gift cards'];
	const {states} = ruleStates(`${paragraphs[0]}\n\n${paragraphs[1]}\n\n${gap.join('\n\n')}\n\n${paragraphs[2]}\n\n${sidebar.join('\n\n')}\n\n${paragraphs[3]}`);
	const rules = states.map((state) => state.final);
	const at = (text: string): number => states.findIndex((state) => state.f.plain === text);
	// The decision keeps the article's two paragraphs and three of the sidebar's entries; the rest is dropped.
	states.forEach((state, i) => {
		state.final = {kind: i <= at(paragraphs[1]) || (sidebar.includes(state.f.plain) && state.f.plain !== 'Archive') ? 'body' : 'boilerplate'};
	});
	keepListHoles(states, rules);
	t.is(states[at('Archive')].final?.kind, 'boilerplate');
});

test('a list inside the kept article keeps the holes filled', t => {
	const list = ['300 g flour', 'Salt', '2 eggs', '1 tsp cinnamon'];
	const {states} = ruleStates(`${paragraphs[0]}\n\n${list.join('\n\n')}\n\n${paragraphs[1]}\n\n${paragraphs[2]}`);
	const rules = states.map((state) => state.final);
	states.forEach((state) => {
		state.final = {kind: state.f.plain === 'Salt' ? 'boilerplate' : 'body'};
	});
	keepListHoles(states, rules);
	t.is(states[states.findIndex((state) => state.f.plain === 'Salt')].final?.kind, 'body');
});
