// Where a `copydesk strip` process spends its CPU, by thread: the main thread
// (reading, labelling, writing: the JavaScript) and V8's other threads
// (concurrent TurboFan compilation of the labeller, GC helpers), on the 181 dev
// page dumps of `bench/strip-speed.ts --dev-pages`; then the same dumps in two
// halves, one process each: what a worker per core would pay, since every
// isolate compiles the labeller again. Medians of CPU ms (user + system) over
// runs, interleaved; with BENCH_BASELINE=<other>/dist/cli.js, that build too.
// Linux only (bench/thread-cpu.cjs reads /proc).
// Run: node --import=tsx bench/strip-threads.ts [runs]
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {findDevData} from './eval/dev-data.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const preload = path.join(root, 'bench', 'thread-cpu.cjs');

type ThreadCpu = {main: number; other: number[]};

/** One `strip DIR --out OUT` with the thread preload; its threads' CPU ms. */
const stripThreads = (cli: string, input: string, output: string): ThreadCpu => {
	rmSync(output, {recursive: true, force: true});
	const result = spawnSync(process.execPath, ['--require', preload, cli, 'strip', input, '--out', output], {encoding: 'utf8'});
	if (result.status !== 0) throw new Error(`strip exited ${result.status}: ${result.stderr}`);
	const line = result.stderr.split('\n').find(text => text.startsWith('thread-cpu '));
	if (!line) throw new Error('no thread-cpu line (not Linux?)');
	return JSON.parse(line.slice('thread-cpu '.length)) as ThreadCpu;
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

const main = (): void => {
	const runs = Number(process.argv[2] ?? 3);
	const data = findDevData();
	const dumps = data ? path.join(data, 'pages', 'trafilatura-eval', 'dump') : undefined;
	if (!dumps || !existsSync(dumps)) {
		console.log('strip threads: skipped, no dev data (../shared/dev-data or $COPYDESK_DEV_DATA)');
		return;
	}

	const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-strip-threads-'));
	try {
		// The set of strip-speed.ts --dev-pages (every fifth dump, 181), linked, and its two halves.
		const files = readdirSync(dumps).sort().filter((_, i) => i % 5 === 0).slice(0, 181);
		const sets = {all: path.join(directory, 'all'), first: path.join(directory, 'half-1'), second: path.join(directory, 'half-2')};
		for (const set of Object.values(sets)) mkdirSync(set);
		files.forEach((file, i) => {
			symlinkSync(path.join(dumps, file), path.join(sets.all, file));
			symlinkSync(path.join(dumps, file), path.join(i % 2 === 0 ? sets.first : sets.second, file));
		});
		const builds: Array<[string, string]> = [['this build', path.join(root, 'dist', 'cli.js')]];
		if (process.env['BENCH_BASELINE']) builds.push(['BENCH_BASELINE', process.env['BENCH_BASELINE']]);
		const out = path.join(directory, 'out');
		for (const [, cli] of builds) stripThreads(cli, sets.all, out); // warm-up: file cache
		const results = new Map<string, {main: number[]; other: number[]; halves: number[]}>(builds.map(([name]) => [name, {main: [], other: [], halves: []}]));
		for (let run = 0; run < runs; run++) {
			for (const [name, cli] of builds) {
				const whole = stripThreads(cli, sets.all, out);
				const halves = [stripThreads(cli, sets.first, out), stripThreads(cli, sets.second, out)];
				const result = results.get(name)!;
				result.main.push(whole.main);
				result.other.push(sum(whole.other));
				result.halves.push(sum(halves.map(half => half.main + sum(half.other))));
			}
		}

		console.log(`strip --out, ${files.length} dev page dumps, CPU by thread (median of ${runs}, load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores):`);
		for (const [name, {main: mainMs, other, halves}] of results) {
			const whole = median(mainMs) + median(other);
			console.log(`  ${name.padEnd(15)} main thread ${median(mainMs).toFixed(0)} ms + V8's other threads ${median(other).toFixed(0)} ms = ${whole.toFixed(0)} ms; two processes on halves: ${median(halves).toFixed(0)} ms together (×${(median(halves) / whole).toFixed(2)})`);
		}
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
};

main();
