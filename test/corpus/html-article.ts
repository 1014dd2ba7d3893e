import test from 'ava';
import {articleFromHtml} from '../../source/corpus/html-article.js';
import {readPage} from '../../source/html/page.js';

const html = '<html><head><title>Ferry capsizes</title><meta name="author" content="A. Writer"></head><body><article><h1>Ferry capsizes</h1><p>A ferry capsized in the river on Sunday, officials said, and rescuers searched the water.</p></article></body></html>';

test('a page read as an article: the identity from where it was found, the rest as the page reads, in the corpus Article\'s field order', t => {
	const bytes = Buffer.from(html);
	const article = articleFromHtml(bytes, {id: 'a/p.html', name: 'p.html', path: '/x/a/p.html', meta: {url: 'https://example.org/p'}});
	const page = readPage(bytes, {meta: {url: 'https://example.org/p'}});
	t.deepEqual(Object.keys(article), ['id', 'path', 'name', 'text', 'size', 'warnings', 'meta', 'dom', 'givenTitle']);
	t.like(article, {id: 'a/p.html', name: 'p.html', path: '/x/a/p.html', size: bytes.length, text: page.text, givenTitle: 'Ferry capsizes'});
	t.deepEqual(article.dom, page.dom);
	t.is(article.meta.url, 'https://example.org/p');
	// A WARC record's size is the record's, not the page's.
	t.is(articleFromHtml(bytes, {id: 'w', name: 'w', path: 'w.warc', size: 99}).size, 99);
});
