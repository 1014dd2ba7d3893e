// Where the time of a parallel corpus analysis goes, phase by phase (listing,
// line statistics, labelling, grouping), with the process's peak memory.
//   node --import=tsx bench/corpus-phases.ts [DIR]     (default: bench/out/corpus-10000)
// As `list` runs it: files listed here, read by the workers. BENCH_EAGER=1
// reads every text on this thread first (as the reader does). Peak RSS is sampled (threads included).
import {fileURLToPath} from 'node:url';
import {loadCorpusItems} from '../source/corpus/load.js';
import {analyseInParallel} from '../source/corpus/parallel-analysis.js';

const directory = process.argv[2] ?? fileURLToPath(new URL('./out/corpus-10000', import.meta.url));
const start = performance.now();
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
const stamp = (what: string) => {
	peak = Math.max(peak, process.memoryUsage().rss);
	console.log(`${((performance.now() - start) / 1000).toFixed(2)} s  ${what}  rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB, peak so far ${(peak / 2 ** 20).toFixed(0)} MB`);
};
const {items} = await loadCorpusItems([directory], {deferFiles: process.env['BENCH_EAGER'] !== '1'});
stamp(`listed ${items.length} items`);
let phase = '';
await analyseInParallel(items, {
	compact: process.env['BENCH_FULL'] !== '1',
	releaseTexts: true,
	reportRead: true,
	groupInProcess: true,
	onProgress(progress) {
		if (progress.phase !== phase) stamp((phase = progress.phase));
	},
});
stamp('grouped');
clearInterval(sampler);
