// Same labels, byte for byte: strips the dev page dumps with a reference build
// of the CLI and with this one (dist/cli.js), as JSON Lines (every line's
// label, category and reason, the title, the metadata and the kept text) and
// as files (--out: the kept text as written), and compares the outputs. For speed work that must not change a single label.
// Build the reference first, e.g. `git worktree add /tmp/ref main && (cd /tmp/ref && npm ci)`,
// or copy dist/ aside before the change.
// Run: node --import=tsx bench/strip-identical.ts --reference /path/to/reference/dist/cli.js [--candidate OTHER/dist/cli.js] [--all]
// Without --all: the 181 dumps of `bench/strip-speed.ts --dev-pages`, one corpus.
// With --all: also every trafilatura-eval and dragnet-train dump, each set one corpus.
// Always: the seed corpus of the repository (corpus/), one corpus.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, mkdirSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {findDevData} from './eval/dev-data.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `copydesk strip DIR --json` with one build; stdout as bytes. */
const stripJson = (cli: string, input: string): Buffer => {
	const result = spawnSync(process.execPath, [cli, 'strip', input, '--json'], {maxBuffer: 1 << 30});
	if (result.status !== 0) throw new Error(`${cli} strip ${input} exited ${result.status}: ${String(result.stderr)}`);
	return result.stdout;
};

/** `copydesk strip DIR --out OUT` with one build; each written file by name. */
const stripFiles = (cli: string, input: string, out: string): Map<string, Buffer> => {
	const result = spawnSync(process.execPath, [cli, 'strip', input, '--out', out], {maxBuffer: 1 << 30});
	if (result.status !== 0) throw new Error(`${cli} strip ${input} --out exited ${result.status}: ${String(result.stderr)}`);
	const files = new Map<string, Buffer>();
	for (const name of readdirSync(out, {recursive: true}) as string[]) {
		const file = path.join(out, name);
		try {
			// A page's name kept its extension from the s5-fixin change on (`a.html.txt`, once `a.txt`): compared by the stem.
			files.set(name.replace(/\.x?html?(?:\.gz)?\.txt$/i, '.txt'), readFileSync(file));
		} catch {
			// A directory.
		}
	}

	return files;
};

/** Names of the files that differ between two --out trees (or are in one only). */
const differentFiles = (a: Map<string, Buffer>, b: Map<string, Buffer>): string[] =>
	[...new Set([...a.keys(), ...b.keys()])].filter(name => !a.get(name) || !b.get(name) || !a.get(name)!.equals(b.get(name)!));

/** The first differing JSON line of two outputs, for the report. */
const firstDifference = (a: Buffer, b: Buffer): string => {
	const left = a.toString('utf8').split('\n');
	const right = b.toString('utf8').split('\n');
	for (let i = 0; i < Math.max(left.length, right.length); i++) {
		if (left[i] !== right[i]) return `record ${i + 1}: ${(left[i] ?? '(none)').slice(0, 300)}\n   vs: ${(right[i] ?? '(none)').slice(0, 300)}`;
	}

	return 'no difference';
};

const main = (): number => {
	const at = process.argv.indexOf('--reference');
	const reference = at === -1 ? undefined : process.argv[at + 1];
	if (!reference || !existsSync(reference)) {
		console.error('usage: strip-identical.ts --reference REFERENCE/dist/cli.js [--all]');
		return 2;
	}

	const data = findDevData();
	if (!data) {
		console.error('no dev data (../shared/dev-data or $COPYDESK_DEV_DATA)');
		return 2;
	}

	const candidateAt = process.argv.indexOf('--candidate');
	const cli = candidateAt === -1 ? path.join(root, 'dist', 'cli.js') : process.argv[candidateAt + 1]!;
	const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-strip-identical-'));
	try {
		// The speed set: every fifth trafilatura-eval dump, up to 181 (as bench/strip-speed.ts), linked, not copied.
		const dumps = path.join(data, 'pages', 'trafilatura-eval', 'dump');
		const speedSet = path.join(directory, 'dev-pages');
		mkdirSync(speedSet);
		for (const file of readdirSync(dumps).sort().filter((_, i) => i % 5 === 0).slice(0, 181)) symlinkSync(path.join(dumps, file), path.join(speedSet, file));
		const sets: Array<[string, string]> = [['181 dev page dumps', speedSet], ['corpus/ (seeds)', path.join(root, 'corpus')]];
		if (process.argv.includes('--all')) {
			sets.push(['trafilatura-eval dumps', dumps], ['dragnet-train dumps', path.join(data, 'pages', 'dragnet-train', 'dump')]);
		}

		let differ = false;
		for (const [k, [name, input]] of sets.entries()) {
			const before = stripJson(reference, input);
			const after = stripJson(cli, input);
			const same = before.equals(after);
			differ ||= !same;
			const records = before.toString('utf8').split('\n').filter(Boolean).length;
			console.log(`${name}, --json: ${same ? 'identical' : 'DIFFERENT'} (${records} records, ${before.length} bytes)${same ? '' : `\n  ${firstDifference(before, after)}`}`);
			const filesBefore = stripFiles(reference, input, path.join(directory, `${k}-before`));
			const filesAfter = stripFiles(cli, input, path.join(directory, `${k}-after`));
			const changed = differentFiles(filesBefore, filesAfter);
			differ ||= changed.length > 0;
			console.log(`${name}, --out: ${changed.length === 0 ? 'identical' : `DIFFERENT in ${changed.length} files, e.g. ${changed[0]}`} (${filesBefore.size} files)`);
		}

		return differ ? 1 : 0;
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
};

process.exitCode = main();
