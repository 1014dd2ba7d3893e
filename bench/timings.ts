// `npm run bench` part: the timings the test suite used to assert and now only
// checks structurally (what runs in a worker, how work is sliced, what close()
// stops). Each is printed beside an anchor measured in the same run, with the
// machine's load, since a loaded machine stretches every figure.
import {loadavg} from 'node:os';
import {pathToFileURL} from 'node:url';
import {labelArticle} from '../source/boilerplate/classify.js';
import {compareArticles} from '../source/compare/compare-articles.js';
import {openCorpusFeed} from '../source/corpus/feed-from-disk.js';
import {compareOffThread} from '../source/reader/compare-off-thread.js';
import {layoutComparison} from '../source/render/layout.js';
import {wrapSegments} from '../source/render/wrap.js';
import {article} from '../test/helpers/articles.js';
import {sameRows} from '../test/helpers/comparison.js';
import {withGeneratedCorpus} from '../test/helpers/generated-corpus.js';
import {watchEventLoop, watchMachineStalls} from './event-loop-lag.js';
import {editedPair} from './generate-article.js';
import {listMsPerKey, pairMsPerKey} from './reader-keys.js';

const ms = (value: number) => `${value.toFixed(0)} ms`;

const timed = <T>(run: () => T): [T, number] => {
	const start = performance.now();
	const value = run();
	return [value, performance.now() - start];
};

/** Longest block of this thread while a 30,000-word pair is compared in the worker, against comparing it here. */
const workerBlock = async (): Promise<string[]> => {
	const {original, edited} = editedPair();
	const left = article('original.txt', 'Original', original);
	const right = article('edited.txt', 'Edited', edited);
	const inWorker = compareOffThread(() => {
		throw new Error('the fallback must not run');
	});
	try {
		await inWorker(left, right, {}); // warm the worker
		const machine = await watchMachineStalls();
		const [, here] = timed(() => compareArticles(left, right, {diffBudget: 40_000_000}));
		const blocks: number[] = [];
		for (let run = 0; run < 3; run++) {
			const lag = watchEventLoop();
			await inWorker(left, right, {diffBudget: 40_000_000});
			lag.stop();
			blocks.push(lag.longest());
		}
		const allowance = await machine.longest();
		await machine.stop();
		return [
			`30,000-word pair in the worker: longest block of this thread ${blocks.map(ms).join(', ')} (3 runs; target < 100 ms beyond the machine's own stalls)`,
			`  anchors: the same comparison on this thread blocks it ${ms(here)}; a thread nothing blocks stalled up to ${ms(allowance)}`,
		];
	} finally {
		inWorker.close();
	}
};

const layoutTime = (): string[] => {
	const sentence = 'The quick brown fox jumps over the lazy dog near the river bank today.';
	const text = Array.from({length: 300}, (_, p) => Array.from({length: 8}, (_, s) => sentence.replace('fox', `fox${p}x${s}`)).join(' ')).join('\n\n');
	const model = sameRows(text);
	layoutComparison(model, text, text, {paneWidth: 60}); // warm
	const [{lines}, elapsed] = timed(() => layoutComparison(model, text, text, {paneWidth: 60}));
	return [`layout of a 30,000-word comparison (${model.rows.length} rows, ${lines.length} lines) in one go: ${ms(elapsed)} (target well under 1 s)`];
};

const pathological = (): string[] => {
	const bulletBlocks = Array.from({length: 20_000}, (_, i) => (i % 4 === 3 ? 'Some short line here' : `- item number ${i}`)).join('\n');
	const cases: Array<[string, string]> = [
		['[ ×200,000 + ]( ×100,000', '['.repeat(200_000) + ']('.repeat(100_000)],
		['*a_b ×100,000', '*a_b '.repeat(100_000)],
		['3 lines of 300,000 x', `${'x'.repeat(300_000)}\n`.repeat(3)],
		['20,000 bullet lines', bulletBlocks],
	];
	const [, wrap] = timed(() => {
		wrapSegments([{text: 'x'.repeat(100_000), style: ''}], 37);
		wrapSegments([{text: '漢'.repeat(50_000), style: ''}], 40);
	});
	return [
		`boilerplate labels of pathological texts (target < 3 s each): ${cases.map(([name, text]) => `${name} ${ms(timed(() => labelArticle(text))[1])}`).join('; ')}`,
		`wrapping 100,000 characters without a space and 50,000 CJK: ${ms(wrap)} (target < 3 s)`,
	];
};

const feedClose = async (): Promise<string[]> => {
	let line = '';
	await withGeneratedCorpus(600, 17, {}, async directory => {
		const feed = await openCorpusFeed([directory], {cache: false, worker: 'always'});
		await new Promise(resolve => setTimeout(resolve, 100));
		const start = performance.now();
		feed.close();
		await feed.ready;
		line = `closing a 600-article feed while its worker threads analyse: ready settles in ${ms(performance.now() - start)} (target < 400 ms)`;
	});
	return [line];
};

const readerKeys = async (): Promise<string[]> => {
	const small = await listMsPerKey(500);
	small.app.unmount();
	const big = await listMsPerKey(100_000);
	big.app.unmount();
	const smallPair = await pairMsPerKey(30);
	const bigPair = await pairMsPerKey(400);
	return [
		`list j/k: ${big.perKey.toFixed(1)} ms per key with 100,000 articles, ${(big.perKey / small.perKey).toFixed(2)}× the 500-article anchor (${small.perKey.toFixed(1)} ms; target ≤ 2× + 20 ms)`,
		`split view j: ${bigPair.perKey.toFixed(1)} ms per key at ${bigPair.words} words, ${(bigPair.perKey / smallPair.perKey).toFixed(2)}× the ${smallPair.words}-word anchor (${smallPair.perKey.toFixed(1)} ms); opened and laid out in ${ms(bigPair.openMs)}`,
	];
};

/** Every figure above, with the load average it was measured under. */
export const runTimingsBench = async (): Promise<string[]> => {
	const lines = [`load average ${loadavg().map(value => value.toFixed(2)).join(' ')}`];
	lines.push(...(await workerBlock()), ...layoutTime(), ...pathological(), ...(await feedClose()), ...(await readerKeys()));
	return lines;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	for (const line of await runTimingsBench()) console.log(line);
	process.exit(0);
}
