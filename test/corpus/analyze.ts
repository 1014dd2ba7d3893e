import test from 'ava';
import {fileURLToPath} from 'node:url';
import {textBlocks} from '../../source/boilerplate/blocks.js';
import {addToEvidence, emptyEvidence, scan} from '../../source/boilerplate/corpus-evidence.js';
import {analyzeArticle, analyzeArticles, pendingArticle} from '../../source/corpus/analyze.js';
import {loadCorpus} from '../../source/corpus/load.js';

const seeds = fileURLToPath(new URL('../../corpus/', import.meta.url));
const hostile = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

test('seed titles read like a reader would name them', async t => {
	const {articles} = await loadCorpus([seeds]);
	const analysed = analyzeArticles(articles);
	const title = (prefix: string) => analysed.find(article => article.name.startsWith(prefix))!.title;
	t.is(title('000_'), "How Russia Is Reacting to the Downfall of Syria's Assad");
	t.is(title('002_'), 'How Russia Is Reacting to the Downfall of Syria’s Assad');
	t.true(analysed.every(article => article.words > 100 && !article.pending));
});

test('label spans index the decoded text: no line terminators inside, CR/CRLF files included', async t => {
	const {articles} = await loadCorpus([hostile], {maxFileBytes: 1024 * 1024});
	for (const article of analyzeArticles(articles)) {
		for (const line of article.labels.lines) {
			const text = article.text.slice(line.span.start, line.span.end);
			t.false(/[\r\n]/.test(text), `${article.name} line ${line.n}`);
			t.true(line.span.start === 0 || /[\r\n]/.test(article.text[line.span.start - 1]), `${article.name} line ${line.n} starts a line`);
		}
	}

	const crlf = analyzeArticles(articles.filter(article => article.name === 'crlf.txt'))[0];
	t.is(crlf.title, 'CRLF heading');
	t.deepEqual(crlf.labels.lines.map(line => line.n), [1, 3, 4, 6]);
	const cr = analyzeArticles(articles.filter(article => article.name === 'cr.txt'))[0];
	t.is(cr.title, 'Old Mac heading');
	t.deepEqual(cr.labels.lines.map(line => line.n), [1, 3, 4]);
});

test('empty text: the file name is the title, nothing counted', async t => {
	const [article] = analyzeArticles([{id: 'e.txt', path: 'e.txt', name: 'e.txt', text: '', size: 0, warnings: ['empty file'], meta: {}}]);
	t.is(article.title, 'e.txt');
	t.is(article.words, 0);
	t.deepEqual(article.labels.lines, []);
});

test('a pending article shows its file name until analysed', t => {
	const pending = pendingArticle({id: 'x', path: 'x', name: 'dir/x.txt', text: 'Hello world', size: 11, warnings: [], meta: {}});
	t.true(pending.pending);
	t.is(pending.title, 'dir/x.txt');
	t.is(pending.words, 0);
	const [analysed] = analyzeArticles([pending]);
	t.is(analysed.pending, undefined);
	t.is(analysed.title, 'Hello world');
});

test('a given title (JSON Lines) wins', t => {
	const [article] = analyzeArticles([{id: 'r#1', path: 'r.jsonl', name: 'r.jsonl#1', text: '# Heading\n\nBody.', size: 16, warnings: [], meta: {}, givenTitle: 'Given'}]);
	t.is(article.title, 'Given');
});

test('an article analysed from the corpus scan\'s blocks (words dropped) and sketch is analysed as from its text alone', async t => {
	const {generateCorpus} = await import('../../bench/generate-corpus.js');
	// Generated copies of stories under one site's chrome: lines repeated across stories, which the sketch tells apart.
	const generated = generateCorpus(40, 5).map(({name, text}) => ({id: name, path: name, name, text, size: text.length, warnings: [], meta: {}}));
	const {articles: seedArticles} = await loadCorpus([seeds, hostile], {maxFileBytes: 1024 * 1024});
	// A line in two stories, one of them the article's own (two copies): whether it is template turns on the article's sketch.
	const nouns = ['harbour', 'railway', 'orchard', 'glacier', 'market', 'theatre', 'bridge', 'library', 'stadium', 'airport', 'museum', 'factory', 'village', 'river', 'school', 'hospital'];
	const story = (seed: number) => Array.from({length: 6}, (_, k) => Array.from({length: 14}, (_, w) => nouns[(seed * 7 + k * 5 + w * w * 3 + w * seed) % nouns.length]).join(' ') + '.').join('\n\n');
	const crafted = [story(1), story(1), story(2)].map((text, k) => ({id: `s${k}`, path: `s${k}`, name: `s${k}`, text: `${text}\n\nWeekend edition extra\n`, size: 0, warnings: [], meta: {}}));
	const articles = [...seedArticles, ...generated, ...crafted];
	const evidence = emptyEvidence();
	const prepared = articles.map(article => {
		const blocks = textBlocks(article.text);
		const scanned = scan(article.text, blocks);
		addToEvidence(evidence, article.text, blocks, scanned);
		for (const block of blocks) block.words = undefined;
		return {blocks, sketch: scanned.sketch};
	});
	t.true(articles.length > 5);
	for (const [index, article] of articles.entries()) t.deepEqual(analyzeArticle(article, evidence, prepared[index]), analyzeArticle(article, evidence), article.name);
});

test('words on demand: counted when first read, the same count, in the same place for spreads and JSON', async t => {
	const {articles} = await loadCorpus([seeds]);
	for (const article of articles.slice(0, 4)) {
		const counted = analyzeArticle(article);
		const onDemand = analyzeArticle(article, undefined, undefined, true);
		t.is(onDemand.words, counted.words, article.name);
		t.is(onDemand.words, counted.words, `${article.name}, read again`);
		t.deepEqual({...onDemand}, counted, article.name);
		t.is(JSON.stringify(onDemand), JSON.stringify(counted), article.name);
	}
});
