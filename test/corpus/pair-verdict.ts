import test from 'ava';
import fc from 'fast-check';
import type {GroupInfo} from '../../source/corpus/article.js';
import type {Article} from '../../source/corpus/article.js';
import {comparePair, judgePairs, pairVerdict, prepareArticle, verdictPairs, withVerdicts, settleRounds, settleVerdicts} from '../../source/corpus/pair-verdict.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {articleFromHtml} from '../../source/corpus/html-article.js';
import {labelArticleWithDom} from '../../source/boilerplate/dom-evidence.js';

const info = (original: string, estimated: boolean, relation: GroupInfo['relation'] = 'edited', similarity = 0.8): GroupInfo => ({
	group: 1,
	groupSize: 3,
	original,
	relation,
	similarity,
	...(estimated ? {estimated: true as const} : {}),
});

test('the estimated copies are judged in corpus order while their words fit; a pair too large is passed over', t => {
	const articles = [
		{id: 'o', words: 100},
		{id: 'a', words: 50},
		{id: 'b', words: 400},
		{id: 'c', words: 20},
		{id: 'd', words: 10},
	];
	const groups = [info('o', false, 'identical', 1), info('o', true), info('o', true), info('o', false), info('o', true)];
	// a: 150 words (150 left of 300), b: 500 (too many: passed over), c: exact already, d: 110 (40 left).
	t.deepEqual(verdictPairs(groups, articles, 300), [
		{copy: 1, original: 0},
		{copy: 4, original: 0},
	]);
	t.deepEqual(verdictPairs(groups, articles, 0), []);
});

test('the words judged never pass the budget, and a copy left estimated did not fit when its turn came', t => {
	fc.assert(
		fc.property(fc.array(fc.record({words: fc.nat(2000), estimated: fc.boolean(), original: fc.nat(30)}), {minLength: 1, maxLength: 30}), fc.nat(20_000), (rows, budget) => {
			const articles = rows.map((row, index) => ({id: `a${index}`, words: row.words}));
			const groups = rows.map((row, index) => info(`a${Math.min(row.original, rows.length - 1)}`, row.estimated && Math.min(row.original, rows.length - 1) !== index));
			const pairs = verdictPairs(groups, articles, budget);
			const words = (copy: number) => articles[copy]!.words + articles[Number(groups[copy]!.original.slice(1))]!.words;
			let left = budget;
			let at = 0;
			for (const [index, group] of groups.entries()) {
				if (!group.estimated) continue;
				if (pairs[at]?.copy === index) {
					left -= words(index);
					at++;
				} else if (words(index) <= left) return false;
			}

			return at === pairs.length && left >= 0;
		}),
	);
	t.pass();
});

test('a verdict takes the estimate\'s place and its mark; none leaves the estimate, marked', t => {
	const groups = [info('o', false, 'identical', 1), info('o', true), info('o', true)];
	const settled = withVerdicts(groups, [{copy: 1, original: 0}, {copy: 2, original: 0}], [{relation: 'rewritten', similarity: 0.5}, undefined], ['o', 'a', 'b'].map(id => ({id, words: 10})));
	t.deepEqual(settled[1], {group: 1, groupSize: 3, original: 'o', relation: 'rewritten', similarity: 0.5});
	t.deepEqual(settled[2], groups[2]);
	t.true(groups[1]!.estimated, 'the groups given are not changed');
});

test('settled on this thread: each chosen copy gets the verdict diff gives, the pause awaited between pairs', async t => {
	const text = 'Harbour bridge closed after a storm damaged its cables on Monday night.\n\nEngineers will inspect the span this week, the council said.\n';
	const article = (id: string, body: string): Article => ({id, path: id, name: id, text: body, size: body.length, warnings: [], meta: {}});
	const articles = analyzeArticles([article('o', text), article('c', text.replace('this week', 'on Friday'))]);
	let pauses = 0;
	const settled = await settleVerdicts(articles, [info('o', false, 'identical', 1), info('o', true, 'verbatim', 0.99)], async () => {
		pauses++;
	});
	t.is(pauses, 1);
	t.falsy(settled[1]!.estimated);
	t.not(settled[1]!.similarity, 0.99);
});

test('an original judged against several copies is read and prepared once (each copy still judged as diff judges it)', t => {
	const body = 'The council approved the budget for the new bridge on Monday after a long debate.\n\nWork is to start in the spring and take two years, the mayor said.';
	const article = (id: string, text: string): Article => ({id, path: id, name: id, text, size: text.length, warnings: [], meta: {}});
	const original = article('o', `Bridge approved\n\n${body}`);
	const copies = [
		article('a', `Bridge approved\n\n${body}\n\nShare this story`),
		article('b', `Council backs bridge\n\n${body.replace('two years', 'three years')}`),
		article('c', `Bridge approved\n\n${body.replace('Monday', 'Tuesday')}`),
	];
	let reads = 0;
	const pairs = copies.map(copy => ({original: {key: 'o', read: () => (reads++, original)}, copy: () => copy}));
	const verdicts = judgePairs(pairs);
	t.is(reads, 1);
	t.deepEqual(verdicts, copies.map(copy => pairVerdict(original, copy)));
	t.deepEqual(judgePairs([{original: {key: 'gone', read: () => undefined}, copy: () => copies[0]}]), [null]);
});

// Paragraphs of like length, each its own <p>: as text, one a line, they read as wrapped at 80 columns.
const shortParagraphs = [
	'Floodwaters closed dozens of garment factories across the city on Tuesday.',
	'Thousands of workers were sent home without pay as the water kept rising.',
	'Officials promised years ago to rebuild the drainage system of the district.',
	'Forecasters expect the rain to ease on Thursday across the whole region.',
	'Workers groups urged the government to guarantee wages for the lost days.',
];

test('a page read from HTML is not reflowed: each extracted line (one paragraph) is its own block, however wrapped its lengths look', t => {
	const html = `<html><body><h1>Floods close factories</h1>${shortParagraphs.map(p => `<p>${p}</p>`).join('')}</body></html>`;
	const article = articleFromHtml(Buffer.from(html), {id: 'p.html', name: 'p.html', path: 'p.html'});
	t.true(article.dom !== undefined);
	t.deepEqual(prepareArticle(article).blocks.map(block => block.text), ['Floods close factories', ...shortParagraphs]);
	// The same text without DOM evidence (a dump) is reflowed: the paragraphs join.
	t.true(prepareArticle({...article, dom: undefined}).blocks.length < shortParagraphs.length + 1);
	// Labelled without blocks given, the HTML page's lines are judged one by one too: a
	// newsletter prompt under a paragraph is not joined to it (joined, it would be kept as article text).
	const prompt = 'Sign up for our daily newsletter';
	const withPrompt = articleFromHtml(Buffer.from(html.replace('<p>Officials', `<p>${prompt}</p><p>Officials`)), {id: 'p.html', name: 'p.html', path: 'p.html'});
	const line = labelArticleWithDom(withPrompt).lines.find(line => withPrompt.text.slice(line.span.start, line.span.end) === prompt);
	t.is(line?.kind, 'boilerplate');
});

test('a changed figure in an HTML results table is a number fact in its row, as in a tab-separated or Markdown table (breaker12 K20)', t => {
	const page = (seats: string) => articleFromHtml(Buffer.from(`<html><body><article><h1>Labour wins landslide</h1>
<p>Labour won a landslide victory in the general election on Thursday, according to official results published on Friday.</p>
<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Labour</td><td>${seats}</td></tr><tr><td>Conservative</td><td>121</td></tr></table>
<p>The prime minister conceded defeat early on Friday and said he would step down as party leader once a successor was chosen.</p>
</article></body></html>`), {id: `${seats}.html`, name: `${seats}.html`, path: `${seats}.html`});
	const {comparison} = comparePair(page('412'), page('421'));
	t.deepEqual((comparison.facts ?? []).map(fact => [fact.kind, fact.left, fact.right]), [['number', '412', '421']]);
	t.is(comparison.relation, 'edited');
});

test('a group a verdict shrinks gets its reason again from its members alone: it never names a text that left (breaker B13)', async t => {
	const members = [{id: 'o', words: 10}, {id: 'a', words: 10}, {id: 'b', words: 10}];
	const old = 'contains 71% of b; a tie with b, first in corpus order';
	const groups: GroupInfo[] = [{...info('o', false, 'identical', 1), reason: old}, {...info('o', true), reason: old}, {...info('o', true), reason: old}];
	const regrouped: number[][] = [];
	const settle = (chosen: string) => settleRounds(groups, members, {
		judge: async pairs => pairs.map(({copy}) => (copy === 1 ? {relation: 'verbatim' as const, similarity: 0.98} : {relation: 'related' as const, similarity: 0.3})),
		async regroup(lists) {
			regrouped.push(...lists.map(list => [...list]));
			return lists.map(list => list.map(() => ({group: 1, groupSize: list.length, original: chosen, relation: 'identical' as const, similarity: 1, reason: 'contains 98% of a'})));
		},
	});
	const settled = await settle('o');
	t.deepEqual(regrouped, [[0, 1]]);
	t.deepEqual(settled.map(group => [group.original, group.groupSize, group.reason]), [['o', 2, 'contains 98% of a'], ['o', 2, 'contains 98% of a'], ['b', 1, 'only member of its group']]);
	// The members alone would choose another original: the verdicts stand against this one, and no reason is said.
	const other = await settle('a');
	t.deepEqual(other.map(group => [group.original, group.reason]), [['o', undefined], ['o', undefined], ['b', 'only member of its group']]);
});
