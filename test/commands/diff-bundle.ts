// The built `copydesk diff` runs from dist/diff-command.cjs with V8's code cache
// (source/commands/diff-bundle.ts): the cache only ever saves time. Missing,
// damaged, unwritable or absent (no home), the answer is the same, byte for byte.
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {gzipSync} from 'node:zlib';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {builtCli, runBuilt} from '../helpers/built-cli.js';
import {temporaryDirectoryFor} from '../helpers/temporary-directory.js';
import test, {type ExecutionContext} from 'ava';
import {bundleHead, bundleTail, codeCacheDirectory, interruptBudget, isWrapped, loadWithCodeCache, pruneCodeCaches, tieringFlag} from '../../source/commands/diff-bundle.js';

const cli = builtCli;

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');
const seeds = readdirSync(corpus).filter(name => name.endsWith('.txt')).sort();

/** `copydesk diff` of two seeds (or other arguments) with this environment: exit status, stdout, stderr. */
const diff = (env: NodeJS.ProcessEnv, args = [path.join(corpus, seeds[0]!), path.join(corpus, seeds[1]!), '--json']) => runBuilt(['diff', ...args], env);

/** A temporary directory removed after the test. */
const temporaryDirectory = (t: ExecutionContext): string => temporaryDirectoryFor(t, 'copydesk-code-cache-');

const cacheFiles = (directory: string): string[] => (existsSync(directory) ? readdirSync(directory).filter(name => name.endsWith('.v8-cache')) : []);

test('the code cache is written on the first run, used on the next, and changes nothing', t => {
	if (!existsSync(cli)) return t.fail('dist/cli.js missing: npm test builds first');
	const home = temporaryDirectory(t);
	const without = diff({});
	const first = diff({XDG_CACHE_HOME: home});
	const files = cacheFiles(path.join(home, 'copydesk'));
	t.is(files.length, 1);
	const second = diff({XDG_CACHE_HOME: home});
	t.deepEqual(first, without);
	t.deepEqual(second, without);
	t.deepEqual(cacheFiles(path.join(home, 'copydesk')), files);
	t.is(without.status, 1);
	t.true(without.stdout.startsWith('{'));
});

test('a damaged cache is replaced, an old one of another build removed, an unwritable place ignored: the same answer each time', t => {
	if (!existsSync(cli)) return t.fail('dist/cli.js missing: npm test builds first');
	const home = temporaryDirectory(t);
	const directory = path.join(home, 'copydesk');
	const expected = diff({});
	t.deepEqual(diff({XDG_CACHE_HOME: home}), expected);
	const [file] = cacheFiles(directory);
	// Damaged: same name, other bytes. V8 rejects it; the script is compiled from source and the cache written again.
	writeFileSync(path.join(directory, file!), Buffer.from('not a code cache'));
	t.deepEqual(diff({XDG_CACHE_HOME: home}), expected);
	t.not(readFileSync(path.join(directory, file!), 'utf8'), 'not a code cache');
	// Another build's cache goes when this build's is written, if it was not used for over a week.
	const day = 24 * 60 * 60;
	writeFileSync(path.join(directory, 'diff-command-0000.v8-cache'), 'old');
	utimesSync(path.join(directory, 'diff-command-0000.v8-cache'), Date.now() / 1000 - 8 * day, Date.now() / 1000 - 8 * day);
	writeFileSync(path.join(directory, 'diff-command-1111.v8-cache'), 'in use');
	writeFileSync(path.join(directory, file!), 'damaged again');
	t.deepEqual(diff({XDG_CACHE_HOME: home}), expected);
	t.deepEqual(cacheFiles(directory).sort(), ['diff-command-1111.v8-cache', file!].sort());
	// Unwritable: the cache directory's place is a file.
	const blocked = temporaryDirectory(t);
	writeFileSync(path.join(blocked, 'copydesk'), 'a file, not a directory');
	t.deepEqual(diff({XDG_CACHE_HOME: blocked}), expected);
	// Errors go through the same way: one copydesk line, exit status 2.
	const usage = diff({XDG_CACHE_HOME: home}, ['only-one']);
	t.is(usage.status, 2);
	t.is(usage.stderr, 'copydesk: error: diff needs exactly two articles: copydesk diff A B\n');
});

test('two checkouts of one bundle (the same bytes, other paths) keep a cache each: a stack trace names the file that ran, not the one that wrote the cache', t => {
	const home = temporaryDirectory(t);
	const bundle = "exports.where = () => new Error('here').stack.split('\\n')[1];\n";
	const [one, two] = ['one', 'two'].map(name => {
		const directory = path.join(home, name);
		mkdirSync(directory);
		writeFileSync(path.join(directory, 'bundle.cjs'), bundle);
		return path.join(directory, 'bundle.cjs');
	});
	const cache = path.join(home, 'cache');
	const first = loadWithCodeCache(one!, cache);
	t.true((first.exports['where'] as () => string)().includes(one!));
	first.save();
	const second = loadWithCodeCache(two!, cache);
	const where = (second.exports['where'] as () => string)();
	t.true(where.includes(two!), where);
	second.save();
	t.is(cacheFiles(cache).length, 2);
});

test('the built diff bundle is written as the function its loader compiles, so no start joins its source into a new string', t => {
	if (!existsSync(cli)) return t.fail('dist/cli.js missing: npm test builds first');
	const source = readFileSync(path.join(path.dirname(cli), 'diff-command.cjs'), 'utf8');
	t.true(isWrapped(source), source.slice(0, 120));
	// Strict inside the wrapper, as the ES modules it is made of: the directive opens the function's body.
	t.true(source.startsWith(`${bundleHead}"use strict";`));
});

test('a bundle is loaded alike written wrapped or not, with the same CommonJS variables and import.meta.url', t => {
	const home = temporaryDirectory(t);
	const body = "'use strict';\nconst path = require('node:path');\nexports.seen = [typeof require, module.exports === exports, path.basename(__filename), __dirname === path.dirname(__filename), __copydeskModuleUrl.startsWith('file:')];\n";
	const loaded = [`${body}`, `${bundleHead}${body}${bundleTail}\n`].map((bundle, index) => {
		const file = path.join(home, `bundle-${index}.cjs`);
		writeFileSync(file, bundle);
		t.is(isWrapped(bundle), index === 1);
		return loadWithCodeCache(file, undefined).exports['seen'];
	});
	t.deepEqual(loaded, [
		['function', true, 'bundle-0.cjs', true, true],
		['function', true, 'bundle-1.cjs', true, true],
	]);
});

test('a diff of two text files loads no node:zlib: the gzip reader is required on the first .gz file met (~5 ms of every start)', t => {
	if (!existsSync(cli)) return t.fail('dist/cli.js missing: npm test builds first');
	const home = temporaryDirectory(t);
	// Preloaded: at exit, the built-in modules this process loaded.
	const preload = path.join(home, 'modules.cjs');
	writeFileSync(preload, "process.on('exit', () => process.stderr.write(JSON.stringify(process.moduleLoadList)));\n");
	const loaded = (args: string[]): string[] => {
		const result = spawnSync(process.execPath, ['--require', preload, cli, 'diff', ...args, '--json'], {env: {PATH: process.env['PATH']}, encoding: 'utf8'});
		t.is(result.status, 1, result.stderr);
		return JSON.parse(result.stderr) as string[];
	};
	t.false(loaded([path.join(corpus, seeds[0]!), path.join(corpus, seeds[1]!)]).includes('NativeModule zlib'));
	// A gzip-compressed page does load it, so the check above can fail.
	const page = path.join(home, 'page.html.gz');
	writeFileSync(page, gzipSync('<html><head><title>Budget</title></head><body><article><p>The council approved the budget on Monday.</p></article></body></html>'));
	t.true(loaded([page, path.join(corpus, seeds[0]!)]).includes('NativeModule zlib'));
});

test('the cache directory: $XDG_CACHE_HOME/copydesk when absolute, else ~/.cache/copydesk, else none', t => {
	t.is(codeCacheDirectory({XDG_CACHE_HOME: '/x/cache', HOME: '/home/a'}), path.join('/x/cache', 'copydesk'));
	t.is(codeCacheDirectory({XDG_CACHE_HOME: 'relative', HOME: '/home/a'}), path.join('/home/a', '.cache', 'copydesk'));
	t.is(codeCacheDirectory({}), undefined);
});

/** A cache home warmed by one diff: the answer without a cache, and the cache file it wrote. */
const warmCache = (t: ExecutionContext) => {
	const home = temporaryDirectory(t);
	const directory = path.join(home, 'copydesk');
	const expected = diff({});
	t.deepEqual(diff({XDG_CACHE_HOME: home}), expected);
	return {home, directory, expected, file: path.join(directory, cacheFiles(directory)[0]!)};
};

test('a cache damaged inside, where V8 would not notice, is not used: no crash, no changed figure, and it is written again', t => {
	if (!existsSync(cli)) return t.fail('dist/cli.js missing: npm test builds first');
	const {home, expected, file} = warmCache(t);
	const sound = readFileSync(file);
	// Eight bytes overwritten at places inside the compiled code (the release build of V8 checks only a header).
	for (const offset of [1000, 50_000, Math.floor(sound.length / 2), sound.length - 100]) {
		const damaged = Buffer.from(sound);
		damaged.write('XXXXXXXX', offset, 'latin1');
		writeFileSync(file, damaged);
		t.deepEqual(diff({XDG_CACHE_HOME: home}), expected, `damaged at ${offset}`);
		t.false(readFileSync(file).equals(damaged), `rewritten after damage at ${offset}`);
	}
});

test('a cache path that is not a regular file (a device, a directory) is neither read nor left with a temporary file beside it', t => {
	if (!existsSync(cli)) return t.fail('dist/cli.js missing: npm test builds first');
	const {home, directory, expected, file} = warmCache(t);
	rmSync(file);
	// A device that never ends: reading it would fill memory.
	symlinkSync('/dev/zero', file);
	t.deepEqual(diff({XDG_CACHE_HOME: home}), expected);
	rmSync(file);
	// A directory in the cache's place: the write fails and its temporary file goes.
	mkdirSync(file);
	t.deepEqual(diff({XDG_CACHE_HOME: home}), expected);
	t.deepEqual(readdirSync(directory).filter(name => name.endsWith('.tmp')), []);
});

test('diff raises V8\'s interrupt budget unless the user set it on node\'s command line or in NODE_OPTIONS', t => {
	t.is(tieringFlag([], undefined), `--interrupt-budget=${interruptBudget}`);
	t.is(tieringFlag(['--cpu-prof'], '--max-old-space-size=4096'), `--interrupt-budget=${interruptBudget}`);
	t.is(tieringFlag(['--interrupt-budget=1000'], undefined), undefined);
	t.is(tieringFlag([], '--trace-gc --interrupt_budget=1000'), undefined);
	t.is(tieringFlag([], '--interrupt-budget-for-feedback-allocation=10'), `--interrupt-budget=${interruptBudget}`);
});

test('a cache place where mkdir answers ENOENT under an existing parent (/proc) is given up, not looped on: diff answers as without a cache', t => {
	if (!existsSync(cli) || !existsSync('/proc/self')) return t.pass('no built CLI or no procfs');
	const without = diff({});
	// A timeout so a regression fails instead of hanging the run (Node 20's recursive mkdirSync spins here).
	const result = spawnSync(process.execPath, [cli, 'diff', path.join(corpus, seeds[0]!), path.join(corpus, seeds[1]!), '--json'], {env: {PATH: process.env['PATH'], XDG_CACHE_HOME: '/proc/copydesk-nope'}, encoding: 'utf8', timeout: 120_000});
	t.deepEqual({status: result.status, stdout: result.stdout, stderr: result.stderr}, without);
});

// breaker18: each build removed only the caches of other builds over a day old, and only when it wrote its own: a
// checkout built many times a day kept them all (40 files, ~0.6 MB each, in one session's ~/.cache/copydesk).
test('other builds\' code caches are pruned: unused for a week, and beyond the twelve last used; this build\'s is kept, and touched when used', t => {
	const home = temporaryDirectory(t);
	const cache = path.join(home, 'cache');
	mkdirSync(cache);
	const hour = 60 * 60;
	const now = Date.now() / 1000;
	const aged = (name: string, hoursAgo: number) => {
		writeFileSync(path.join(cache, name), name);
		utimesSync(path.join(cache, name), now - hoursAgo * hour, now - hoursAgo * hour);
	};
	// Fourteen other builds used within the day, one unused for eight days, a writer's leftover temporary file, another command's cache.
	const build = (index: number) => `bundle-b${String(index).padStart(3, '0')}.v8-cache`;
	for (let index = 0; index < 14; index++) aged(build(index), index + 1);
	aged('bundle-old.v8-cache', 8 * 24);
	aged('bundle-b000.v8-cache.123.tmp', 2);
	aged('other-command-aaaa.v8-cache', 20 * 24);
	const file = path.join(home, 'bundle.cjs');
	writeFileSync(file, 'exports.answer = 42;\n');
	const first = loadWithCodeCache(file, cache);
	t.is(first.exports['answer'], 42);
	first.save();
	const own = cacheFiles(cache).filter(name => name.startsWith('bundle-') && !/^bundle-b\d{3}\.|^bundle-old/.test(name));
	t.is(own.length, 1);
	// Five builds used in turn keep their caches (breaker19 N3: with three kept, each run threw the next one's out).
	t.deepEqual(cacheFiles(cache).filter(name => name.startsWith('bundle-')).sort(), [...Array.from({length: 12}, (_, index) => build(index)), own[0]!].sort());
	t.true(readdirSync(cache).includes('other-command-aaaa.v8-cache'), 'another command\'s caches are its own to prune');
	t.false(readdirSync(cache).includes('bundle-b000.v8-cache.123.tmp'));
	// This build's cache, unused for two weeks, is used and so touched: it is the last used now.
	utimesSync(path.join(cache, own[0]!), now - 14 * 24 * hour, now - 14 * 24 * hour);
	const second = loadWithCodeCache(file, cache);
	second.save();
	t.true(statSync(path.join(cache, own[0]!)).mtimeMs > (now - hour) * 1000);
	// Pruning by another process meanwhile (the files already gone) is no error.
	pruneCodeCaches(path.join(home, 'nowhere'), 'bundle-', own[0]!);
	t.pass();
});
