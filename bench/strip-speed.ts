// Speed of boilerplate labelling on generated corpora: 200 articles (~3 MB)
// and 2000 articles (~30 MB), built from the labelled fixtures. The cost
// should grow linearly. Then the whole process, `node dist/cli.js strip DIR
// --out OUT` on the same corpora written to disk (start-up, reading and
// writing included; the issue's bar: under 1 s for 200 articles).
// Run: node --import=tsx bench/strip-speed.ts [--dev-pages]
// With the dev data present, first 181 real page dumps (the issue's set).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {labelArticle} from '../source/boilerplate/classify.js';
import {buildCorpusEvidence} from '../source/boilerplate/corpus-evidence.js';
import {keptText} from '../source/boilerplate/strip.js';
import {findDevData} from './eval/dev-data.js';
import {loadLabelledFixtures} from './eval-boilerplate.js';

/** Articles of ~15 KB: twenty fixtures each, chrome lines kept verbatim (so they repeat like a site template), body lines made unique. */
export const generateCorpus = (articles: number): string[] => {
	const fixtures = loadLabelledFixtures();
	const corpus: string[] = [];
	for (let k = 0; k < articles; k++) {
		const parts: string[] = [];
		for (let j = 0; j < 20; j++) {
			const fixture = fixtures[(k * 7 + j * 13) % fixtures.length];
			const lines = fixture.text.split('\n').map((line, i) => (fixture.gold.get(i + 1) === 'body' ? `${line} (${k}.${j})` : line));
			parts.push(lines.join(j % 3 === 0 ? '\r\n' : '\n'));
		}

		corpus.push(parts.join('\n\n'));
	}

	return corpus;
};

const cpuMs = (): number => {
	const {user, system} = process.cpuUsage();
	return (user + system) / 1000;
};

const measure = (texts: string[]): {evidenceMs: number; labelMs: number; stripMs: number; cpu: number; megabytes: number} => {
	const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1e6;
	const cpuStart = cpuMs();
	let start = performance.now();
	const evidence = buildCorpusEvidence(texts);
	const evidenceMs = performance.now() - start;
	start = performance.now();
	const labels = texts.map(text => labelArticle(text, evidence));
	const labelMs = performance.now() - start;
	start = performance.now();
	texts.forEach((text, i) => keptText(text, labels[i]));
	const stripMs = performance.now() - start;
	return {evidenceMs, labelMs, stripMs, cpu: cpuMs() - cpuStart, megabytes};
};

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Wall time of one `copydesk strip DIR --out OUT` process, in ms. */
const timeStripProcess = (cli: string, input: string, output: string): number => {
	rmSync(output, {recursive: true, force: true});
	const start = process.hrtime.bigint();
	const result = spawnSync(process.execPath, [cli, 'strip', input, '--out', output], {stdio: ['ignore', 'ignore', 'pipe']});
	const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
	if (result.status !== 0) {
		throw new Error(`copydesk strip exited ${result.status}: ${result.stderr}`);
	}

	return elapsed;
};

/** Whole-process medians for 200 and 2000 articles (runs from STRIP_PROCESS_RUNS, default 5; the large corpus gets 2 at most: ~10 s each). */
export const runStripProcessBench = (runs = Number(process.env['STRIP_PROCESS_RUNS'] ?? 5)): string[] => {
	const cli = path.join(root, 'dist', 'cli.js');
	if (!existsSync(cli)) {
		return ['strip process: skipped, dist/cli.js missing (run npm run build)'];
	}

	const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-strip-bench-'));
	const out: string[] = [];
	const medians: number[] = [];
	try {
		for (const size of [200, 2000]) {
			const input = path.join(directory, `corpus-${size}`);
			mkdirSync(input);
			generateCorpus(size).forEach((text, i) => {
				writeFileSync(path.join(input, `article-${String(i).padStart(5, '0')}.txt`), text);
			});
			const output = path.join(directory, `out-${size}`);
			// The small corpus gets a warm-up run; the large one was just written, so it is in the file cache already.
			if (size === 200) {
				timeStripProcess(cli, input, output);
			}

			const times = Array.from({length: size > 200 ? Math.min(runs, 2) : runs}, () => timeStripProcess(cli, input, output));
			medians.push(median(times));
			out.push(`strip process ${String(size).padStart(4)} articles: median ${median(times).toFixed(0)} ms wall of ${times.length} runs (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
		}
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}

	out.push(`strip process time, 2000 vs 200 articles: ×${(medians[1] / medians[0]).toFixed(1)} (10 = linear)`);
	return out;
};

/** Pages of real dumps for the whole-process figure: every fifth trafilatura-eval dump, up to 181 pages (about 3 MB). */
const devPageSet = (directory: string): {input: string; pages: number; megabytes: number} | undefined => {
	const data = findDevData();
	const dumps = data ? path.join(data, 'pages', 'trafilatura-eval', 'dump') : undefined;
	if (!dumps || !existsSync(dumps)) {
		return undefined;
	}

	const input = path.join(directory, 'dev-pages');
	mkdirSync(input);
	let bytes = 0;
	const files = readdirSync(dumps).sort().filter((_, i) => i % 5 === 0).slice(0, 181);
	for (const file of files) {
		const text = readFileSync(path.join(dumps, file));
		bytes += text.length;
		writeFileSync(path.join(input, file), text);
	}

	return {input, pages: files.length, megabytes: bytes / 1e6};
};

/**
 * CPU time (user + system) of this process's finished children, in ms, from
 * /proc/self/stat (cutime + cstime, in clock ticks of 10 ms): spawnSync reaps
 * each child, so the difference across one spawnSync is that child's CPU.
 * Undefined off Linux.
 */
const childrenCpuMs = (): number | undefined => {
	try {
		const fields = readFileSync('/proc/self/stat', 'utf8').split(')').at(-1)!.trim().split(' ');
		return (Number(fields[13]) + Number(fields[14])) * 10;
	} catch {
		return undefined;
	}
};

/** Wall and CPU ms of one process run to its end (CPU undefined off Linux); throws when it fails. */
const timeProcess = (command: string, args: string[]): {wall: number; cpu: number | undefined} => {
	const cpuBefore = childrenCpuMs();
	const start = process.hrtime.bigint();
	const result = spawnSync(command, args, {stdio: ['ignore', 'ignore', 'pipe']});
	const wall = Number(process.hrtime.bigint() - start) / 1e6;
	if (result.status !== 0) {
		throw new Error(`${path.basename(command)} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	}

	const cpuAfter = childrenCpuMs();
	return {wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore};
};

/** Whether python3 runs here (the line-rule baseline needs it). */
const hasPython = (): boolean => spawnSync('python3', ['--version'], {stdio: 'ignore'}).status === 0;

/**
 * `copydesk strip DIR --out OUT` on 181 real page dumps from the dev data
 * (the issues' bars: ≤ 0.4 s whole process, and no slower than a line-rule
 * baseline), beside `node -e 0` and the baseline
 * (`python3 bench/line-rule-strip.py DIR OUT`: keep lines of ten words or more,
 * written atomically file by file) on the same dumps, interleaved, so a loaded
 * machine shows in all three alike. Medians of wall and CPU (user + system) time.
 */
export const runDevPagesBench = (runs = Number(process.env['STRIP_PROCESS_RUNS'] ?? 5)): string[] => {
	const cli = path.join(root, 'dist', 'cli.js');
	if (!existsSync(cli)) {
		return ['strip dev pages: skipped, dist/cli.js missing (run npm run build)'];
	}

	const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-strip-dev-'));
	try {
		const set = devPageSet(directory);
		if (!set) {
			return ['strip dev pages: skipped, no dev data (../shared/dev-data or $COPYDESK_DEV_DATA)'];
		}

		const output = path.join(directory, 'out');
		const baselineOutput = path.join(directory, 'out-baseline');
		const baselineScript = path.join(root, 'bench', 'line-rule-strip.py');
		const python = hasPython();
		const jobs: Array<[string, () => {wall: number; cpu: number | undefined}]> = [
			['copydesk strip', () => {
				rmSync(output, {recursive: true, force: true});
				return timeProcess(process.execPath, [cli, 'strip', set.input, '--out', output]);
			}],
			['node -e 0', () => timeProcess(process.execPath, ['-e', '0'])],
		];
		// BENCH_BASELINE=/path/to/other/dist/cli.js: an earlier build of copydesk in the same interleaved runs (as bench/process.ts).
		const reference = process.env['BENCH_BASELINE'];
		if (reference) {
			jobs.push(['copydesk strip, BENCH_BASELINE', () => {
				rmSync(output, {recursive: true, force: true});
				return timeProcess(process.execPath, [reference, 'strip', set.input, '--out', output]);
			}]);
		}

		if (python) {
			jobs.push(['line-rule baseline (python3)', () => {
				rmSync(baselineOutput, {recursive: true, force: true});
				return timeProcess('python3', [baselineScript, set.input, baselineOutput]);
			}]);
		}

		const load = os.loadavg()[0];
		for (const [, job] of jobs) job(); // warm-up: file cache, Python's bytecode
		const times = new Map<string, Array<{wall: number; cpu: number | undefined}>>(jobs.map(([name]) => [name, []]));
		for (let run = 0; run < runs; run++) {
			for (const [name, job] of jobs) times.get(name)!.push(job());
		}

		const wall = (name: string) => median(times.get(name)!.map(time => time.wall));
		const cpu = (name: string) => {
			const values = times.get(name)!.map(time => time.cpu);
			return values.every(value => value !== undefined) ? median(values as number[]) : undefined;
		};

		const describe = (name: string) => `median ${wall(name).toFixed(0)} ms wall${cpu(name) === undefined ? '' : `, ${cpu(name)!.toFixed(0)} ms CPU`}`;
		const lines = [
			`strip process, ${set.pages} dev page dumps (${set.megabytes.toFixed(1)} MB), ${runs} interleaved runs, load ${load.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores:`,
			...jobs.map(([name]) => `  ${name.padEnd(32)} ${describe(name)}`),
			`  strip / node -e 0: ×${(wall('copydesk strip') / wall('node -e 0')).toFixed(1)} wall`,
		];
		if (python) {
			const baseline = 'line-rule baseline (python3)';
			const cpuRatio = cpu('copydesk strip') !== undefined && cpu(baseline) ? ` · ×${(cpu('copydesk strip')! / cpu(baseline)!).toFixed(1)} CPU` : '';
			lines.push(`  strip / line-rule baseline: ×${(wall('copydesk strip') / wall(baseline)).toFixed(1)} wall${cpuRatio} (target ≤ ×1.0; and ≤ 400 ms whole process)`);
		} else {
			lines.push('  line-rule baseline: skipped, no python3');
		}

		if (reference) {
			lines.push(`  strip / BENCH_BASELINE strip: ×${(wall('copydesk strip') / wall('copydesk strip, BENCH_BASELINE')).toFixed(2)} wall${cpu('copydesk strip') === undefined ? '' : ` · ×${(cpu('copydesk strip')! / cpu('copydesk strip, BENCH_BASELINE')!).toFixed(2)} CPU`}`);
		}

		return lines;
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
};

export const runStripBench = async (): Promise<string[]> => {
	const out: string[] = [...runDevPagesBench()];
	// Warm up the JIT and load the stopword lists once, outside the timings.
	measure(generateCorpus(200));
	const timings: number[] = [];
	for (const size of [200, 2000]) {
		const corpus = generateCorpus(size);
		const {evidenceMs, labelMs, stripMs, cpu, megabytes} = measure(corpus);
		const total = evidenceMs + labelMs + stripMs;
		timings.push(cpu / megabytes);
		out.push(`strip ${String(size).padStart(4)} articles, ${megabytes.toFixed(1)} MB: evidence ${evidenceMs.toFixed(0)} ms, labels ${labelMs.toFixed(0)} ms, kept text ${stripMs.toFixed(0)} ms, total ${total.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (${(megabytes / (cpu / 1000)).toFixed(1)} MB/s of CPU)`);
	}

	out.push(`strip CPU cost per MB, 2000 vs 200 articles: ×${(timings[1] / timings[0]).toFixed(2)} (1.00 = linear)`);
	out.push(...runStripProcessBench());
	return out;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	console.log((process.argv.includes('--dev-pages') ? runDevPagesBench() : await runStripBench()).join('\n'));
}
