import test from 'ava';
import {mkdtemp, readFile, rm, writeFile, readdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Article} from '../../source/corpus/article.js';
import {execFileSync, spawn} from 'node:child_process';
import {cacheDirectory, cacheFileFor, ContentKey, contentKey, readCache, readCacheSummary, writeCache, writeCacheSummary, type CachedAnalysis} from '../../source/corpus/cache.js';

const article = (id: string, text: string): Article => ({id, path: id, name: id, text, size: text.length, warnings: [], meta: {}});
const value: CachedAnalysis = {
	analyses: [{title: 'T', words: 2, labels: {lines: [], language: 'en', meta: {}, boilerplateShare: 0}}],
	groups: [{group: 1, groupSize: 1, original: 'a', similarity: 1, relation: 'identical'}],
};

async function withFile(run: (file: string, directory: string) => Promise<void>) {
	const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-cache-'));
	try {
		await run(path.join(directory, 'sub', 'corpus.json'), directory);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
}

test('round trip, atomically (no temp files left)', async t => {
	await withFile(async (file, directory) => {
		const key = contentKey([article('a', 'x y')]);
		t.true(await writeCache(file, key, value));
		t.deepEqual(await readCache(file, key, 1), value);
		t.deepEqual(await readdir(path.join(directory, 'sub')), ['corpus.json']);
	});
});

test('the key changes with any text, id, title or metadata', t => {
	const base = contentKey([article('a', 'x'), article('b', 'y')]);
	t.not(contentKey([article('a', 'x'), article('b', 'y!')]), base);
	t.not(contentKey([article('a', 'x'), article('c', 'y')]), base);
	t.not(contentKey([article('b', 'y'), article('a', 'x')]), base);
	t.not(contentKey([{...article('a', 'x'), givenTitle: 'T'}, article('b', 'y')]), base);
	t.not(contentKey([{...article('a', 'x'), meta: {date: '2024-01-01'}}, article('b', 'y')]), base);
	t.is(contentKey([article('a', 'x'), article('b', 'y')]), base);
});

test('stale, corrupt, truncated, tampered or foreign caches are never trusted', async t => {
	await withFile(async file => {
		const key = contentKey([article('a', 'x y')]);
		t.is(await readCache(file, key, 1), undefined, 'missing');
		await writeCache(file, key, value);
		const good = await readFile(file, 'utf8');
		t.is(await readCache(file, contentKey([article('a', 'changed')]), 1), undefined, 'stale key');
		t.is(await readCache(file, key, 2), undefined, 'wrong article count');
		await writeFile(file, good.slice(0, -5));
		t.is(await readCache(file, key, 1), undefined, 'truncated');
		await writeFile(file, good.replace('"T"', '"X"'));
		t.is(await readCache(file, key, 1), undefined, 'checksum mismatch');
		await writeFile(file, good.replace('"version":', '"version":1000,"old":'));
		t.is(await readCache(file, key, 1), undefined, 'other version');
		await writeFile(file, 'not json at all\n{');
		t.is(await readCache(file, key, 1), undefined, 'bad JSON');
		await writeFile(file, '');
		t.is(await readCache(file, key, 1), undefined, 'empty');
	});
});

test('a cache that cannot be written is not an error', async t => {
	await withFile(async (_file, directory) => {
		// A file where the cache directory should be: ENOTDIR, even for root.
		await writeFile(path.join(directory, 'blocker'), 'x');
		t.false(await writeCache(path.join(directory, 'blocker', 'x.json'), 'k', value));
	});
});

test('cache location: XDG_CACHE_HOME, else ~/.cache; stdin has none; keyed by the real path', async t => {
	t.is(cacheDirectory({XDG_CACHE_HOME: '/x/cache', HOME: '/home/u'}), '/x/cache/copydesk');
	t.is(cacheDirectory({XDG_CACHE_HOME: 'relative', HOME: '/home/u'}), '/home/u/.cache/copydesk');
	t.is(cacheDirectory({HOME: '/home/u'}), '/home/u/.cache/copydesk');
	t.is(await cacheFileFor(['-'], '/c'), undefined);
	t.is(await cacheFileFor(['corpus'], undefined), undefined);
	const viaRelative = await cacheFileFor(['corpus'], '/c');
	t.is(viaRelative, await cacheFileFor([path.resolve('corpus')], '/c'));
	t.not(viaRelative, await cacheFileFor(['test'], '/c'));
	t.true(viaRelative!.startsWith('/c/'));
});

test('a large cache is written in slices and read back whole, non-ASCII titles included', async t => {
	await withFile(async file => {
		const count = 2500;
		const articles = Array.from({length: count}, (_, index) => article(`a${index}`, `text ${index}`));
		const many: CachedAnalysis = {
			analyses: articles.map((_, index) => ({title: index % 2 ? `Заголовок ${index} — 東京 👩‍👩‍👧` : `Title ${index}`, words: index, labels: {lines: [{n: 1, span: {start: 0, end: 4}, kind: 'title'}], language: 'en', meta: {}, boilerplateShare: 0}})),
			groups: articles.map((_, index) => ({group: index + 1, groupSize: 1, original: `a${index}`, similarity: 1, relation: 'identical'})),
		};
		const key = contentKey(articles);
		t.true(await writeCache(file, key, many));
		t.deepEqual(await readCache(file, key, count), many);
	});
});

test('a summary-only cache (written by list) serves list, not the reader; a whole one serves both', async t => {
	await withFile(async file => {
		const key = contentKey([article('a', 'x y')]);
		const summary = {rows: [{title: 'T', words: 2, boilerplateShare: 0}], groups: value.groups};
		t.true(await writeCacheSummary(file, key, summary));
		t.deepEqual(await readCacheSummary(file, key, 1), summary);
		t.is(await readCache(file, key, 1), undefined);
		t.true(await writeCache(file, key, value));
		t.deepEqual(await readCacheSummary(file, key, 1), summary);
		t.deepEqual(await readCache(file, key, 1), value);
		t.is(await readCacheSummary(file, contentKey([article('a', 'changed')]), 1), undefined);
	});
});

test('the key built one article at a time is the key of the whole list', t => {
	const articles = [article('a', 'x'), {...article('b', 'y'), givenTitle: 'T', meta: {date: '2024-01-01'}}];
	const key = new ContentKey();
	for (const each of articles) key.add(each);
	t.is(key.count, 2);
	t.is(key.digest(), contentKey(articles));
});

test('two processes writing at once: the file is one of the two caches, whole, never a mix', async t => {
	await withFile(async file => {
		// The same value either side: a function both this process and the child evaluate.
		const makeSource = `(title, count) => ({
			analyses: Array.from({length: count}, (_, index) => ({title: title + ' ' + index, words: index, labels: {lines: [{n: 1, span: {start: 0, end: 4}, kind: 'title'}], language: 'en', meta: {}, boilerplateShare: 0}})),
			groups: Array.from({length: count}, (_, index) => ({group: index + 1, groupSize: 1, original: 'a' + index, similarity: 1, relation: 'identical'})),
		})`;
		// oxlint-disable-next-line no-eval -- the child process evaluates the same source, so both sides build the same value
		const make = (0, eval)(makeSource) as (title: string, count: number) => CachedAnalysis;
		const count = 3000;
		const articles = Array.from({length: count}, (_, index) => article(`a${index}`, `text ${index}`));
		const key = contentKey(articles);
		const first = make('first', count);
		const second = make('second', count);
		// Another process: a child node writing the same file while this one does.
		const child = spawn(process.execPath, ['--import=tsx', '--input-type=module', '-e', `
			import {writeCache} from ${JSON.stringify(new URL('../../source/corpus/cache.ts', import.meta.url).href)};
			const value = (${makeSource})('second', ${count});
			for (let i = 0; i < 20; i++) await writeCache(${JSON.stringify(file)}, ${JSON.stringify(key)}, value);
		`], {stdio: 'inherit'});
		let running = true;
		const exited = new Promise(resolve => child.on('exit', code => {
			running = false;
			resolve(code);
		}));
		// Until the child is done: write, read back, check.
		for (let round = 0; running || round < 5; round++) {
			await writeCache(file, key, first);
			const read = await readCache(file, key, count);
			t.truthy(read);
			t.true(read!.analyses.every(analysis => analysis.title.startsWith('first')) || read!.analyses.every(analysis => analysis.title.startsWith('second')));
		}

		t.is(await exited, 0);
		const last = await readCache(file, key, count);
		t.true(JSON.stringify(last) === JSON.stringify(first) || JSON.stringify(last) === JSON.stringify(second));
		t.deepEqual((await readdir(path.dirname(file))).filter(name => name.endsWith('.tmp')), []);
	});
});

test('a cache place where mkdir answers ENOENT under an existing parent (/proc) is given up, not looped on', async t => {
	if (process.platform !== 'linux') return t.pass('procfs is Linux only');
	t.timeout(30_000);
	const key = contentKey([article('a', 'x y')]);
	// Node 20's mkdir(…, {recursive: true}) spins here for ever; the write must answer false and end.
	t.false(await writeCache('/proc/copydesk-nope/sub/corpus.json', key, value));
});

test('a FIFO (or any file not regular) in the cache\'s place is no cache, and reading it does not block (breaker B4)', async t => {
	if (process.platform === 'win32') return t.pass('no FIFOs');
	t.timeout(30_000);
	const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-cache-fifo-'));
	const fifo = path.join(directory, 'corpus.json');
	execFileSync('mkfifo', [fifo]);
	const key = contentKey([article('a', 'x y')]);
	t.is(await readCacheSummary(fifo, key, 1), undefined);
	t.is(await readCache(fifo, key, 1), undefined);
	t.is(await readCache(directory, key, 1), undefined);
	// The next write replaces it with a cache.
	t.true(await writeCache(fifo, key, value));
	t.truthy(await readCache(fifo, key, 1));
	await rm(directory, {recursive: true});
});

test('the key is the hash of each article\'s pieces in turn: one update of them joined gives the bytes of one update each (lone surrogates, non-ASCII, empty titles)', async t => {
	const {createHash} = await import('node:crypto');
	const {textHash} = await import('../../source/groups/text-hash.js');
	const {analysisVersion} = await import('../../source/corpus/analysis-version.js');
	const articles: Article[] = [
		article('a\uD800', 'x'),
		{...article('b', 'y'), givenTitle: 'Title \uDBFF', titleFromTag: true},
		{...article('ç/é.txt', ''), givenTitle: '', meta: {date: '2024-01-01', byline: 'Zoë \uDC00'}},
	];
	const hash = createHash('sha256');
	for (const each of articles) {
		for (const piece of [each.id, '\0', each.givenTitle ?? '', each.titleFromTag ? '\u0001' : '', '\0', JSON.stringify(each.meta), '\0', textHash(each.text), '\u0001']) hash.update(piece);
	}

	hash.update(`copydesk-analysis-4:${analysisVersion}:${articles.length}\n`);
	t.is(contentKey(articles), hash.digest('hex'));
});
