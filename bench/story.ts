// The story view's cost: collating 200 copies of a 2,000-sentence story
// (synthetic comparisons: the collation alone, not the engine), and
// `copydesk story corpus --json` on the seeds against `copydesk diff` of one
// pair as an anchor (whole processes, bundled CLI). Medians; run:
//   node --import=tsx bench/story.ts
import {execFileSync} from 'node:child_process';
import {performance} from 'node:perf_hooks';
import {collate} from '../source/story/collate.js';
import {syntheticComparisons} from './synthetic-story.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const sentences = Array.from({length: 2000}, (_, index) => `Sentence ${index} of a long story about ${index % 7} things, with 12 figures.`);
const {text, comparisons} = syntheticComparisons(sentences, 200);
const witnesses = comparisons.map(comparison => ({text, comparison}));

const times: number[] = [];
for (let run = 0; run < 7; run++) {
	const started = performance.now();
	collate(text, witnesses);
	times.push(performance.now() - started);
}

console.log(`collate 200 copies × 2,000 sentences: median ${median(times).toFixed(0)} ms (runs ${times.map(time => time.toFixed(0)).join(', ')})`);

const wall = (args: string[]) => {
	const started = performance.now();
	try {
		execFileSync('node', ['dist/cli.js', ...args], {stdio: 'ignore'});
	} catch {
		// diff exits 1 for different articles
	}

	return performance.now() - started;
};

const story: number[] = [];
const diff: number[] = [];
for (let run = 0; run < 5; run++) {
	diff.push(wall(['diff', 'corpus/000_0d08df38c960a208.txt', 'corpus/001_8ecce001b37ddfde.txt', '--json']));
	story.push(wall(['story', 'corpus', '--json']));
}

console.log(`copydesk story corpus --json: median ${median(story).toFixed(0)} ms; copydesk diff 000 001 --json (anchor): ${median(diff).toFixed(0)} ms; ratio ${(median(story) / median(diff)).toFixed(2)}`);
