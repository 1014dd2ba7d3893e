import test from 'ava';
import {fileURLToPath} from 'node:url';
import {analyzeArticles, pendingArticle} from '../../source/corpus/analyze.js';
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
