// Whole-process timings against anchors measured in the same run (issue #15).
// The machine is shared and its load moves absolute times by 2-5×, so every
// figure is a ratio to an anchor run interleaved with it on the same inputs:
//   - `node -e 0` (the runtime's floor) for copydesk diff --json;
//   - copydesk diff --json for the side-by-side terminal output of the same pair;
//   - wdiff (and dwdiff, shown) on the same unrelated pair for copydesk's --json on it.
// (The unrelated pair is civic news against natural history, from disjoint templates and word
// pools: they share only function words, as two texts on unrelated subjects do. wdiff on it
// finds no common word at once and costs less than `node -e 0`, so that ratio cannot reach 1.)
// Each round runs every job once, in a rotated order; medians and the spread
// (min–max) are printed, with the load average before and after.
//
//   node --import=tsx bench/process.ts          (BENCH_RUNS=N rounds, default 9; needs npm run build)
//   BENCH_BASELINE=/other/checkout/dist/cli.js[,/another/dist/cli.js]  adds those builds' diff, interleaved: before/after in one run
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {editedPair, unrelatedPair} from './generate-article.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Milliseconds as printed: whole above 20 ms, with a tenth below (wdiff's few milliseconds). */
const ms = (value: number): string => value.toFixed(value < 20 ? 1 : 0);

/** "123 ms (110–160)": median and spread. */
export const spread = (values: readonly number[]): string => `${ms(median(values))} ms (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;

export const loadNote = (): string => `load average ${os.loadavg().map(value => value.toFixed(2)).join(' ')} on ${os.cpus().length} CPUs`;

/**
 * The child's CPU time (user + system) to the microsecond, from wait4(2)'s resource usage, read by a
 * small python3 wrapper that forks and execs the command: GNU time prints it in 10 ms steps, which
 * is a fifth of `node -e 0` (50 ms) and the whole of wdiff's (10 ms), so a ratio to either moved
 * by 20% to 100% with the rounding. The wrapper also times the child's wall clock itself, so its
 * own start (~20 ms of python) is in neither figure. Without python3: GNU time (10 ms steps), else
 * wall time only.
 */
const rusageWrapper = [
	'import os, sys, time',
	'start = time.perf_counter()',
	'pid = os.fork()',
	'if pid == 0:',
	'    try:',
	'        os.execvp(sys.argv[1], sys.argv[1:])',
	'    finally:',
	'        os._exit(127)',
	'_, status, usage = os.wait4(pid, 0)',
	'wall = time.perf_counter() - start',
	'sys.stderr.write("\\n@cpu %.6f %.6f %.6f\\n" % (usage.ru_utime, usage.ru_stime, wall))',
	'sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128)',
].join('\n');
const timer: 'rusage' | 'gnu' | undefined = spawnSync('python3', ['-c', rusageWrapper, 'true']).status === 0 ? 'rusage' : spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0 ? 'gnu' : undefined;
/** Whether CPU times are measured at all (NaN otherwise). */
const hasCpuClock = timer !== undefined;
/** How CPU time is measured, for the bench's header. */
export const cpuClock = timer === 'rusage' ? 'CPU from wait4 (µs)' : timer === 'gnu' ? 'CPU from GNU time (10 ms steps)' : 'no CPU clock';

/** Wall time of one whole process (ms); throws unless it exits 0 or 1 (diff(1)'s "different"). */
export const timeProcess = (command: string, args: readonly string[], env?: NodeJS.ProcessEnv): number => measureProcess(command, args, env).wall;

/** Wall and CPU time (ms; CPU NaN without a CPU clock) of one whole process. */
export const measureProcess = (command: string, args: readonly string[], env?: NodeJS.ProcessEnv): {wall: number; cpu: number} => {
	const [file, argv] = timer === 'rusage' ? ['python3', ['-c', rusageWrapper, command, ...args]] : timer === 'gnu' ? ['/usr/bin/time', ['-f', '@cpu %U %S', command, ...args]] : [command, args];
	const start = process.hrtime.bigint();
	const result = spawnSync(file, argv, {stdio: ['ignore', 'ignore', 'pipe'], cwd: root, maxBuffer: 1 << 30, ...(env ? {env} : {})});
	const outer = Number(process.hrtime.bigint() - start) / 1e6;
	if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	const cpuLine = /@cpu ([\d.]+) ([\d.]+)(?: ([\d.]+))?\s*$/.exec(result.stderr.toString());
	return {wall: cpuLine?.[3] ? Number(cpuLine[3]) * 1000 : outer, cpu: cpuLine ? (Number(cpuLine[1]) + Number(cpuLine[2])) * 1000 : Number.NaN};
};

export type Job = {name: string; command: string; args: string[]; env?: NodeJS.ProcessEnv};

/** Runs every job `rounds` times, interleaved (the order rotated each round); wall and CPU times per job name. */
export function interleave(jobs: readonly Job[], rounds: number): {wall: Map<string, number[]>; cpu: Map<string, number[]>} {
	const wall = new Map<string, number[]>(jobs.map(job => [job.name, []]));
	const cpu = new Map<string, number[]>(jobs.map(job => [job.name, []]));
	for (const job of jobs) measureProcess(job.command, job.args, job.env); // warm the file cache
	for (let round = 0; round < rounds; round++) {
		for (let index = 0; index < jobs.length; index++) {
			const job = jobs[(index + round) % jobs.length]!;
			const time = measureProcess(job.command, job.args, job.env);
			wall.get(job.name)!.push(time.wall);
			cpu.get(job.name)!.push(time.cpu);
		}
	}

	return {wall, cpu};
}

/** "2.31  (target ≤ 2.5: met; 139 / 60 ms)": the ratio of the medians, then the two medians it is made of (subject / anchor). */
export const ratioLine = (label: string, subject: number[], anchor: number[], target: number): string => {
	const ratio = median(subject) / median(anchor);
	return `${label.padEnd(44)} ${ratio.toFixed(2)}  (target ≤ ${target}: ${ratio <= target ? 'met' : 'NOT met'}; ${ms(median(subject))} / ${ms(median(anchor))} ms)`;
};

const has = (command: string): boolean => spawnSync(command, ['--version']).status === 0;

export async function runProcessBench(runs = Number(process.env['BENCH_RUNS'] ?? 9)): Promise<string[]> {
	const cli = path.join(root, 'dist', 'cli.js');
	if (!existsSync(cli)) return ['(skipped: dist/cli.js missing — run npm run build)'];
	const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
	const {original, edited} = editedPair();
	const {left, right} = unrelatedPair();
	const file = (name: string, text: string) => {
		const target = path.join(directory, name);
		writeFileSync(target, text);
		return target;
	};

	const [a, b, u1, u2] = [file('a.txt', original), file('b.txt', edited), file('u1.txt', left), file('u2.txt', right)];
	// Two sentences each: what a diff costs beyond the runtime before it has any work (start-up: modules, tables).
	const [t1, t2] = [file('t1.txt', 'The council approved the budget on Monday.\nIt will take effect in May.\n'), file('t2.txt', 'The city council approved the new budget on Monday.\nIt will take effect in June.\n')];
	const node = process.execPath;
	// diff keeps V8's code cache in the user's cache directory (source/commands/diff-bundle.ts): here a
	// directory of this run's, one per build, warmed by interleave's first round; and one run without a
	// home at all, so with no cache, which is what a first run costs.
	const cacheHome = (name: string): NodeJS.ProcessEnv => ({...process.env, XDG_CACHE_HOME: path.join(directory, `cache-${name}`)});
	const {HOME: _home, XDG_CACHE_HOME: _cache, ...homeless} = process.env;
	const jobs: Job[] = [
		{name: 'node -e 0', command: node, args: ['-e', '0']},
		{name: 'copydesk diff --json (edited)', command: node, args: [cli, 'diff', a, b, '--json'], env: cacheHome('this')},
		{name: 'copydesk diff, side by side (edited)', command: node, args: [cli, 'diff', a, b, '--width', '160'], env: cacheHome('this')},
		{name: 'copydesk diff --json (unrelated)', command: node, args: [cli, 'diff', u1, u2, '--json'], env: cacheHome('this')},
		{name: 'copydesk diff --json (two sentences)', command: node, args: [cli, 'diff', t1, t2, '--json'], env: cacheHome('this')},
		{name: 'copydesk two sentences, no code cache', command: node, args: [cli, 'diff', t1, t2, '--json'], env: homeless},
	];
	// BENCH_BASELINE: one older build's dist/cli.js, or several separated by commas, each interleaved.
	const baselines = (process.env['BENCH_BASELINE'] ?? '').split(',').filter(Boolean);
	const tag = (index: number) => (baselines.length > 1 ? `baseline ${index + 1}` : 'baseline');
	for (const [index, baseline] of baselines.entries()) {
		const name = tag(index);
		jobs.push(
			{name: `${name} diff --json (edited)`, command: node, args: [baseline, 'diff', a, b, '--json'], env: cacheHome(name)},
			{name: `${name} side by side (edited)`, command: node, args: [baseline, 'diff', a, b, '--width', '160'], env: cacheHome(name)},
			{name: `${name} diff --json (unrelated)`, command: node, args: [baseline, 'diff', u1, u2, '--json'], env: cacheHome(name)},
			{name: `${name} diff --json (two sentences)`, command: node, args: [baseline, 'diff', t1, t2, '--json'], env: cacheHome(name)},
		);
	}

	const hasWdiff = has('wdiff');
	const hasDwdiff = has('dwdiff');
	if (hasWdiff) jobs.push({name: 'wdiff (unrelated)', command: 'wdiff', args: [u1, u2]}, {name: 'wdiff (edited)', command: 'wdiff', args: [a, b]});
	if (hasDwdiff) jobs.push({name: 'dwdiff (edited)', command: 'dwdiff', args: [a, b]});

	const before = loadNote();
	const {wall, cpu} = interleave(jobs, runs);
	const lines = [`${original.split(/\s+/).length.toLocaleString('en')}-word article vs its edited copy, and two unrelated ones; ${runs} rounds, interleaved`, `before: ${before}`];
	lines.push(`${'job'.padEnd(44)} wall: median (min–max)      CPU (user+system): median (min–max); ${cpuClock}`);
	for (const job of jobs) lines.push(`${job.name.padEnd(44)} ${spread(wall.get(job.name)!).padEnd(28)} ${hasCpuClock ? spread(cpu.get(job.name)!) : '—'}`);
	const ratios = (label: string, subject: string, anchor: string, target: number) => {
		lines.push(ratioLine(`${label} (wall)`, wall.get(subject)!, wall.get(anchor)!, target));
		if (hasCpuClock) lines.push(ratioLine(`${label} (CPU)`, cpu.get(subject)!, cpu.get(anchor)!, target));
	};

	ratios('diff --json / node -e 0', 'copydesk diff --json (edited)', 'node -e 0', 2.5);
	// No target of its own: the floor under the one above.
	ratios('start-up: two-sentence diff / node -e 0', 'copydesk diff --json (two sentences)', 'node -e 0', 2.5);
	ratios('  the same without a code cache / node -e 0', 'copydesk two sentences, no code cache', 'node -e 0', 2.5);
	ratios('side by side / diff --json', 'copydesk diff, side by side (edited)', 'copydesk diff --json (edited)', 1);
	if (hasWdiff) {
		ratios('diff --json unrelated / wdiff unrelated', 'copydesk diff --json (unrelated)', 'wdiff (unrelated)', 1);
		// The floor under it: what the runtime costs before copydesk runs a line (see the note at the top).
		ratios('  the runtime alone: node -e 0 / wdiff unrelated', 'node -e 0', 'wdiff (unrelated)', 1);
	} else lines.push('wdiff not installed (apt-get install wdiff) — that ratio not measured');
	for (const [index, baseline] of baselines.entries()) {
		const name = tag(index);
		lines.push(`${name} (${baseline}):`);
		ratios('  diff --json / node -e 0', `${name} diff --json (edited)`, 'node -e 0', 2.5);
		ratios('  start-up: two-sentence diff / node -e 0', `${name} diff --json (two sentences)`, 'node -e 0', 2.5);
		ratios('  side by side / diff --json', `${name} side by side (edited)`, `${name} diff --json (edited)`, 1);
		if (hasWdiff) ratios('  diff --json unrelated / wdiff unrelated', `${name} diff --json (unrelated)`, 'wdiff (unrelated)', 1);
		// This build against it, same pair, same run (below 1: this build is faster).
		if (hasCpuClock) lines.push(ratioLine(`  this build / ${name}, diff --json edited (CPU)`, cpu.get('copydesk diff --json (edited)')!, cpu.get(`${name} diff --json (edited)`)!, 1));
	}

	lines.push(`after: ${loadNote()}`);
	return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	for (const line of await runProcessBench()) console.log(line);
}
