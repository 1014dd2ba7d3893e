// FIFOs, sockets and devices (or symlinks to them) in a corpus folder: never opened (a FIFO would block the
// read), but said in one `skipped:` line for the folder, naming them (fresh users, eighteenth session, K7b:
// they were left out of `list` and the reader without a word).
import {execFileSync} from 'node:child_process';
import {symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {runBuilt} from '../helpers/built-cli.js';
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
