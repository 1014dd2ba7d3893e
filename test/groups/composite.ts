import test from 'ava';
import fc from 'fast-check';
import type {AnalyzedArticle} from '../../source/corpus/article.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {maxCompositeGroup, splitComposites} from '../../source/groups/composite.js';
import {groupArticles} from '../../source/groups/groups.js';
import {groupMember, type GroupMember} from '../../source/groups/member.js';

const flood = [
	'Flood waters rose across northern Italy on Tuesday, forcing 3,000 people from their homes in the Po valley.',
	'Civil protection officials said the river reached its highest level in 20 years near the town of Piacenza.',
	'Rescue teams used boats to reach elderly residents trapped on upper floors.',
	'The regional president, Stefano Bonaccini, asked the government in Rome to declare a state of emergency.',
	'Meteorologists warned that more rain was expected through the weekend, with up to 150 millimetres forecast in the hills.',
	'Schools in 40 towns will remain closed on Wednesday.',
	'Farmers said thousands of hectares of crops had been destroyed, and the agricultural association Coldiretti estimated the damage at 200 million euros.',
];
const rates = [
	'The central bank of Brazil raised its benchmark interest rate by half a percentage point on Wednesday, to 11.25 percent, citing stubborn inflation.',
	'It was the second increase in a row.',
	'Policymakers said in a statement that the labour market remained tight and that food prices had risen faster than expected.',
	'Economists polled by Reuters had forecast the move.',
	'Finance Minister Fernando Haddad said the government would present new spending cuts next month to ease pressure on prices.',
	'The real strengthened 0.8 percent against the dollar after the decision.',
	'Analysts expect one more increase before the end of the year.',
];

const analyzed = (texts: Record<string, string>): AnalyzedArticle[] =>
	analyzeArticles(Object.entries(texts).map(([id, text]) => ({id, path: id, name: id, text, size: text.length, warnings: [], meta: {}})));
const groupsOf = (texts: Record<string, string>) => {
	const articles = analyzed(texts);
	const infos = groupArticles(articles);
	return Object.fromEntries(articles.map((article, index) => [article.id, infos[index]!]));
};
const twoStories = (teaser: number) => ({
	'a1.txt': flood.join(' '),
	'a2.txt': flood.join(' ').replace('3,000', 'about 3,000'),
	'apb.txt': `${flood.join(' ')}\n\nRelated: ${rates.slice(0, teaser).join(' ')}`,
	'b1.txt': rates.join(' '),
	'b2.txt': rates.join(' ').replace('on Wednesday', 'on Wednesday evening'),
});

test('a copy of one story with a teaser of another stays with its story, and the other story is not joined to it (breaker12b L7)', t => {
	for (const teaser of [1, 2, 3]) {
		const groups = groupsOf(twoStories(teaser));
		t.is(groups['apb.txt']!.group, groups['a1.txt']!.group, `teaser of ${teaser}`);
		t.is(groups['a1.txt']!.groupSize, 3, `teaser of ${teaser}`);
		t.is(groups['b1.txt']!.group, groups['b2.txt']!.group, `teaser of ${teaser}`);
		t.is(groups['b1.txt']!.groupSize, 2, `teaser of ${teaser}`);
	}
});

test('an original whose copies each keep a different part of it stays one group', t => {
	const groups = groupsOf({
		'original.txt': [...flood, ...rates.map(line => line.replace('Brazil', 'Italy'))].join('\n\n'),
		'first.txt': flood.slice(0, 6).join('\n\n'),
		'lead-and-end.txt': [...flood.slice(0, 2), ...rates.slice(4).map(line => line.replace('Brazil', 'Italy'))].join('\n\n'),
	});
	t.is(groups['original.txt']!.groupSize, 3);
	t.is(groups['first.txt']!.group, groups['lead-and-end.txt']!.group);
});

/** A member whose kept-text shingles are the hashes in the given ranges (splitComposites reads the shingles alone). */
const member = (...ranges: Array<[number, number]>): GroupMember => {
	const hashes = ranges.flatMap(([from, to]) => Array.from({length: to - from}, (_, k) => from + k));
	return {print: {shingles: Uint32Array.from(hashes.sort((a, b) => a - b))}} as unknown as GroupMember;
};

test('a chain of copies whose ends share nothing is no composite: a copy updated at both ends (review12 R9)', t => {
	const members = [member([0, 20]), member([10, 30]), member([18, 40])];
	t.deepEqual(splitComposites([0, 1, 2], members), [[0, 1, 2]]);
});

test('a spun copy between two others keeps phrases of its own: no composite', t => {
	// Its phrases held by either neighbour: 30 % and 10 %, the rest its own.
	const members = [member([0, 30]), member([0, 30], [100, 110], [200, 260]), member([100, 130])];
	t.deepEqual(splitComposites([0, 1, 2], members), [[0, 1, 2]]);
});

test('a page made of one story and a piece of another is cut from the other; a page of two even halves is left whole', t => {
	const story = member([0, 80]);
	const copy = member([0, 80]);
	const other = member([500, 600]);
	const page = member([0, 80], [500, 520]);
	t.deepEqual(splitComposites([0, 1, 2, 3], [story, copy, page, other]), [[0, 1, 2], [3]]);
	const halves = member([0, 80], [500, 580]);
	t.deepEqual(splitComposites([0, 1, 2, 3], [story, copy, halves, other]), [[0, 1, 2, 3]]);
});

test('splitComposites leaves small and large groups whole', t => {
	const members = analyzed({a: flood.join(' '), b: rates.join(' ')}).map(groupMember);
	t.deepEqual(splitComposites([0, 1], members), [[0, 1]]);
	const many = Array.from({length: maxCompositeGroup + 1}, (_, index) => index % 2);
	t.deepEqual(splitComposites(many, members), [many]);
});

test('splitComposites returns a partition of its group, each part in corpus order', t => {
	const range = fc.tuple(fc.nat(60), fc.integer({min: 1, max: 40})).map(([from, length]): [number, number] => [from, from + length]);
	fc.assert(
		fc.property(fc.array(fc.array(range, {minLength: 1, maxLength: 3}), {minLength: 3, maxLength: 7}), spans => {
			const members = spans.map(ranges => member(...ranges.map(([from, to]): [number, number] => [from * 7, to * 7])));
			const list = members.map((_, index) => index);
			const parts = splitComposites(list, members);
			t.deepEqual(parts.flat().sort((a, b) => a - b), list);
			for (const part of parts) t.deepEqual(part, part.toSorted((a, b) => a - b));
		}),
	);
});

test('the first version of a rolling story, all of it in the next, is no passenger of it (review13 R5)', t => {
	// v1: the flash; v2: the flash and nine paragraphs more; v3: v2's new paragraphs and two more, the flash dropped.
	const v1 = member([0, 30]);
	const v2 = member([0, 120]);
	const v3 = member([30, 140]);
	t.deepEqual(splitComposites([0, 1, 2], [v1, v2, v3]), [[0, 1, 2]]);
});

test('a teaser that holds a brief of the other story whole is still cut from it when the story has a longer copy (review13b S3)', t => {
	// a1, a2: story A; x: A and a teaser of B; b1: story B; b2: B's brief, its lead alone, all of it in the teaser.
	const members = [member([0, 100]), member([0, 100]), member([0, 100], [200, 212]), member([200, 300]), member([200, 213])];
	t.deepEqual(splitComposites([0, 1, 2, 3, 4], members), [[0, 1, 2], [3, 4]]);
});

test('copies of one story that each carry a teaser of another do not join the other story\'s group (breaker13b N15)', t => {
	// The teasers: the other story's headline and lead, as one paragraph or three; its first two sentences after "READ MORE".
	const headline = 'Brazil raises rates again';
	const groups = groupsOf({
		'a.txt': flood.join('\n\n'),
		'b.txt': [...flood.slice(0, 3), `Related: ${headline} — ${rates[0]}`, ...flood.slice(3)].join('\n\n'),
		'c.txt': [...flood.slice(0, 3), 'Related:', headline, rates[0], ...flood.slice(3)].join('\n\n'),
		'd.txt': [`READ MORE: ${headline}`, rates.slice(0, 2).join(' '), ...flood].join('\n\n'),
		'other.txt': [headline, ...rates].join('\n\n'),
		'other2.txt': [headline, ...rates].join('\n\n').replace('on Wednesday', 'on Wednesday evening'),
	});
	for (const name of ['b.txt', 'c.txt', 'd.txt']) t.is(groups[name]!.group, groups['a.txt']!.group, name);
	t.is(groups['other.txt']!.group, groups['other2.txt']!.group);
	t.not(groups['other.txt']!.group, groups['a.txt']!.group);
});

test('copies of an original and copies of its spun version, weakly linked both ways, are one group (review13b S4)', t => {
	const spun = [
		"Thousands fled rising rivers in Italy's north as heavy rain battered the region for a third day.",
		flood[1]!,
		'Boats were sent to rescue older people stuck in their homes, local media reported.',
		flood[3]!,
		'Forecasters expect further downpours until Sunday.',
		flood[5]!,
		"Crop losses were put at hundreds of millions of euros by a farmers' group.",
	];
	const groups = groupsOf({
		'a1.txt': flood.join('\n\n'),
		'a2.txt': flood.join('\n\n').replace('3,000', 'about 3,000'),
		'b1.txt': spun.join('\n\n'),
		'b2.txt': spun.join('\n\n').replace('third day', 'third straight day'),
	});
	t.is(groups['a1.txt']!.groupSize, 4);
	t.is(groups['b2.txt']!.group, groups['a1.txt']!.group);
});
