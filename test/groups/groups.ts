import test from 'ava';
import {fileURLToPath} from 'node:url';
import type {AnalyzedArticle} from '../../source/corpus/article.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {loadCorpus} from '../../source/corpus/load.js';
import {groupArticles, tooLittleTextReason} from '../../source/groups/groups.js';

const families = fileURLToPath(new URL('../fixtures/corpus/families/', import.meta.url));

const byName = (articles: readonly AnalyzedArticle[], infos: ReturnType<typeof groupArticles>) =>
	Object.fromEntries(articles.map((article, index) => [article.name, infos[index]]));

test('copies join their original; a same-subject article and an unrelated one stay apart', async t => {
	const {articles} = await loadCorpus([families]);
	const analyzed = analyzeArticles(articles);
	const groups = byName(analyzed, groupArticles(analyzed));
	const family = ['a-original.md', 'b-scraped-copy.txt', 'c-spun-copy.txt', 'f-exact-copy.txt'];
	for (const name of family) {
		t.is(groups[name].group, 1, name);
		t.is(groups[name].groupSize, 4, name);
		t.is(groups[name].original, 'a-original.md', name);
	}

	t.is(groups['d-same-subject.txt'].groupSize, 1);
	t.is(groups['e-unrelated.txt'].groupSize, 1);
	t.not(groups['d-same-subject.txt'].group, groups['e-unrelated.txt'].group);
	// Numbered in corpus order of their first member.
	t.deepEqual(analyzed.map(article => groups[article.name].group), [1, 1, 1, 2, 3, 1]);
	t.is(groups['a-original.md'].relation, 'identical');
	t.is(groups['a-original.md'].similarity, 1);
	// The engine finds no change once boilerplate is left out (Markdown marks are not words).
	t.is(groups['b-scraped-copy.txt'].relation, 'identical');
	t.is(groups['f-exact-copy.txt'].relation, 'identical');
	t.true(['edited', 'rewritten'].includes(groups['c-spun-copy.txt'].relation));
	t.true(groups['c-spun-copy.txt'].similarity > 0.7 && groups['c-spun-copy.txt'].similarity < 0.97);
	// The scraped copies hold the same body: the one without chrome is the original, and the reason says why.
	t.regex(groups['a-original.md'].reason!, /^contains 100% of (b-scraped-copy|f-exact-copy)\.txt; .+ adds /);
	// Singletons are their own original.
	t.is(groups['e-unrelated.txt'].original, 'e-unrelated.txt');
	t.is(groups['e-unrelated.txt'].relation, 'identical');
});

const article = (id: string, text: string, extra: Partial<AnalyzedArticle> = {}): AnalyzedArticle => ({
	id,
	path: id,
	name: id,
	text,
	size: text.length,
	warnings: [],
	meta: {},
	title: id,
	words: 0,
	labels: {lines: [], language: 'und', meta: {}, boilerplateShare: 0},
	...extra,
});

const vocabulary = 'river council market school harbour bridge mayor storm ferry police minister budget election court judge union strike hospital doctor nurse teacher student farmer harvest price tax bank loan fire flood road train station airport museum library park festival concert team match player coach season record village city region border army navy treaty summit talks report study survey data energy oil gas wind solar water drought crop forest island coast mountain valley'.split(' ');

/** Pseudo-random prose: sentences of words drawn from a vocabulary, deterministic per seed. */
const story = (seed: number, sentences = 30): string => {
	let state = seed * 7919 + 17;
	const next = () => {
		state = (Math.imul(state, 1103515245) + 12345) >>> 0;
		return state >>> 8;
	};

	return Array.from({length: sentences}, () => {
		const words = Array.from({length: 8 + (next() % 8)}, () => vocabulary[next() % vocabulary.length]);
		return `${words.join(' ')}.`;
	}).join(' ');
};

test('earliest date wins when most members are dated', t => {
	const text = story(1);
	const articles = [
		article('a', text, {meta: {date: '2024-05-03'}}),
		article('b', `${text} Extra closing line here for the copy.`, {meta: {date: '2024-05-01T10:00:00Z'}}),
		article('c', text),
	];
	const infos = groupArticles(articles);
	t.is(infos[0].original, 'b');
	t.is(infos[0].reason, 'earliest date (2024-05-01)');
});

test('the copy that contains the others is the original (a summary is not)', t => {
	const full = story(7, 40);
	const summary = full.split('. ').slice(0, 15).join('. ');
	const infos = groupArticles([article('summary', summary), article('full', full)]);
	t.is(infos[0].group, infos[1].group);
	t.is(infos[0].original, 'full');
	t.regex(infos[1].reason!, /^contains 100% of summary/);
});

test('empty and one-word texts are singletons, identical short texts group', t => {
	const infos = groupArticles([article('e1', ''), article('e2', ''), article('w1', 'Hello'), article('w2', 'hello!'), article('w3', 'other')]);
	t.is(infos[0].groupSize, 1);
	t.is(infos[1].groupSize, 1);
	t.is(infos[2].group, infos[3].group);
	t.is(infos[3].relation, 'verbatim');
	t.is(infos[4].groupSize, 1);
});

test('an empty article is numbered after every group with words, never #1 ahead of a real story', t => {
	const text = story(6);
	const infos = groupArticles([article('a-empty', ''), article('b', text), article('c', `${text} One more closing sentence here.`), article('d', story(7))]);
	t.deepEqual(infos.map(info => info.group), [3, 1, 1, 2]);
});

test('many unrelated articles stay singletons; many copies of one story form one group', t => {
	const articles = [
		...Array.from({length: 300}, (_, i) => article(`u${String(i).padStart(3, '0')}`, story(i + 100))),
		...Array.from({length: 120}, (_, i) => article(`c${String(i).padStart(3, '0')}`, `${story(5)} Copy ${i} adds its own closing words about nothing at all.`)),
	];
	const infos = groupArticles(articles);
	const sizes = new Set(infos.slice(0, 300).map(info => info.groupSize));
	t.deepEqual([...sizes], [1]);
	t.deepEqual(new Set(infos.slice(300).map(info => info.group)).size, 1);
	t.is(infos[300].groupSize, 120);
});

test('CJK copies group by character shingles', t => {
	const base = '克里姆林宫周日上午基本保持沉默，伊斯兰主义领导的叛军宣布他们在一次迅速的攻势中占领了大马士革，迫使总统阿萨德逃离该国。俄罗斯外交部表示正在密切关注叙利亚的戏剧性事件。';
	const infos = groupArticles([article('zh1', base), article('zh2', `${base}相关新闻：点击这里。`), article('zh3', '今天天气很好，我们去公园散步，看到了很多花和小鸟，大家都很开心。')]);
	t.is(infos[0].group, infos[1].group);
	t.is(infos[2].groupSize, 1);
});

test('between copies that contain each other, a known date decides before boilerplate', t => {
	const text = story(11);
	const infos = groupArticles([
		article('clean', text, {labels: {lines: [], language: 'und', meta: {}, boilerplateShare: 0}}),
		article('dated', `${text}`, {meta: {date: '2023-02-01'}, labels: {lines: [], language: 'und', meta: {}, boilerplateShare: 0.3}}),
		article('undated', `${text} One more closing sentence here.`, {labels: {lines: [], language: 'und', meta: {}, boilerplateShare: 0.1}}),
	]);
	t.is(infos[0].original, 'dated');
	// The only dated copy: no other date to be earlier than.
	t.regex(infos[0].reason!, /; only dated copy \(2023-02-01\)$/);
});

test('dates written in words in German, French and Spanish choose the original', t => {
	const text = story(12);
	for (const [earlier, later] of [
		['25. Januar 2022', '3. Februar 2022'],
		['25 janvier 2022', '3 février 2022'],
		['25 de enero de 2022', '3 de febrero de 2022'],
	]) {
		const infos = groupArticles([
			// The later copy contains the earlier one (it adds a sentence): only the dates make the earlier one the original.
			article('later', `${text} One more closing sentence here.`, {meta: {date: later}}),
			article('earlier', text, {meta: {date: earlier}}),
		]);
		t.is(infos[0].original, 'earlier', earlier);
		t.is(infos[0].reason, 'earliest date (2022-01-25)');
	}
});

test('a verdict given for a copy is its relation; none (a spent budget) means the estimate', t => {
	const text = story(13);
	const articles = [article('a', text), article('b', `${text} One more closing sentence here.`)];
	t.deepEqual(groupArticles(articles, {verdict: () => undefined}), groupArticles(articles));
	const given = groupArticles(articles, {verdict: () => ({relation: 'rewritten', similarity: 0.5})});
	const copy = given.find((info, index) => info.original !== articles[index]!.id)!;
	t.like(copy, {relation: 'rewritten', similarity: 0.5});
});

test('a date known only to the month or year does not win "earliest" over a day in that month or year', t => {
	const text = story(4);
	const articles = [
		article('garbled', text, {meta: {date: 'December news 2024'}}),
		article('dayA', `${text} Extra closing line here for the copy.`, {meta: {date: 'December 08, 2024'}}),
		article('dayB', text, {meta: {date: 'December 09, 2024'}}),
		article('year', text, {meta: {date: 'news of 2024'}}),
	];
	const infos = groupArticles(articles);
	t.is(infos[0].original, 'dayA');
	t.is(infos[0].reason, 'earliest date (2024-12-08)');
});

test('a month wholly before a dated day is earlier, and the reason names it as a month', t => {
	const text = story(5);
	const articles = [
		article('november', text, {meta: {date: 'November 2024'}}),
		article('day', `${text} Extra closing line here for the copy.`, {meta: {date: 'December 08, 2024'}}),
	];
	const infos = groupArticles(articles);
	t.is(infos[0].original, 'november');
	t.is(infos[0].reason, 'earliest date (2024-11)');
});

test('a spun copy that rewords its source at greater length is not chosen as the original, and the reason says why', async t => {
	const {mkdtempSync, writeFileSync} = await import('node:fs');
	const {tmpdir} = await import('node:os');
	const path = await import('node:path');
	const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-spun-'));
	const source = 'A passenger ferry capsized in the Karnaphuli river near Chittagong on Sunday, leaving 18 people feared dead and 35 missing, the coast guard said.\n\nThe ferry left the city shortly after 7:15 a.m. with more than 200 passengers on board, twice its licensed load, officials said.\n\n"The boat was overloaded before it left the jetty," said Nurul Islam, a spokesman for the coast guard.\n\nDivers searched the murky water through the night, and relatives gathered on the bank waiting for news of the missing.\n\nRiver transport carries goods worth about $4 billion a year, and more than 900 people have died in ferry accidents since 2015.';
	const spun = source
		.replace('capsized', 'overturned').replace('feared dead', 'believed to have died').replace('left the city', 'departed from the city')
		.replace('officials said', 'according to local officials').replace('searched', 'combed').replace('murky', 'dark and muddy')
		.replace('gathered on the bank', 'assembled along the riverbank').replace('waiting for news', 'anxiously awaiting word').replace('carries goods', 'moves cargo').replace('have died', 'have lost their lives');
	writeFileSync(path.join(folder, 'a-source.txt'), source);
	writeFileSync(path.join(folder, 'b-spun.txt'), spun);
	const analyzed = analyzeArticles((await loadCorpus([folder])).articles);
	const groups = byName(analyzed, groupArticles(analyzed));
	t.is(groups['b-spun.txt'].group, groups['a-source.txt'].group);
	t.is(groups['b-spun.txt'].original, 'a-source.txt');
	t.regex(groups['a-source.txt'].reason!, /no copy contains the others; the others reword it at greater length/);
});

test('a date among undated copies is no "earliest date": the reason says it is the only dated copy', t => {
	const text = story(6);
	const infos = groupArticles([article('undated', `${text} Extra closing line here for the copy.`), article('dated', text, {meta: {date: '2024-12-08'}})]);
	t.is(infos[0].original, 'dated');
	t.is(infos[0].reason, 'only dated copy (2024-12-08)');
});

test('identical copies count once when choosing the original: a doctored copy with a twin is not the source, and a tie is said to be one', t => {
	// Breaker F20: b (a figure and a word changed) and its byte-identical twin c outvoted a, each containing all of the other.
	const text = story(3, 30);
	const words = text.split(' ');
	const doctored = words.map((word, at) => (at === 40 ? 'altered' : at === 120 ? 'changed' : word)).join(' ');
	const infos = groupArticles([article('a', text), article('b', doctored), article('c', doctored)]);
	t.true(infos.every(info => info.group === infos[0].group && info.groupSize === 3));
	t.is(infos[0].original, 'a');
	t.notRegex(infos[0].reason!, /of c\b/);
	t.regex(infos[0].reason!, /^contains \d+% of b; a tie with b, first in corpus order$/);
});

test('a group of byte-identical copies never names the twin in the reason: identical copies, the first in corpus order', t => {
	// Breaker B8: "contains 100% of earn2.txt; a tie with earn2.txt", against the README's "never names … byte-identical twin".
	const text = story(5, 30);
	const infos = groupArticles([article('a', text), article('a2', text), article('a3', text)]);
	t.is(infos[0].original, 'a');
	t.is(infos[0].reason, 'identical copies; first in corpus order');
});

test('a doctored copy is not the original by sorting first: the text more files agree on wins a tie, and a shared date decides nothing', t => {
	// Fresh user D7: a_doctored.txt (one word changed) sorted first and was chosen over three files sharing the other text.
	const text = story(8, 30);
	const doctored = text.split(' ').map((word, at) => (at === 60 ? 'altered' : word)).join(' ');
	// Three files with the same words (laid out differently: distinct files, each a witness).
	const faithful = [text, `${text}\n`, text.replaceAll('. ', '.\n\n')];
	for (const date of [undefined, 'December 08, 2024']) {
		const meta = date ? {date} : {};
		const infos = groupArticles([article('a_doctored', doctored, {meta}), ...faithful.map((body, k) => article(`copy${k}`, body, {meta}))]);
		t.true(infos.every(info => info.group === infos[0].group), String(date));
		t.is(infos[0].original, 'copy0', String(date));
		t.regex(infos[0].reason!, /its text is in 3 files, a_doctored's in 1/);
		if (date) t.regex(infos[0].reason!, /; earliest date \(2024-12-08\), as 3 other copies$/);
		else t.notRegex(infos[0].reason!, /date/);
	}
});

test('with one earliest date among several, the date still decides alone', t => {
	const text = story(9, 30);
	const infos = groupArticles([article('a', text, {meta: {date: '2024-12-09'}}), article('b', `${text} One more closing sentence here.`, {meta: {date: '2024-12-08'}}), article('c', text, {meta: {date: '2024-12-09'}})]);
	t.is(infos[0].original, 'b');
	t.is(infos[0].reason, 'earliest date (2024-12-08)');
});

test('the text three pages share wins over a cleaner doctored copy: each page\'s own chrome says nothing of the text', t => {
	// Fresh user E7: a doctored copy with a shorter copyright line beat three faithful pages by boilerplate share.
	const text = story(10, 30);
	const doctored = text.split(' ').map((word, at) => (at === 50 ? 'altered' : word)).join(' ');
	const labels = (boilerplateShare: number) => ({labels: {lines: [], language: 'und', meta: {}, boilerplateShare}});
	const infos = groupArticles([article('a_post', doctored, labels(0.1)), article('c_star', text, labels(0.13)), article('d_herald', `${text}\n`, labels(0.14)), article('e_city', `${text}\n\n`, labels(0.12))]);
	t.is(infos[0].original, 'e_city');
	t.regex(infos[0].reason!, /its text is in 3 files, a_post's in 1/);
});

test('a doctored copy whose share of boilerplate is a few thousandths lower (its article a few characters longer) is not the cleaner copy: corpus order decides the tie (breaker17a K5)', t => {
	const text = story(14, 30);
	const doctored = text.split(' ').map((word, at) => (at === 40 ? 'Wednesday' : word)).join(' ');
	const labels = (boilerplateShare: number) => ({labels: {lines: [], language: 'und', meta: {}, boilerplateShare}});
	const infos = groupArticles([article('f1', text, labels(0.0812)), article('f2', doctored, labels(0.0808)), article('f3', text, labels(0.0812)), article('f5', text, labels(0.0812))]);
	t.is(infos[1].group, infos[0].group);
	t.is(infos[0].original, 'f1');
	t.regex(infos[0].reason!, /a tie with f2, first in corpus order/);
	t.notRegex(infos[0].reason!, /least boilerplate/);
	// A point or more cleaner still wins.
	const cleaner = groupArticles([article('f1', text, labels(0.1)), article('f2', doctored, labels(0.08))]);
	t.is(cleaner[0].original, 'f2');
	t.regex(cleaner[0].reason!, /least boilerplate/);
});

test('two copies timestamped on one day with their zones: the earlier moment is the original, not the one the day tie gives to the text (breaker12 K43)', t => {
	const text = story(3);
	const articles = [
		article('late', `${text} Thousands of families have moved to shelters, officials said.`, {meta: {date: '2025-03-03T10:00:00+00:00'}}),
		article('early', text, {meta: {date: '2025-03-03T12:00:00+06:00'}}),
	];
	const infos = groupArticles(articles);
	t.is(infos[0]!.group, infos[1]!.group);
	t.is(infos[0]!.original, 'early');
});

test('two records of one text with another title or date given beside them are no identical copies (breaker13 M28)', async t => {
	const {settleVerdicts} = await import('../../source/corpus/pair-verdict.js');
	const text = 'At least 12 people were killed when a fire swept through a garment factory in Dhaka on Monday, officials said. The fire service said rescuers reached the site within an hour and pulled dozens of workers from the building.';
	const record = (id: string, title: string, date: string) => ({id, path: id, name: id, text, size: text.length, warnings: [], meta: {date}, givenTitle: title});
	const analyzed = analyzeArticles([record('a', 'Factory fire kills 12 in Dhaka', '2025-03-03'), record('b', 'Factory fire kills 120 in Dhaka', '2025-03-04'), record('c', 'Factory fire kills 12 in Dhaka', '2025-03-03')]);
	const estimated = groupArticles(analyzed);
	t.is(estimated[1]!.relation, 'verbatim');
	t.true(estimated[1]!.estimated);
	t.is(estimated[2]!.relation, 'identical');
	const settled = await settleVerdicts(analyzed, estimated);
	// diff's verdict: the given title's figure changed, which caps the copy at edited (breaker12b L25).
	t.is(settled[1]!.relation, 'edited');
	t.is(settled[2]!.relation, 'identical');
});

test('pages that keep only a line or two of mostly chrome (a blog\'s tagline, a video post\'s "Wow"): too little article text to call copies; the same file twice still is one, and short texts that are all text are compared', t => {
	// Three posts of one blog whose kept text is only the blog's name and tagline (each post's own line dropped), and a video post whose
	// few kept words another page links to: nine tenths of each page was boilerplate.
	const page = (id: string, text: string) => article(id, text, {labels: {lines: [], language: 'en', meta: {}, boilerplateShare: 0.9}});
	const tagline = 'Paper Lanterns\nI write. I fold. I share the paper things I make and the ones other people make.\n';
	const infos = groupArticles([
		page('lantern-1', tagline),
		page('lantern-2', tagline.replace('I write.', 'I write!')),
		page('lantern-3', tagline.replace('I fold.', 'I fold!')),
		page('lantern-1-again', tagline),
		page('video', 'The Longest Paper Chain Ever Made\nJust wow.\n'),
		page('links', `The Longest Paper Chain Ever Made\nJust wow.\n${story(4, 3)}\n`),
		// A two-sentence brief and its edited copy, all text: copies.
		article('brief', 'A ferry capsized in the river on Sunday, officials said. Rescuers searched the water through the night.'),
		article('brief-copy', 'A ferry capsized in the river on Sunday, officials said. Rescuers searched the river through the night.'),
	]);
	const [one, two, three, again, video, links, brief, briefCopy] = infos;
	t.is(brief!.group, briefCopy!.group);
	t.is(two!.groupSize, 1);
	t.is(three!.groupSize, 1);
	t.is(video!.groupSize, 1);
	t.is(links!.groupSize, 1);
	t.is(two!.reason, tooLittleTextReason);
	t.is(video!.reason, tooLittleTextReason);
	// Byte for byte the same file: one text, whatever its length.
	t.is(again!.group, one!.group);
	t.is(again!.relation, 'identical');
});
