// The reader's feed, bundled as it ships (workers run the bundled worker, not
// tsx): time to the first snapshot, to complete groups with an empty cache, and
// from the cache; medians of several runs in fresh processes, with peak RSS.
//   node --import=tsx bench/corpus-feed.ts [DIR] [RUNS]    (default: bench/out/corpus-10000, 3)
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const directory = path.resolve(process.argv[2] ?? path.join(root, 'bench/out/corpus-10000'));
const runs = Number(process.argv[3] ?? 3);
const out = mkdtempSync(path.join(tmpdir(), 'copydesk-feed-bench-'));
const entry = path.join(out, 'entry.ts');
writeFileSync(
	entry,
	`import {openCorpusFeed} from ${JSON.stringify(path.join(root, 'source/corpus/feed-from-disk.ts'))};
const [directory, cache] = process.argv.slice(2);
const start = performance.now();
const feed = await openCorpusFeed([directory], {cache});
const first = performance.now() - start;
await feed.ready;
const snapshot = feed.snapshot();
if (snapshot.articles.some(article => article.pending || !article.group)) throw new Error('incomplete: ' + JSON.stringify(snapshot.problems));
console.log(JSON.stringify({first, complete: performance.now() - start}));
`,
);
await build({
	entryPoints: {feed: entry, 'analysis-worker': path.join(root, 'source/corpus/analysis-worker.ts')},
	outdir: out,
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	logLevel: 'warning',
});

type Run = {first: number; complete: number; peakMb: number};
const once = (cache: string): Run => {
	const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, path.join(out, 'feed.js'), directory, cache], {encoding: 'utf8'});
	if (result.status !== 0) throw new Error(result.stderr);
	return {...(JSON.parse(result.stdout) as Omit<Run, 'peakMb'>), peakMb: Number(result.stderr.trim().split('\n').at(-1)) / 1024};
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const cold: Run[] = [];
const warm: Run[] = [];
for (let run = 0; run < runs; run++) {
	const cache = mkdtempSync(path.join(tmpdir(), 'copydesk-feed-cache-'));
	try {
		cold.push(once(cache));
		warm.push(once(cache));
	} finally {
		rmSync(cache, {recursive: true, force: true});
	}
}

rmSync(out, {recursive: true, force: true});
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
	`feed (bundled), ${directory}: list on screen ${s(median(cold.map(run => run.first)))}, groups complete cold ${s(median(cold.map(run => run.complete)))} (peak ${median(cold.map(run => run.peakMb)).toFixed(0)} MB), from cache ${s(median(warm.map(run => run.complete)))}; medians of ${runs}`,
);
console.log(`cold runs: ${cold.map(run => s(run.complete)).join(', ')}; cache runs: ${warm.map(run => s(run.complete)).join(', ')}`);
