// Shared plumbing of `npm run eval`: where the dev data lives, how the built
// CLI and the dev data's own Python scorers are run, and a bounded pool for
// the many small `copydesk diff` processes. The dev texts are read from
// ../shared/dev-data at evaluation time and never copied into the project.
import {execFile, spawn} from 'node:child_process';
import {existsSync, mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const builtCli = path.join(repoRoot, 'dist', 'cli.js');

/** One figure of one set, printed beside the anchors the dev data's README quotes. */
export type Figure = {
	set: string;
	measure: string;
	/** 0..1 (or a count when `unit` says so). */
	value: number;
	/** What to compare it with, in words: "jusText (HTML) 0.857; copydesk 0.1.0 0.832". */
	anchors?: string;
	/** The target the issue sets, in words: "≥ 0.90". */
	target?: string;
};

export type EvalContext = {
	/** The dev data folder (README.md, pages/, reuse/, align/). */
	data: string;
	/** A scratch folder for outputs (kept with --keep). */
	work: string;
	/** Print a progress or diagnostic line. */
	log: (line: string) => void;
};

/** A section of the evaluation: one kind of judgement on one part of the dev data. */
export type Section = {
	name: string;
	/** The sub-folder of the dev data it reads; the section is skipped when it is absent. */
	needs: string;
	run: (context: EvalContext) => Promise<Figure[]>;
};

/** A section that scores each of `subsets` in turn with `score` and reports all their figures. */
export const sectionOverSubsets = <S>(name: string, subsets: readonly S[], score: (context: EvalContext, subset: S) => Promise<Figure[]>): Section => ({
	name,
	needs: 'pages',
	async run(context) {
		const figures: Figure[] = [];
		for (const subset of subsets) figures.push(...(await score(context, subset)));
		return figures;
	},
});

/**
 * The dev data folder: $COPYDESK_DEV_DATA, else ../shared/dev-data beside the
 * repository. Null when neither holds the dev data's README.
 */
export const findDevData = (): string | null => {
	const candidates = [process.env['COPYDESK_DEV_DATA'], path.resolve(repoRoot, '..', 'shared', 'dev-data')].filter(Boolean) as string[];
	return candidates.find(candidate => existsSync(path.join(candidate, 'README.md'))) ?? null;
};

export const scratch = (prefix: string): string => mkdtempSync(path.join(os.tmpdir(), `copydesk-eval-${prefix}-`));

export type Run = {code: number; stdout: string; stderr: string; ms: number};

/** Runs the built CLI with `args`; resolves with its exit status and output (never rejects on a non-zero exit). */
export const runCli = async (args: string[], options: {stdoutFile?: string; env?: NodeJS.ProcessEnv} = {}): Promise<Run> =>
	run(process.execPath, [builtCli, ...args], options);

/** Runs a command to completion, collecting its output; stdout optionally streamed to a file. */
export const run = async (command: string, args: string[], options: {stdoutFile?: string; env?: NodeJS.ProcessEnv} = {}): Promise<Run> => {
	const started = performance.now();
	const {createWriteStream} = await import('node:fs');
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {env: {...process.env, NO_COLOR: '1', ...options.env}, stdio: ['ignore', 'pipe', 'pipe']});
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		const sink = options.stdoutFile ? createWriteStream(options.stdoutFile) : undefined;
		child.stdout.on('data', (chunk: Buffer) => (sink ? sink.write(chunk) : out.push(chunk)));
		child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
		child.on('error', reject);
		child.on('close', code => {
			const finish = () => resolve({code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - started});
			if (sink) sink.end(finish);
			else finish();
		});
	});
};

/** Runs a Python 3 scorer of the dev data; rejects with its stderr when it fails. */
export const python = async (script: string, args: string[]): Promise<string> =>
	new Promise((resolve, reject) => {
		execFile('python3', [script, ...args], {maxBuffer: 64 * 2 ** 20}, (error, stdout, stderr) => {
			if (error) reject(new Error(`${path.basename(script)}: ${stderr.trim() || error.message}`));
			else resolve(stdout);
		});
	});

/** Maps `items` through `job` with at most `limit` running at once, results in input order. */
export const pool = async <T, R>(items: readonly T[], limit: number, job: (item: T, index: number) => Promise<R>): Promise<R[]> => {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await job(items[index]!, index);
		}
	};

	await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
	return results;
};

/** Reads a TSV with a header line into records. */
export const readTsv = (text: string): Array<Record<string, string>> => {
	const [header, ...rows] = text.replace(/\r/g, '').split('\n').filter(line => line !== '');
	const names = header!.split('\t');
	return rows.map(row => {
		const cells = row.split('\t');
		return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
	});
};

/** One article of `copydesk strip --json`, the fields the page sections read. */
export type StripRecord = {path: string; title: string; meta: {date: string | null}};

/** `copydesk strip --json` of a page set's dumps (`pages/<set>/dump`), by dump stem ("t0001"). */
export const strippedDumps = async (source: string): Promise<Map<string, StripRecord>> => {
	const run = await runCli(['strip', path.join(source, 'dump'), '--json']);
	const records = new Map<string, StripRecord>();
	for (const line of run.stdout.split('\n')) {
		if (!line) continue;
		const record = JSON.parse(line) as StripRecord;
		records.set(path.basename(record.path, '.txt'), record);
	}

	return records;
};

/** `diff --json`'s `facts` of one pair as TSV lines: pair id, kind, left, right (an absent side is "∅"). */
export const factLines = (id: string, facts: unknown[] | undefined): string[] =>
	(facts ?? []).map(fact => {
		const {kind, left, right} = fact as {kind?: string; left?: string | null; right?: string | null};
		return [id, kind ?? '', left ?? '∅', right ?? '∅'].join('\t');
	});
