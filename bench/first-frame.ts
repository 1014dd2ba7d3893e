// The reader's first frame, from process start, in a real pseudo-terminal
// (util-linux `script`, 120×40): the time until the status bar ("? help") is
// on screen, for `node dist/cli.js` and for `npm start`, interleaved with
// anchors run the same way: `node -e 0` (the runtime's floor) and
// `npm run env` (npm's own start-up: it reads package.json and runs a shell).
//
//   node --import=tsx bench/first-frame.ts      (BENCH_RUNS=N rounds, default 9; needs npm run build)
//   BENCH_BASELINE=/other/checkout/dist/cli.js  adds that build's reader, interleaved
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadNote, median, spread} from './process.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;

/**
 * Runs `command` in a pseudo-terminal; resolves with the ms until `marker`
 * appears in its output (then sends `q` and waits for it to end), or until it
 * exits when there is no marker.
 */
export function timeInTerminal(command: readonly string[], marker?: string, env: NodeJS.ProcessEnv = process.env, timeoutMs = 20_000): Promise<number> {
	return new Promise((resolve, reject) => {
		const start = process.hrtime.bigint();
		const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
		const child = spawn('script', ['-qfec', `stty cols 120 rows 40; exec ${command.map(quote).join(' ')}`, '/dev/null'], {cwd: root, env, stdio: ['pipe', 'pipe', 'ignore']});
		let output = '';
		let seen: number | undefined;
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`${command.join(' ')}: no ${marker ?? 'exit'} after ${timeoutMs} ms: ${output.slice(-300)}`));
		}, timeoutMs);
		child.stdout.on('data', (chunk: Buffer) => {
			if (seen !== undefined || marker === undefined) return;
			output += chunk.toString('utf8');
			if (output.includes(marker)) {
				seen = elapsed();
				child.stdin.write('q');
				setTimeout(() => child.kill('SIGTERM'), 3000).unref();
			}
		});
		child.on('exit', () => {
			clearTimeout(timer);
			if (marker === undefined) resolve(elapsed());
			else if (seen === undefined) reject(new Error(`${command.join(' ')} ended before ${marker}: ${output.slice(-300)}`));
			else resolve(seen);
		});
	});
}

export async function runFirstFrameBench(runs = Number(process.env['BENCH_RUNS'] ?? 9)): Promise<string[]> {
	const cli = path.join(root, 'dist', 'cli.js');
	if (!existsSync(cli)) return ['(skipped: dist/cli.js missing — run npm run build)'];
	if (spawnSync('script', ['--version']).status !== 0) return ['(skipped: util-linux script(1) is needed for a pseudo-terminal)'];
	const corpus = path.join(root, 'corpus');
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	// Each build its own cache directory: two cache formats in one file would make every run a miss.
	const cacheHome = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-frame-'));
	const baselineCacheHome = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-frame-baseline-'));
	const ours = {...process.env, XDG_CACHE_HOME: cacheHome};
	const jobs: Array<[string, string[], string | undefined, NodeJS.ProcessEnv?]> = [
		['node -e 0', [process.execPath, '-e', '0'], undefined],
		['reader first frame (node dist/cli.js)', [process.execPath, cli, corpus], '? help', ours],
		['npm run env (npm start-up)', [npm, 'run', '--silent', 'env'], undefined],
		['reader first frame (npm start)', [npm, 'start', '--silent', '--', corpus], '? help', ours],
	];
	// BENCH_BASELINE=/other/checkout/dist/cli.js: that build's reader too, interleaved (before/after in one run).
	const baseline = process.env['BENCH_BASELINE'];
	if (baseline) jobs.push(['baseline first frame (node …/cli.js)', [process.execPath, baseline, corpus], '? help', {...process.env, XDG_CACHE_HOME: baselineCacheHome}]);
	const times = new Map<string, number[]>(jobs.map(([name]) => [name, []]));
	// The CPU time (user + system, GNU time) of each node process, from its start to its exit after
	// the `q` sent on the first frame: on a loaded machine it moves far less than the time to the frame.
	const cpu = new Map<string, number[]>(jobs.map(([name]) => [name, []]));
	const timed = existsSync('/usr/bin/time');
	const cpuFile = path.join(cacheHome, 'cpu-time');
	const run = async (name: string, command: string[], marker: string | undefined, env: NodeJS.ProcessEnv | undefined) => {
		const measured = timed && command[0] === process.execPath;
		const ms = await timeInTerminal(measured ? ['/usr/bin/time', '-o', cpuFile, '-f', '%U %S', ...command] : command, marker, env);
		if (measured) {
			const [user, system] = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
			cpu.get(name)!.push((user! + system!) * 1000);
		}

		return ms;
	};

	const before = loadNote();
	// One unrecorded round warms the file cache; `list` writes each build's analysis cache (the reader, quit on its
	// first frame, may be quit before its analysis is in: it then writes none, and every round would be a cold start).
	for (const [name, command, marker, env] of jobs) {
		if (marker !== undefined && command[0] === process.execPath) spawnSync(process.execPath, [command[1]!, 'list', corpus], {env, stdio: 'ignore'});
		await run(name, command, marker, env);
	}
	for (const values of cpu.values()) values.length = 0;
	for (let round = 0; round < runs; round++) {
		for (let index = 0; index < jobs.length; index++) {
			const [name, command, marker, env] = jobs[(index + round) % jobs.length]!;
			times.get(name)!.push(await run(name, command, marker, env));
		}
	}

	const of = (name: string) => times.get(name)!;
	const lines = [`the bundled corpus in a 120×40 pseudo-terminal, ${runs} rounds, interleaved`, `before: ${before}`];
	for (const [name] of jobs) lines.push(`${name.padEnd(44)} ${spread(of(name))}${cpu.get(name)!.length > 0 ? `; CPU to exit ${spread(cpu.get(name)!)}` : ''}`);
	const frame = median(of('reader first frame (node dist/cli.js)'));
	const floor = median(of('node -e 0'));
	// 300 ms on an idle machine where node -e 0 takes ~60-80 ms: about 4× the floor.
	lines.push(`first frame / node -e 0                      ${(frame / floor).toFixed(2)}  (target: ≤ 300 ms on an idle machine, ≈ 4× node -e 0 there: ${frame / floor <= 4 ? 'met' : 'NOT met'})`);
	const added = median(of('reader first frame (npm start)')) - frame;
	const npmOwn = median(of('npm run env (npm start-up)'));
	lines.push(`npm start adds ${added.toFixed(0)} ms; npm's own start-up ${npmOwn.toFixed(0)} ms; ratio ${(added / npmOwn).toFixed(2)}  (target ≤ 1: ${added <= npmOwn ? 'met' : 'NOT met'})`);
	if (baseline) {
		lines.push(`baseline first frame / node -e 0             ${(median(of('baseline first frame (node …/cli.js)')) / floor).toFixed(2)}`);
		const ratio = (values: readonly number[], base: readonly number[]) => (base.length > 0 ? (median(values) / median(base)).toFixed(2) : '—');
		lines.push(`first frame / baseline's: wall ${ratio(of('reader first frame (node dist/cli.js)'), of('baseline first frame (node …/cli.js)'))}, CPU to exit ${ratio(cpu.get('reader first frame (node dist/cli.js)')!, cpu.get('baseline first frame (node …/cli.js)')!)}`);
	}
	lines.push(`after: ${loadNote()}`);
	rmSync(cacheHome, {recursive: true, force: true});
	rmSync(baselineCacheHome, {recursive: true, force: true});
	return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	for (const line of await runFirstFrameBench()) console.log(line);
}
