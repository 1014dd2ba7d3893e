import test from 'ava';
import {cp, mkdir, mkdtemp, readdir, rm, writeFile, unlink} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {execFileSync} from 'node:child_process';
import type {AnalyzedArticle} from '../../source/corpus/article.js';
import {openCorpusFeed} from '../../source/corpus/feed-from-disk.js';
import {withGeneratedCorpus} from '../helpers/generated-corpus.js';
import {analyzeArticle} from '../../source/corpus/analyze.js';

const families = fileURLToPath(new URL('../fixtures/corpus/families/', import.meta.url));

async function scratch(): Promise<{corpus: string; cache: string; done: () => Promise<void>}> {
	const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-feed-'));
	const corpus = path.join(directory, 'corpus');
	await cp(families, corpus, {recursive: true});
	return {corpus, cache: path.join(directory, 'cache'), done: () => rm(directory, {recursive: true, force: true})};
}

const summary = (articles: readonly AnalyzedArticle[]) => articles.map(a => [a.name, a.title, a.words, a.group?.group, a.group?.original, a.pending ?? false]);

for (const worker of ['never', 'always'] as const) {
	test(`lists at once, then fills in analysis and groups (worker: ${worker})`, async t => {
		const {corpus, cache, done} = await scratch();
		try {
			const feed = await openCorpusFeed([corpus], {cache, worker});
			const first = feed.snapshot();
			t.is(first.articles.length, 6);
			t.true(first.articles.every(article => article.pending && article.title === article.name && article.words === 0));
			t.truthy(first.progress);
			let updates = 0;
			feed.subscribe(() => updates++);
			await feed.ready;
			const last = feed.snapshot();
			t.not(last, first, 'snapshots are immutable: a new one on every change');
			t.true(updates >= 2);
			t.is(last.progress, null);
			t.deepEqual(last.problems, []);
			t.true(last.articles.every(article => !article.pending && article.words > 0 && article.group));
			t.is(last.articles[0].title, 'Harbour Bridge Closed After Storm Damages Cables');
			t.is(last.articles[0].group!.groupSize, 4);
			t.is(last.articles[2].group!.original, 'a-original.md');
			// Nothing written into the corpus; the cache went to its own directory.
			t.deepEqual((await readdir(corpus)).sort(), ['a-original.md', 'b-scraped-copy.txt', 'c-spun-copy.txt', 'd-same-subject.txt', 'e-unrelated.txt', 'f-exact-copy.txt']);
			t.is((await readdir(cache)).length, 1);

			// Reopened unchanged: the same analysis, from the cache.
			const again = await openCorpusFeed([corpus], {cache, worker: 'never'});
			await again.ready;
			t.deepEqual(summary(again.snapshot().articles), summary(last.articles));

			// One file changed: the cache no longer matches and is rebuilt.
			await writeFile(path.join(corpus, 'e-unrelated.txt'), 'Completely new text about the library.\n');
			const changed = await openCorpusFeed([corpus], {cache, worker: 'never'});
			await changed.ready;
			t.is(changed.snapshot().articles[4].title, 'Completely new text about the library.');
		} finally {
			await done();
		}
	});
}

test('beforeAnalysis (the CLI\'s start-up tables) runs once before an analysis, and not at all for a corpus listed from the cache until a file is re-read', async t => {
	const {corpus, cache, done} = await scratch();
	try {
		const calls: string[] = [];
		const first = await openCorpusFeed([corpus], {cache, worker: 'never', beforeAnalysis: () => void calls.push('first')});
		await first.ready;
		t.deepEqual(calls, ['first']);
		t.true(first.snapshot().articles.every(article => !article.pending));
		// Unchanged: from the cache, nothing analysed, nothing prepared.
		const again = await openCorpusFeed([corpus], {cache, worker: 'never', beforeAnalysis: () => void calls.push('again')});
		await again.ready;
		t.deepEqual(calls, ['first']);
		t.deepEqual(again.snapshot().articles.map(article => article.title), first.snapshot().articles.map(article => article.title));
		// A file re-read unchanged analyses nothing; a changed one is analysed, after the preparation, once per feed.
		const target = again.snapshot().articles[3]!;
		t.is(await again.reloadArticle(target), again.snapshot().articles[3]);
		t.deepEqual(calls, ['first']);
		await writeFile(target.path, '# Rewritten heading\r\n\r\nNew body text.\r\n');
		t.is(((await again.reloadArticle(target)) as AnalyzedArticle).title, 'Rewritten heading');
		await writeFile(target.path, '# Rewritten again\r\n\r\nOther body text.\r\n');
		t.is(((await again.reloadArticle(target)) as AnalyzedArticle).title, 'Rewritten again');
		t.deepEqual(calls, ['first', 'again']);
	} finally {
		await done();
	}
});

test('a corrupt cache file is rebuilt', async t => {
	const {corpus, cache, done} = await scratch();
	try {
		await (await openCorpusFeed([corpus], {cache, worker: 'never'})).ready;
		const [file] = await readdir(cache);
		await writeFile(path.join(cache, file), '{"format":"copydesk-analysis"');
		const feed = await openCorpusFeed([corpus], {cache, worker: 'never'});
		await feed.ready;
		t.true(feed.snapshot().articles.every(article => !article.pending));
		t.is(feed.snapshot().articles[0].title, 'Harbour Bridge Closed After Storm Damages Cables');
	} finally {
		await done();
	}
});

test('reloadArticle: a changed file is reanalysed, a deleted one reported, never a crash', async t => {
	const {corpus, done} = await scratch();
	try {
		const feed = await openCorpusFeed([corpus], {cache: false, worker: 'never'});
		await feed.ready;
		const target = feed.snapshot().articles[3];
		t.is(await feed.reloadArticle(target), feed.snapshot().articles[3], 'unchanged: the same object');
		await writeFile(target.path, '# Rewritten heading\r\n\r\nNew body text.\r\n');
		const reloaded = (await feed.reloadArticle(target)) as AnalyzedArticle;
		t.is(reloaded.title, 'Rewritten heading');
		t.is(feed.snapshot().articles[3].title, 'Rewritten heading');
		t.deepEqual(reloaded.group, target.group);
		await unlink(target.path);
		t.deepEqual(await feed.reloadArticle(target), {path: target.path, kind: 'error', message: 'deleted since the corpus was opened'});
	} finally {
		await done();
	}
});

test('reloadArticle: a FIFO in an article\'s place is not opened again (no writer: no wait; a waiting writer keeps its text) (breaker19 N1)', async t => {
	const {corpus, done} = await scratch();
	try {
		const feed = await openCorpusFeed([corpus], {cache: false, worker: 'never'});
		await feed.ready;
		const target = feed.snapshot().articles[3];
		await unlink(target.path);
		execFileSync('mkfifo', [target.path]);
		const result = await Promise.race([feed.reloadArticle(target), new Promise(resolve => setTimeout(() => resolve('blocked'), 3000))]);
		t.deepEqual(result, {path: target.path, kind: 'error', message: 'not a regular file: read once, when it was loaded'});
	} finally {
		await done();
	}
});

test('the reader reads a page named as .txt on the command line as a page, at first and when the file is saved again (breaker11 J22)', async t => {
	const {corpus, done} = await scratch();
	const elsewhere = await mkdtemp(path.join(tmpdir(), 'copydesk-feed-page-'));
	const page = (headline: string) => `<!doctype html><html><head><title>${headline} | Daily Planet</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${headline}</h1><p>A fire at a garment factory on the outskirts of Dhaka killed twelve workers on Monday and injured 45 others, police said.</p><p>The blaze broke out in the morning and took firefighters three hours to control, a fire service spokesman said.</p></article></body></html>`;
	try {
		const file = path.join(elsewhere, 'saved.txt');
		await writeFile(file, page('Factory fire kills twelve in Dhaka'));
		const feed = await openCorpusFeed([corpus, file], {cache: false, worker: 'never'});
		await feed.ready;
		const saved = feed.snapshot().articles.find(article => article.path === file)!;
		t.is(saved.title, 'Factory fire kills twelve in Dhaka');
		t.notRegex(saved.text, /</u);
		// Saved again with another headline: read again as a page.
		await writeFile(file, page('Harbour bridge closes to cars'));
		const reloaded = (await feed.reloadArticle(saved)) as AnalyzedArticle;
		t.is(reloaded.title, 'Harbour bridge closes to cars');
		t.notRegex(reloaded.text, /</u);
		t.deepEqual(reloaded.warnings, []);
	} finally {
		await done();
		await rm(elsewhere, {recursive: true, force: true});
	}
});

test('an empty corpus is complete at once', async t => {
	const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-empty-'));
	try {
		const feed = await openCorpusFeed([directory], {cache: false});
		await feed.ready;
		t.deepEqual(feed.snapshot(), {root: directory, articles: [], problems: [], progress: null});
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});

test('close() stops background work', async t => {
	const {corpus, done} = await scratch();
	try {
		const feed = await openCorpusFeed([corpus], {cache: false, worker: 'never'});
		feed.close();
		await feed.ready;
		t.true(feed.snapshot().articles.some(article => article.pending));
	} finally {
		await done();
	}
});

test('analysis results are published at most every 50 ms, each subscriber seeing a whole snapshot', async t => {
	// A batch per 20 articles here (per 100 from each worker thread): published one by one, a
	// 100,000-article corpus made the reader render without pause until React gave up.
	await withGeneratedCorpus(300, 13, {}, async directory => {
		const feed = await openCorpusFeed([directory], {cache: false, worker: 'never'});
		const seen: Array<{at: number; done: number}> = [];
		const start = performance.now();
		feed.subscribe(() => {
			const {articles} = feed.snapshot();
			seen.push({at: performance.now(), done: articles.filter(article => !article.pending).length});
		});
		await feed.ready;
		const elapsed = performance.now() - start;
		t.true(seen.length <= elapsed / 50 + 4, `${seen.length} publishes in ${Math.round(elapsed)} ms`);
		t.true(seen.some(update => update.done > 0 && update.done < 300), 'progress is shown while it runs');
		t.is(seen.at(-1)!.done, 300);
		t.true(feed.snapshot().articles.every(article => article.group));
	});
});

test('closing the feed stops the worker threads at once: nothing is analysed after close()', async t => {
	await withGeneratedCorpus(600, 17, {}, async directory => {
		const feed = await openCorpusFeed([directory], {cache: false, worker: 'always'});
		const analysed = () => feed.snapshot().articles.filter(article => !article.pending).length;
		let publishesAfterClose = 0;
		let closed = false;
		feed.subscribe(() => {
			if (closed) publishesAfterClose++;
		});
		// Close while the workers are busy (their first phase, line statistics): when is not asserted.
		await new Promise(resolve => setTimeout(resolve, 100));
		closed = true;
		const atClose = analysed();
		feed.close();
		await feed.ready;
		// Before, the workers finished their line statistics and delivered a first batch first
		// (seconds for a large corpus); how long close() takes is a figure of npm run bench.
		await new Promise(resolve => setTimeout(resolve, 50));
		t.is(analysed(), atClose, 'no batch is applied after close()');
		t.is(publishesAfterClose, 0);
		t.true(feed.snapshot().articles.some(article => article.pending), 'nothing more analysed');
	});
});

test('a file changed after the reader read it (workers read it again) is labelled from the text the reader shows', async t => {
	await withGeneratedCorpus(120, 23, {}, async directory => {
		const feed = await openCorpusFeed([directory], {cache: false, worker: 'always'});
		const shown = feed.snapshot().articles[3];
		// The worker threads are still starting: they will read the new content.
		await writeFile(shown.path, 'Replaced on disk\n\nA different story altogether, written after the reader read the file.\n');
		await feed.ready;
		const article = feed.snapshot().articles[3];
		t.is(article.text, shown.text, 'the reader keeps the text it read');
		t.not(article.title, 'Replaced on disk');
		t.true(article.labels.lines.every(line => line.span.end <= article.text.length), 'labels fit the text shown');
		t.is(article.words, analyzeArticle(article).words);
	});
});

test('workers (reading the text files again, handed the JSON Lines records) give what this thread gives', async t => {
	const hostile = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
	const inputs = [families, `${hostile}records.jsonl`, `${hostile}utf16le-bom.txt`, `${hostile}crlf.txt`];
	const analysed = async (worker: 'always' | 'never') => {
		const feed = await openCorpusFeed(inputs, {cache: false, worker});
		await feed.ready;
		return feed.snapshot().articles.map(({name, title, words, labels, group}) => ({name, title, words, labels, group}));
	};

	const inWorkers = await analysed('always');
	t.is(inWorkers.length, 11);
	t.deepEqual(inWorkers, await analysed('never'));
});

const page = (text: string) => `<html><head><title>Fire</title></head><body><article><h1>Fire</h1><p>${text}</p></article></body></html>`;

for (const [file, gzip] of [['t.warc', false], ['t.warc.gz', true], ['c.jsonl', false]] as const) {
	test(`reloadArticle re-reads a member of ${file} through the corpus loader, keeping its id`, async t => {
		const {warcRecord} = await import('../helpers/warc-records.js');
		const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-member-'));
		try {
			const sub = path.join(directory, 'sub');
			await mkdir(sub);
			const target = path.join(sub, file);
			const write = async (second: string) => {
				if (file === 'c.jsonl') {
					await writeFile(target, [JSON.stringify({id: 'a1', text: 'A fire broke out in the old mill on Tuesday night.'}), JSON.stringify({id: 'b#2', text: second})].join('\n') + '\n');
					return;
				}
				const records = [
					await warcRecord({type: 'response', url: 'http://a.example/fire', body: page('A fire broke out in the old mill on Tuesday night.'), httpHeaders: {'Content-Type': 'text/html'}, gzip}),
					await warcRecord({type: 'response', url: 'http://b.example/fire', body: page(second), httpHeaders: {'Content-Type': 'text/html'}, gzip}),
				];
				await writeFile(target, Buffer.concat(records));
			};
			await write('Firefighters fought a blaze at the old mill late on Tuesday.');
			const feed = await openCorpusFeed([directory], {cache: false, worker: 'never'});
			await feed.ready;
			const before = feed.snapshot().articles;
			t.is(before.length, 2);
			const [first, second] = before;
			t.is(await feed.reloadArticle(first), feed.snapshot().articles[0], 'unchanged: the same object');
			t.deepEqual(feed.snapshot().articles.map(article => article.id), before.map(article => article.id));
			await write('Firefighters fought a blaze at the old mill until Wednesday morning.');
			const reloaded = (await feed.reloadArticle(second)) as AnalyzedArticle;
			t.is(reloaded.id, second.id);
			t.is(reloaded.name, second.name);
			t.regex(reloaded.text, /until Wednesday morning/);
			t.deepEqual(feed.snapshot().articles.map(article => article.id), before.map(article => article.id));
			await unlink(target);
			t.deepEqual(await feed.reloadArticle(second), {path: target, kind: 'error', message: 'deleted since the corpus was opened'});
		} finally {
			await rm(directory, {recursive: true, force: true});
		}
	});
}

test('reloadArticle: the verdicts given against the old text are judged again (a doctored exact copy is no longer "identical")', async t => {
	const {corpus, done} = await scratch();
	try {
		const feed = await openCorpusFeed([corpus], {cache: false, worker: 'never'});
		await feed.ready;
		const byName = (name: string) => feed.snapshot().articles.find(article => article.name === name)!;
		const copy = byName('f-exact-copy.txt');
		t.is(copy.group!.relation, 'identical');
		const text = copy.text.replace('on Tuesday evening', 'on Monday evening');
		t.not(text, copy.text, 'the fixture has the day to change');
		await writeFile(copy.path, text);
		const reloaded = (await feed.reloadArticle(copy)) as AnalyzedArticle;
		t.is(reloaded.group!.relation, 'edited');
		t.is(byName('f-exact-copy.txt').group!.relation, 'edited');
		t.falsy(byName('f-exact-copy.txt').group!.estimated);

		// The original changed back to the copy's new text: the copy is judged against it again.
		const original = byName(reloaded.group!.original);
		await writeFile(original.path, text);
		await feed.reloadArticle(original);
		t.is(byName('f-exact-copy.txt').group!.relation, 'identical');
	} finally {
		await done();
	}
});

test('reloadArticle: after a line is inserted into a JSON Lines file, a record without an id is re-read as itself, and one that is gone is not replaced by another (breaker10 H22)', async t => {
	const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-refind-'));
	try {
		const target = path.join(directory, 'r.jsonl');
		const a = 'A fire at a garment factory in Dhaka killed 12 workers on Monday and injured 45 others, police said.';
		const b = 'Union leaders said they would fight the closure of the plant in Leeds before the end of the year.';
		const write = (records: ReadonlyArray<Record<string, string>>) => writeFile(target, records.map(record => JSON.stringify(record)).join('\n') + '\n');
		await write([{id: '2', text: b}, {text: a}, {id: 'line2', text: a.replace('45', '46')}]);
		const feed = await openCorpusFeed([directory], {cache: false, worker: 'never'});
		await feed.ready;
		const [, left, right] = feed.snapshot().articles;
		await write([{text: 'An inserted record about the council budget debate on Tuesday night.'}, {id: '2', text: b}, {text: a}, {id: 'line2', text: a.replace('12', '99').replace('45', '46')}]);
		const leftAgain = (await feed.reloadArticle(left!)) as AnalyzedArticle;
		t.is(leftAgain.text, a);
		t.is(leftAgain.id, left!.id);
		t.regex(((await feed.reloadArticle(right!)) as AnalyzedArticle).text, /killed 99 workers/);
		// The record is gone and another one without an id stands on its line: a notice, not the other record.
		await write([{id: '2', text: b}, {text: 'A different story about the harbour and its new ferry service.'}]);
		t.deepEqual(await feed.reloadArticle(left!), {path: target, kind: 'error', message: 'no longer in the file'});
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});
