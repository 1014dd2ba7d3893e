import test from 'ava';
import type {AnalyzedArticle} from '../../source/corpus/article.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {groupArticles} from '../../source/groups/groups.js';
import {maxCompositeGroup, splitComposites} from '../../source/groups/composite.js';
import {groupMember} from '../../source/groups/member.js';

const flood = [
	'Flood kills 12 in Dhaka',
	'At least 12 people were killed when floodwaters swept through low-lying districts of Dhaka on Monday, officials said.',
	'The fire service said rescuers reached the worst-hit areas of the old town overnight, pulling survivors from collapsed homes.',
	'The meteorological department warned that more heavy rain was expected across the delta region for the rest of the week.',
	'Thousands of families have moved to temporary shelters set up in schools and mosques, a government spokesman said.',
];
const rail = [
	'Rail strike halts trains in France',
	'Train services across France were cancelled on Tuesday as rail workers walked out over a planned pension reform.',
	'The SNCF said only one in three high-speed trains would run, and commuter lines around Paris were badly affected.',
	'Union leaders said the strike would continue until the government withdrew its proposals, which they called unfair.',
	"The transport minister urged the unions to return to talks and said the reform was essential for the railway's future.",
];

const analyzed = (texts: Record<string, string>): AnalyzedArticle[] =>
	analyzeArticles(Object.entries(texts).map(([id, text]) => ({id, path: id, name: id, text, size: text.length, warnings: [], meta: {}})));
const groupsOf = (texts: Record<string, string>) => {
	const articles = analyzed(texts);
	const infos = groupArticles(articles);
	return Object.fromEntries(articles.map((article, index) => [article.id, infos[index]!]));
};

test('a page carrying two whole stories joins neither, and the stories are not grouped through it (breaker12 K4)', t => {
	const groups = groupsOf({
		'a_flood.txt': flood.join('\n\n'),
		'b_roundup.txt': ['News roundup', ...flood.slice(1), ...rail.slice(1)].join('\n\n'),
		'c_rail.txt': rail.join('\n\n'),
		'd_flood_copy.txt': [...flood, 'Share this story on social media.'].join('\n\n'),
	});
	t.is(groups['a_flood.txt']!.group, groups['d_flood_copy.txt']!.group);
	t.is(groups['a_flood.txt']!.groupSize, 2);
	t.is(groups['c_rail.txt']!.groupSize, 1);
	t.is(groups['b_roundup.txt']!.groupSize, 1);
	t.not(groups['a_flood.txt']!.group, groups['c_rail.txt']!.group);
});

test('an original with copies that each keep its lead stays one group, whichever parts they cut', t => {
	const groups = groupsOf({
		'original.txt': [...flood, ...rail.slice(1).map(line => line.replace('France', 'Dhaka'))].join('\n\n'),
		'first.txt': flood.slice(0, 3).join('\n\n'),
		'lead-and-end.txt': [...flood.slice(0, 2), ...rail.slice(3).map(line => line.replace('France', 'Dhaka'))].join('\n\n'),
	});
	t.is(groups['original.txt']!.groupSize, 3);
	t.is(groups['first.txt']!.group, groups['lead-and-end.txt']!.group);
});

test('splitComposites leaves small and large groups whole', t => {
	const members = analyzed({a: flood.join(' '), b: rail.join(' ')}).map(groupMember);
	t.deepEqual(splitComposites([0, 1], members), [[0, 1]]);
	const many = Array.from({length: maxCompositeGroup + 1}, (_, index) => index % 2);
	t.deepEqual(splitComposites(many, members), [many]);
});
