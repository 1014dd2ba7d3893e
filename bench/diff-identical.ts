// Same diff, byte for byte: runs `copydesk diff` with a reference build of the
// CLI and with this one (dist/cli.js) on the bench's generated pairs, every
// ordered pair of the seeds in corpus/, the dev-data align pair and every dev
// reuse pair, as --json, as side-by-side text (no colour, 160 and 72 columns)
// and with colours, and compares stdout, stderr and the exit status. For speed
// work that must not change one byte of output.
// Build the reference first (e.g. `git archive main | tar -x -C /tmp/ref`, link
// node_modules, `node scripts/build.js` there). The reference's outputs are
// kept in the temporary folder, keyed by its dist/cli.js's modification time,
// so later checks run only the candidate.
// Run: node --import=tsx bench/diff-identical.ts --reference /tmp/ref/dist/cli.js [--candidate OTHER/dist/cli.js] [--quick]
// --quick: the bench pairs, the seeds and the align pair only (no reuse pairs).
// --pages N: also every Nth page of the dev Dragnet set, its dump against its gold text (real pages, rich in figures).
// --reuse-every N: of the dev reuse pairs only every Nth of each set (COUNTER, Clough), in the labels' order.
import {spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {findDevData} from './eval/dev-data.js';
import {editedPair, sameFramesPair, unrelatedPair} from './generate-article.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

type Case = {name: string; args: string[]};

/** Where the generated pairs are written. */
const inputs = path.join(os.tmpdir(), 'copydesk-diff-identical-inputs');
type Outcome = {status: number | null; stdout: Buffer; stderr: Buffer};

/** One run of a build's CLI; stdout, stderr and the exit status. */
const run = (cli: string, args: readonly string[]): Promise<Outcome> =>
	new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cli, ...args], {cwd: root, env: {...process.env, NO_COLOR: '', FORCE_COLOR: ''}});
		const out: Buffer[] = [];
		const error: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => error.push(chunk));
		child.on('error', reject);
		child.on('close', status => resolve({status, stdout: Buffer.concat(out), stderr: Buffer.concat(error)}));
	});

/** Runs `work` over `items` with at most `limit` at once. */
const pool = async <T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> => {
	const results: R[] = [];
	let next = 0;
	await Promise.all(
		Array.from({length: limit}, async () => {
			while (next < items.length) {
				const index = next++;
				results[index] = await work(items[index]!);
			}
		}),
	);
	return results;
};

/** The pairs to compare, each as the ways of printing it. */
const cases = (quick: boolean, pagesEvery: number | undefined, reuseEvery = 1): Case[] => {
	// A fixed place: outputs name their inputs, and the reference's outputs are kept from one run to the next.
	const directory = inputs;
	mkdirSync(directory, {recursive: true});
	const file = (name: string, text: string) => {
		const target = path.join(directory, name);
		writeFileSync(target, text);
		return target;
	};

	const {original, edited} = editedPair();
	const {left, right} = unrelatedPair();
	const frames = sameFramesPair();
	const pairs: Array<[string, string, string]> = [
		['bench edited', file('a.txt', original), file('b.txt', edited)],
		['bench unrelated', file('u1.txt', left), file('u2.txt', right)],
		['bench same frames', file('f1.txt', frames.left), file('f2.txt', frames.right)],
		['bench two sentences', file('t1.txt', 'The council approved the budget on Monday.\nIt will take effect in May.\n'), file('t2.txt', 'The city council approved the new budget on Monday.\nIt will take effect in June.\n')],
	];
	const seeds = readdirSync(path.join(root, 'corpus'))
		.filter(name => name.endsWith('.txt'))
		.sort()
		.map(name => path.join('corpus', name));
	for (const a of seeds) for (const b of seeds) pairs.push([`seeds ${path.basename(a)} ${path.basename(b)}`, a, b]);
	const devData = findDevData();
	if (devData) {
		pairs.push(['align eval1957', path.join(devData, 'align', 'eval1957.google.fr.txt'), path.join(devData, 'align', 'eval1957.fr.txt')]);
		if (!quick) {
			for (const subset of ['counter', 'clough']) {
				const base = path.join(devData, 'reuse', subset);
				const [, ...rows] = readFileSync(path.join(base, 'labels.tsv'), 'utf8').trim().split('\n');
				for (const [index, row] of rows.entries()) {
					if (index % reuseEvery !== 0) continue;
					const [id, leftFile, rightFile] = row.split('\t');
					pairs.push([`reuse ${subset} ${id}`, path.join(base, leftFile!), path.join(base, rightFile!)]);
				}
			}
		}
		if (pagesEvery !== undefined) {
			const base = path.join(devData, 'pages', 'dragnet-train');
			const stems = readdirSync(path.join(base, 'gold')).filter(name => name.endsWith('.txt')).sort();
			for (const [index, name] of stems.entries()) if (index % pagesEvery === 0) pairs.push([`pages dragnet ${name}`, path.join(base, 'dump', name), path.join(base, 'gold', name)]);
		}
	} else console.log('(dev data not found: bench and seed pairs only)');

	// Errors too: their message and exit status are output.
	const errors: Case[] = [
		{name: 'error: one file', args: ['diff', pairs[0]![1]]},
		{name: 'error: missing file', args: ['diff', pairs[0]![1], path.join(directory, 'missing.txt')]},
		{name: 'error: a directory', args: ['diff', directory, pairs[0]![1]]},
		{name: 'error: bad width', args: ['diff', pairs[0]![1], pairs[0]![2], '--width', '5']},
		{name: 'error: unknown option', args: ['diff', pairs[0]![1], pairs[0]![2], '--nope']},
		{name: 'help', args: ['diff', '--help']},
	];
	return [...errors, ...pairs.flatMap(([name, a, b]) => [
		{name: `${name} --json`, args: ['diff', a, b, '--json']},
		{name: `${name} text 160`, args: ['diff', a, b, '--width', '160', '--color', 'never']},
		{name: `${name} text 72 colour`, args: ['diff', a, b, '--width', '72', '--color', 'always']},
	])];
};

const digest = (outcome: Outcome): string =>
	createHash('sha256').update(String(outcome.status)).update('\0').update(outcome.stdout).update('\0').update(outcome.stderr).digest('hex');

const main = async (): Promise<number> => {
	const option = (name: string) => {
		const at = process.argv.indexOf(name);
		return at === -1 ? undefined : process.argv[at + 1];
	};

	const reference = option('--reference');
	const candidate = option('--candidate') ?? path.join(root, 'dist', 'cli.js');
	if (!reference || !existsSync(reference) || !existsSync(candidate)) {
		console.error('usage: node --import=tsx bench/diff-identical.ts --reference REF/dist/cli.js [--candidate dist/cli.js] [--quick]');
		return 2;
	}

	const pagesEvery = option('--pages');
	if (pagesEvery !== undefined && !(Number(pagesEvery) >= 1)) {
		console.error('--pages takes a whole number of 1 or more (every Nth page)');
		return 2;
	}
	const reuseEvery = option('--reuse-every');
	if (reuseEvery !== undefined && !(Number(reuseEvery) >= 1)) {
		console.error('--reuse-every takes a whole number of 1 or more (every Nth reuse pair)');
		return 2;
	}
	const list = cases(process.argv.includes('--quick'), pagesEvery === undefined ? undefined : Math.floor(Number(pagesEvery)), reuseEvery === undefined ? 1 : Math.floor(Number(reuseEvery)));
	const key = createHash('sha256').update(path.resolve(reference)).update(String(statSync(reference).mtimeMs)).digest('hex').slice(0, 16);
	const cacheDirectory = path.join(os.tmpdir(), 'copydesk-diff-identical-reference', key);
	mkdirSync(cacheDirectory, {recursive: true});
	// Keyed by the case, its options and its inputs' bytes (the inputs' paths are fixed).
	const cacheFile = (test: Case) => {
		const hash = createHash('sha256').update(test.name).update(test.args.slice(3).join(' '));
		for (const file of test.args.slice(1, 3)) if (existsSync(file) && statSync(file).isFile()) hash.update(readFileSync(file));
		// The generated inputs' place is in their outputs.
		if (test.args.some(arg => arg.startsWith(inputs))) hash.update(inputs);
		return path.join(cacheDirectory, hash.digest('hex'));
	};
	const limit = Math.max(1, Math.min(3, os.cpus().length));
	const started = Date.now();
	const failures: string[] = [];
	await pool(list, limit, async test => {
		const cached = cacheFile(test);
		const expected = existsSync(cached) ? readFileSync(cached, 'utf8') : digest(await run(reference, test.args));
		if (!existsSync(cached)) writeFileSync(cached, expected);
		const outcome = await run(candidate, test.args);
		if (digest(outcome) !== expected) {
			const again = await run(reference, test.args);
			const where = [...outcome.stdout].findIndex((byte, index) => byte !== again.stdout[index]);
			failures.push(`${test.name}: differs (status ${again.status} → ${outcome.status}; stdout ${again.stdout.length} → ${outcome.stdout.length} bytes, first difference at byte ${where}; stderr ${again.stderr.equals(outcome.stderr) ? 'same' : 'differs'})`);
		}
	});
	console.log(`${list.length} runs in ${((Date.now() - started) / 1000).toFixed(0)} s: ${failures.length === 0 ? 'all identical' : `${failures.length} differ`}`);
	for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`);
	return failures.length === 0 ? 0 : 1;
};

process.exitCode = await main();
