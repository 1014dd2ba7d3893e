// The guard that keeps a short sentence next to the prose the model keeps reads
// only the article's closing lines (block-model.ts, applyBlockModel): held out by
// site it cost F1 when it also kept short sentences between kept paragraphs,
// where the model reads its neighbours itself.
import test from 'ava';
import {applyBlockModel, type BlockModel} from '../../source/boilerplate/block-model.js';
import {ruleStates} from '../../source/boilerplate/classify.js';
import {story} from './stories.js';

// One stump on size.log: blocks of more than six words are article text (p 0.95), shorter ones not (p 0.05).
const model: BlockModel = {features: ['size.log'], bias: 0, threshold: 0.5, trees: [
	{feature: [0, -1, -1], split: [2, 0, 0], left: [1, -1, -1], right: [2, -1, -1], value: [0, -3, 3]},
]};

const paragraphs = story(2).split('\n\n');
const page = `Home\nNews\nSport\n\n${paragraphs[0]}\n\nIt rained again.\n\n${paragraphs[1]}\n\nAFP contributed reporting.\n\n© 2025 Example Media. All rights reserved.`;

const kindOf = (line: string): string | undefined => {
	const {states} = ruleStates(page);
	applyBlockModel(states, model);
	return states.find(state => state.f.plain === line)?.final?.kind;
};

test('a short sentence under the last paragraph the model keeps closes the article and is kept', t => {
	t.is(kindOf('AFP contributed reporting.'), 'body');
});

test('a short sentence between two kept paragraphs is left to the model', t => {
	t.is(kindOf('It rained again.'), 'boilerplate');
});

// The rules leave a closing sentence outside the article when a firm line (a photo credit) stands
// between it and the last paragraph: alone in its run, it is "line outside the article".
const closingPage = (closing: string): string => `Home\nNews\nSport\n\n${paragraphs[0]}\n\n${paragraphs[1]}\n\n[image: chart]\n\n${closing}\n\nShare this article\n\n© 2025 Example Media. All rights reserved.`;
const closingKind = (closing: string): string | undefined => {
	const {states} = ruleStates(closingPage(closing));
	applyBlockModel(states, model);
	return states.find(state => state.f.plain === closing)?.final?.kind;
};

test('a full sentence under the last kept paragraph, past a photo credit, in the article\'s language and voice, closes the article though the rules left it outside', t => {
	const {states} = ruleStates(closingPage('Next week the bank meets again.'));
	t.is(states.find(state => state.f.plain === 'Next week the bank meets again.')?.final?.reason, 'line outside the article', 'the rules leave it outside');
	t.is(closingKind('Next week the bank meets again.'), 'body');
	t.is(closingKind('Decision due Thursday.'), 'body');
});

test('a line under the last kept paragraph that is no sentence of the article\'s is still left to the model', t => {
	// Not a sentence; addressed to the reader; a reader's "I" under an article that never says "I"; another language.
	for (const line of ['Next week the bank meets', 'Tell us what you think.', 'I think they got it wrong.', 'Der Rat tagt nächste Woche wieder.']) {
		t.is(closingKind(line), 'boilerplate', line);
	}
});
