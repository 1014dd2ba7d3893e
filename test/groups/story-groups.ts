import test from 'ava';
import fc from 'fast-check';
import type {AnalyzedArticle, Article} from '../../source/corpus/article.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {settleVerdicts} from '../../source/corpus/pair-verdict.js';
import {groupArticles} from '../../source/groups/groups.js';
import type {GroupInfo} from '../../source/groups/group-info.js';
import {leaversByGroup, regroupLeavers, storyGroups} from '../../source/groups/story-groups.js';

const info = (group: number, groupSize: number, original: string, relation: GroupInfo['relation'], similarity = 0.8): GroupInfo => ({group, groupSize, original, relation, similarity, estimated: true, reason: 'earliest date'});
const members = (...ids: string[]) => ids.map(id => ({id, words: 50}));

test('a member related to its original leaves the group; copies stay; groups numbered by their first member', t => {
	const groups = [info(1, 3, 'b', 'edited'), info(1, 3, 'b', 'identical', 1), info(2, 1, 'c', 'identical', 1), info(1, 3, 'b', 'related', 0.7)];
	const split = storyGroups(groups, members('a', 'b', 'c', 'd'));
	t.deepEqual(split.map(each => [each.group, each.groupSize, each.original, each.relation]), [
		[1, 2, 'b', 'edited'],
		[1, 2, 'b', 'identical'],
		[2, 1, 'c', 'identical'],
		[3, 1, 'd', 'identical'],
	]);
	t.false('estimated' in split[3]!);
	// An original left alone is a group of one, with a lone article's reason, as a group of one from the start (breaker14 P14).
	const alone = storyGroups([info(1, 2, 'a', 'identical', 1), info(1, 2, 'a', 'unrelated', 0.1)], members('a', 'b'));
	t.deepEqual(alone.map(each => [each.group, each.groupSize, each.original, each.reason]), [[1, 1, 'a', 'only member of its group'], [2, 1, 'b', 'only member of its group']]);
});

test('a group of one from the start keeps its reason when another group of the corpus loses a member (too little article text stays said)', t => {
	const lone: GroupInfo = {group: 2, groupSize: 1, original: 'c', relation: 'identical', similarity: 1, reason: 'too little article text to compare'};
	const split = storyGroups([info(1, 2, 'a', 'identical', 1), info(1, 2, 'a', 'related', 0.1), lone], members('a', 'b', 'c'));
	t.is(split[2]!.reason, 'too little article text to compare');
	t.is(split[1]!.reason, 'only member of its group');
});

test('every group it returns holds copies of its original only, and the groups are a partition numbered 1…n', t => {
	const relations = ['identical', 'verbatim', 'edited', 'rewritten', 'related', 'unrelated'] as const;
	fc.assert(
		fc.property(fc.array(fc.tuple(fc.nat(3), fc.constantFrom(...relations)), {minLength: 1, maxLength: 12}), rows => {
			// Groups numbered by their first member, as grouping numbers them; a group's original is its first member.
			const firstOf = new Map<number, number>();
			rows.forEach(([group], index) => firstOf.has(group) || firstOf.set(group, index));
			const numberOf = new Map([...firstOf.keys()].map((group, at) => [group, at + 1]));
			const ids = rows.map((_, index) => `a${index}`);
			const groups = rows.map(([group, relation], index) => info(numberOf.get(group)!, rows.filter(([other]) => other === group).length, ids[firstOf.get(group)!]!, firstOf.get(group) === index ? 'identical' : relation));
			const split = storyGroups(groups, ids.map(id => ({id, words: 5})));
			for (const each of split) t.true(['identical', 'verbatim', 'edited', 'rewritten'].includes(each.relation));
			const numbers = [...new Set(split.map(each => each.group))].sort((a, b) => a - b);
			t.deepEqual(numbers, numbers.map((_, at) => at + 1));
			for (const each of split) t.is(each.groupSize, split.filter(other => other.group === each.group).length);
		}),
	);
});

const earnings = (company: string, day: string, revenue: string, growth: string, income: string, eps: string, chief: string, shares: string) =>
	`${company} reported quarterly revenue of $${revenue} billion on ${day}, up ${growth}% from a year earlier. Net income rose to $${income} million, or $${eps} per share. The company said demand for its cloud services remained strong. Chief executive ${chief} said the results reflected disciplined execution. Shares of ${company.split(' ')[0]} rose ${shares}% in after-hours trading.`;
const source = (name: string, text: string): Article => ({id: name, path: name, name, text, size: text.length, warnings: [], meta: {}});

test('stories from one template (other company, chief, day and every figure) are different stories: no group in list', async t => {
	const texts = [
		earnings('Acme Corp', 'Tuesday', '2.1', '4', '361', '0.56', 'John Smith', '8'),
		earnings('Globex Inc', 'Wednesday', '4.8', '14', '314', '0.51', 'Mary Jones', '1'),
		earnings('Initech', 'Thursday', '8.1', '12', '287', '0.44', 'Peter Gibbons', '3'),
		earnings('Umbrella plc', 'Monday', '6.6', '10', '452', '0.71', 'Alice Abernathy', '5'),
	];
	const articles = analyzeArticles(texts.map((text, index) => source(`e${index}.txt`, text))) as AnalyzedArticle[];
	// With diff's verdicts (list): the fingerprints link them, the verdicts say related.
	t.true(groupArticles(articles).some(each => each.groupSize > 1));
	const settled = await settleVerdicts(articles, groupArticles(articles));
	t.deepEqual(settled.map(each => each.groupSize), [1, 1, 1, 1]);
	t.deepEqual(settled.map(each => each.group), [1, 2, 3, 4]);
	// Copies of one story stay a group.
	const copies = analyzeArticles([texts[0]!, texts[0]!.replace('$361 million', '$316 million'), texts[0]!.replace('disciplined execution', 'careful execution')].map((text, index) => source(`f${index}.txt`, text))) as AnalyzedArticle[];
	t.deepEqual((await settleVerdicts(copies, groupArticles(copies))).map(each => each.groupSize), [3, 3, 3]);
});

test('copies a verdict sends out of a template group are grouped again among themselves: a copy of the second report stays its copy', async t => {
	const texts = [
		earnings('Acme Corp', 'Tuesday', '2.1', '4', '361', '0.56', 'John Smith', '8'),
		earnings('Globex Inc', 'Wednesday', '4.8', '14', '314', '0.51', 'Mary Jones', '1'),
		earnings('Initech', 'Thursday', '8.1', '12', '287', '0.44', 'Peter Gibbons', '3'),
	];
	const dated = (name: string, text: string, date: string): Article => ({...source(name, text), meta: {date}});
	const articles = analyzeArticles([
		dated('acme.txt', texts[0]!, '2024-03-05'),
		dated('globex.txt', texts[1]!, '2024-03-06'),
		dated('initech.txt', texts[2]!, '2024-03-07'),
		dated('globex-copy.txt', `${texts[1]!}\n\nShare this article`, '2024-03-12'),
	]);
	const estimated = groupArticles(articles);
	// The fingerprints make one group of the four, the earliest (Acme) its original.
	t.true(estimated.every(each => each.groupSize === 4 && each.original === 'acme.txt'), JSON.stringify(estimated));
	const settled = await settleVerdicts(articles, estimated);
	t.deepEqual(settled.map(each => [each.group, each.groupSize, each.original]), [
		[1, 1, 'acme.txt'],
		[2, 2, 'globex.txt'],
		[3, 1, 'initech.txt'],
		[2, 2, 'globex.txt'],
	]);
	// Its relation is diff's on the pair (the share links are boilerplate: nothing of the story changed), but the dates the
	// sources give differ and the texts date neither: a changed dateline, so word for word the same, not identical (breaker11 J18).
	t.deepEqual([settled[3]!.relation, settled[3]!.similarity], ['verbatim', 1]);
	t.falsy(settled[3]!.estimated);
	t.regex(settled[1]!.reason!, /earliest date \(2024-03-06\)/);
});

test('regroupLeavers: the groups found among a group\'s leavers take their place, every group numbered again by its first member', t => {
	const groups = [info(1, 1, 'a', 'identical', 1), info(2, 1, 'b', 'identical', 1), info(3, 1, 'c', 'identical', 1), info(4, 1, 'd', 'identical', 1)];
	const before = [info(1, 4, 'a', 'identical', 1), info(1, 4, 'a', 'related'), info(1, 4, 'a', 'related'), info(1, 4, 'a', 'related')];
	const lists = leaversByGroup(before, groups, members('a', 'b', 'c', 'd'));
	t.deepEqual(lists, [[1, 2, 3]]);
	const regrouped = regroupLeavers(groups, lists, list => list.map(index => (index === 2 ? info(2, 1, 'c', 'identical', 1) : info(1, 2, 'b', index === 1 ? 'identical' : 'edited'))), members('a', 'b', 'c', 'd'));
	t.deepEqual(regrouped.map(each => [each.group, each.original, each.relation]), [
		[1, 'a', 'identical'],
		[2, 'b', 'identical'],
		[3, 'c', 'identical'],
		[2, 'b', 'edited'],
	]);
});
