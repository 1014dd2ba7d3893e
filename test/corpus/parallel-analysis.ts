import test from 'ava';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import {loadCorpus, loadCorpusItems, sortProblems} from '../../source/corpus/load.js';
import {analyseInParallel, runParallelPipeline, verdictItemsOf} from '../../source/corpus/parallel-analysis.js';
import type {GroupInfo} from '../../source/corpus/article.js';
import {runPipeline} from '../../source/corpus/pipeline.js';
import {analyzeArticle} from '../../source/corpus/analyze.js';
import {groupMember, textHash} from '../../source/groups/member.js';
import {createRequire, syncBuiltinESMExports} from 'node:module';
import type {Worker as WorkerThread, WorkerOptions} from 'node:worker_threads';
import {withGeneratedCorpus} from '../helpers/generated-corpus.js';
import {earnings} from '../helpers/template-folder.js';

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
	t.true(phases.includes('grouping near-duplicates 6/6'));
	t.true(phases.includes('labelling 6/6'));
});

test('compact analyses are the full ones without label lines, with the same groups', async t => {
	const {articles} = await loadCorpus([`${fixtures}corpus/families`, `${fixtures}hostile/crlf.txt`]);
	const single = await runPipeline(articles);
	const compact = await runParallelPipeline(articles, {workers: 2, compact: true, groupInProcess: true});
	t.deepEqual(compact!.groups, single!.groups);
	t.deepEqual(
		compact!.analyses,
		single!.analyses.map(analysis => ({...analysis, labels: {...analysis.labels, lines: []}})),
	);
	t.true(single!.analyses.some(analysis => analysis.labels.lines.length > 0));
});

test('a slice per worker, even with more workers than slices need', async t => {
	const {articles} = await loadCorpus([`${fixtures}corpus/families`]);
	const single = await runPipeline(articles);
	t.deepEqual(await runParallelPipeline(articles, {workers: 8, groupInProcess: true}), single);
});

test('three workers on a generated corpus (site chrome shared across slices) give the single-thread result', async t => {
	const {generateCorpus} = await import('../../bench/generate-corpus.js');
	const articles = generateCorpus(240, 7).map(generated => ({id: generated.name, path: generated.name, name: generated.name, text: generated.text, size: generated.text.length, warnings: [], meta: {}}));
	const single = await runPipeline(articles);
	const parallel = await runParallelPipeline(articles, {workers: 3});
	t.deepEqual(parallel, single);
	t.true(single!.groups.some(group => group.groupSize > 1));
	t.true(single!.analyses.some(analysis => analysis.labels.boilerplateShare > 0));
});

test('texts handed over leave the caller array, and the result is the same', async t => {
	const {generateCorpus} = await import('../../bench/generate-corpus.js');
	const articles = generateCorpus(160, 11).map(generated => ({id: generated.name, path: generated.name, name: generated.name, text: generated.text, size: generated.text.length, warnings: [], meta: {}}));
	const single = await runPipeline(articles);
	const handed = articles.slice();
	const released = await runParallelPipeline(handed, {workers: 3, releaseTexts: true, groupInProcess: true});
	t.is(handed.length, 0);
	// The same analyses and groups; with the texts gone, no exact verdicts: the estimates stay, marked.
	t.deepEqual(released!.analyses, single!.analyses);
	const grouping = ({relation: _relation, similarity: _similarity, estimated: _estimated, ...rest}: GroupInfo) => rest;
	t.deepEqual(released!.groups.map(grouping), single!.groups.map(grouping));
	t.true(released!.groups.some(group => group.estimated) && single!.groups.some((group, index) => !group.estimated && released!.groups[index]!.estimated));
});

test('workers that read their own files give the single-thread analysis, every article\'s head and the problems', async t => {
	const extra = {'binary.txt': Buffer.from([0x50, 0, 0x51]), 'huge.txt': 'x'.repeat(70_000), 'records.jsonl': '{"id":"r1","text":"A record about a bridge."}\nnot json\n'};
	await withGeneratedCorpus(150, 5, extra, async directory => {
		const options = {maxFileBytes: 64 * 1024};
		const eager = await loadCorpus([directory], options);
		const single = await runPipeline(eager.articles);
		const {items, problems} = await loadCorpusItems([directory], {...options, deferFiles: true});
		t.true(items.some(item => 'file' in item) && items.some(item => 'article' in item));
		const parallel = await analyseInParallel(items, {workers: 3, groupInProcess: true, reportRead: true, maxFileBytes: options.maxFileBytes, verdictItem: verdictItemsOf(items)});
		t.deepEqual({analyses: parallel!.analyses, groups: parallel!.groups}, single);
		t.deepEqual(parallel!.heads, eager.articles.map(({text: _text, ...head}) => head));
		t.deepEqual(sortProblems([...problems, ...parallel!.problems!]), eager.problems);
		t.deepEqual(eager.problems.map(problem => path.basename(problem.path)), ['binary.txt', 'huge.txt', 'records.jsonl#:2']);
	});
});

test('workers that read the caller\'s files again: each text is checked, and a changed one is the caller\'s to label', async t => {
	await withGeneratedCorpus(80, 21, {}, async directory => {
		const {articles, sources} = await loadCorpus([directory]);
		t.true(sources.every(source => source !== undefined));
		const onDisk = (await runPipeline(articles))!;
		// As if the file changed after the caller read it: the caller's text is no longer the file's.
		const held = articles.slice();
		held[5] = {...held[5], text: 'A completely different text.\n\nWith its own second line.'};
		const checked: number[] = [];
		const result = await runParallelPipeline(held, {
			workers: 2,
			groupInProcess: true,
			sources,
			check(index, analysis, member) {
				if (member.textHash === textHash(held[index].text)) return {analysis, member};
				checked.push(index);
				const analysed = analyzeArticle(held[index]);
				return {analysis: {title: analysed.title, words: analysed.words, labels: analysed.labels}, member: groupMember(analysed)};
			},
		});
		t.deepEqual(checked, [5]);
		const own = analyzeArticle(held[5]);
		t.deepEqual(result!.analyses[5], {title: own.title, words: own.words, labels: own.labels});
		t.deepEqual(result!.analyses.filter((_, index) => index !== 5), onDisk.analyses.filter((_, index) => index !== 5));
	});
});

/** An earnings report, and another from its template (every name and figure changed) in two identical copies: related, not a copy (issue 13, breaker F5). */
const report = earnings('Acme Corp', 'Denver', 'Tuesday', '2.1', '4', '361', '0.56', 'John Smith', '8', 'March 5, 2024');
const doctored = earnings('Globex Inc', 'Austin', 'Wednesday', '4.8', '14', '314', '0.51', 'Mary Jones', '1', 'March 6, 2024');

test('above the worker threshold, two identical doctored copies are regrouped as on one thread (one group of two)', async t => {
	// The verdict sends both doctored copies out of the story's group; in the workers each stayed a group of one.
	const extra = {'0-flood.txt': report, '0-flood-doctored.txt': doctored, '0-flood-doctored-twin.txt': doctored};
	await withGeneratedCorpus(210, 7, extra, async directory => {
		const {articles} = await loadCorpus([directory]);
		const single = await runPipeline(articles);
		const doctoredAt = articles.flatMap((article, index) => (article.name.includes('doctored') ? [index] : []));
		const pair = single!.groups.filter((_, index) => doctoredAt.includes(index));
		t.is(pair[0]!.groupSize, 2);
		t.is(pair[0]!.group, pair[1]!.group);
		for (const groupInProcess of [true, false]) {
			const parallel = await runParallelPipeline(articles, {workers: 2, groupInProcess});
			t.deepEqual(parallel!.groups, single!.groups, `groupInProcess: ${groupInProcess}`);
		}
	});
});

/**
 * While `run` goes, a labelling worker (role `analyse`) asked for verdicts stops at once, as one that outgrew
 * its heap limit while judging would; other workers are real. Returns how many were asked.
 */
async function withLabellersFailingToJudge<T>(run: () => Promise<T>): Promise<{result: T; asked: number}> {
	const threads = createRequire(import.meta.url)('node:worker_threads') as {Worker: typeof WorkerThread};
	const real = threads.Worker;
	let asked = 0;
	class FailingToJudge extends real {
		readonly #labels: boolean;
		constructor(file: string | URL, options?: WorkerOptions) {
			super(file, options);
			this.#labels = (options?.workerData as {role?: string} | undefined)?.role === 'analyse';
		}

		override postMessage(message: unknown, transfer?: readonly Transferable[]): void {
			if (this.#labels && (message as {type?: string}).type === 'verdicts') {
				asked++;
				void this.terminate();
				return;
			}

			super.postMessage(message, transfer as never);
		}
	}

	threads.Worker = FailingToJudge;
	syncBuiltinESMExports();
	try {
		return {result: await run(), asked};
	} finally {
		threads.Worker = real;
		syncBuiltinESMExports();
	}
}

test.serial('a labelling worker that fails while judging: its pairs are judged again in a fresh judge, the groups as on one thread', async t => {
	const extra = {'0-flood.txt': report, '0-flood-doctored.txt': doctored, '0-flood-doctored-twin.txt': doctored};
	await withGeneratedCorpus(210, 7, extra, async directory => {
		const {articles} = await loadCorpus([directory]);
		const single = await runPipeline(articles);
		const {result, asked} = await withLabellersFailingToJudge(async () => runParallelPipeline(articles, {workers: 2, groupInProcess: true}));
		t.true(asked > 0, 'the labelling workers were asked to judge');
		t.deepEqual(result!.groups, single!.groups);
	});
});

test('a labelling worker that outgrows its heap limit: the analysis is done again without limits, the same, and said', async t => {
	const {articles} = await loadCorpus([`${fixtures}corpus/families`]);
	const single = await runPipeline(articles);
	const told: Error[] = [];
	// Two megabytes: no worker even loads its code within it.
	const result = await runParallelPipeline(articles, {workers: 2, groupInProcess: true, heapLimitMb: 2, onHeapLimit: error => told.push(error)});
	t.deepEqual(result, single);
	t.is(told.length, 1);
	t.is((told[0] as NodeJS.ErrnoException).code, 'ERR_WORKER_OUT_OF_MEMORY');
});

test('workers within their heap limits are not done again', async t => {
	const {articles} = await loadCorpus([`${fixtures}corpus/families`]);
	const told: Error[] = [];
	t.deepEqual(await runParallelPipeline(articles, {workers: 2, groupInProcess: true, onHeapLimit: error => told.push(error)}), await runPipeline(articles));
	t.deepEqual(told, []);
});
