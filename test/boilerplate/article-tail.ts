// The article's last paragraphs, past a picture (article-tail.ts): the fitted decision reads a block's distance
// from the article's densest paragraph, and held out by site it dropped an article's last paragraph under a photo
// and its credit ("after the article") though the paragraph above it was kept.
import test from 'ava';
import {applyBlockModel, type BlockModel} from '../../source/boilerplate/block-model.js';
import {ruleStates} from '../../source/boilerplate/classify.js';

// Blocks of twelve words or more are kept (p 0.95) in the first 70% of the page and dropped (p 0.05) below it;
// shorter blocks are dropped: a decision that loses the article's last paragraphs by their place alone.
const model: BlockModel = {features: ['size.log', 'position'], bias: 0, threshold: 0.5, trees: [
	{feature: [0, -1, 1, -1, -1], split: [2.5, 0, 0.7, 0, 0], left: [1, -1, 3, -1, -1], right: [2, -1, 4, -1, -1], value: [0, -3, 0, 3, -3]},
]};

const paragraphs = [
	'The council said on Monday that the harbour plan would cost far more than the budget the minister set for the year.',
	'Workers at the ferry station said the winter storm had closed the road to the village for a whole week in January.',
	'The mayor told the court that the old bridge over the river was still safe for the train and for the school bus.',
	'Farmers in the valley said that the rent for the market hall rose again this spring after the last local election.',
	'Engineers will inspect the harbour walls again next month before the council votes on the final plan in the autumn.',
];

const labelled = (tail: string): Map<string, string | undefined> => {
	const page = `Home\n\nNews\n\nSport\n\nHarbour plan approved after a long night\n\n${paragraphs.slice(0, 4).join('\n\n')}\n\n${tail}\n\nContact\n\nImprint\n\nPrivacy\n\nJobs`;
	const {states} = ruleStates(page);
	applyBlockModel(states, model);
	return new Map(states.map((state) => [state.f.plain, state.final?.kind]));
};

test('the article\'s last paragraph under a photo, below the last paragraph the decision keeps, is kept', t => {
	const kinds = labelled(`[harbour-wa]\n\n${paragraphs[4]}`);
	t.is(kinds.get(paragraphs[3]), 'body');
	t.is(kinds.get(paragraphs[4]), 'body');
	t.not(kinds.get('[harbour-wa]'), 'body');
	t.not(kinds.get('Privacy'), 'body');
});

test('a paragraph set apart from the article by a run of dropped blocks stays dropped', t => {
	const kinds = labelled(`More news\n\nWeather\n\nTraffic\n\n${paragraphs[4]}`);
	t.is(kinds.get(paragraphs[4]), 'boilerplate');
});

test('a prompt to the reader under the article stays dropped', t => {
	const prompt = 'You can follow every story on the harbour plan, the council and the ferry station in our free app for your phone.';
	const kinds = labelled(`[harbour-wa]\n\n${prompt}`);
	t.is(kinds.get(prompt), 'boilerplate');
});

test('a reader\'s note in the first person under an article that never says "I" stays dropped', t => {
	const note = 'I walked past the harbour and the ferry station on Sunday and I think the council plan for the bridge will fail.';
	const kinds = labelled(`[harbour-wa]\n\n${note}`);
	t.is(kinds.get(note), 'boilerplate');
});

test('a paragraph on another subject under the article (an author\'s bio) stays dropped', t => {
	const bio = 'Jane Doe is a senior writer who covers science, medicine and the arts; she lives in Leeds with two cats.';
	const kinds = labelled(`[jane-doe-2]\n\n${bio}`);
	t.is(kinds.get(bio), 'boilerplate');
});

test('a question to the reader under the article stays dropped', t => {
	const question = 'Do you think the council should spend this much money on the harbour plan and on the ferry station?';
	const kinds = labelled(`[harbour-wa]\n\n${question}`);
	t.is(kinds.get(question), 'boilerplate');
});
