import test from 'ava';
import {goldText, scoreGroups, withoutSiteGrams, wordTrigrams, type ListRow, type Sides} from '../../bench/eval/groups.js';

const story = (subject: string) =>
	`The council of ${subject} voted on Monday to close the old library after a long debate about its costs, and the mayor said the building would be sold to a developer before the end of next year.`;
const other = 'Rain fell across the northern valleys for a third day on Tuesday, and farmers said the late harvest of apples and pears was now at risk in several districts near the river.';

const sides = (texts: Record<string, string>): Map<string, Sides> =>
	new Map(Object.entries(texts).map(([stem, text]) => [stem, {gold: wordTrigrams(text), page: wordTrigrams(text)}]));
const row = (stem: string, group: number, original: string): ListRow => ({path: `/d/${stem}.txt`, group, original: `/d/${original}.txt`, relation: stem === original ? null : 'verbatim', similarity: null});
const stemOf = (file: string) => file.replace(/^.*\/|\.txt$/g, '');

test('a listed copy of another story is no true copy, and a true pair left in two groups is missed', t => {
	const texts = {a: story('Lakeside'), b: `${story('Lakeside')} A spokesman declined to comment.`, c: other, d: story('Lakeside')};
	// b is a's copy (listed); c is listed as a's copy but is another story; d is a's copy left alone.
	const score = scoreGroups([row('a', 1, 'a'), row('b', 1, 'a'), row('c', 1, 'a'), row('d', 2, 'd')], sides(texts), stemOf);
	t.is(score.listed.length, 2);
	t.is(score.trueCopies, 1);
	t.deepEqual(score.goldPairs, ['a b', 'a d', 'b d']);
	t.deepEqual(score.foundPairs, ['a b']);
});

test('a byline and a date shared by two short texts make no true copy (fewer than ten 3-grams shared)', t => {
	const texts = {a: 'Vacations by Jane Writer on July 21, 2012', b: `by Jane Writer on July 21, 2012 ${other}`};
	const score = scoreGroups([row('a', 1, 'a'), row('b', 1, 'a')], sides(texts), stemOf);
	t.is(score.trueCopies, 0);
	t.deepEqual(score.goldPairs, []);
});

test('a gold file written as UTF-16LE behind a mangled byte-order mark is read as its text', t => {
	const bytes = Buffer.concat([Buffer.from([0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd]), Buffer.from('Forgiving your enemies\r\n', 'utf16le')]);
	t.is(goldText(bytes), 'Forgiving your enemies\r\n');
	t.is(goldText(Buffer.from('plain text')), 'plain text');
});

test("a notice in three articles' gold is the site's: aside, two posts sharing it are no true copy", t => {
	const notice = 'Please keep your comments relevant to the topic and do not share any personal details with other fans here.';
	const texts = {a: `Rain fell on the valley. ${notice}`, b: `The team won its match. ${notice}`, c: `A new bridge opened today. ${notice}`};
	const rows = [row('a', 1, 'a'), row('b', 1, 'a'), row('c', 2, 'c')];
	t.is(scoreGroups(rows, sides(texts), stemOf).trueCopies, 1);
	const own = scoreGroups(rows, withoutSiteGrams(sides(texts)), stemOf);
	t.is(own.trueCopies, 0);
	t.deepEqual(own.goldPairs, []);
});
