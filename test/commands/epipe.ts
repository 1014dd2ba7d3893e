// `copydesk diff … | head`: the reader closing the pipe early is not a crash.
import {spawn} from 'node:child_process';
import {closeSync, existsSync, mkdtempSync, openSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {editedPair} from '../../bench/generate-article.js';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'cli.js');

test('a closed stdout (| head) ends diff --json quietly, no stack trace, with diff(1)\'s status for texts that differ (breaker13 M10)', async t => {
	if (!existsSync(cli)) {
		t.fail('dist/cli.js missing: npm test builds first');
		return;
	}

	const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-epipe-'));
	const {original, edited} = editedPair();
	writeFileSync(path.join(directory, 'a.txt'), original);
	writeFileSync(path.join(directory, 'b.txt'), edited);
	const child = spawn(process.execPath, [cli, 'diff', path.join(directory, 'a.txt'), path.join(directory, 'b.txt'), '--json']);
	let stderr = '';
	child.stderr.on('data', chunk => (stderr += String(chunk)));
	// Read a little, then hang up, as `head -c 100` would.
	await new Promise<void>(resolve => child.stdout.once('data', () => resolve()));
	child.stdout.destroy();
	const code = await new Promise<number | null>(resolve => child.on('close', resolve));
	t.is(stderr, '');
	t.is(code, 1);
});

test('stdout on a full disk (> /dev/full): one copydesk: line, status 2, even for identical files', async t => {
	if (!existsSync(cli) || !existsSync('/dev/full')) {
		t.pass('no dist/cli.js or no /dev/full here');
		return;
	}

	const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-full-'));
	writeFileSync(path.join(directory, 'a.txt'), editedPair().original);
	const full = openSync('/dev/full', 'w');
	try {
		const child = spawn(process.execPath, [cli, 'diff', path.join(directory, 'a.txt'), path.join(directory, 'a.txt')], {stdio: ['ignore', full, 'pipe']});
		let stderr = '';
		child.stderr!.on('data', chunk => (stderr += String(chunk)));
		const code = await new Promise<number | null>(resolve => child.on('close', resolve));
		t.is(stderr, 'copydesk: error: standard output: no space left on the device\n');
		t.is(code, 2);
	} finally {
		closeSync(full);
	}
});
