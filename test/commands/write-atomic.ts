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
		await writeFileAtomic(path.join(directory, 'a', 'b.txt'), 'text\n');
		t.is(await readFile(path.join(directory, 'a', 'b.txt'), 'utf8'), 'text\n');
		t.deepEqual(await readdir(path.join(directory, 'a')), ['b.txt']);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});

test('interrupted (SIGINT) while writing, it removes its temporary files and ends by the signal (breaker13 M25)', async t => {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'copydesk-atomic-'));
	try {
		// Many large files in flight at once: the signal comes while some are still temporary.
		const script = `import {writeFileAtomic} from ${JSON.stringify(module)};
const data = 'x'.repeat(4 * 1024 * 1024);
let n = 0;
const next = () => writeFileAtomic(${JSON.stringify(directory)} + '/' + (n++) + '.txt', data).then(next);
for (let k = 0; k < 8; k++) next();
setInterval(() => {}, 1000);`;
		const child = spawn(process.execPath, ['--import=tsx', '--input-type=module', '-e', script], {stdio: 'ignore'});
		// Wait until files appear, then interrupt.
		for (let waited = 0; waited < 60_000; waited += 100) {
			await new Promise(resolve => setTimeout(resolve, 100));
			if ((await readdir(directory)).length > 2) break;
		}
		const ended = new Promise<NodeJS.Signals | null>(resolve => child.on('exit', (_code, signal) => resolve(signal)));
		const inFlight = (await readdir(directory)).filter(name => name.endsWith('.tmp')).length;
		child.kill('SIGINT');
		t.is(await ended, 'SIGINT');
		t.deepEqual((await readdir(directory)).filter(name => name.endsWith('.tmp')), []);
		t.true(inFlight > 0, 'temporary files were being written when the signal came');
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});
