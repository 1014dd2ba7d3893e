import {spawn} from 'node:child_process';
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {writeFileAtomic} from '../../source/commands/write-atomic.js';

const module = fileURLToPath(new URL('../../source/commands/write-atomic.ts', import.meta.url));

test('a file is written whole, its directory made, and no temporary file is left', async t => {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'copydesk-atomic-'));
	try {
		writeFileAtomic(path.join(directory, 'a', 'b.txt'), 'text\n');
		t.is(await readFile(path.join(directory, 'a', 'b.txt'), 'utf8'), 'text\n');
		t.deepEqual(await readdir(path.join(directory, 'a')), ['b.txt']);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});

test('interrupted (SIGINT) while writing, it removes its temporary files and ends by the signal (breaker13 M25)', async t => {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'copydesk-atomic-'));
	try {
		// Large files written one after another: the signal comes while one is still temporary.
		const script = `import {writeFileAtomic} from ${JSON.stringify(module)};
const data = 'x'.repeat(4 * 1024 * 1024);
let n = 0;
// One file after another, the event loop turning between them (as strip's loop awaits between articles): the
// signal comes while one is being written, and its handler runs once that one is renamed.
const next = () => { writeFileAtomic(${JSON.stringify(directory)} + '/' + (n++ % 4) + '.txt', data); setImmediate(next); };
next();
setInterval(() => {}, 1000);`;
		const child = spawn(process.execPath, ['--import=tsx', '--input-type=module', '-e', script], {stdio: 'ignore'});
		const ended = new Promise<NodeJS.Signals | null>(resolve => child.on('exit', (_code, signal) => resolve(signal)));
		// Wait until files appear and one is being written, then interrupt.
		let inFlight = 0;
		for (let waited = 0; waited < 60_000 && inFlight === 0; waited += 20) {
			await new Promise(resolve => setTimeout(resolve, 20));
			const names = await readdir(directory);
			if (names.length > 2) inFlight = names.filter(name => name.endsWith('.tmp')).length;
		}

		child.kill('SIGINT');
		t.is(await ended, 'SIGINT');
		t.deepEqual((await readdir(directory)).filter(name => name.endsWith('.tmp')), []);
		t.true(inFlight > 0, 'temporary files were being written when the signal came');
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});
