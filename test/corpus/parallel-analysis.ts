import test from 'ava';
import {fileURLToPath} from 'node:url';
import {loadCorpus} from '../../source/corpus/load.js';
import {runParallelPipeline} from '../../source/corpus/parallel-analysis.js';
import {runPipeline} from '../../source/corpus/pipeline.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

test('worker threads give exactly the single-thread analysis and groups', async t => {
	// Seed-like families plus the hostile corpus: many kinds of text, two slices.
	const {articles} = await loadCorpus([`${fixtures}corpus/families`, `${fixtures}hostile/utf8.txt`, `${fixtures}hostile/crlf.txt`, `${fixtures}hostile/records.jsonl`]);
	const single = await runPipeline(articles);
	const batches: number[] = [];
	const parallel = await runParallelPipeline(articles, {workers: 2, onBatch: from => batches.push(from)});
	t.deepEqual(parallel, single);
	t.true(batches.length >= 1);
});

test('both paths report progress up to the total', async t => {
	const {articles} = await loadCorpus([`${fixtures}corpus/families`]);
	const phases: string[] = [];
	await runParallelPipeline(articles, {workers: 1, groupInProcess: true, onProgress: progress => phases.push(`${progress.phase} ${progress.done}/${progress.total}`)});
	t.is(phases[0], 'reading line statistics 0/6');
	t.is(phases.at(-1), 'grouping near-duplicates 6/6');
	t.true(phases.includes('labelling 6/6'));
});

test('with evidence given, workers label their slice only, with the same result', async t => {
	const {articles} = await loadCorpus([`${fixtures}corpus/families`, `${fixtures}hostile/crlf.txt`]);
	const {buildCorpusEvidence} = await import('../../source/boilerplate/corpus-evidence.js');
	const single = await runPipeline(articles);
	const parallel = await runParallelPipeline(articles, {workers: 2, evidence: buildCorpusEvidence(articles.map(article => article.text)), groupInProcess: true});
	t.deepEqual(parallel, single);
});
