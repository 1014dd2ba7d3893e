import test from 'ava';
import {cp, mkdtemp, readdir, readFile, rm, utimes, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PassThrough, Readable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {addressesOf, jsonRecord, runList} from '../../source/commands/list.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {defaultMaxFileBytes, loadCorpus} from '../../source/corpus/load.js';
import {fileStatus, memoFileFor, ReadsMemo, settledBefore, settleMs} from '../../source/corpus/read-memo.js';
import {cacheDirectory, cacheFileFor, contentKey, readCache, readCacheSummary, writeCache, writeCacheSummary} from '../../source/corpus/cache.js';
import {openCorpusFeed} from '../../source/corpus/feed-from-disk.js';
import {groupArticles} from '../../source/groups/groups.js';
import {settleVerdicts} from '../../source/corpus/pair-verdict.js';
import {withGeneratedCorpus} from '../helpers/generated-corpus.js';
import {main} from '../../source/commands/main.js';
import type {CommandIo} from '../../source/commands/io.js';

const families = fileURLToPath(new URL('../fixtures/corpus/families/', import.meta.url));
const hostile = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

function fakeIo(stdinChunks: string[] = [], columns?: number) {
	const stdout = Object.assign(new PassThrough(), {isTTY: false, columns});
	const stderr = new PassThrough();
	let out = '';
	let error = '';
	stdout.on('data', chunk => (out += chunk));
	stderr.on('data', chunk => (error += chunk));
	const io: CommandIo = {stdout, stderr, stdin: Readable.from(stdinChunks.map(chunk => Buffer.from(chunk))), env: {}};
	return {io, out: () => out, error: () => error};
}

test('--json: one object per article per line with the documented fields', async t => {
	const {io, out} = fakeIo();
	t.is(await runList([families, '--json'], io), 0);
	const records = out().trimEnd().split('\n').map(line => JSON.parse(line) as Record<string, unknown>);
	t.is(records.length, 6);
	t.deepEqual(Object.keys(records[0]), ['path', 'title', 'words', 'boilerplate_share', 'group', 'group_size', 'original', 'similarity', 'relation', 'estimated', 'reason']);
	// Paths as given on the command line, as strip and diff give them: passed back to diff, joined with strip's.
	const at = (name: string) => path.join(families, name);
	t.like(records[0], {path: at('a-original.md'), title: 'Harbour Bridge Closed After Storm Damages Cables', group: 1, group_size: 4, original: at('a-original.md'), similarity: null, relation: null});
	t.like(records[1], {path: at('b-scraped-copy.txt'), group: 1, original: at('a-original.md'), relation: 'identical'});
	t.true((records[1].boilerplate_share as number) > 0);
	t.like(records[4], {path: at('e-unrelated.txt'), group_size: 1, original: at('e-unrelated.txt')});
	t.true((records[0].words as number) > 100);
});

test('stdin JSON Lines in, JSON Lines out (a map step)', async t => {
	const {io, out, error} = fakeIo([
		'{"id":"x1","title":"Given title","text":"Some text about a bridge."}\n',
		'{"id":"x2","text":"# Heading two\\n\\nBody."}\n',
		'garbage\n',
	]);
	// Like strip: a record that could not be read is trouble (2); the others are still listed.
	t.is(await runList(['-', '--json'], io), 2);
	const records = out().trimEnd().split('\n').map(line => JSON.parse(line) as Record<string, unknown>);
	t.deepEqual(records.map(record => [record.path, record.title]), [['stdin#x1', 'Given title'], ['stdin#x2', 'Heading two']]);
	t.regex(error(), /copydesk: error: -#:3: not valid JSON/);
});

test('plain table is fitted to the width and terminal-safe', async t => {
	const {io, out, error} = fakeIo([], 60);
	t.is(await runList([hostile], io), 2, 'a broken symlink is trouble');
	const lines = out().trimEnd().split('\n');
	for (const line of lines) t.true([...line].length <= 60, line);
	t.false(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(out()), 'no raw control characters on stdout');
	t.false(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(error()), 'no raw control characters on stderr');
	// Not listed: 3 files only skipped (no fault: binary.txt and 2 passed over for their name) and a symlink loop, 5 problems.
	t.regex(lines.slice(-2).join(' '), /^16 articles, .* 4 skipped, 5 problems$/);
	t.regex(error(), /skipped: .*binary\.txt: binary file/);
	t.notRegex(error(), /; skipped/, 'said once');
	t.regex(error(), /error: .*broken-link\.txt: broken symlink/);
	// A warning names the file as an error does: by its path, not its name under the folder (breaker12 K18).
	t.true(error().includes(`warning: ${path.join(hostile, 'invalid-utf8.txt')}: invalid UTF-8 at byte 34`), error());
});

test('--width wider gives longer titles; original and relations shown', async t => {
	const {io, out} = fakeIo();
	t.is(await runList([families, '--width', '140'], io), 0);
	const lines = out().split('\n');
	t.regex(lines[0], /^title\s+name\s+words\s+boil\s+group\s+relation\s+sim$/);
	t.regex(lines[1], /^Harbour Bridge Closed After Storm Damages Cables\s+a-original\.md\s+\d+\s+0%\s+\*#1 ×4 original$/);
	t.regex(lines[2], /#1 ×4 identical +100%$/);
});

test('a missing corpus is a one-line error with status 2', async t => {
	const {io, error} = fakeIo();
	t.is(await main(['list', '/no/such/dir'], io), 2);
	t.is(error(), 'copydesk: error: /no/such/dir: no such file or directory\n');
});

test('a missing file among named ones is reported; the others are still listed; status 2', async t => {
	const {io, out, error} = fakeIo();
	t.is(await main(['list', '/no/such/file.txt', path.join(families, 'a-original.md')], io), 2);
	t.regex(out(), /Harbour Bridge.*\s+a-original\.md\s/);
	t.regex(error(), /^copydesk: .*\/no\/such\/file\.txt: no such file or directory$/m);
});

test('--width 40: the summary line too fits', async t => {
	const {io, out} = fakeIo();
	t.is(await runList([hostile, '--width', '40'], io), 2);
	for (const line of out().trimEnd().split('\n')) t.true([...line].length <= 40, line);
	t.regex(out(), /4 skipped, 5 problems\n$/);
});

test('--width has one range for list, diff and story (20 columns is the narrowest each accepts)', async t => {
	const article = path.join(families, (await import('node:fs')).readdirSync(families).find(name => name.endsWith('.txt'))!);
	const commands = [['list', families], ['diff', article, article], ['story', families, '--print']];
	const errors = [];
	for (const command of commands) {
		const narrowest = fakeIo();
		t.is(await main([...command, '--width', '20'], narrowest.io), 0, `${command[0]}: ${narrowest.error()}`);
		const narrower = fakeIo();
		t.is(await main([...command, '--width', '19'], narrower.io), 2, command[0]);
		errors.push(narrower.error());
	}
	t.is(new Set(errors).size, 1, errors.join(''));
});

test('a bad --width is a usage error', async t => {
	const {io, error} = fakeIo();
	t.is(await main(['list', families, '--width', 'abc'], io), 2);
	t.regex(error(), /--width/);
});

test('a reader that goes away (EPIPE) ends the listing quietly with status 0', async t => {
	const {io} = fakeIo();
	const {Writable} = await import('node:stream');
	let writes = 0;
	const broken = new Writable({
		write(_chunk, _encoding, callback) {
			writes++;
			callback(Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}));
		},
	});
	t.is(await runList([families, '--json'], {...io, stdout: broken}), 0);
	t.is(writes, 1);
});

test('narrow widths drop the similarity, the relation, the group, then the title; rows never exceed the width', async t => {
	for (const width of [20, 24, 30, 45, 50, 70, 100]) {
		const {io, out} = fakeIo();
		t.is(await runList([families, '--width', String(width)], io), 0);
		// The table (the summary below it is wrapped to the width too).
		const lines = out().trimEnd().split('\n').filter(line => !/articles?,/.test(line) && !/^\S*near-duplicate|^\(/.test(line));
		for (const line of lines) t.true([...line].length <= width, `${width}: ${line}`);
		t.is(lines[0].endsWith(' sim'), width >= 100, String(width));
		t.is(lines[0].includes('relation'), width >= 70, String(width));
		t.is(lines[0].includes('group'), width >= 50, String(width));
		t.is(lines[0].includes('title'), width >= 45, String(width));
	}
});

test('a corpus large enough for worker threads (which read the files themselves) lists exactly what one thread computes', async t => {
	await withGeneratedCorpus(230, 3, {'binary.txt': Buffer.from([0x50, 0, 0x51])}, async directory => {
		const {io, out, error} = fakeIo();
		t.is(await runList([directory, '--json'], io), 0);
		const {articles} = await loadCorpus([directory]);
		const analysed = analyzeArticles(articles);
		const groups = await settleVerdicts(analysed, groupArticles(analysed));
		const names = addressesOf(articles);
		const expected = analysed.map((article, index) => JSON.stringify(jsonRecord({...article, boilerplateShare: article.labels.boilerplateShare, group: groups[index]}, names)));
		t.deepEqual(out().trimEnd().split('\n'), expected);
		t.regex(error(), /copydesk: skipped: .*binary\.txt: binary file/);

		// With a cache directory and no cache yet, the workers' reads give the content key: the cache
		// written is found under the key the reader computes from the texts, and the next run reads it.
		const cacheHome = await mkdtemp(path.join(tmpdir(), 'copydesk-list-cache-'));
		try {
			const env = {XDG_CACHE_HOME: cacheHome};
			const cold = fakeIo();
			cold.io.env = env;
			t.is(await runList([directory, '--json'], cold.io), 0);
			t.is(cold.out(), out());
			const file = (await cacheFileFor([directory], cacheDirectory(env)))!;
			const summary = await readCacheSummary(file, contentKey(articles), articles.length);
			t.truthy(summary);
			await writeCacheSummary(file, contentKey(articles), {...summary!, rows: summary!.rows.map((row, index) => (index === 0 ? {...row, title: 'From the cache'} : row))});
			const warm = fakeIo();
			warm.io.env = env;
			t.is(await runList([directory, '--json'], warm.io), 0);
			t.is((JSON.parse(warm.out().split('\n')[0]) as {title: string}).title, 'From the cache');
		} finally {
			await rm(cacheHome, {recursive: true, force: true});
		}
	});
});

test('on a terminal, a status line on stderr while a large corpus is analysed, erased before the output', async t => {
	await withGeneratedCorpus(220, 29, {}, async directory => {
		const {io, out, error} = fakeIo();
		Object.assign(io.stderr, {isTTY: true});
		t.is(await runList([directory, '--json'], io), 0);
		t.regex(error(), /^\r\u001B\[Kcopydesk: (?:finding|reading|labelling|grouping)/);
		t.true(error().endsWith('\r\u001B[K'), 'the line is erased');
		t.is(out().trimEnd().split('\n').length, 220);
	});
});

test('without a terminal on stderr, no status line', async t => {
	const {io, error} = fakeIo();
	t.is(await runList([families, '--json'], io), 0);
	t.is(error(), '');
});

test('list reads the reader\'s analysis cache (content-keyed) and writes one itself', async t => {
	const cacheHome = await mkdtemp(path.join(tmpdir(), 'copydesk-list-cache-'));
	try {
		const env = {XDG_CACHE_HOME: cacheHome};
		// The reader's feed analyses the corpus and writes the whole cache.
		const feed = await openCorpusFeed([families], {env, worker: 'never'});
		await feed.ready;
		feed.close();
		const file = (await cacheFileFor([families], cacheDirectory(env)))!;
		const loaded = await loadCorpus([families]);
		const key = contentKey(loaded.articles);
		const whole = (await readCache(file, key, loaded.articles.length))!;
		t.truthy(whole);
		// A title only the cache can know: list must show it.
		await writeCache(file, key, {...whole, analyses: whole.analyses.map((analysis, index) => (index === 0 ? {...analysis, title: 'From the cache'} : analysis))});
		const cached = fakeIo();
		cached.io.env = env;
		t.is(await runList([families, '--json'], cached.io), 0);
		t.is((JSON.parse(cached.out().split('\n')[0]) as {title: string}).title, 'From the cache');

		// Without a cache, list analyses and caches; its second run gives the same output from the cache.
		await rm(file);
		const cold = fakeIo();
		cold.io.env = env;
		t.is(await runList([families, '--json'], cold.io), 0);
		t.truthy(await readCacheSummary(file, key, loaded.articles.length));
		const warm = fakeIo();
		warm.io.env = env;
		t.is(await runList([families, '--json'], warm.io), 0);
		t.is(warm.out(), cold.out());
		t.not(cold.out(), cached.out());
	} finally {
		await rm(cacheHome, {recursive: true, force: true});
	}
});

test('a file only skipped (binary) is counted as skipped, not as a problem, with status 0', async t => {
	const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-list-skipped-'));
	try {
		const {writeFile, copyFile} = await import('node:fs/promises');
		await copyFile(path.join(families, 'a-original.md'), path.join(directory, 'a-original.md'));
		await writeFile(path.join(directory, 'binary.txt'), Buffer.from([0x50, 0, 0x51]));
		const {io, out, error} = fakeIo();
		t.is(await runList([directory], io), 0);
		t.regex(out(), /1 article, .*, 1 skipped\n$/);
		t.notRegex(out(), /problem/);
		t.regex(error(), /copydesk: skipped: .*binary\.txt: binary file/);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});

test('list --json paths join with strip --json\'s and pass back to diff; a WARC on stdin is stdin#<URI> in both', async t => {
	const {main} = await import('../../source/commands/main.js');
	const {captureIo} = await import('../helpers/command-io.js');
	const {warcRecord} = await import('../helpers/warc-records.js');
	const paths = async (argv: string[], stdin?: string) => {
		const io = captureIo({stdin});
		await main(argv, io);
		return io.out().trim().split('\n').map(line => (JSON.parse(line) as {path: string}).path).sort();
	};

	const listed = await paths(['list', families, '--json']);
	t.deepEqual(listed, await paths(['strip', families, '--json']));
	const diffed = captureIo();
	t.not(await main(['diff', listed[0]!, listed[1]!], diffed), 2, diffed.err());

	const html = (words: string) => `<html><body><article><p>${words} The council met on Tuesday to approve the harbour budget for the coming year.</p></article></body></html>`;
	const record = async (url: string, body: string) => warcRecord({type: 'response', url, body, httpHeaders: {'Content-Type': 'text/html; charset=utf-8'}, gzip: false});
	const warc = Buffer.concat([await record('https://example.org/one', html('One.')), await record('https://example.org/two', html('Two.'))]).toString('utf8');
	t.deepEqual(await paths(['list', '-', '--json'], warc), ['stdin#https://example.org/one', 'stdin#https://example.org/two']);
	t.deepEqual(await paths(['strip', '-', '--json'], warc), ['stdin#https://example.org/one', 'stdin#https://example.org/two']);
});

test('the footer counts the files skipped, not the notices that name them (breaker13 M40)', async t => {
	const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-skipped-'));
	try {
		const {mkdir, writeFile} = await import('node:fs/promises');
		await writeFile(path.join(directory, 'story.txt'), 'A fire killed twelve workers in Dhaka on Tuesday, officials said.\n');
		for (const name of ['a.shtml', 'c.text', 'f.rtf', 'g.doc']) await writeFile(path.join(directory, name), 'x\n');
		await mkdir(path.join(directory, 'sub'));
		await writeFile(path.join(directory, 'sub', 'h.text'), 'x\n');
		const {io, out, error} = fakeIo();
		const cache = await mkdtemp(path.join(tmpdir(), 'copydesk-skipped-cache-'));
		t.is(await runList([directory], {...io, env: {XDG_CACHE_HOME: cache}}), 0);
		await rm(cache, {recursive: true, force: true});
		t.regex(out(), /1 article, .*, 5 skipped/);
		t.regex(error(), /4 files passed over/);
		t.regex(error(), /1 file passed over/);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});

/** A copy of the families corpus whose files are settled (read-memo.ts): whole-second times, looked at settleMs later. */
async function withSettledCopy(run: (directory: string, cacheHome: string) => Promise<void>) {
	const root = await mkdtemp(path.join(tmpdir(), 'copydesk-list-memo-'));
	try {
		const directory = path.join(root, 'corpus');
		await cp(families, directory, {recursive: true});
		for (const name of await readdir(directory)) await utimes(path.join(directory, name), 1_700_000_000, 1_700_000_000);
		await new Promise(resolve => setTimeout(resolve, settleMs + 300));
		await run(directory, path.join(root, 'cache'));
	} finally {
		await rm(root, {recursive: true, force: true});
	}
}

const listJson = async (directory: string, env: NodeJS.ProcessEnv) => {
	const run = fakeIo();
	run.io.env = env;
	t0(await runList([directory, '--json'], run.io));
	return run.out();
};

const t0 = (status: number) => {
	if (status !== 0) throw new Error(`list exited ${status}`);
};

test('a second listing takes each unchanged file from the reads memo, lists the same, and an edit that keeps the size and modification time is analysed again', async t => {
	await withSettledCopy(async (directory, cacheHome) => {
		const env = {XDG_CACHE_HOME: cacheHome};
		const cold = await listJson(directory, env);
		const memoFile = memoFileFor((await cacheFileFor([directory], cacheDirectory(env)))!);
		const names = (await readdir(directory)).sort();
		const entry = (name: string) => ({file: path.join(directory, name), name, explicit: false, regular: true});
		const memoKnows = async () => {
			const memo = await ReadsMemo.load(memoFile, defaultMaxFileBytes, env);
			return names.filter(name => memo.lookUp(entry(name), fileStatus(path.join(directory, name), settledBefore())!.status)).length;
		};

		t.is(await memoKnows(), names.length, 'the cold listing remembered every file');
		t.is(await listJson(directory, env), cold, 'warm = cold');

		// The same size, the modification time set back: only the change time tells.
		const file = path.join(directory, 'e-unrelated.txt');
		const text = await readFile(file, 'utf8');
		const edited = text.replace(/[a-z]{6}/, word => word.split('').reverse().join(''));
		t.not(edited, text);
		t.is(Buffer.byteLength(edited), Buffer.byteLength(text));
		await writeFile(file, edited);
		await utimes(file, 1_700_000_000, 1_700_000_000);
		const warm = await listJson(directory, env);
		const fresh = await listJson(directory, {XDG_CACHE_HOME: path.join(cacheHome, 'fresh')});
		t.is(warm, fresh, 'as a listing with no cache');
		t.not(warm, cold);
	});
});

test('a damaged analysis cache and reads memo are ignored (no crash, the same listing) and written again', async t => {
	await withSettledCopy(async (directory, cacheHome) => {
		const env = {XDG_CACHE_HOME: cacheHome};
		const cold = await listJson(directory, env);
		const cacheFile = (await cacheFileFor([directory], cacheDirectory(env)))!;
		const memoFile = memoFileFor(cacheFile);
		for (const damage of [(bytes: string) => bytes.slice(0, bytes.length / 2), (bytes: string) => bytes.replace(/[0-9]/, digit => String((Number(digit) + 1) % 10)), () => '\u0000garbage']) {
			await writeFile(cacheFile, damage(await readFile(cacheFile, 'utf8')));
			await writeFile(memoFile, damage(await readFile(memoFile, 'utf8')));
			t.is(await listJson(directory, env), cold);
			t.is(await listJson(directory, env), cold, 'and from what that run wrote');
		}

		t.truthy((await ReadsMemo.load(memoFile, defaultMaxFileBytes, env)).lookUp({file: path.join(directory, 'a-original.md'), name: 'a-original.md', explicit: false, regular: true}, fileStatus(path.join(directory, 'a-original.md'), settledBefore())!.status));
	});
});

test('COPYDESK_READS_MEMO=0: every file is read and hashed, the cache still serves, and no memo is written', async t => {
	await withSettledCopy(async (directory, cacheHome) => {
		const env = {XDG_CACHE_HOME: cacheHome, COPYDESK_READS_MEMO: '0'};
		const cold = await listJson(directory, env);
		const cacheFile = (await cacheFileFor([directory], cacheDirectory(env)))!;
		t.is(await listJson(directory, env), cold);
		t.deepEqual(await readdir(path.dirname(cacheFile)), [path.basename(cacheFile)]);
	});
});
