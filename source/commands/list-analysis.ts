// `list`'s analysis of a corpus it has no cache for: loaded only then (list.ts
// imports it when it must analyse), so a listing from the cache loads none of
// the labelling, grouping and worker code.
import type {ArticleLabels} from '../boilerplate/label.js';
import type {Article, ArticleHead, LoadProblem} from '../corpus/article.js';
import {analyzeArticles} from '../corpus/analyze.js';
import {ContentKey, writeCache, writeCacheSummary} from '../corpus/cache.js';
import {conductAnalysis, fallbackMessage} from '../corpus/conductor.js';
import {defaultMaxFileBytes, loadCorpus, readItems, sortProblems, type CorpusEntry, type CorpusItem, type CorpusItems} from '../corpus/load.js';
import {analyseInParallel, verdictItemsOf} from '../corpus/parallel-analysis.js';
import {settleVerdicts} from '../corpus/pair-verdict.js';
import {fileStatus, ReadsMemo, settledBefore} from '../corpus/read-memo.js';
import {heapLimitMessage} from '../corpus/worker-heap.js';
import {groupArticles} from '../groups/groups.js';
import {textHash} from '../groups/text-hash.js';
import {rowOf, type ListRow} from './list-row.js';

/**
 * Analyses the corpus (analyseRows), caches the rows under the content key of
 * what was read (`cacheFile`, when given) and the reads' memo (`memoFile`,
 * when given). The files' statuses are looked at after the analysis, off
 * the workers' way, and a status counts as settled only when both its times
 * are settleMs older than the analysis's start: a file changed after that
 * start (so perhaps after its read) is never remembered, and no status taken
 * before the start is held in memory through the labelling (where a large
 * corpus's peak is). The rows and problems to list.
 */
export async function analyseAndCache(
	inputs: readonly string[],
	corpus: CorpusItems,
	cacheFile: string | undefined,
	memoFile: string | undefined,
	warn: (warning: string) => void,
	onProgress?: (progress: {done: number; total: number; phase: string}) => void,
): Promise<{articles: ListRow[]; problems: LoadProblem[]}> {
	// The tables labelling and comparing build first, from the start-up data when it is current (main.ts seeds them for the other commands).
	(await import('../start-data.js')).seedStartData();
	// Taken before anything is read; the file items too (the workers may take them out of `items`).
	const settled = settledBefore();
	const files = memoFile ? corpus.items.flatMap(item => ('file' in item ? [item.file] : [])) : [];
	// Files and records can be read again if worker threads fail; stdin cannot, so it is kept.
	const reload = inputs.includes('-') ? undefined : async () => loadCorpus([...inputs], {missingInputs: 'problem'});
	const analysed = await analyseRows(corpus.items, corpus.problems, reload, warn, onProgress);
	if (cacheFile) await cacheRows(cacheFile, analysed);
	if (memoFile) await memoOfReads(files, analysed.reads, settled).write(memoFile, defaultMaxFileBytes);
	return analysed;
}

/**
 * The memo of an analysis's reads: each file item's one article (by its
 * path) with the file's status looked at now, settled only if older than
 * `settled` (taken before the analysis read anything).
 */
function memoOfReads(files: readonly CorpusEntry[], reads: AnalysedRows['reads'], settled: bigint): ReadsMemo {
	const memo = ReadsMemo.empty();
	const entries = new Map(files.map(entry => [entry.file, entry]));
	const seen = new Map<string, number>();
	for (const head of reads.heads) seen.set(head.path, (seen.get(head.path) ?? 0) + 1);
	for (const [index, head] of reads.heads.entries()) {
		const entry = entries.get(head.path);
		// A file of one article only (a container's records share its path, and are read here, not by the workers).
		if (entry && seen.get(head.path) === 1) memo.remember(entry, fileStatus(entry.file, settled), {head, digest: reads.digests[index]!});
	}

	return memo;
}


/**
 * Caches what was just analysed under the content key of what the analysis
 * read (a file that changed since this listing began is cached as it was
 * analysed, never under another content's key). With the labels (small
 * corpora, analysed on this thread) the reader can use it too; without
 * (worker threads keep no labels), only `list` can, and the reader writes the
 * whole cache over it.
 */
async function cacheRows(file: string, listed: AnalysedRows): Promise<void> {
	const {articles, labels, key} = listed;
	if (articles.some(article => !article.group)) return;
	const groups = articles.map(article => article.group!);
	if (labels) {
		await writeCache(file, key, {analyses: articles.map((article, index) => ({title: article.title, words: article.words, labels: labels[index]!})), groups});
	} else {
		await writeCacheSummary(file, key, {rows: articles.map(article => ({title: article.title, words: article.words, boilerplateShare: article.boilerplateShare})), groups});
	}
}

/** Rows just analysed, with the content key (cache.ts) of the articles the analysis read. */
type AnalysedRows = {articles: ListRow[]; problems: LoadProblem[]; labels?: ArticleLabels[]; key: string; reads: {heads: ArticleHead[]; digests: string[]}};


/**
 * Small corpora on this thread; large ones (as the conductor chooses) analysed
 * by worker threads (one per CPU) that read their own files and send no label
 * arrays, grouped here. When the workers fail, `warn` hears why and the
 * corpus is analysed on this thread; when one outgrows its heap limit
 * (worker-heap.ts), `warn` hears that, and the workers analyse it again unbounded.
 * Only the rows are kept: no texts.
 */
async function analyseRows(
	items: CorpusItem[],
	problems: LoadProblem[],
	reload: (() => Promise<{articles: Article[]; problems: LoadProblem[]}>) | undefined,
	warn: (warning: string) => void,
	onProgress?: (progress: {done: number; total: number; phase: string}) => void,
): Promise<AnalysedRows> {
	// Where the workers find each article again for the exact verdicts (pair-verdict.ts): files by
	// name; records (JSON Lines, stdin) kept here unless they are too many to hold twice.
	const itemOf = verdictItemsOf(items);
	let recordCharacters = 0;
	for (const item of items) if ('article' in item) recordCharacters += item.article.text.length;

	// Items handed to workers are gone from `items`: if they fail, the corpus is read again.
	let handedOver = false;
	return conductAnalysis(
		{articles: items.length, goal: 'throughput'},
		{
			async workers() {
				handedOver = reload !== undefined && recordCharacters > keptRecordCharacters;
				const verdictItem = (id: string) => {
					const item = itemOf(id);
					return item && 'article' in item && handedOver ? undefined : item;
				};
				const result = await analyseInParallel(items, {compact: true, groupInProcess: true, releaseTexts: handedOver, reportRead: true, verdictItem, onHeapLimit: error => warn(heapLimitMessage(error)), ...(onProgress ? {onProgress} : {})});
				if (!result?.heads || !result.textHashes) throw new Error('the worker threads read no articles');
				const key = new ContentKey();
				for (const [index, head] of result.heads.entries()) key.addHashed(head, result.textHashes[index]!);
				const articles = result.heads.map((head, index) => rowOf(head, result.analyses[index], result.groups[index]));
				return {articles, problems: sortProblems([...problems, ...result.problems!]), key: key.digest(), reads: {heads: result.heads, digests: result.textHashes}};
			},
			onFallback: error => warn(fallbackMessage(error)),
			async thisThread() {
				const loaded = handedOver && reload ? await reload() : readItems(items, problems);
				const articles = analyzeArticles(loaded.articles);
				// The texts are here: each copy's relation is the engine's verdict, the one `diff` reports,
				// for the copies the budget covers (the estimate, marked, for the rest), as on worker threads.
				const groups = await settleVerdicts(articles, groupArticles(articles));
				const heads = loaded.articles.map(({text: _text, ...head}) => head);
				const digests = loaded.articles.map(article => textHash(article.text));
				const key = new ContentKey();
				for (const [index, head] of heads.entries()) key.addHashed(head, digests[index]!);
				return {articles: articles.map((article, index) => rowOf(article, article, groups[index])), problems: loaded.problems, labels: articles.map(article => article.labels), key: key.digest(), reads: {heads, digests}};
			},
		},
	);
}

/**
 * Characters of JSON Lines or stdin records kept on this thread while the
 * workers analyse them (for the exact verdicts); a corpus of more is handed
 * over whole, and its copies keep the estimate (marked).
 */
const keptRecordCharacters = 256_000_000;
