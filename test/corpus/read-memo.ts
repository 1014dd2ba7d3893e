import test from 'ava';
import {execFileSync} from 'node:child_process';
import {mkdir, mkdtemp, readFile, rm, utimes, writeFile} from 'node:fs/promises';
import {statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {ArticleHead} from '../../source/corpus/article.js';
import type {CorpusEntry} from '../../source/corpus/load.js';
import {fileStatus, memoFileFor, ReadsMemo, settledBefore, settleMs} from '../../source/corpus/read-memo.js';

const maxBytes = 1000;

async function withDirectory(run: (directory: string) => Promise<void>) {
	const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-memo-'));
	try {
		await run(directory);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
}

const entryOf = (file: string, name: string): CorpusEntry => ({file, name, explicit: false, regular: true});
const headOf = (file: string, name: string, extra: Partial<ArticleHead> = {}): ArticleHead => ({id: name, name, path: file, size: 3, warnings: [], meta: {}, ...extra});
/** Looked at "later": every file just written counts as settled. */
const later = settledBefore(Date.now() + 10 * settleMs);

test('a remembered read comes back for the same status, with its head whole, and not for another status or entry', async t => {
	await withDirectory(async directory => {
		const file = path.join(directory, 'a.txt');
		await writeFile(file, 'one');
		const entry = entryOf(file, 'a.txt');
		const status = fileStatus(file, later)!;
		t.true(status.settled);
		const memo = ReadsMemo.empty();
		const head = headOf(file, 'a.txt', {warnings: ['empty file'], meta: {date: '2024-05-01', url: 'https://example.com/a'}, givenTitle: 'A title', titleFromTag: true});
		memo.remember(entry, status, {head, digest: 'D1'});
		const memoFile = path.join(directory, 'cache', 'x.reads');
		t.true(await memo.write(memoFile, maxBytes));
		const loaded = await ReadsMemo.load(memoFile, maxBytes);
		t.deepEqual(loaded.lookUp(entry, status.status), {head, digest: 'D1'});
		t.is(loaded.lookUp(entry, `${status.status}x`), undefined, 'another status');
		t.is(loaded.lookUp(entryOf(file, 'b.txt'), status.status), undefined, 'another name');
		t.is(loaded.lookUp({...entry, explicit: true}, status.status), undefined, 'named on the command line: read otherwise');
		t.is(loaded.lookUp(entryOf(path.join(directory, 'b.txt'), 'a.txt'), status.status), undefined, 'another file');
		t.is(memoFileFor('/c/copydesk/abc.json'), '/c/copydesk/abc.reads');
	});
});

test('a file changed in any way after its read was remembered has another status: same size and modification time, rewritten in place', async t => {
	await withDirectory(async directory => {
		const file = path.join(directory, 'a.txt');
		await writeFile(file, 'The council approved the plan.');
		// Whole seconds, so that setting them back is exact.
		await utimes(file, 1_700_000_000, 1_700_000_000);
		const before = statSync(file);
		const status = fileStatus(file, later)!;
		// Wait for the change time to move on (the file system's clock may be coarse).
		await new Promise(resolve => setTimeout(resolve, 50));
		await writeFile(file, 'The council rejected the plan.');
		await utimes(file, 1_700_000_000, 1_700_000_000);
		const after = statSync(file);
		t.is(after.size, before.size);
		t.is(after.mtimeMs, before.mtimeMs, 'modification time restored');
		t.not(fileStatus(file, later)!.status, status.status, 'the change time tells');
	});
});

test('a status not yet settled (touched within settleMs) is never remembered, so the file is read again next time', async t => {
	await withDirectory(async directory => {
		const file = path.join(directory, 'a.txt');
		await writeFile(file, 'one');
		const status = fileStatus(file, settledBefore())!;
		t.false(status.settled);
		const memo = ReadsMemo.empty();
		memo.remember(entryOf(file, 'a.txt'), status, {head: headOf(file, 'a.txt'), digest: 'D'});
		t.is(memo.size, 0);
		// A read whose article is not the entry's (another id) is not remembered either.
		memo.remember(entryOf(file, 'a.txt'), fileStatus(file, later), {head: headOf(file, 'other'), digest: 'D'});
		t.is(memo.size, 0);
		t.is(fileStatus(path.join(directory, 'missing.txt'), later), undefined);
		t.is(fileStatus(directory, later), undefined, 'a directory has no status here');
	});
});

test('a damaged, foreign or misplaced memo is no memo, never a crash', async t => {
	await withDirectory(async directory => {
		const file = path.join(directory, 'a.txt');
		await writeFile(file, 'one');
		const entry = entryOf(file, 'a.txt');
		const status = fileStatus(file, later)!;
		const memo = ReadsMemo.empty();
		memo.remember(entry, status, {head: headOf(file, 'a.txt'), digest: 'D'});
		const memoFile = path.join(directory, 'm.reads');
		t.true(await memo.write(memoFile, maxBytes));
		const good = await readFile(memoFile);
		const known = async () => (await ReadsMemo.load(memoFile, maxBytes)).lookUp(entry, status.status);
		t.truthy(await known());
		t.is(await (await ReadsMemo.load(memoFile, maxBytes + 1)).lookUp(entry, status.status), undefined, 'another size limit');
		t.is((await ReadsMemo.load(memoFile, maxBytes, {COPYDESK_READS_MEMO: '0'})).lookUp(entry, status.status), undefined, 'turned off');
		const text = good.toString('utf8');
		const damaged = [
			'',
			'garbage',
			'{"format":"copydesk-reads-2"}\n[]',
			text.slice(0, -5),
			text.replace('"D"', '"E"'),
			text.replace(/"cwd":"[^"]*"/, '"cwd":"/elsewhere"'),
			text.replace(/"build":"[^"]*"/, '"build":"another"'),
		];
		for (const bytes of damaged) {
			await writeFile(memoFile, bytes);
			t.is(await known(), undefined, JSON.stringify(bytes.slice(0, 40)));
		}

		// A checksum that holds over entries of the wrong shape.
		const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as Record<string, unknown>;
		const body = '[[1,2,3]]';
		const {createHash} = await import('node:crypto');
		await writeFile(memoFile, `${JSON.stringify({...header, count: 1, bytes: body.length, checksum: createHash('sha256').update(body).digest('hex')})}\n${body}`);
		t.is(await known(), undefined, 'entries of the wrong shape');
		await rm(memoFile);
		await mkdir(memoFile);
		t.is(await known(), undefined, 'a directory');
		await rm(memoFile, {recursive: true});
		execFileSync('mkfifo', [memoFile]);
		t.is(await known(), undefined, 'a FIFO does not block');
	});
});

test('two writers at once: the memo is one of the two, whole', async t => {
	await withDirectory(async directory => {
		const files = await Promise.all(['a', 'b'].map(async name => {
			const file = path.join(directory, `${name}.txt`);
			await writeFile(file, name);
			return file;
		}));
		const memos = files.map(file => {
			const memo = ReadsMemo.empty();
			for (let index = 0; index < 3000; index++) memo.remember(entryOf(`${file}`, path.basename(file)), fileStatus(file, later), {head: headOf(file, path.basename(file)), digest: `D${index}`});
			return memo;
		});
		const memoFile = path.join(directory, 'm.reads');
		for (let round = 0; round < 5; round++) {
			await Promise.all(memos.map(async memo => memo.write(memoFile, maxBytes)));
			const loaded = await ReadsMemo.load(memoFile, maxBytes);
			const found = files.map(file => loaded.lookUp(entryOf(file, path.basename(file)), fileStatus(file, later)!.status));
			t.is(found.filter(Boolean).length, 1, 'exactly one writer\'s entries');
		}
	});
});

// A FIFO in the memo's (or the cache's) place is no memo, and is never opened: an open of it, even one that does not
// block, let a writer waiting on it write its text and go, the text lost with no reader (as breaker18 M1 found for
// FIFOs read as articles, corpus/load.ts). The writer is still waiting after the memo and the cache were looked for.
test('a FIFO in the memo\'s or the cache\'s place is not opened: a writer waiting on it keeps its text', async t => {
	if (process.platform === 'win32') return t.pass('no FIFOs');
	const {spawn} = await import('node:child_process');
	const {setTimeout: sleep} = await import('node:timers/promises');
	const {readCacheSummary, contentKey} = await import('../../source/corpus/cache.js');
	const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-memo-fifo-'));
	t.teardown(() => rm(directory, {recursive: true, force: true}));
	for (const look of [async (fifo: string) => ReadsMemo.load(fifo, 1 << 20), async (fifo: string) => readCacheSummary(fifo, contentKey([]), 0)]) {
		const fifo = path.join(directory, `place-${Math.random().toString(36).slice(2)}`);
		execFileSync('mkfifo', [fifo]);
		const writer = spawn('sh', ['-c', `printf 'the writer text' > "${fifo}"`], {stdio: 'ignore'});
		let exited = false;
		writer.on('exit', () => (exited = true));
		await sleep(150);
		await look(fifo);
		await sleep(300);
		t.false(exited, 'the writer still waits for a reader');
		// Its text goes to the reader that opens it.
		t.is(await readFile(fifo, 'utf8'), 'the writer text');
		writer.kill();
	}
});
