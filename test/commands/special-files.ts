// FIFOs, sockets and devices (or symlinks to them) in a corpus folder: never opened (a FIFO would block the
// read), but said in one `skipped:` line for the folder, naming them (fresh users, eighteenth session, K7b:
// they were left out of `list` and the reader without a word).
import {execFileSync} from 'node:child_process';
import {symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {builtCli, runBuilt} from '../helpers/built-cli.js';
import {temporaryDirectoryFor} from '../helpers/temporary-directory.js';

const fifoTest = process.platform === 'win32' ? test.skip : test;

fifoTest('list says once which special files of a folder it left out, and why, and never blocks on a FIFO', t => {
	const folder = temporaryDirectoryFor(t, 'copydesk-special-');
	writeFileSync(path.join(folder, 'story.txt'), 'A ferry capsized in the river on Sunday, officials said.\n');
	execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
	symlinkSync('/dev/null', path.join(folder, 'null.md'));
	const {status, stdout, stderr} = runBuilt(['list', folder], {NO_COLOR: '1', XDG_CACHE_HOME: path.join(folder, '.cache')});
	t.is(status, 0, stderr);
	t.regex(stdout, /story\.txt/);
	t.regex(stdout, /^1 article, .*, 2 skipped$/m);
	const lines = stderr.trimEnd().split('\n');
	t.is(lines.length, 1, stderr);
	t.regex(lines[0]!, /^copydesk: skipped: .*copydesk-special-[^:]*: 2 special files not read: null\.md \(symlink to a character device\), pipe\.txt \(FIFO\); a folder's FIFOs and devices are never opened/);
});

// breaker18 M1: a FIFO named on the command line was opened twice — once without blocking to look at it, then by
// the stream that reads it — so a writer already waiting gave its text to the first open and died with no reader:
// `strip FIFO` hung or read an empty file. Opened once, it is read whole, every time.
fifoTest('a FIFO named on the command line whose writer is already waiting is read whole, every time', async t => {
	const {spawn, spawnSync} = await import('node:child_process');
	const {setTimeout: sleep} = await import('node:timers/promises');
	const folder = temporaryDirectoryFor(t, 'copydesk-fifo-arg-');
	const text = 'Harbour bridge reopens\n\nThe harbour bridge reopened on Monday after repairs, officials said.\n';
	writeFileSync(path.join(folder, 'a.txt'), text);
	const fifo = path.join(folder, 'pipe.txt');
	execFileSync('mkfifo', [fifo]);
	for (let round = 0; round < 5; round++) {
		// The writer waits in its open of the FIFO before copydesk starts, as `cat a > pipe &` does.
		const writer = spawn('sh', ['-c', `cat "${path.join(folder, 'a.txt')}" > "${fifo}"`], {stdio: 'ignore'});
		await sleep(100);
		// Bounded: the hang this guards against would block the test's own event loop.
		const {status, stdout, stderr} = spawnSync(process.execPath, [builtCli, 'strip', fifo], {env: {PATH: process.env['PATH'], NO_COLOR: '1', XDG_CACHE_HOME: path.join(folder, '.cache')}, encoding: 'utf8', timeout: 15_000});
		writer.kill();
		t.is(status, 0, stderr);
		t.regex(stdout, /reopened on Monday after repairs/, `round ${round}: ${stderr}`);
	}
});
