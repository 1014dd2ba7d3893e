// Speed of boilerplate labelling on generated corpora: 200 articles (~3 MB)
// and 2000 articles (~30 MB), built from the labelled fixtures. The cost
// should grow linearly. Run: node --import=tsx bench/strip-speed.ts
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {labelArticle} from '../source/boilerplate/classify.js';
import {buildCorpusEvidence} from '../source/boilerplate/corpus-evidence.js';
import {keptText} from '../source/boilerplate/strip.js';
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

export const runStripBench = async (): Promise<string[]> => {
	const out: string[] = [];
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
	return out;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
	console.log((await runStripBench()).join('\n'));
}
