// The analysis pipeline spread over worker threads, each doing its share once:
// every worker counts the line statistics of its own slice; this thread merges
// them into the corpus evidence and hands it back; the workers label their
// slices and compute each article's grouping record while they hold the text;
// the groups come last, from those records — in a worker too, unless asked not to.
import {availableParallelism} from 'node:os';
import {mergePacked, sharedEvidence, type PackedEvidence} from '../boilerplate/merge-evidence.js';
import {groupMembers} from '../groups/groups.js';
import {LinksAhead} from '../groups/links-ahead.js';
import {groupMember, textHash, type GroupMember} from '../groups/member.js';
import type {WorkerCommand, WorkerJob, WorkerMessage} from './analysis-worker.js';
import {memberBuffers} from './member-buffers.js';
import type {Article, ArticleHead, GroupInfo, LoadProblem} from './article.js';
import type {CorpusEntry, CorpusItem} from './load.js';
import {analyzeArticle} from './analyze.js';
import {analysisOf, type ArticleAnalysis, type PipelineHooks, type PipelineResult} from './pipeline.js';
import {settleRounds, type Settling, type VerdictPair} from './pair-verdict.js';
import type {RelationEstimate} from '../groups/relation.js';
import {startWorker} from '../start-worker.js';
import {analysisHeapLimitMb, handedCharacters} from './worker-heap.js';

export type ParallelOptions = Pick<PipelineHooks, 'onBatch' | 'onProgress' | 'cancelled'> & {
	/** Worker threads (default: one per CPU, at most 8). */
	workers?: number;
	/** Group on this thread (a CLI has nothing else to do) instead of in a worker. */
	groupInProcess?: boolean;
	/** Analyses without label lines (boilerplate share, language and metadata kept): for callers that only count. */
	compact?: boolean;
	/** The caller hands the array over: it is emptied (slice by slice, for items) as the workers take their copies. */
	releaseTexts?: boolean;
	/** Stops the workers at once (the reader was closed): the result is then undefined. */
	signal?: AbortSignal;
	/**
	 * Sees each article's results before they are kept, and may replace them (by default,
	 * runParallelPipeline's check that a worker which read a file itself read the caller's text).
	 */
	check?: (index: number, analysis: ArticleAnalysis, member: GroupMember) => {analysis: ArticleAnalysis; member: GroupMember};
	/**
	 * Where a worker finds an article (by id and corpus index) to judge it as `diff` does: the
	 * copies verdictPairs chooses get their exact verdict (pair-verdict.ts). Without it, or for
	 * an article it does not give, the estimate stays (marked).
	 */
	verdictItem?: (id: string, index: number) => CorpusItem | undefined;
	/**
	 * Each labelling worker's heap limit in MB (default: worker-heap.ts analysisHeapLimitMb of its
	 * share; none for texts handed over, which could not be handed again); 0: no limit.
	 */
	heapLimitMb?: number;
	/** Told when a labelling worker outgrew its heap limit: the analysis is then done again, its workers unlimited. */
	onHeapLimit?: (error: Error) => void;
};

/** `heapLimitMb`: its old generation's limit (worker-heap.ts); 0 or none, V8's default. */
const startAnalysisWorker = (job: WorkerJob, heapLimitMb = 0) =>
	startWorker('analysis-worker', import.meta.url, {workerData: job, ...(heapLimitMb > 0 ? {resourceLimits: {maxOldGenerationSizeMb: heapLimitMb}} : {})});
type AnalysisWorker = ReturnType<typeof startAnalysisWorker>;

/** Worker threads for an analysis: one per available CPU, 1 to 8. */
export const defaultWorkerCount = (): number => Math.max(1, Math.min(8, availableParallelism()));

/**
 * The analysis of articles the caller holds. `sources`: per article, a file the
 * workers may read again instead of being handed a copy of the text (one copy
 * of a large corpus fewer). Each text so read is checked against the caller's:
 * a file changed since the caller read it is labelled here, from the caller's
 * text, so labels always fit the text the caller has.
 */
export async function runParallelPipeline(articles: Article[], options: ParallelOptions & {sources?: ReadonlyArray<CorpusEntry | undefined>} = {}): Promise<PipelineResult | undefined> {
	const {sources} = options;
	const held = sources ? articles.slice() : [];
	const items: CorpusItem[] = articles.map((article, index) => {
		const source = sources?.[index];
		return source ? {file: source} : {article};
	});
	if (options.releaseTexts) articles.length = 0;
	const sameText: ParallelOptions['check'] = (index, analysis, member) => {
		const article = held[index];
		if (!sources?.[index] || member.textHash === textHash(article.text)) return {analysis, member};
		const analysed = analyzeArticle(article);
		return {analysis: analysisOf(analysed), member: groupMember(analysed)};
	};

	// Files the workers may read again, else the caller's article, for the exact verdicts.
	const verdictItem = (_id: string, index: number): CorpusItem | undefined => {
		const source = sources?.[index];
		if (source) return {file: source};
		const article = sources ? held[index] : articles[index];
		return article && {article};
	};
	const result = await analyseInParallel(items, {verdictItem, ...options, check: options.check ?? (sources ? sameText : undefined), reportRead: false, keepPlaces: true});
	return result && {analyses: result.analyses, groups: result.groups};
}

/**
 * Where the workers find each article of `items` again for the exact
 * verdicts (ParallelOptions.verdictItem): a file by its name (the id of the
 * article read from it), a record by its id. Holds the items, not copies.
 */
export function verdictItemsOf(items: readonly CorpusItem[]): (id: string) => CorpusItem | undefined {
	const byId = new Map<string, CorpusItem>();
	for (const item of items) byId.set('file' in item ? item.file.name : item.article.id, item);
	return id => byId.get(id);
}

/**
 * What the workers read themselves: every article's head (text aside), the
 * digest of its text (groups/member.ts textHash: with the heads, the corpus's
 * content key, cache.ts) and the files that were no articles.
 */
export type ReadReport = {heads: ArticleHead[]; textHashes: string[]; problems: LoadProblem[]};

/**
 * The analysis of corpus items (articles, or files the workers read), in
 * corpus order. `reportRead`: also say which articles the items held (the
 * caller may not have read them).
 */
export async function analyseInParallel(items: CorpusItem[], options: AnalyseOptions): Promise<(PipelineResult & Partial<ReadReport>) | undefined> {
	if (options.releaseTexts || options.heapLimitMb === 0) return analyseOnce(items, {...options, heapLimitMb: 0});
	try {
		return await analyseOnce(items, options);
	} catch (error) {
		// A corpus whose share outgrew the bound (far longer articles than news): the same analysis, unbounded, said.
		if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
		options.onHeapLimit?.(error as Error);
		return analyseOnce(items, {...options, heapLimitMb: 0});
	}
}

type AnalyseOptions = ParallelOptions & {reportRead: boolean; keepPlaces?: boolean; maxFileBytes?: number};

/** analyseInParallel, once, with the heap limits `options` say (heapLimitMb; by default analysisHeapLimitMb). */
async function analyseOnce(items: CorpusItem[], options: AnalyseOptions): Promise<(PipelineResult & Partial<ReadReport>) | undefined> {
	const corpusItems = items.length;
	const count = Math.max(1, Math.min(options.workers ?? defaultWorkerCount(), Math.ceil(items.length / 50)));
	const size = Math.ceil(items.length / count);
	const workers: AnalysisWorker[] = [];
	// The verdicts' workers, one per labelling worker. Up to earlyJudgeArticles, each labelling worker
	// judges once it is done (labellersJudging): it loads the comparison engine while the rest of the
	// corpus is labelled and grouped. Past that, fresh ones (startJudge) start once the labelling is done,
	// the labelling workers' heaps gone, as those would add to the peak (the records here, the evidence there).
	const judges: AnalysisWorker[] = [];
	// Known once every slice has counted its articles: until then, the items.
	let total = items.length;
	let analyses: ArticleAnalysis[] = [];
	let members: GroupMember[] = [];
	// The grouping's pair checks, done on this thread while a core is free: from the moment a labelling
	// worker has ended until the last one does (the slices seldom end together on a loaded machine), on
	// the records arrived by then and those arriving, a few at a time between messages. Only then: while
	// every worker labels, this thread's work would take a core from them. Up to aheadArticles (its
	// table's memory, past it, would add to the 100,000-article listing's peak).
	let ahead: LinksAhead | undefined;
	/** Articles whose records arrived and are not yet in `ahead`, and the next of them to give it. */
	const arrived: number[] = [];
	let given = 0;
	let draining = false;
	// Named for bench/list-phases.ts, which counts the samples under it as grouping.
	const checkLinksAhead = () => {
		if (!ahead || finishedWorkers === count) {
			draining = false;
			return;
		}

		const until = Math.min(arrived.length, given + aheadSlice);
		for (; given < until; given++) ahead.add(arrived[given]!, members[arrived[given]!]!);
		draining = given < arrived.length;
		if (draining) setImmediate(checkLinksAhead);
	};

	let finishedWorkers = 0;
	const sliceStarts: number[] = [];
	const reads: Array<Omit<ReadReport, 'textHashes'>> = new Array(count);
	let done = 0;
	if (options.signal?.aborted) return undefined;
	// Quitting the reader must not wait for a slice to finish its line statistics (seconds, for 100,000 articles).
	let abort = () => {};
	const onAbort = () => abort();
	options.signal?.addEventListener('abort', onAbort, {once: true});
	options.onProgress?.({done: 0, total, phase: 'reading line statistics'});
	try {
		await new Promise<void>((resolve, reject) => {
			abort = () => reject(new Error('cancelled'));
			let finished = 0;
			const parts: PackedEvidence[] = new Array(count);
			const sites = new Set<string>();
			let partsIn = 0;
			const start = (index: number) => {
				// The slice is copied into the worker here; nothing else of the corpus is. Items handed
				// over leave the caller's array slice by slice, the next worker starting only once this
				// one holds its copy: the texts are never all in memory twice (or three times, with the
				// serialised messages in between).
				const slice = options.releaseTexts ? items.splice(0, size) : items.slice(index * size, (index + 1) * size);
				const job: WorkerJob = {role: 'analyse', items: slice, compact: options.compact ?? false, reportRead: options.reportRead, keepPlaces: options.keepPlaces ?? false, ...(options.maxFileBytes === undefined ? {} : {maxFileBytes: options.maxFileBytes})};
				const worker = startAnalysisWorker(job, options.heapLimitMb ?? analysisHeapLimitMb(slice.length, corpusItems, handedCharacters(slice)));
				workers.push(worker);
				worker.on('error', reject);
				let labelledHere = false;
				worker.on('exit', code => {
					if (!labelledHere) reject(new Error(`analysis worker stopped (exit code ${code})`));
				});
				worker.on('message', (message: WorkerMessage) => {
					if (message.type === 'started') {
						if (options.releaseTexts && index + 1 < count) start(index + 1);
					} else if (message.type === 'evidence') {
						parts[index] = message.evidence;
						for (const site of message.sites) sites.add(site);
						if (message.read) reads[index] = message.read;
						if (++partsIn < count) return;
						// Every slice has counted its articles: batches can be placed in corpus order now.
						total = 0;
						for (const part of parts) {
							sliceStarts.push(total);
							total += part.articles;
						}

						analyses = new Array(total);
						members = new Array(total);
						if (options.groupInProcess && total <= aheadArticles) ahead = new LinksAhead(total);
						// Lines seen once are no evidence for labelling (merge-evidence.ts): only repeated lines go back.
						// In shared memory: one copy for every worker (the sketches of 100,000 articles are ~60 MB).
						const evidence = sharedEvidence(mergePacked(parts, 2));
						parts.fill(undefined as unknown as PackedEvidence);
						options.onProgress?.({done: 0, total, phase: 'labelling'});
						const command: WorkerCommand = {type: 'label', evidence, oneSite: sites.size === 1};
						for (const each of workers) each.postMessage(command);
					} else if (message.type === 'batch') {
						const from = sliceStarts[index] + message.from;
						for (const [offset, analysis] of message.analyses.entries()) {
							const checked = options.check ? options.check(from + offset, analysis, message.members[offset]) : {analysis, member: message.members[offset]};
							analyses[from + offset] = checked.analysis;
							members[from + offset] = checked.member;
							message.analyses[offset] = checked.analysis;
							if (ahead) arrived.push(from + offset);
						}

						if (ahead && finishedWorkers > 0 && !draining) {
							draining = true;
							setImmediate(checkLinksAhead);
						}

						done += message.analyses.length;
						options.onBatch?.(from, message.analyses);
						options.onProgress?.({done, total, phase: 'labelling'});
						if (options.cancelled?.()) reject(new Error('cancelled'));
					} else if (message.type === 'labelled') {
						labelledHere = true;
						if (options.verdictItem && total <= earlyJudgeArticles) {
							// Done labelling: it judges next, its code compiled and warm (a fresh judge compiled the
							// bundle and ran its first labellings cold), and loads the comparison engine meanwhile.
							judges.push(worker);
							labellersJudging.add(worker);
							worker.on('error', () => stoppedJudges.add(worker)).on('exit', () => stoppedJudges.add(worker));
							const command: WorkerCommand = {type: 'prepare-verdicts'};
							worker.postMessage(command);
						} else {
							// Done: its heap (the corpus's evidence, its slice) goes now, not after the grouping and
							// verdicts, when this thread holds the most (fresh workers judge: startJudge).
							void worker.terminate();
						}
						finishedWorkers = finished + 1;
						if (ahead && !draining && finishedWorkers < count) {
							draining = true;
							setImmediate(checkLinksAhead);
						}

						if (++finished === count) resolve();
					} else if (message.type === 'error') reject(new Error(message.message));
				});
			};

			if (options.releaseTexts) start(0);
			else for (let index = 0; index < count; index++) start(index);
		});
	} catch (error) {
		ahead = undefined;
		await Promise.all([...workers, ...judges].map(worker => worker.terminate()));
		if (options.cancelled?.() || options.signal?.aborted) return undefined;
		throw error;
	} finally {
		// A listener left on a long-lived signal would keep this call's arrays alive.
		options.signal?.removeEventListener('abort', onAbort);
	}

	if (options.verdictItem) while (judges.length < workers.length) judges.push(startJudge(options.maxFileBytes));
	try {
		const checked = ahead;
		// Held by the grouping only, which lets it go before the verdicts.
		ahead = undefined;
		return await groupAndJudge(judges, analyses, members, reads, total, options, checked);
	} finally {
		await Promise.all(judges.map(worker => worker.terminate()));
	}
}

/**
 * Articles up to which a judge starts as soon as a labelling worker ends (analyseInParallel):
 * past it, the 100,000-article listing's peak (2 GB target) has no room for a judge's heap
 * beside the evidence of the worker still labelling.
 */
export const earlyJudgeArticles = 50_000;

/**
 * Articles up to which the grouping's pair checks are done as the records arrive, when grouping on this
 * thread (links-ahead.ts: about 1.3 KB per article); past it they are done by the grouping, as the
 * 100,000-article listing's peak (2 GB target) comes at the end of labelling, where the table would add.
 */
export const aheadArticles = 50_000;
/** Records given to the links ahead between two looks at the message queue (a few milliseconds). */
const aheadSlice = 32;

/** After labelling: the groups (here, with the links checked as the records came when given, or in a group worker), then the verdicts (in `workers`, started for them). */
async function groupAndJudge(
	workers: AnalysisWorker[],
	analyses: ArticleAnalysis[],
	members: GroupMember[],
	reads: ReadonlyArray<Omit<ReadReport, 'textHashes'>>,
	total: number,
	options: ParallelOptions & {reportRead: boolean; maxFileBytes?: number},
	ahead?: LinksAhead,
): Promise<(PipelineResult & Partial<ReadReport>) | undefined> {
	options.onProgress?.({done: total, total, phase: 'grouping near-duplicates'});
	// Taken before the records move to a group worker.
	const textHashes = options.reportRead ? members.map(member => member.textHash) : [];
	const ids = members.map(member => member.id);
	let groups: GroupInfo[];
	// Where the copies the verdicts send out of their groups are grouped again: the records' thread.
	let regroup: Settling['regroup'];
	const grouper = options.groupInProcess ? undefined : startGroupWorker(members, options.signal);
	try {
		if (grouper) {
			groups = await grouper.groups;
			regroup = grouper.regroup;
		} else {
			groups = groupMembers(members, ahead ? {ahead} : {});
			ahead = undefined;
			regroup = async lists => lists.map(list => groupMembers(list.map(index => members[index]!)));
		}

		if (options.verdictItem) {
			const settled = await settleInWorkers(workers, groups, ids, analyses, options.verdictItem, regroup, options);
			if (!settled) return undefined;
			groups = settled;
		}
	} catch (error) {
		if (options.signal?.aborted) return undefined;
		throw error;
	} finally {
		grouper?.stop();
	}

	if (!options.reportRead) return {analyses, groups};
	return {analyses, groups, heads: reads.flatMap(read => read.heads), textHashes, problems: reads.flatMap(read => read.problems)};
}

/**
 * The groups with `diff`'s verdict for the copies verdictPairs chooses,
 * judged by `workers` (labelling workers that are done, or startJudge's), which read the
 * articles (itemOf) themselves, the pairs shared out by words (a labelling worker that fails
 * while judging is replaced by a fresh judge, and its share judged again there); the copies a
 * verdict sends out of their group grouped again (`regroup`) as on one thread
 * (pair-verdict.ts settleRounds). Undefined when cancelled.
 */
async function settleInWorkers(
	workers: AnalysisWorker[],
	groups: GroupInfo[],
	ids: readonly string[],
	analyses: readonly ArticleAnalysis[],
	itemOf: (id: string, index: number) => CorpusItem | undefined,
	regroup: Settling['regroup'],
	options: Pick<ParallelOptions, 'signal' | 'onProgress'> & {maxFileBytes?: number},
): Promise<GroupInfo[] | undefined> {
	const {maxFileBytes} = options;
	const members = ids.map((id, index) => ({id, words: analyses[index]!.words}));
	const judge = async (pairs: readonly VerdictPair[]) => {
		const verdicts: Array<RelationEstimate | undefined> = new Array(pairs.length);
		const jobs = pairs.flatMap((pair, at) => {
			const original = itemOf(ids[pair.original]!, pair.original);
			const copy = itemOf(ids[pair.copy]!, pair.copy);
			return original && copy ? [{at, original, copy, words: analyses[pair.original]!.words + analyses[pair.copy]!.words}] : [];
		});
		if (jobs.length === 0) return verdicts;
		options.onProgress?.({done: 0, total: jobs.length, phase: 'judging copies'});
		// Longest first, each to the least loaded worker.
		const shares = workers.map(() => ({words: 0, jobs: [] as typeof jobs}));
		for (const job of jobs.toSorted((a, b) => b.words - a.words || a.at - b.at)) {
			const share = shares.reduce((least, each) => (each.words < least.words ? each : least));
			share.words += job.words;
			share.jobs.push(job);
		}

		// A worker that fails while judging leaves its copies' estimates, marked: the analysis is
		// whole, and redoing it on one thread would only judge them again.
		await Promise.allSettled(
			shares.map(async (share, index) => {
				if (share.jobs.length === 0) return;
				const pairs = share.jobs.map(({original, copy}) => ({original, copy}));
				let found: Array<RelationEstimate | null>;
				try {
					found = await judgeInWorker(workers[index]!, pairs, options.signal);
				} catch (error) {
					// A labelling worker that judged (its heap limited) and failed: a fresh judge, unlimited, in its place.
					if (options.signal?.aborted || !labellersJudging.has(workers[index]!)) throw error;
					void workers[index]!.terminate();
					workers[index] = startJudge(maxFileBytes);
					found = await judgeInWorker(workers[index]!, pairs, options.signal);
				}

				for (const [offset, job] of share.jobs.entries()) verdicts[job.at] = found[offset] ?? undefined;
			}),
		);
		return verdicts;
	};

	const settled = await settleRounds(groups, members, {judge, regroup});
	return options.signal?.aborted ? undefined : settled;
}

/**
 * Labelling workers kept to judge (analyseOnce, up to earlyJudgeArticles). Their old generation has
 * the labelling's limit (worker-heap.ts): a pair that outgrows it is judged again in a fresh judge,
 * which has none, as every pair was before (settleInWorkers).
 */
const labellersJudging = new WeakSet<AnalysisWorker>();

/** Workers that had stopped (failed) before they were asked for verdicts: judgeInWorker rejects at once for them. */
const stoppedJudges = new WeakSet<AnalysisWorker>();

/**
 * A worker for verdicts only (role `judge`). A failure before it is asked is kept (stoppedJudges), not thrown:
 * its copies keep their estimates, as when a worker fails while judging.
 */
function startJudge(maxFileBytes?: number): AnalysisWorker {
	const worker = startAnalysisWorker({role: 'judge', ...(maxFileBytes === undefined ? {} : {maxFileBytes})});
	worker.on('error', () => stoppedJudges.add(worker)).on('exit', () => stoppedJudges.add(worker));
	return worker;
}

/** One worker's verdicts for its pairs (null: an article that is no more); rejects when it fails or `signal` aborts. */
function judgeInWorker(worker: AnalysisWorker, pairs: Array<{original: CorpusItem; copy: CorpusItem}>, signal?: AbortSignal): Promise<Array<RelationEstimate | null>> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted || stoppedJudges.has(worker)) {
			reject(new Error(signal?.aborted ? 'cancelled' : 'analysis worker stopped'));
			return;
		}

		const onAbort = () => reject(new Error('cancelled'));
		const onError = (error: Error) => reject(error);
		const onExit = (code: number) => reject(new Error(`analysis worker stopped (exit code ${code})`));
		const onMessage = (message: WorkerMessage) => {
			if (message.type === 'verdicts') resolve(message.verdicts);
			else if (message.type === 'error') reject(new Error(message.message));
			else return;
			signal?.removeEventListener('abort', onAbort);
			worker.off('error', onError).off('exit', onExit).off('message', onMessage);
		};

		signal?.addEventListener('abort', onAbort, {once: true});
		worker.on('error', onError).on('exit', onExit).on('message', onMessage);
		const command: WorkerCommand = {type: 'verdicts', pairs};
		worker.postMessage(command);
	});
}

/** The groups, computed by a worker thread (the reader's thread stays free). */
export async function groupInWorker(members: GroupMember[], signal?: AbortSignal): Promise<GroupInfo[]> {
	const grouper = startGroupWorker(members, signal);
	try {
		return await grouper.groups;
	} finally {
		grouper.stop();
	}
}

/**
 * A group worker given the records (moved to it: this thread no longer has them): `groups`, the
 * groups of all of them; `regroup`, the groups within each list of indices on its own (the copies
 * verdicts send out of their groups), as often as asked until `stop`. Rejects when `signal` aborts.
 */
function startGroupWorker(members: GroupMember[], signal?: AbortSignal): {groups: Promise<GroupInfo[]>; regroup: Settling['regroup']; stop: () => void} {
	const worker = startAnalysisWorker({role: 'group'});
	let stopped = false;
	// One request at a time: its answer goes to `waiting`.
	let waiting: {resolve: (message: WorkerMessage) => void; reject: (error: Error) => void} | undefined;
	const fail = (error: Error) => {
		const pending = waiting;
		waiting = undefined;
		pending?.reject(error);
	};

	const onAbort = () => {
		fail(new Error('cancelled'));
		void worker.terminate();
	};

	const ask = (command: WorkerCommand, transfer: ArrayBuffer[] = []) =>
		new Promise<WorkerMessage>((resolve, reject) => {
			if (signal?.aborted || stopped) {
				reject(new Error('cancelled'));
				return;
			}

			waiting = {resolve, reject};
			worker.postMessage(command, transfer);
		});

	signal?.addEventListener('abort', onAbort, {once: true});
	worker.on('error', fail);
	worker.on('message', (message: WorkerMessage) => {
		const pending = waiting;
		waiting = undefined;
		if (message.type === 'error') pending?.reject(new Error(message.message));
		else pending?.resolve(message);
	});
	worker.on('exit', code => fail(new Error(`group worker stopped (exit code ${code})`)));
	// The records' typed arrays move to the worker: this thread no longer needs them. Sent as a
	// message, not as workerData: new Worker() spreads its transfer list into a call's arguments,
	// and two buffers per article overflow the stack past ~60,000 articles.
	const groups = ask({type: 'group', members}, memberBuffers(members)).then(message => (message as Extract<WorkerMessage, {type: 'groups'}>).groups);
	const regroup: Settling['regroup'] = async lists => {
		const message = await ask({type: 'regroup', lists: lists.map(list => [...list])});
		return (message as Extract<WorkerMessage, {type: 'regrouped'}>).groups;
	};

	return {
		groups,
		regroup,
		stop() {
			if (stopped) return;
			stopped = true;
			// Removed when done: a listener left on a long-lived signal would keep the records alive.
			signal?.removeEventListener('abort', onAbort);
			void worker.terminate();
		},
	};
}
