// The built `copydesk strip` runs from dist/strip-command.cjs with V8's code cache
// (source/commands/strip-bundle.ts, loaded as diff's is): the cache only ever saves
// time. Missing, damaged or unwritable, the answer is the same, byte for byte.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {builtCli, runBuilt} from '../helpers/built-cli.js';
import {temporaryDirectoryFor} from '../helpers/temporary-directory.js';
import test, {type ExecutionContext} from 'ava';
import {stripTiering, stripTieringFlags} from '../../source/commands/strip-bundle.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = builtCli;
const corpus = path.join(root, 'corpus');

/** `copydesk strip corpus/ --json` with this environment: exit status, stdout, stderr. */
const strip = (env: NodeJS.ProcessEnv, args = [corpus, '--json']) => runBuilt(['strip', ...args], env);

const temporaryDirectory = (t: ExecutionContext): string => temporaryDirectoryFor(t, 'copydesk-strip-cache-');

const cacheFiles = (directory: string): string[] => (existsSync(directory) ? readdirSync(directory).filter(name => name.startsWith('strip-command-') && name.endsWith('.v8-cache')) : []);

test('strip writes its code cache on the first run, uses it on the next, and answers the same; a damaged or unwritable cache changes nothing', t => {
	if (!existsSync(cli)) return t.fail('dist/cli.js missing: npm test builds first');
	const home = temporaryDirectory(t);
	const directory = path.join(home, 'copydesk');
	const without = strip({});
	t.is(without.status, 0);
	t.true(without.stdout.startsWith('{'));
	t.deepEqual(strip({XDG_CACHE_HOME: home}), without);
	const files = cacheFiles(directory);
	t.is(files.length, 1);
	t.deepEqual(strip({XDG_CACHE_HOME: home}), without);
	t.deepEqual(cacheFiles(directory), files);
	// Damaged: V8 (or the digest) rejects it; the script is compiled from source and the cache written again.
	writeFileSync(path.join(directory, files[0]!), 'not a code cache');
	t.deepEqual(strip({XDG_CACHE_HOME: home}), without);
	t.not(readFileSync(path.join(directory, files[0]!), 'utf8'), 'not a code cache');
	// Unwritable: the cache directory's place is a file.
	const blocked = temporaryDirectory(t);
	writeFileSync(path.join(blocked, 'copydesk'), 'a file, not a directory');
	t.deepEqual(strip({XDG_CACHE_HOME: blocked}), without);
	// Errors go through the bundle the same way: one copydesk line, exit status 2.
	const usage = strip({XDG_CACHE_HOME: home}, []);
	t.is(usage.status, 2);
	t.true(usage.stderr.startsWith('copydesk: error: strip needs a FILE, DIR or - (stdin)'));
});

test('strip sets V8\'s tiering settings unless the user set them on node\'s command line or in NODE_OPTIONS', t => {
	const all = Object.entries(stripTiering).map(([name, value]) => `--${name}=${value}`);
	t.true(all.length >= 2);
	t.deepEqual(stripTieringFlags([], undefined), all);
	t.deepEqual(stripTieringFlags(['--cpu-prof'], '--max-old-space-size=4096'), all);
	t.deepEqual(stripTieringFlags(['--interrupt-budget=1000'], undefined), all.filter(flag => !flag.startsWith('--interrupt-budget=')));
	t.deepEqual(stripTieringFlags([], '--trace-gc --max_inlined_bytecode_size_cumulative=10'), all.filter(flag => !flag.startsWith('--max-inlined-bytecode-size-cumulative=')));
	t.deepEqual(stripTieringFlags([], '--interrupt-budget-for-feedback-allocation=10'), all);
	t.deepEqual(stripTieringFlags(['--interrupt-budget', '--max-inlined-bytecode-size-cumulative=1'], undefined), []);
});

test('the built strip answers the same with the user\'s own tiering settings as with its own', t => {
	if (!existsSync(cli)) return t.fail('dist/cli.js missing: npm test builds first');
	const own = strip({});
	t.is(own.status, 0);
	// V8's defaults (Node 20), given on node's command line: kept, and the same output.
	const defaults = spawnSync(process.execPath, ['--interrupt-budget=67584', '--max-inlined-bytecode-size-cumulative=920', cli, 'strip', corpus, '--json'], {env: {PATH: process.env['PATH']}, encoding: 'utf8'});
	t.deepEqual({status: defaults.status, stdout: defaults.stdout, stderr: defaults.stderr}, own);
});
