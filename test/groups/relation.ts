import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {groupMember} from '../../source/groups/member.js';
import {estimateRelation} from '../../source/groups/relation.js';
import {groupArticles} from '../../source/groups/groups.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {pairVerdict} from '../../source/corpus/pair-verdict.js';
import {generateCorpus} from '../../bench/generate-corpus.js';

const member = (id: string, text: string) => groupMember({id, name: id, text, meta: {}, labels: {lines: [], language: 'en', meta: {}, boilerplateShare: 0}});

const sentences = [
	'Officials said the repair crews would need several more weeks to restore the damaged cables and reopen the bridge to traffic.',
	'The storm brought winds of more than one hundred kilometres an hour to the coast on Sunday night, tearing roofs from houses.',
	'Engineers found that two of the main suspension cables had frayed where they pass over the northern tower of the bridge.',
	'Commuters were advised to use the ferry service, which will run every twenty minutes from early morning until midnight.',
	'The mayor told reporters that the city would ask the national government for emergency funds to cover the repair costs.',
	'Local shop owners near the bridge said their sales had fallen sharply since the closure began at the start of the week.',
	'A spokesperson for the transport authority said inspections of other bridges in the region would be brought forward.',
	'Residents of the island suburbs face journeys of up to two hours while the main crossing remains closed to all vehicles.',
];
const original = sentences.join('\n\n');

test('the same words with other spacing and punctuation are identical; a case change is verbatim', t => {
	t.is(estimateRelation(member('b', sentences.join('\n').replaceAll('.', ' ...')), member('a', original)).relation, 'identical');
	t.deepEqual(estimateRelation(member('b', original.toUpperCase()), member('a', original)), {relation: 'verbatim', similarity: 1});
});

test('one word changed in every sentence is edited, as the engine judges it', t => {
	const replacements: Array<[string, string]> = [['several more', 'a few more'], ['tearing', 'ripping'], ['frayed', 'worn'], ['advised', 'told'], ['emergency', 'urgent'], ['sharply', 'steeply'], ['brought forward', 'moved up'], ['up to', 'as long as']];
	const edited = sentences.map((sentence, index) => sentence.replace(...replacements[index])).join('\n\n');
	t.is(estimateRelation(member('b', edited), member('a', original)).relation, 'edited');
	t.is(compareTexts(original, edited).relation, 'edited');
});

test('a copy of half the story with the rest kept word for word is verbatim (an excerpt), as the engine judges it', t => {
	const excerpt = sentences.slice(0, 4).join('\n\n');
	t.is(estimateRelation(member('b', excerpt), member('a', original)).relation, 'verbatim');
	t.is(compareTexts(original, excerpt).relation, 'verbatim');
});

// Known weakness: words shared by chance (function words) inflate the word share, so a
// pair sharing a quarter of its sentences is estimated 'edited'. Group members share
// at least a quarter of their phrases, so this is the weak end of a group.
test.failing('a few sentences shared among new ones is related', t => {
	const other = [
		'Farmers in the valley reported an early harvest of apples and pears after a warm and dry spring this year.',
		'Prices at the weekly market fell as growers brought more fruit than the traders could sell before closing time.',
		'A cooperative of growers plans to build a cold store so that the fruit can be kept and sold later in the winter.',
		'The regional council has promised to support the project with a grant if the growers raise half of the money.',
		'Several families said the good season would let them repay loans taken out after two poor harvests in a row.',
		'Export buyers from the capital visited the orchards last week and signed contracts for next year as well.',
	];
	const mixed = [...sentences.slice(0, 2), ...other].join('\n\n');
	t.is(estimateRelation(member('b', mixed), member('a', original)).relation, 'related');
	t.is(compareTexts(original, mixed).relation, 'related');
});

test('the estimate (what list reports from 200 articles on) keeps diff\'s similarity within 0.02 on a generated corpus', t => {
	const articles = analyzeArticles(generateCorpus(80, 4).map(generated => ({id: generated.name, path: generated.name, name: generated.name, text: generated.text, size: generated.text.length, warnings: [], meta: {}})));
	const groups = groupArticles(articles);
	const byId = new Map(articles.map(article => [article.id, article]));
	let copies = 0;
	let sameRelation = 0;
	const off: string[] = [];
	for (const [index, group] of groups.entries()) {
		if (group.groupSize < 2 || group.original === articles[index]!.id) continue;
		copies++;
		const verdict = pairVerdict(byId.get(group.original)!, articles[index]!);
		if (verdict.relation === group.relation) sameRelation++;
		if (Math.abs(verdict.similarity - group.similarity) > 0.02) off.push(`${articles[index]!.id}: ${group.similarity} vs ${verdict.similarity}`);
	}

	t.true(copies >= 20, `${copies} copies`);
	t.deepEqual(off, []);
	t.true(sameRelation / copies >= 0.95, `${sameRelation} of ${copies}`);
});

test('the estimate caps a replaced year or name at edited, as diff does (breaker F17); an added name is no replacement', t => {
	const long = `${original}\n\nIn 2010 the bridge was inspected by Commander Robert Osborne, who found no faults in the cables.`;
	const year = long.replace('In 2010', 'In 2013');
	const name = long.replace('Robert Osborne', 'Paul Smith');
	t.is(estimateRelation(member('b', long), member('a', long)).relation, 'identical');
	for (const [label, copy] of [['year', year], ['name', name]] as const) {
		t.is(estimateRelation(member('b', copy), member('a', long)).relation, 'edited', label);
		t.is(pairVerdict({id: 'a', path: 'a', name: 'a', text: long, size: long.length, warnings: [], meta: {}}, {id: 'b', path: 'b', name: 'b', text: copy, size: copy.length, warnings: [], meta: {}}).relation, 'edited', `diff: ${label}`);
	}
	const added = `${long}\n\nThe report was signed by Inspector Maria Lopez of the regional transport authority office.`;
	t.not(estimateRelation(member('b', added), member('a', long)).relation, 'edited');
});

test('the estimate caps two figures swapped within a sentence at edited, as diff does (B14); paragraphs that only moved are not capped', t => {
	const long = `${original}\n\nThe ferry carried 200 passengers and 12 crew on its first crossing.\n\nRepairs will cost 45 million over 18 months.`;
	const swapped = long.replace('200 passengers and 12 crew', '12 passengers and 200 crew');
	t.is(estimateRelation(member('b', swapped), member('a', long)).relation, 'edited');
	t.is(compareTexts(long, swapped).relation, 'edited');
	const moved = `${original}\n\nRepairs will cost 45 million over 18 months.\n\nThe ferry carried 200 passengers and 12 crew on its first crossing.`;
	t.not(estimateRelation(member('b', moved), member('a', long)).relation, 'edited');
});
