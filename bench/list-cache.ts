// `copydesk list --json` as a whole process on generated corpora (issue #15):
// cold (an empty cache directory, so every article is labelled and grouped)
// and warm (the analysis cache the previous run wrote), each with its peak
// resident memory (GNU time), interleaved with `node -e 0` as the anchor.
//
//   node --import=tsx bench/list-cache.ts                  (10,000 articles)
//   BENCH_LARGE=1 node --import=tsx bench/list-cache.ts    (and 100,000: minutes)
//   BENCH_ARTICLES=N (another size), BENCH_COLD_RUNS=N (cold runs, default 2)
//   BENCH_BASELINE=/other/checkout/dist/cli.js   that build's cold and warm runs interleaved with
//     these (before/after in one run, on a loaded machine): wall and CPU time, and the ratios
// Corpora are generated once under bench/out/ (git-ignored; BENCH_OUT=DIR elsewhere) and reused. CPU time
// (user + system, all threads) is printed beside wall time: on a shared machine
// it moves far less with the load.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {ensureCorpus} from './corpus.js';
import {loadNote, median, spread, timeProcess} from './process.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');

/** One whole `list` process: wall time (ms), CPU time (ms, user + system), peak RSS (MiB), lines written. */
function listOnce(args: string[], cacheHome: string, build = cli): {ms: number; cpuMs: number; peakMiB: number; lines: number} {
	const start = process.hrtime.bigint();
	const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, build, 'list', ...args], {
		encoding: 'utf8',
		maxBuffer: 1 << 30,
		env: {...process.env, XDG_CACHE_HOME: cacheHome},
	});
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	if (result.status !== 0) throw new Error(`list exited ${result.status}: ${result.stderr.slice(0, 500)}`);
	const [user, system, peakKiB] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
	return {ms, cpuMs: (user! + system!) * 1000, peakMiB: peakKiB! / 1024, lines: result.stdout.split('\n').filter(Boolean).length};
}

const secondsOf = (values: readonly number[]) => `${(median(values) / 1000).toFixed(2)} s (${(Math.min(...values) / 1000).toFixed(2)}–${(Math.max(...values) / 1000).toFixed(2)})`;

async function benchSize(count: number, coldRuns: number, warmRuns: number, coldTarget: number, warmTarget?: number): Promise<string[]> {
	const {directory} = await ensureCorpus(count);
	const lines = [`${count.toLocaleString('en')} articles (${directory}); ${loadNote()}`];
	const cold: number[] = [];
	const coldCpu: number[] = [];
	const baseline = process.env['BENCH_BASELINE'];
	const before: number[] = [];
	const beforeCpu: number[] = [];
	const warm: number[] = [];
	const anchor: number[] = [];
	let peak = 0;
	let beforePeak = 0;
	let records = 0;
	const beforeWarm: number[] = [];
	const beforeWarmCpu: number[] = [];
	const warmCpu: number[] = [];
	for (let run = 0; run < coldRuns; run++) {
		// The baseline's cache home is kept until its warm runs, interleaved with these, are done.
		const baselineHome = baseline ? mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-list-')) : undefined;
		if (baseline && baselineHome) {
			const run = listOnce(['--json', directory], baselineHome, baseline);
			before.push(run.ms);
			beforeCpu.push(run.cpuMs);
			beforePeak = Math.max(beforePeak, run.peakMiB);
		}

		const cacheHome = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-list-'));
		try {
			const first = listOnce(['--json', directory], cacheHome);
			cold.push(first.ms);
			coldCpu.push(first.cpuMs);
			peak = Math.max(peak, first.peakMiB);
			records = first.lines;
			// Warm runs interleaved with the anchor, on the cache the cold run wrote.
			for (let again = 0; again < Math.ceil(warmRuns / coldRuns); again++) {
				anchor.push(timeProcess(process.execPath, ['-e', '0']));
				const second = listOnce(['--json', directory], cacheHome);
				warm.push(second.ms);
				warmCpu.push(second.cpuMs);
				peak = Math.max(peak, second.peakMiB);
				if (second.lines !== records) throw new Error(`warm run wrote ${second.lines} records, cold ${records}`);
				if (baseline && baselineHome) {
					const theirs = listOnce(['--json', directory], baselineHome, baseline);
					beforeWarm.push(theirs.ms);
					beforeWarmCpu.push(theirs.cpuMs);
					beforePeak = Math.max(beforePeak, theirs.peakMiB);
				}
			}
		} finally {
			rmSync(cacheHome, {recursive: true, force: true});
			if (baselineHome) rmSync(baselineHome, {recursive: true, force: true});
		}
	}

	lines.push(`list --json cold   ${secondsOf(cold)}  (target ≤ ${coldTarget} s: ${median(cold) / 1000 <= coldTarget ? 'met' : 'NOT met'}), ${records} records; CPU ${secondsOf(coldCpu)}`);
	if (baseline) {
		lines.push(`baseline cold      ${secondsOf(before)}; CPU ${secondsOf(beforeCpu)}  (${baseline})`);
		lines.push(`cold / baseline    wall ${(median(cold) / median(before)).toFixed(2)}, CPU ${(median(coldCpu) / median(beforeCpu)).toFixed(2)} (medians, interleaved)`);
	}

	lines.push(`list --json warm   ${secondsOf(warm)}${warmTarget === undefined ? '' : `  (target ≤ ${warmTarget} s: ${median(warm) / 1000 <= warmTarget ? 'met' : 'NOT met'})`}; CPU ${secondsOf(warmCpu)}`);
	if (baseline) {
		lines.push(`baseline warm      ${secondsOf(beforeWarm)}; CPU ${secondsOf(beforeWarmCpu)}`);
		lines.push(`warm / baseline    wall ${(median(warm) / median(beforeWarm)).toFixed(2)}, CPU ${(median(warmCpu) / median(beforeWarmCpu)).toFixed(2)} (medians, interleaved)`);
	}

	lines.push(`node -e 0          ${spread(anchor)}; warm / node -e 0 = ${(median(warm) / median(anchor)).toFixed(1)}`);
	lines.push(`peak RSS, every run: ${peak.toFixed(0)} MiB  (target ≤ 2048 MiB: ${peak <= 2048 ? 'met' : 'NOT met'})${baseline ? `; baseline's ${beforePeak.toFixed(0)} MiB` : ''}; ${loadNote()}`);
	return lines;
}

export async function runListBench(): Promise<string[]> {
	if (!existsSync(cli)) return ['(skipped: dist/cli.js missing — run npm run build)'];
	if (spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status !== 0) return ['(skipped: GNU time (/usr/bin/time) is needed for peak memory)'];
	const lines = await benchSize(Number(process.env['BENCH_ARTICLES'] ?? 10_000), Number(process.env['BENCH_COLD_RUNS'] ?? 2), 6, 10, 1.5);
	if (process.env['BENCH_LARGE'] === '1') lines.push('', ...(await benchSize(100_000, 1, 2, 120)));
	return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	for (const line of await runListBench()) console.log(line);
}
