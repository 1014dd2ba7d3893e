// How much of a one-shot `copydesk strip` is V8 compiling the labeller again: one
// `node --trace-opt --trace-deopt dist/cli.js strip DIR --out OUT` on the 181 dev
// page dumps (as bench/strip-speed.ts --dev-pages), counted from the trace: TurboFan
// compilations (OSR among them), deoptimisations by reason, and the functions
// compiled most often and longest. A deoptimisation throws a function's optimised
// code away; the function runs unoptimised until it is compiled again, so every one
// costs a compilation on V8's compiler thread and slower code on the main thread.
// "wrong map": an object (or array) of a shape the code was not compiled for;
// "Insufficient type feedback": a branch no earlier page took. Counts vary by a few
// from run to run (compilation is concurrent); compile times are wall times of the
// compiler thread, so they say more about the machine's load than the counts do.
// Run: COPYDESK_DEV_DATA=… node --import=tsx bench/strip-deopts.ts [DIR] [--cli OTHER/dist/cli.js] [--top 12]
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {findDevData} from './eval/dev-data.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What one trace says: compilations (and their compile ms) by function, deoptimisations by reason and by function. */
export type DeoptSummary = {
	compilations: number;
	osr: number;
	deopts: number;
	byReason: Map<string, number>;
	byFunction: Map<string, {compilations: number; ms: number; deopts: number}>;
};

/** Counts a `--trace-opt --trace-deopt` log (V8 11.3's line formats). */
export const summarizeTrace = (log: string): DeoptSummary => {
	const summary: DeoptSummary = {compilations: 0, osr: 0, deopts: 0, byReason: new Map(), byFunction: new Map()};
	const entry = (name: string) => {
		let found = summary.byFunction.get(name);
		if (!found) {
			found = {compilations: 0, ms: 0, deopts: 0};
			summary.byFunction.set(name, found);
		}

		return found;
	};

	for (const line of log.split('\n')) {
		const compiled = /^\[completed compiling 0x[0-9a-f]+ <JSFunction ([^ >]*) ?(?:\(sfi = (0x[0-9a-f]+)\))?>.*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
		if (compiled) {
			summary.compilations++;
			if (line.includes(' OSR ')) summary.osr++;
			const found = entry(compiled[1] || `(anonymous ${compiled[2]})`);
			found.compilations++;
			found.ms += Number(compiled[3]) + Number(compiled[4]) + Number(compiled[5]);
			continue;
		}

		const deopt = /^\[bailout \(kind: [^,]*, reason: (.*?)\): begin\. deoptimizing 0x[0-9a-f]+ <JSFunction ([^ >]*) ?(?:\(sfi = (0x[0-9a-f]+)\))?>/.exec(line);
		if (deopt) {
			summary.deopts++;
			summary.byReason.set(deopt[1], (summary.byReason.get(deopt[1]) ?? 0) + 1);
			entry(deopt[2] || `(anonymous ${deopt[3]})`).deopts++;
		}
	}

	return summary;
};

const main = (): void => {
	const option = (name: string): string | undefined => {
		const at = process.argv.indexOf(name);
		return at === -1 ? undefined : process.argv[at + 1];
	};

	const cli = option('--cli') ?? path.join(root, 'dist', 'cli.js');
	const top = Number(option('--top') ?? 12);
	const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-strip-deopts-'));
	try {
		let input = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined;
		if (!input) {
			const data = findDevData();
			if (!data) throw new Error('no dev data (../shared/dev-data or $COPYDESK_DEV_DATA), and no DIR given');
			const dumps = path.join(data, 'pages', 'trafilatura-eval', 'dump');
			input = path.join(directory, 'dev-pages');
			mkdirSync(input);
			for (const file of readdirSync(dumps).sort().filter((_, i) => i % 5 === 0).slice(0, 181)) symlinkSync(path.join(dumps, file), path.join(input, file));
		}

		const result = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt', cli, 'strip', input, '--out', path.join(directory, 'out')], {encoding: 'utf8', maxBuffer: 1 << 30});
		if (result.status !== 0) throw new Error(`strip exited ${result.status}: ${result.stderr}`);
		const summary = summarizeTrace(result.stdout + result.stderr);
		console.log(`${summary.compilations} TurboFan compilations (${summary.osr} OSR), ${summary.deopts} deoptimisations (load ${os.loadavg()[0].toFixed(1)})`);
		for (const [reason, count] of [...summary.byReason].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${reason}`);
		console.log('compiled most often (compilations, deoptimisations, compile ms of wall time):');
		const functions = [...summary.byFunction].sort((a, b) => b[1].compilations - a[1].compilations || b[1].ms - a[1].ms).slice(0, top);
		for (const [name, {compilations, deopts, ms}] of functions) console.log(`  ${String(compilations).padStart(4)} ${String(deopts).padStart(4)} ${ms.toFixed(0).padStart(7)}  ${name}`);
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
};

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
