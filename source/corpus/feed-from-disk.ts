// A corpus feed for the reader: every article is listed as soon as the files
// are read (titles = file names, pending), then analysis fills in — from the
// cache when the corpus is unchanged, else in worker threads (large corpora)
// or in small time slices on this thread — and the groups come last.
import type {CorpusEvidence} from '../boilerplate/corpus-evidence.js';
import {pendingArticle} from './pending-article.js';
import type {AnalyzedArticle, Article, GroupInfo, LoadProblem} from './article.js';
import {cacheDirectory, cacheFileFor, contentKey, readCache, writeCache} from './cache.js';
import type {CorpusFeed, CorpusSnapshot} from './feed.js';
import {isStreamed} from './file-kind.js';
import {anyHtmlPage, articleFromBytes, defaultMaxFileBytes, entryName, loadCorpus, loadHtmlSupport, readContainerMember, sniffHtml, type LoadOptions} from './load.js';
import path from 'node:path';
import type {ArticleAnalysis, PipelineResult} from './pipeline.js';
import {stat} from 'node:fs/promises';
import {readBounded} from './bounded-read.js';
import {formatBytes} from './jsonl.js';

export type FeedOptions = LoadOptions & {
	/** Cache directory; false turns the cache off. Default: the user cache directory. */
	cache?: string | false;
	/** Where analysis runs (conductor.ts): 'auto', worker threads from `workerThreshold` articles on (default 200). */
	worker?: 'auto' | 'always' | 'never';
	workerThreshold?: number;
	env?: NodeJS.ProcessEnv;
	/**
	 * Called once, before the first article is analysed or re-read on this thread (the cache missed, or a file
	 * changed), and awaited: the CLI installs its start-up tables there (start-data.ts), which a corpus listed
	 * from the cache never needs.
	 */
	beforeAnalysis?: () => void | Promise<void>;
};

/**
 * The labeller, the pipelines and the grouping, loaded when the cache misses or a file is re-read: a corpus
 * listed from the cache never loads them (~0.9 MB of bundle: compiling and evaluating it was a third of the
 * reader's time to its first frame).
 */
const analysisModules = async () => {
	const [analyze, siteEvidence, conductor, parallel, heap, afterChange, pipeline] = await Promise.all([
		import('./analyze.js'),
		import('../boilerplate/site-evidence.js'),
		import('./conductor.js'),
		import('./parallel-analysis.js'),
		import('./worker-heap.js'),
		import('./verdicts-after-change.js'),
		import('./pipeline.js'),
	]);
	return {...analyze, ...siteEvidence, ...conductor, ...parallel, ...heap, ...afterChange, ...pipeline};
};

export type DiskFeed = CorpusFeed & {
	/** Resolves when analysis and groups are complete (or failed: the problem is in the snapshot). */
	ready: Promise<void>;
	/** Re-reads an article from disk (it changed or vanished while open); never throws. */
	reloadArticle(article: Article): Promise<AnalyzedArticle | LoadProblem>;
	/** Stops background work. */
	close(): void;
};

/** Shortest and longest time between two snapshots published while analysis runs (ms). */
const publishInterval = 50;
const maxPublishInterval = 1000;

/** Largest corpus whose evidence a reload rebuilds on the UI thread. */
const reloadEvidenceLimit = 300;

/**
 * Opens a corpus (directories, files, JSON Lines, `-` for stdin: as loadCorpus)
 * for the reader: resolves once the files are found and read, with every article
 * listed as pending; labels, titles, word counts and groups arrive in snapshots
 * (`subscribe`) as the analysis runs, in worker threads for large corpora
 * (conductor.ts decides).
 * Rejects with CorpusError for a missing path; unreadable files are problems in
 * the snapshot, never errors.
 */
export async function openCorpusFeed(inputs: string[], options: FeedOptions = {}): Promise<DiskFeed> {
	const loaded = await loadCorpus(inputs, options);
	let snapshot: CorpusSnapshot = {
		root: loaded.root,
		articles: loaded.articles.map(pendingArticle),
		problems: loaded.problems,
		progress: loaded.articles.length > 0 ? {done: 0, total: loaded.articles.length, phase: 'starting analysis'} : null,
	};
	const listeners = new Set<() => void>();
	// Analysis results arrive in bursts (a batch per 100 articles from each worker): they are
	// gathered and published at most every publishInterval ms, each publish a new snapshot the
	// reader renders once. Publishing every batch made 100,000 articles a storm of renders
	// (and React gave up: "maximum update depth exceeded"), each copying the whole list.
	let draft: AnalyzedArticle[] | undefined;
	let draftProgress: CorpusSnapshot['progress'] | undefined;
	let timer: NodeJS.Timeout | undefined;
	// How long subscribers took to take in the last snapshot (the reader renders it, after
	// this call, in a microtask): the next publish waits a few times that, so rendering a
	// large list never takes more than a fifth of the reader's thread while analysis runs.
	let catchUpMs = 0;
	const notify = () => {
		const start = performance.now();
		for (const listener of listeners) listener();
		setImmediate(() => (catchUpMs = performance.now() - start));
	};

	/** Folds what is gathered into the snapshot (without telling anyone). */
	const settle = () => {
		if (timer) clearTimeout(timer);
		timer = undefined;
		if (!draft && draftProgress === undefined) return;
		snapshot = {...snapshot, ...(draft ? {articles: draft} : {}), ...(draftProgress === undefined ? {} : {progress: draftProgress})};
		draft = undefined;
		draftProgress = undefined;
	};

	/** A change published at once, after whatever was gathered. */
	const publish = (change: (current: CorpusSnapshot) => CorpusSnapshot) => {
		settle();
		snapshot = change(snapshot);
		notify();
	};

	const publishSoon = () => {
		timer ??= setTimeout(() => {
			settle();
			notify();
		}, Math.min(maxPublishInterval, Math.max(publishInterval, 4 * catchUpMs)));
	};

	let modules: ReturnType<typeof analysisModules> | undefined;
	/** The analysis modules, loaded (and options.beforeAnalysis run) on first use. */
	const analysis = () =>
		(modules ??= (async () => {
			await options.beforeAnalysis?.();
			return analysisModules();
		})());

	let closed = false;
	const stop = new AbortController();
	let evidence: CorpusEvidence | undefined;

	const applyBatch = (from: number, analyses: readonly ArticleAnalysis[]) => {
		draft ??= snapshot.articles.slice();
		for (const [offset, analysis] of analyses.entries()) draft[from + offset] = withCachedAnalysis(draft[from + offset], analysis);
		publishSoon();
	};

	const applyGroups = (groups: readonly GroupInfo[]) => {
		publish(current => ({...current, articles: current.articles.map((article, index) => ({...article, group: groups[index]})), progress: null}));
	};

	const fail = (message: string) => {
		publish(current => ({...current, problems: [...current.problems, {path: loaded.root, kind: 'error', message: `analysis failed: ${message.split('\n')[0]}`}], progress: null}));
	};

	const analyse = async () => {
		if (loaded.articles.length === 0) return;
		const directory = options.cache === false ? undefined : (options.cache ?? cacheDirectory(options.env));
		const file = await cacheFileFor(inputs, directory);
		const key = file ? contentKey(loaded.articles) : '';
		if (file) {
			publish(current => ({...current, progress: {done: 0, total: loaded.articles.length, phase: 'reading cache'}}));
			const cached = await readCache(file, key, loaded.articles.length);
			if (cached && !closed) {
				applyBatch(0, cached.analyses);
				applyGroups(cached.groups);
				return;
			}
		}

		const {conductAnalysis, fallbackMessage, runParallelPipeline, heapLimitMessage, runPipeline} = await analysis();
		if (closed) return;
		const inProcess = (articles: readonly Article[]): Promise<PipelineResult | undefined> =>
			// Time slices: the reader's keys are handled between batches.
			runPipeline(articles, {...hooks, batchSize: 20, pause: () => new Promise(resolve => setImmediate(resolve)), cancelled: () => closed});
		const result = await conductAnalysis(
			{articles: loaded.articles.length, goal: 'responsiveness', ...(options.worker ? {mode: options.worker} : {}), ...(options.workerThreshold === undefined ? {} : {threshold: options.workerThreshold})},
			{
				workers: () =>
					runParallelPipeline(loaded.articles, {
						...hooks,
						cancelled: () => closed,
						signal: stop.signal,
						sources: loaded.sources,
						onHeapLimit: error => publish(current => ({...current, problems: [...current.problems, {path: loaded.root, kind: 'error', message: heapLimitMessage(error)}]})),
					}),
				thisThread: () => (closed ? undefined : inProcess(loaded.articles)),
				// Said in the reader's problems: analysis goes on, on the reader's own thread.
				onFallback: error => publish(current => ({...current, problems: [...current.problems, {path: loaded.root, kind: 'error', message: fallbackMessage(error)}]})),
			},
		);
		if (!result || closed) return;
		applyGroups(result.groups);
		if (file) await writeCache(file, key, {analyses: result.analyses, groups: result.groups});
	};

	const hooks = {
		onBatch: applyBatch,
		onProgress(progress: {done: number; total: number; phase: string}) {
			draftProgress = progress;
			publishSoon();
		},
	};

	const ready = analyse().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

	return {
		snapshot: () => snapshot,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		ready,
		close() {
			closed = true;
			stop.abort();
			settle();
		},
		async reloadArticle(article) {
			// The newest analyses, gathered or published.
			const articles = draft ?? snapshot.articles;
			const index = articles.findIndex(candidate => candidate.id === article.id);
			const previous = articles[index];
			// Records of stdin are not reread.
			if (article.path === '-') return previous ?? pendingArticle(article);
			let reread: Article;
			if (isStreamed(article.path) && article.id.includes('#')) {
				// A member of a web archive or JSON Lines file: the container read again by the
				// loader that listed it, the member found by its id (never the raw container as text).
				try {
					await stat(article.path);
				} catch (error) {
					return gone(article.path, error);
				}

				const member = await readContainerMember(article.path, containerName(loaded.root, article), previous ?? article, options.maxFileBytes);
				if (!member) return {path: article.path, kind: 'error', message: 'no longer in the file'};
				if (!('text' in member)) return member;
				// The id and name it was listed under (the loader may have named it by its archive: two archives,
				// one URI; a record named by its line may stand on another line now).
				reread = {...member, id: article.id, name: article.name};
			} else {
				let bytes: Uint8Array;
				const maxFileBytes = options.maxFileBytes ?? defaultMaxFileBytes;
				try {
					// A FIFO, socket or device (named on the command line, or put in a file's place) was read once, when loaded:
					// opening it again would wait for a writer, or take a waiting writer's text (breaker19 N1).
					if (!options.readBytes && !(await stat(article.path)).isFile()) return {path: article.path, kind: 'error', message: 'not a regular file: read once, when it was loaded'};
					// Bounded as the first read was: a file grown past the limit, or a device, is not read to its end.
					const read = options.readBytes ? await options.readBytes(article.path) : await readBounded(article.path, maxFileBytes);
					if (read === 'too large') return {path: article.path, kind: 'skipped', message: `too large (more than ${formatBytes(maxFileBytes)})`};
					bytes = read;
				} catch (error) {
					return gone(article.path, error);
				}

				// A page by its content (a file named on the command line, read as a page at first) is read again as one.
				const sniff = article.dom !== undefined;
				if (anyHtmlPage([article.path]) || (sniff && sniffHtml(bytes))) await loadHtmlSupport();
				const fresh = articleFromBytes(bytes, article.path, article.name, undefined, sniff);
				if (fresh.articles.length === 0) return fresh.problems[0];
				reread = fresh.articles[0];
			}

			if (previous && reread.text === previous.text) return previous;
			const {analyzeArticle, buildCorpusEvidenceOf, groupsAfterChange, oneSiteEvidence} = await analysis();
			// Corpus evidence is rebuilt here, on the reader's thread: affordable for a
			// small corpus (a few ms per 100 articles); past that the re-read article is
			// judged on its own rather than freezing the keys for seconds.
			if (articles.length <= reloadEvidenceLimit) evidence ??= buildCorpusEvidenceOf(articles);
			const analysed: AnalyzedArticle = {
				...analyzeArticle(reread, evidence, {site: evidence && oneSiteEvidence(articles, evidence)}),
				...(previous?.group ? {group: previous.group} : {}),
			};
			if (index !== -1) {
				let judged = analysed;
				publish(current => {
					const articles = current.articles.slice();
					articles[index] = analysed;
					// The verdicts given against the old text are judged again (verdicts-after-change.ts).
					const groups = groupsAfterChange(articles, index);
					if (groups) {
						for (const [at, group] of groups.entries()) if (group !== articles[at]!.group) articles[at] = {...articles[at]!, group};
						judged = articles[index]!;
					}

					return {...current, articles};
				});
				return judged;
			}

			return analysed;
		},
	};
}

/** The problem of a file that could not be read again. */
function gone(file: string, error: unknown): LoadProblem {
	const code = (error as NodeJS.ErrnoException).code;
	return {path: file, kind: 'error', message: code === 'ENOENT' ? 'deleted since the corpus was opened' : `cannot reread: ${code ?? (error as Error).message}`};
}

/** The corpus name of the container holding a member (`name#record` ids): as the loader named it, else the id up to its first `#`. */
function containerName(root: string, article: Article): string {
	const name = entryName(path.resolve(root), article.path);
	return article.id.startsWith(`${name}#`) ? name : article.id.slice(0, article.id.indexOf('#'));
}

function withCachedAnalysis(article: AnalyzedArticle, analysis: ArticleAnalysis): AnalyzedArticle {
	const {pending: _pending, ...rest} = article;
	return {...rest, title: analysis.title, words: analysis.words, labels: analysis.labels};
}
