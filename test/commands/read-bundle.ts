// The built reader runs from dist/read-command.cjs with V8's code cache
// (source/commands/read-bundle.ts, loaded as diff's and strip's are): the cache
// only ever saves time. Missing, damaged or unwritable, the reader says the same.
// (Without a terminal the reader stops with its one-line message: the script is
// loaded, run and its cache written all the same; tmux tests drive it on a terminal.)
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {builtCli, runBuilt} from '../helpers/built-cli.js';
import {temporaryDirectoryFor} from '../helpers/temporary-directory.js';
import test, {type ExecutionContext} from 'ava';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = path.join(root, 'corpus');

/** `copydesk corpus/` (the reader) with this environment and no terminal: exit status, stdout, stderr. */
const read = (env: NodeJS.ProcessEnv, args = [corpus]) => runBuilt(args, env);

const temporaryDirectory = (t: ExecutionContext): string => temporaryDirectoryFor(t, 'copydesk-read-cache-');

const cacheFiles = (directory: string): string[] => (existsSync(directory) ? readdirSync(directory).filter(name => name.startsWith('read-command-') && name.endsWith('.v8-cache')) : []);

test('the reader writes its code cache on the first run, uses it on the next, and says the same; a damaged or unwritable cache changes nothing', t => {
	if (!existsSync(builtCli)) return t.fail('dist/cli.js missing: npm test builds first');
	const home = temporaryDirectory(t);
	const directory = path.join(home, 'copydesk');
	const without = read({});
	t.is(without.status, 2);
	t.true(without.stderr.startsWith('copydesk: the reader needs a terminal'));
	t.deepEqual(read({XDG_CACHE_HOME: home}), without);
	const files = cacheFiles(directory);
	t.is(files.length, 1);
	t.deepEqual(read({XDG_CACHE_HOME: home}), without);
	t.deepEqual(cacheFiles(directory), files);
	// Damaged: V8 (or the digest) rejects it; the script is compiled from source and the cache written again.
	writeFileSync(path.join(directory, files[0]!), 'not a code cache');
	t.deepEqual(read({XDG_CACHE_HOME: home}), without);
	t.not(readFileSync(path.join(directory, files[0]!), 'utf8'), 'not a code cache');
	// Unwritable: the cache directory's place is a file.
	const blocked = temporaryDirectory(t);
	writeFileSync(path.join(blocked, 'copydesk'), 'a file, not a directory');
	t.deepEqual(read({XDG_CACHE_HOME: blocked}), without);
	// A wrong path and the reader's usage go through the script the same way.
	const missing = read({XDG_CACHE_HOME: home}, [path.join(corpus, 'no-such-file.txt')]);
	t.is(missing.status, 2);
	t.true(missing.stderr.startsWith('copydesk: '));
	const usage = read({XDG_CACHE_HOME: home}, ['read', '--help']);
	t.is(usage.status, 0);
	t.true(usage.stdout.startsWith('Usage: copydesk'));
});
