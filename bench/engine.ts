import {pathToFileURL} from 'node:url';
import {compareTexts} from '../source/compare/compare.js';
import {countWords} from '../source/text/words.js';
import {benchTexts} from './generate-article.js';

/** Median engine time and peak memory on a 30,000-word article vs an edited copy and vs an unrelated text. */
export const runEngineBench = async (): Promise<string[]> => {
	const texts = benchTexts();
	const cases: Array<[string, string, string, number]> = [
		['edited pair', texts.original, texts.edited, 50],
		['unrelated pair', texts.unrelatedA, texts.unrelatedB, 300],
	];
	const lines = [`engine: ${countWords(texts.original)}-word article (node ${process.version})`];
	for (const [name, left, right, target] of cases) {
		// The first call in a process pays for V8 compiling the engine: reported apart
		// (it is part of `copydesk diff`'s whole-process time, measured by bench/process.ts).
		const coldStart = performance.now();
		compareTexts(left, right);
		const cold = performance.now() - coldStart;
		for (let warmUp = 0; warmUp < 3; warmUp++) compareTexts(left, right);
		const times: number[] = [];
		let peakRss = process.memoryUsage().rss;
		let peakHeap = process.memoryUsage().heapUsed;
		let summary = '';
		for (let run = 0; run < 15; run++) {
			const start = performance.now();
			const result = compareTexts(left, right);
			times.push(performance.now() - start);
			const memory = process.memoryUsage();
			peakRss = Math.max(peakRss, memory.rss);
			peakHeap = Math.max(peakHeap, memory.heapUsed);
			summary = `${result.relation}, similarity ${result.similarity.toFixed(3)}, ${result.rows.length} rows, ${result.changes} changes, moved ${result.rows.filter(row => row.kind === 'moved').length}${result.degraded ? ', degraded' : ''}`;
		}
		times.sort((a, b) => a - b);
		const median = times[Math.floor(times.length / 2)];
		const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
		// The fastest run shows what the engine costs when the machine is not shared.
		lines.push(`${name}: median ${median.toFixed(1)} ms of 15 warm runs (target ≤ ${target} ms${median <= target ? '' : ', MISSED'}), fastest ${times[0].toFixed(1)} ms, first (cold) call ${cold.toFixed(0)} ms, peak rss ${mb(peakRss)} MB, heap ${mb(peakHeap)} MB — ${summary}`);
	}
	return lines;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	for (const line of await runEngineBench()) console.log(line);
}
