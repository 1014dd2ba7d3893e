// Whole-process timing: `copydesk diff A B --json` against `wdiff A B` on the
// same generated ~30,000-word pair, interleaved in one run, medians compared.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {editedPair} from './generate-article.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const timeOnce = (command: string, args: string[]): number => {
	const start = process.hrtime.bigint();
	const result = spawnSync(command, args, {stdio: ['ignore', 'ignore', 'pipe'], cwd: root});
	const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
	// diff(1)-style status: 1 means "different", which is the expected outcome here.
	if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	return elapsed;
};

export async function runProcessBench(runs = Number(process.env['BENCH_RUNS'] ?? 7)): Promise<string[]> {
	const cli = path.join(root, 'dist', 'cli.js');
	if (!existsSync(cli)) return ['(skipped: dist/cli.js missing — run npm run build)'];
	const hasWdiff = spawnSync('wdiff', ['--version']).status === 0;
	const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
	const {original, edited} = editedPair();
	const a = path.join(directory, 'a.txt');
	const b = path.join(directory, 'b.txt');
	writeFileSync(a, original);
	writeFileSync(b, edited);
	const words = original.split(/\s+/).length;
	const ours: number[] = [];
	const theirs: number[] = [];
	timeOnce(process.execPath, [cli, 'diff', a, b, '--json']); // warm the file cache
	for (let run = 0; run < runs; run++) {
		ours.push(timeOnce(process.execPath, [cli, 'diff', a, b, '--json']));
		if (hasWdiff) theirs.push(timeOnce('wdiff', [a, b]));
	}

	const lines = [`${words.toLocaleString('en')}-word article vs its edited copy, ${runs} runs each, interleaved`];
	lines.push(`copydesk diff --json   median ${median(ours).toFixed(0)} ms (min ${Math.min(...ours).toFixed(0)}, max ${Math.max(...ours).toFixed(0)})`);
	if (hasWdiff) {
		lines.push(`wdiff                  median ${median(theirs).toFixed(0)} ms (min ${Math.min(...theirs).toFixed(0)}, max ${Math.max(...theirs).toFixed(0)})`);
		lines.push(`ratio copydesk / wdiff ${(median(ours) / median(theirs)).toFixed(2)}`);
	} else {
		lines.push('wdiff not installed (apt-get install wdiff) — ratio not measured');
	}

	return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const line of await runProcessBench()) console.log(line);
}
