// The built reader's screens run from a script with V8's code cache (source/reader/mount-bundle.ts,
// dist/reader-mount.cjs): the cache is written when the reader is quit, used on the next start, and a damaged one
// only costs a compile — the reader draws the same either way. Skipped when tmux is missing (not in CI).
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {TmuxSession, tmuxUnavailable} from '../helpers/tmux.js';

const unavailable = tmuxUnavailable();
const tmuxTest = unavailable && !(process.env.CI && unavailable.startsWith('tmux')) ? test.skip : test.serial;

const cacheFiles = (directory: string): string[] => (existsSync(directory) ? readdirSync(directory).filter(name => name.startsWith('reader-mount-') && name.endsWith('.v8-cache')) : []);

tmuxTest('the reader writes its screens\' code cache when quit, starts from it, and starts the same from a damaged one (written again)', async t => {
	const home = mkdtempSync(path.join(tmpdir(), 'copydesk-reader-cache-'));
	t.teardown(() => rmSync(home, {recursive: true, force: true}));
	const directory = path.join(home, 'copydesk');
	const session = new TmuxSession(80, 24, {NO_COLOR: '1', XDG_CACHE_HOME: home});
	t.teardown(() => session.kill());
	const open = async (run: number) => {
		session.run(`node dist/cli.js test/fixtures/reader/pair; echo "exit ${run}: $?"`);
		await session.waitFor(/2 articles/, 15_000);
		session.keys('Space', 'j', 'Space', 'Enter');
		await session.waitFor(/change 1\/4/, 15_000);
		session.keys('q');
		await session.waitFor(/2 articles/);
		session.keys('q');
		await session.waitFor(new RegExp(`exit ${run}: 0`), 15_000);
	};

	await open(1);
	const files = cacheFiles(directory);
	t.is(files.length, 1);
	const cache = path.join(directory, files[0]!);
	const written = readFileSync(cache);
	await open(2);
	t.deepEqual(cacheFiles(directory), files);
	t.true(readFileSync(cache).equals(written), 'a cache used is not written again');
	writeFileSync(cache, 'not a code cache');
	await open(3);
	t.deepEqual(cacheFiles(directory), files);
	t.not(readFileSync(cache, 'utf8'), 'not a code cache');
});
