import test from 'ava';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {Readable} from 'node:stream';
import {loadCorpus} from '../../source/corpus/load.js';
import {parseWarc} from '../../source/corpus/warc.js';
import {withTemporaryDirectory} from '../helpers/temporary-directory.js';
import {warcRecord} from '../helpers/warc-records.js';
import {captureIo} from '../helpers/command-io.js';
import {main} from '../../source/commands/main.js';

const encoder = new TextEncoder();

const record = warcRecord;

const articlePage = (title: string, paragraph: string) => `<html><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1><p>${paragraph}</p></article></body></html>`;

async function crawl(gzip: boolean): Promise<Uint8Array[]> {
	return [
		await record({type: 'warcinfo', url: '', body: 'software: test\r\n', contentType: 'application/warc-fields', gzip}),
		await record({type: 'response', url: 'https://example.com/news/one', body: articlePage('One', 'The first story, told at some length, with commas, clauses and a full stop.'), httpHeaders: {'Content-Type': 'text/html; charset=utf-8'}, gzip}),
		await record({type: 'response', url: 'https://example.com/style.css', body: 'p { color: red }', httpHeaders: {'Content-Type': 'text/css'}, gzip}),
		await record({type: 'response', url: 'https://example.com/moved', body: '', httpHeaders: {Location: '/news/one'}, statusline: 'HTTP/1.1 301 Moved Permanently', gzip}),
		// The HTTP header names the charset; the page does not.
		await record({type: 'response', url: 'https://example.ru/news/two', body: Buffer.from([...encoder.encode('<p>'), 0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8, ...encoder.encode('</p>')]), httpHeaders: {'Content-Type': 'text/html; charset=windows-1251'}, gzip}),
		await record({type: 'conversion', url: 'https://example.com/news/three', body: 'Plain text of a third story.\nSecond line.\n', contentType: 'text/plain', gzip}),
		await record({type: 'response', url: 'https://example.com/news/one', body: articlePage('One again', 'Captured a second time, a little later, with a changed paragraph.'), httpHeaders: {'Content-Type': 'text/html'}, gzip}),
	];
}

const read = async (parts: Uint8Array[], gzip: boolean) => parseWarc(Readable.from([Buffer.concat(parts)]), {path: 'crawl.warc', name: 'crawl.warc', maxRecordBytes: 1024 * 1024, gzip});

for (const gzip of [false, true]) {
	test(`${gzip ? '.warc.gz' : '.warc'}: HTML responses and conversion records become articles named by URI, dated by WARC-Date`, async t => {
		const {articles, problems} = await read(await crawl(gzip), gzip);
		t.deepEqual(problems, []);
		t.deepEqual(articles.map(article => article.name), ['https://example.com/news/one', 'https://example.ru/news/two', 'https://example.com/news/three', 'https://example.com/news/one (2)']);
		t.deepEqual(articles.map(article => article.id), ['crawl.warc#https://example.com/news/one', 'crawl.warc#https://example.ru/news/two', 'crawl.warc#https://example.com/news/three', 'crawl.warc#https://example.com/news/one (2)']);
		t.is(articles[0].meta.crawled, '2024-05-01T10:00:00Z');
		t.is(articles[0].meta.url, 'https://example.com/news/one');
		t.is(articles[0].givenTitle, 'One');
		t.true(articles[0].text.includes('The first story'));
		t.is(articles[0].dom?.[0].kind, 'boilerplate');
		t.is(articles[1].text, 'Новости\n');
		t.is(articles[2].text, 'Plain text of a third story.\nSecond line.\n');
		t.is(articles[2].dom, undefined);
	});
}

test('.warc.gz: a truncated gzip member is reported with its offset; the records after it load', async t => {
	const parts = await crawl(true);
	const damaged = [...parts.slice(0, 2), parts[2].subarray(0, parts[2].length - 20), ...parts.slice(3)];
	const {articles, problems} = await read(damaged, true);
	t.deepEqual(articles.map(article => article.name), ['https://example.com/news/one', 'https://example.ru/news/two', 'https://example.com/news/three', 'https://example.com/news/one (2)']);
	t.true(problems.length >= 1);
	const offset = parts[0].length + parts[1].length;
	t.true(problems.some(problem => problem.message.startsWith(`gzip member at byte ${offset}`)), JSON.stringify(problems));
});

test('.warc.gz: a member cut in the middle of an HTML record loses that record only', async t => {
	const parts = await crawl(true);
	const damaged = [parts[0], parts[1].subarray(0, Math.floor(parts[1].length / 2)), ...parts.slice(2)];
	const {articles, problems} = await read(damaged, true);
	t.deepEqual(articles.map(article => article.name), ['https://example.ru/news/two', 'https://example.com/news/three', 'https://example.com/news/one']);
	t.true(problems.length >= 1);
});

test('.warc: a record whose Content-Length lies is reported and skipped; the next one loads', async t => {
	const parts = await crawl(false);
	const text = Buffer.from(parts[1]).toString('latin1');
	const lying = Buffer.from(text.replace(/Content-Length: (\d+)/, (_, n) => `Content-Length: ${Number(n) + 7}`), 'latin1');
	const shorter = Buffer.from(Buffer.from(parts[4]).toString('latin1').replace(/Content-Length: (\d+)/, (_, n) => `Content-Length: ${Number(n) - 5}`), 'latin1');
	const {articles, problems} = await read([parts[0], lying, parts[2], parts[3], shorter, ...parts.slice(5)], false);
	t.deepEqual(articles.map(article => article.name), ['https://example.com/news/three', 'https://example.com/news/one']);
	t.is(problems.length, 2);
	t.regex(problems[0].message, /^record at byte \d+ \(https:\/\/example\.com\/news\/one\): Content-Length does not match the record; skipped$/);
	t.regex(problems[1].message, /example\.ru\/news\/two\): Content-Length does not match/);
	t.regex(problems[0].path, /^crawl\.warc@\d+$/);
});

test('.warc: a file that ends inside a record reports it; garbage between records is skipped', async t => {
	const parts = await crawl(false);
	const {articles, problems} = await read([parts[1], encoder.encode('garbage\r\n\r\n'), parts[5], parts[6].subarray(0, parts[6].length - 50)], false);
	t.deepEqual(articles.map(article => article.name), ['https://example.com/news/one', 'https://example.com/news/three']);
	t.deepEqual(problems.map(problem => problem.message.replace(/\d+/g, 'N')), ['no WARC record at byte N; skipped to the next record', 'record at byte N (https://example.com/news/one): record truncated (file ends inside it); skipped']);
});

test('loadCorpus reads .warc.gz files in a folder beside pages; strip names them by URI', async t => {
	await withTemporaryDirectory('warc', async directory => {
		await writeFile(path.join(directory, 'crawl.warc.gz'), Buffer.concat(await crawl(true)));
		await writeFile(path.join(directory, 'saved.html'), articlePage('Saved', 'A page saved from a browser, with a paragraph of text.'));
		await writeFile(path.join(directory, 'not-a-warc.warc'), 'hello');
		const corpus = await loadCorpus([directory]);
		t.deepEqual(corpus.articles.map(article => article.id), ['crawl.warc.gz#https://example.com/news/one', 'crawl.warc.gz#https://example.ru/news/two', 'crawl.warc.gz#https://example.com/news/three', 'crawl.warc.gz#https://example.com/news/one (2)', 'saved.html']);
		t.deepEqual(corpus.problems.map(problem => problem.message), ['no WARC record at byte 0; skipped to the next record']);
	});
});

test('Common Crawl WET files as published (….warc.wet.gz, .wet.gz, .wet) are web archives, read given by name or found in a folder (breaker12 K21)', async t => {
	const wet = async (gzip: boolean) => Buffer.concat([
		await record({type: 'warcinfo', url: '', body: 'software: test\r\n', contentType: 'application/warc-fields', gzip}),
		await record({type: 'conversion', url: 'https://example.com/a', body: 'Flood kills 12 in Dhaka\nAt least 12 people were killed by the flood on Monday, officials said.\n', contentType: 'text/plain', gzip}),
		await record({type: 'conversion', url: 'https://example.com/b', body: 'Flood kills 21 in Dhaka\nAt least 21 people were killed by the flood on Monday, officials said.\n', contentType: 'text/plain', gzip}),
	]);
	await withTemporaryDirectory('wet', async directory => {
		const files = {'CC-MAIN-20250301-00000.warc.wet.gz': await wet(true), 'crawl.wet.gz': await wet(true), 'crawl.wet': await wet(false)};
		for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(directory, name), bytes);
		for (const name of Object.keys(files)) {
			const corpus = await loadCorpus([path.join(directory, name)]);
			t.deepEqual(corpus.problems, [], name);
			t.deepEqual(corpus.articles.map(article => article.name), ['https://example.com/a', 'https://example.com/b'], name);
		}

		t.is((await loadCorpus([directory])).articles.length, 6);
		const list = captureIo();
		t.is(await main(['list', path.join(directory, 'CC-MAIN-20250301-00000.warc.wet.gz')], list), 0);
		t.regex(list.out(), /Flood kills 21 in Dhaka/);
	});
});

test('a record address into a WET file (FILE#uri, as list names its members) is resolved like one into a WARC (review12 R6)', async t => {
	const wet = async (gzip: boolean) => Buffer.concat([
		await record({type: 'conversion', url: 'https://example.com/a', body: 'Flood kills 12 in Dhaka\nAt least 12 people were killed by the flood on Monday, officials said.\n', contentType: 'text/plain', gzip}),
		await record({type: 'conversion', url: 'https://example.com/b', body: 'Flood kills 21 in Dhaka\nAt least 21 people were killed by the flood on Monday, officials said.\n', contentType: 'text/plain', gzip}),
	]);
	await withTemporaryDirectory('wet-address', async directory => {
		for (const name of ['CC-MAIN-1.warc.wet.gz', 'crawl.wet']) {
			const file = path.join(directory, name);
			await writeFile(file, await wet(name.endsWith('.gz')));
			const corpus = await loadCorpus([`${file}#https://example.com/b`]);
			t.deepEqual(corpus.problems, [], name);
			t.deepEqual(corpus.articles.map(article => article.name), ['https://example.com/b'], name);
			const strip = captureIo();
			t.is(await main(['strip', `${file}#https://example.com/b`], strip), 0, strip.err());
			t.regex(strip.out(), /Flood kills 21/);
		}
	});
});

test('a damaged archive is trouble: its problems are errors and list and strip exit 2 (the rest still listed)', async t => {
	const parts = await crawl(true);
	const damaged = [...parts.slice(0, 2), parts[2].subarray(0, parts[2].length - 20), ...parts.slice(3)];
	const {problems} = await read(damaged, true);
	t.true(problems.length > 0 && problems.every(problem => problem.kind === 'error'), JSON.stringify(problems));
	await withTemporaryDirectory('warc-damaged', async directory => {
		await writeFile(path.join(directory, 'crawl.warc.gz'), Buffer.concat(damaged));
		const list = captureIo();
		t.is(await main(['list', directory], list), 2);
		t.regex(list.out(), /news\/three/);
		const strip = captureIo();
		t.is(await main(['strip', directory], strip), 2);
		t.regex(strip.out(), /third story/);
	});
});

test('a page in a WARC is dated by its own date (metadata, else dateline); WARC-Date only when it has none', async t => {
	const dateline = '<html><head><title>Story</title></head><body><article><h1>Story</h1><p>By Jane Doe</p><p>March 4, 2023</p><p>The first story, told at some length, with commas, clauses and a full stop.</p></article></body></html>';
	const undated = articlePage('Undated', 'A story with no date anywhere on the page, told at some length with a full stop.');
	const parts = [
		await record({type: 'response', url: 'https://example.com/dated', body: dateline, httpHeaders: {'Content-Type': 'text/html'}, gzip: false}),
		await record({type: 'response', url: 'https://example.com/undated', body: undated, httpHeaders: {'Content-Type': 'text/html'}, gzip: false}),
	];
	await withTemporaryDirectory('warc-dates', async directory => {
		await writeFile(path.join(directory, 'crawl.warc'), Buffer.concat(parts));
		const io = captureIo();
		t.is(await main(['strip', path.join(directory, 'crawl.warc'), '--json'], io), 0, io.err());
		const dates = io.out().trim().split('\n').map(line => (JSON.parse(line) as {meta: {date: string | null}}).meta.date);
		t.deepEqual(dates, ['March 4, 2023', '2024-05-01T10:00:00Z']);
	});
});

for (const gzip of [false, true]) {
	test(`a ${gzip ? 'gzipped ' : ''}WARC on stdin is read as a web archive, one article per page (split across small chunks)`, async t => {
		const bytes = Buffer.concat(await crawl(gzip));
		// Small chunks: the sniff must not depend on the first read holding a whole line.
		const chunks = Array.from({length: Math.ceil(bytes.length / 7)}, (_, index) => bytes.subarray(index * 7, index * 7 + 7));
		const {articles, problems} = await loadCorpus(['-'], {stdin: Readable.from(chunks)});
		t.deepEqual(problems, []);
		t.deepEqual(articles.map(article => article.id), ['stdin#https://example.com/news/one', 'stdin#https://example.ru/news/two', 'stdin#https://example.com/news/three', 'stdin#https://example.com/news/one (2)']);
		t.true(articles.every(article => article.path === '-'));
	});
}

for (const gzip of [false, true]) {
	test(`list - reads a ${gzip ? 'gzipped ' : ''}WARC piped in (one chunk)`, async t => {
		const io = {...captureIo(), stdin: Readable.from([Buffer.concat(await crawl(gzip))])};
		t.is(await main(['list', '-'], io), 0, io.err());
		t.regex(io.out(), /4 articles/);
		t.notRegex(io.out(), /HTTP\/1\.1/);
	});
}

test('the same URI from two archives is named with its archive, so the list tells them apart', async t => {
	await withTemporaryDirectory('warc-twice', async directory => {
		const page = (text: string) => `<html><body><article><h1>Fire</h1><p>${text}</p></article></body></html>`;
		for (const [file, text] of [['monday.warc', 'A fire broke out at the mill.'], ['tuesday.warc', 'The mill fire was put out.']]) {
			await writeFile(path.join(directory, file), await record({type: 'response', url: 'http://a.example/fire', body: page(text), httpHeaders: {'Content-Type': 'text/html'}, gzip: false}));
		}
		await writeFile(path.join(directory, 'other.warc'), await record({type: 'response', url: 'http://b.example/only', body: page('Only here.'), httpHeaders: {'Content-Type': 'text/html'}, gzip: false}));
		const {articles} = await loadCorpus([directory]);
		t.deepEqual(articles.map(article => article.name), ['monday.warc#http://a.example/fire', 'http://b.example/only', 'tuesday.warc#http://a.example/fire']);
		t.deepEqual(articles.map(article => article.id), ['monday.warc#http://a.example/fire', 'other.warc#http://b.example/only', 'tuesday.warc#http://a.example/fire']);
	});
});

/** A conversion record written by hand, its WARC header bytes as given (warcio would escape them). */
const rawRecord = (uri: Uint8Array, text: string): Uint8Array => {
	const block = encoder.encode(text);
	const head = Buffer.concat([
		encoder.encode('WARC/1.1\r\nWARC-Type: conversion\r\nWARC-Target-URI: '),
		uri,
		encoder.encode(`\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\nContent-Type: text/plain\r\nContent-Length: ${block.length}\r\n\r\n`),
	]);
	return Buffer.concat([head, block, encoder.encode('\r\n\r\n')]);
};

test('WARC header values are UTF-8 (WARC/1.1: an IRI as Target-URI), Latin-1 only where the bytes are no UTF-8 (breaker10 H28)', async t => {
	const {articles, problems} = await read([rawRecord(encoder.encode('https://x.example/ünï/çödé'), 'A first story.\n'), rawRecord(Buffer.from([...encoder.encode('https://y.example/caf'), 0xe9]), 'A second story.\n')], false);
	t.deepEqual(problems, []);
	t.deepEqual(articles.map(article => article.name), ['https://x.example/ünï/çödé', 'https://y.example/café']);
	t.is(articles[0]!.meta.url, 'https://x.example/ünï/çödé');
});
