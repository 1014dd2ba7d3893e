// dist/ copied where no node_modules is in reach labels and compares exactly as
// it does in place: the stopword lists are inside the bundle (scripts/build.js,
// source/boilerplate/stopword-source.ts). Before, it silently ran without them
// (every language 'und') and gave other similarities.
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test, {type ExecutionContext} from 'ava';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(root, 'dist');
const corpus = path.join(root, 'corpus');
const seeds = readdirSync(corpus).filter(name => name.endsWith('.txt')).sort();

const digest = (text: string) => `${createHash('sha256').update(text).digest('hex').slice(0, 16)} (${text.length} characters)`;

const run = (cli: string, args: string[], cache: string) => {
	const result = spawnSync(process.execPath, [cli, ...args], {env: {PATH: process.env['PATH'], NO_COLOR: '1', XDG_CACHE_HOME: cache}, encoding: 'utf8'});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
};

/** A copy of dist/ in a temporary folder with no node_modules above it (removed after the test). */
const bareCopy = (t: ExecutionContext): {directory: string; bare: string} => {
	const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bare-dist-'));
	t.teardown(() => rmSync(directory, {recursive: true, force: true}));
	const bare = path.join(directory, 'dist');
	cpSync(dist, bare, {recursive: true});
	return {directory, bare};
};

test('dist/ without node_modules beside it gives the same diff and list as in place', t => {
	if (!existsSync(path.join(dist, 'cli.js'))) return t.fail('dist/cli.js missing: npm test builds first');
	const {directory, bare} = bareCopy(t);
	// Nothing above the copy may hold the lists, or the test proves nothing.
	for (let up = directory; up !== path.dirname(up); up = path.dirname(up)) t.false(existsSync(path.join(up, 'node_modules', 'stopwords-iso')), up);
	const pair = ['diff', path.join(corpus, seeds[0]!), path.join(corpus, seeds[1]!), '--json'];
	const listing = ['list', corpus, '--json'];
	for (const args of [pair, listing]) {
		const inPlace = run(path.join(dist, 'cli.js'), args, mkdtempSync(path.join(directory, 'cache-')));
		const copied = run(path.join(bare, 'cli.js'), args, mkdtempSync(path.join(directory, 'cache-')));
		t.is(inPlace.stderr, '');
		t.not(inPlace.stdout, '');
		// Compared by digest: a failure would otherwise print both outputs whole.
		t.deepEqual({...copied, stdout: digest(copied.stdout)}, {...inPlace, stdout: digest(inPlace.stdout)}, args[0]);
	}
});

test('dist/ without its stopword lists fails with one copydesk: line, never labels without them', t => {
	if (!existsSync(path.join(dist, 'cli.js'))) return t.fail('dist/cli.js missing: npm test builds first');
	const {directory, bare} = bareCopy(t);
	// The start-up data holds the lists too: without both, nothing may stand in for them.
	rmSync(path.join(bare, 'stopwords-iso.json'));
	rmSync(path.join(bare, 'start-data.json'));
	for (const args of [['diff', path.join(corpus, seeds[0]!), path.join(corpus, seeds[1]!), '--json'], ['list', corpus], ['strip', path.join(corpus, seeds[0]!)]]) {
		const result = run(path.join(bare, 'cli.js'), args, mkdtempSync(path.join(directory, 'cache-')));
		t.is(result.status, 2, args[0]);
		t.is(result.stdout, '', args[0]);
		t.regex(result.stderr, /^copydesk: error: cannot read the stopword lists \(.*stopwords-iso\.json.*\): reinstall copydesk, or copy the whole of dist\/\n$/, args[0]);
	}
});
