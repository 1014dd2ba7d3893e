import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import fc from 'fast-check';
import {replaceFileAtomically, replaceFileAtomicallySync} from '../../source/corpus/atomic-file.js';

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

const inDirectorySync = (run: (directory: string) => void) => {
	const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-atomic-file-sync-'));
	try {
		run(directory);
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
};

test('the synchronous writer replaces a file whole with the string\'s UTF-8, makes missing directories once, and leaves no temporary file', t => {
	fc.assert(
		fc.property(fc.string({unit: 'binary', maxLength: 300}), fc.string({unit: 'grapheme', maxLength: 40}), (data, old) => {
			inDirectorySync(directory => {
				const file = path.join(directory, 'a', 'b', 'page.txt');
				const made = new Set<string>();
				replaceFileAtomicallySync(file, old, made);
				replaceFileAtomicallySync(file, data, made);
				t.deepEqual(readFileSync(file), Buffer.from(data, 'utf8'));
				t.deepEqual(readdirSync(path.dirname(file)), ['page.txt']);
				t.deepEqual([...made], [path.dirname(file)]);
			});
		}),
		{numRuns: 50},
	);
});

test('the synchronous writer, failing, leaves the destination as it was and no temporary file, and throws the call\'s error', t => {
	inDirectorySync(directory => {
		// A directory in the destination's place: the rename fails (EISDIR), after the temporary file is written.
		const destination = path.join(directory, 'taken');
		mkdirSync(destination);
		writeFileSync(path.join(destination, 'inside'), 'kept');
		const error = t.throws(() => replaceFileAtomicallySync(destination, 'new'));
		t.truthy((error as NodeJS.ErrnoException).code);
		t.deepEqual(readdirSync(directory), ['taken']);
		t.is(readFileSync(path.join(destination, 'inside'), 'utf8'), 'kept');
		// Its directory cannot be made (a file is in the way): nothing is written.
		writeFileSync(path.join(directory, 'file'), 'x');
		t.throws(() => replaceFileAtomicallySync(path.join(directory, 'file', 'page.txt'), 'new'));
		t.deepEqual(readdirSync(directory).sort(), ['file', 'taken']);
	});
});
