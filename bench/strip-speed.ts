// Speed of boilerplate labelling on generated corpora: 200 articles (~3 MB)
// and 2000 articles (~30 MB), built from the labelled fixtures. The cost
// should grow linearly. Then the whole process, `node dist/cli.js strip DIR
// --out OUT` on the same corpora written to disk (start-up, reading and
// writing included; the bar: under 1 s for 200 articles).
// Run: node --import=tsx bench/strip-speed.ts [--dev-pages]
// With the dev data present, first 181 real page dumps (the set).
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

/** Wall time of a process that does nothing (`node -e 0`), in ms: the floor every whole-process figure stands on. */
const timeNodeFloor = (): number => {
	const start = process.hrtime.bigint();
	spawnSync(process.execPath, ['-e', '0']);
	return Number(process.hrtime.bigint() - start) / 1e6;
};

/**
 * `copydesk strip DIR --out OUT` on 181 real page dumps from the dev data
 * (the bar: ≤ 0.4 s whole process), beside `node -e 0` measured in
 * the same run, interleaved, so a loaded machine shows as a ratio.
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
		timeStripProcess(cli, set.input, output);
		const strip: number[] = [];
		const floor: number[] = [];
		for (let run = 0; run < runs; run++) {
			strip.push(timeStripProcess(cli, set.input, output));
			floor.push(timeNodeFloor());
		}

		return [
			`strip process, ${set.pages} dev page dumps (${set.megabytes.toFixed(1)} MB): median ${median(strip).toFixed(0)} ms wall of ${runs} runs (min ${Math.min(...strip).toFixed(0)}); node -e 0: median ${median(floor).toFixed(0)} ms; load ${os.loadavg()[0].toFixed(1)}`,
		];
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
