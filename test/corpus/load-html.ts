import test from 'ava';
import {mkdir, readFile, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {main} from '../../source/commands/main.js';
import {loadCorpus, loadCorpusItems, readFileItem} from '../../source/corpus/load.js';
import {captureIo} from '../helpers/command-io.js';
import {withTemporaryDirectory} from '../helpers/temporary-directory.js';

const story = 'The harbour authority voted on Tuesday to approve a new ferry terminal on the east pier, ending a dispute that had lasted three years. The terminal will handle up to four thousand passengers a day when it opens in 2027, officials said.';
const savedPage = (title: string) =>
	`<!doctype html><html><head><meta charset="utf-8"><title>${title} – Daily Planet</title><meta property="og:title" content="${title}"><meta property="article:published_time" content="2024-06-01"></head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav><article><h1>${title}</h1><p>${story}</p><div class="share"><a href="#">Share on Facebook</a></div></article><footer>© 2024 Daily Planet. All rights reserved.</footer></body></html>`;

test('a folder of saved pages: .html, .htm and .html.gz load as articles with their metadata; a damaged .gz is a problem', async t => {
	await withTemporaryDirectory('html', async directory => {
		await writeFile(path.join(directory, 'a.html'), savedPage('Ferry terminal approved'));
		await writeFile(path.join(directory, 'b.htm'), savedPage('Ferry terminal approved, again'));
		await writeFile(path.join(directory, 'c.html.gz'), gzipSync(savedPage('Compressed copy')));
		await writeFile(path.join(directory, 'd.html.gz'), gzipSync(savedPage('Cut short')).subarray(0, 40));
		await writeFile(path.join(directory, 'skip.png'), 'not an article');
		const corpus = await loadCorpus([directory]);
		t.deepEqual(corpus.articles.map(article => article.name), ['a.html', 'b.htm', 'c.html.gz']);
		t.is(corpus.articles[0].givenTitle, 'Ferry terminal approved');
		t.is(corpus.articles[0].meta.date, '2024-06-01');
		t.true(corpus.articles[2].text.includes('The harbour authority voted'));
		t.is(corpus.articles[2].dom?.length, corpus.articles[2].text.split('\n').length - 1);
		// skip.png is passed over, and the folder says so once.
		t.deepEqual(corpus.problems.map(problem => [path.basename(problem.path), problem.kind]), [[path.basename(directory), 'skipped'], ['d.html.gz', 'error']]);
		t.regex(corpus.problems[0].message, /^1 file passed over/);
		t.regex(corpus.problems[1].message, /^not a readable gzip file/);
	});
});

test('pages are re-read by other threads like text files (readFileItem), with their DOM evidence', async t => {
	await withTemporaryDirectory('html-items', async directory => {
		await writeFile(path.join(directory, 'a.html.gz'), gzipSync(savedPage('Deferred')));
		const {items} = await loadCorpusItems([directory], {deferFiles: true});
		t.is(items.length, 1);
		t.true('file' in items[0]);
		const read = readFileItem((items[0] as {file: Parameters<typeof readFileItem>[0]}).file);
		t.is(read.articles[0].givenTitle, 'Deferred');
		t.truthy(read.articles[0].dom);
	});
});

test('a page that decompresses beyond the size limit is skipped, not read whole', async t => {
	await withTemporaryDirectory('html-bomb', async directory => {
		await writeFile(path.join(directory, 'bomb.html.gz'), gzipSync(Buffer.alloc(3 * 1024 * 1024, 0x20)));
		const corpus = await loadCorpus([directory], {maxFileBytes: 1024 * 1024});
		t.deepEqual(corpus.articles, []);
		t.regex(corpus.problems[0].message, /too large once decompressed/);
	});
});

test('JSON Lines records with "html" are pages; the record\'s fields outrank the page\'s', async t => {
	await withTemporaryDirectory('jsonl-html', async directory => {
		const records = [
			{id: 'p1', url: 'https://example.com/p1', date: '2024-07-01', html: savedPage('From the record')},
			{id: 'p2', html: savedPage('Page title only')},
			{id: 'p3', text: 'Plain text record.'},
			{id: 'p4', nothing: true},
		];
		await writeFile(path.join(directory, 'pages.jsonl'), records.map(record => JSON.stringify(record)).join('\n'));
		const corpus = await loadCorpus([directory]);
		t.deepEqual(corpus.articles.map(article => article.id), ['pages.jsonl#p1', 'pages.jsonl#p2', 'pages.jsonl#p3']);
		t.deepEqual(corpus.articles[0].meta, {url: 'https://example.com/p1', date: '2024-07-01'});
		t.is(corpus.articles[1].meta.date, '2024-06-01');
		t.is(corpus.articles[1].givenTitle, 'Page title only');
		t.truthy(corpus.articles[0].dom);
		t.is(corpus.articles[2].dom, undefined);
		t.deepEqual(corpus.problems.map(problem => problem.message), ['line 4: no "text" or "html" string']);
	});
});

test('strip --out writes a page\'s article text as NAME.txt (the page\'s extension kept), without the chrome', async t => {
	await withTemporaryDirectory('strip-html', async directory => {
		await mkdir(path.join(directory, 'in'));
		await writeFile(path.join(directory, 'in', 'a.html'), savedPage('Ferry terminal approved'));
		await writeFile(path.join(directory, 'in', 'b.html.gz'), gzipSync(savedPage('Ferry terminal approved today')));
		const io = captureIo();
		t.is(await main(['strip', path.join(directory, 'in'), '--out', path.join(directory, 'out')], io), 0, io.err());
		t.deepEqual((await readdir(path.join(directory, 'out'))).sort(), ['a.html.txt', 'b.html.gz.txt']);
		const kept = await readFile(path.join(directory, 'out', 'a.html.txt'), 'utf8');
		// The headline and the paragraph are two blocks of the page: a blank line between them (breaker10 H23).
		t.is(kept, `Ferry terminal approved\n\n${story}\n`);
	});
});

test('strip --json on a page: lines with DOM reasons, the page\'s metadata', async t => {
	await withTemporaryDirectory('strip-html-json', async directory => {
		await writeFile(path.join(directory, 'a.html'), savedPage('Ferry terminal approved'));
		const io = captureIo();
		t.is(await main(['strip', '--json', path.join(directory, 'a.html')], io), 0);
		const record = JSON.parse(io.out()) as {title: string; meta: Record<string, unknown>; lines: Array<{text: string; label: string; category: string | null; reason: string | null}>};
		t.is(record.title, 'Ferry terminal approved');
		t.is(record.meta['date'], '2024-06-01');
		const home = record.lines.find(line => line.text.startsWith('Home'));
		t.is(home?.label, 'boilerplate');
		t.regex(home?.reason ?? '', /in <nav>/);
		t.is(record.lines.find(line => line.text === 'Share on Facebook')?.category, 'share');
	});
});

test('diff between an HTML copy and a text copy of the same story compares the articles, not the chrome', async t => {
	await withTemporaryDirectory('diff-html', async directory => {
		await writeFile(path.join(directory, 'page.html'), savedPage('Ferry terminal approved'));
		await writeFile(path.join(directory, 'copy.txt'), `Ferry terminal approved\n\n${story}\n`);
		const io = captureIo();
		await main(['diff', '--json', path.join(directory, 'page.html'), path.join(directory, 'copy.txt')], io);
		const result = JSON.parse(io.out()) as {relation?: string; summary?: {relation?: string}};
		t.is(result.relation ?? result.summary?.relation, 'identical', io.out().slice(0, 400));
	});
});
