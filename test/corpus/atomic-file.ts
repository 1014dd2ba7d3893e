import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {replaceFileAtomically} from '../../source/corpus/atomic-file.js';

const inDirectory = async (run: (directory: string) => Promise<void>) => {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'copydesk-atomic-file-'));
	try {
		await run(directory);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
};

test('a fill that fails half-way leaves the old content and no temporary file, and its error is rethrown', async t => {
	await inDirectory(async directory => {
		const file = path.join(directory, 'cache.json');
		await writeFile(file, 'old');
		await t.throwsAsync(replaceFileAtomically(file, async handle => {
			await handle.write('half of the new');
			throw new Error('disk full');
		}), {message: 'disk full'});
		t.is(await readFile(file, 'utf8'), 'old');
		t.deepEqual(await readdir(directory), ['cache.json']);
	});
});

test('two processes\' worth of writers at once: the file is one of them whole, never a mix', async t => {
	await inDirectory(async directory => {
		const file = path.join(directory, 'deep', 'er', 'memo');
		const made = new Map<string, Promise<unknown>>();
		const contents = ['a', 'b', 'c', 'd'].map(letter => letter.repeat(256 * 1024));
		await Promise.all(contents.map(async content => replaceFileAtomically(file, async handle => {
			for (let at = 0; at < content.length; at += 4096) await handle.write(content.slice(at, at + 4096));
		}, made)));
		t.true(contents.includes(await readFile(file, 'utf8')));
		t.deepEqual(await readdir(path.dirname(file)), ['memo']);
	});
});
