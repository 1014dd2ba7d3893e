// Same listing, byte for byte: `copydesk list --json` (and the plain listing of the small
// corpus) with a reference build of the CLI and with this one (dist/cli.js), each cold (an
// empty cache directory), this one warm too (on the cache its cold run wrote), on the repo's
// corpus/, a generated corpus of files and one of JSON Lines (bench/corpus.ts). For speed work
// on the listing, which must not change a record.
// Build the reference first: `git worktree add --detach /tmp/ref main && (cd /tmp/ref && npm ci && npm run build)`.
// Run: node --import=tsx bench/list-identical.ts --reference /tmp/ref/dist/cli.js [--candidate OTHER/dist/cli.js]
//   BENCH_ARTICLES=N: the generated corpus's size (default 10,000; the JSON Lines one is a fifth of it).
// The reference's outputs are kept beside the corpora (BENCH_OUT, bench/out/ by default) by the reference
// build's path and time, and reused while that build is unchanged.
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {ensureCorpus} from './corpus.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = process.env['BENCH_OUT'] ?? fileURLToPath(new URL('./out/', import.meta.url));

/** `copydesk list ARGS` with one build and a cache directory of its own; stdout as bytes. */
const list = (cli: string, args: string[], cacheHome: string): Buffer => {
	const result = spawnSync(process.execPath, [cli, 'list', ...args], {maxBuffer: 1 << 30, env: {...process.env, XDG_CACHE_HOME: cacheHome}});
	if (result.status !== 0) throw new Error(`${cli} list ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`);
	return result.stdout;
};

/** The first differing line of two outputs, for the report. */
const firstDifference = (a: Buffer, b: Buffer): string => {
	const left = a.toString('utf8').split('\n');
	const right = b.toString('utf8').split('\n');
	for (let i = 0; i < Math.max(left.length, right.length); i++) {
		if (left[i] !== right[i]) return `line ${i + 1}: ${(left[i] ?? '(none)').slice(0, 300)}\n   vs: ${(right[i] ?? '(none)').slice(0, 300)}`;
	}

	return 'no difference';
};

/** The reference's cold output of `args`, kept under outRoot by the build's path, its time and the arguments. */
const referenceOutput = (reference: string, args: string[]): Buffer => {
	const key = createHash('sha1').update(JSON.stringify([path.resolve(reference), statSync(reference).mtimeMs, args])).digest('hex').slice(0, 16);
	const kept = path.join(outRoot, 'list-reference', `${key}.out`);
	if (existsSync(kept)) return readFileSync(kept);
	const cacheHome = mkdtempSync(path.join(os.tmpdir(), 'copydesk-list-identical-'));
	try {
		const output = list(reference, args, cacheHome);
		mkdirSync(path.dirname(kept), {recursive: true});
		writeFileSync(kept, output);
		return output;
	} finally {
		rmSync(cacheHome, {recursive: true, force: true});
	}
};

const main = async (): Promise<number> => {
	const at = process.argv.indexOf('--reference');
	const reference = at === -1 ? undefined : process.argv[at + 1];
	if (!reference || !existsSync(reference)) {
		console.error('usage: list-identical.ts --reference REFERENCE/dist/cli.js [--candidate OTHER/dist/cli.js]');
		return 2;
	}

	const candidateAt = process.argv.indexOf('--candidate');
	const cli = candidateAt === -1 ? path.join(root, 'dist', 'cli.js') : process.argv[candidateAt + 1]!;
	const count = Number(process.env['BENCH_ARTICLES'] ?? 10_000);
	const files = (await ensureCorpus(count)).directory;
	const lines = (await ensureCorpus(Math.max(1, Math.round(count / 5)), true)).directory;
	const corpus = path.join(root, 'corpus');
	const runs: Array<[string, string[]]> = [
		['corpus/, plain', [corpus]],
		['corpus/, --json', ['--json', corpus]],
		[`${count} files, --json`, ['--json', files]],
		[`${Math.round(count / 5)} JSON Lines records, --json`, ['--json', lines]],
	];
	let differ = false;
	for (const [name, args] of runs) {
		const before = referenceOutput(reference, args);
		const cacheHome = mkdtempSync(path.join(os.tmpdir(), 'copydesk-list-identical-'));
		try {
			for (const run of ['cold', 'warm']) {
				const after = list(cli, args, cacheHome);
				const same = before.equals(after);
				differ ||= !same;
				const records = before.toString('utf8').split('\n').filter(Boolean).length;
				console.log(`${name}, ${run}: ${same ? 'identical' : 'DIFFERENT'} (${records} lines, ${before.length} bytes)${same ? '' : `\n  ${firstDifference(before, after)}`}`);
			}
		} finally {
			rmSync(cacheHome, {recursive: true, force: true});
		}
	}

	return differ ? 1 : 0;
};

process.exitCode = await main();
