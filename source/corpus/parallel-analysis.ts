// The analysis pipeline spread over worker threads: each worker builds the
// corpus evidence from all texts and labels its slice of the corpus; the
// groups come last — in a worker too, unless asked not to.
import {availableParallelism} from 'node:os';
import type {WorkerMessage} from './analysis-worker.js';
import {startAnalysisWorker} from './start-worker.js';
import type {AnalyzedArticle, Article, GroupInfo} from './article.js';
import type {CorpusEvidence} from '../boilerplate/corpus-evidence.js';
import {groupArticles} from '../groups/groups.js';
import type {ArticleAnalysis, PipelineHooks, PipelineResult} from './pipeline.js';

export type ParallelOptions = Pick<PipelineHooks, 'onBatch' | 'onProgress' | 'cancelled'> & {
	/** Worker threads for labelling (default: one per CPU, at most 8). */
	workers?: number;
	/** Group on this thread (a CLI has nothing else to do) instead of in a worker. */
	groupInProcess?: boolean;
	/** Corpus evidence built by the caller: workers then get their slice only, not every text. */
	evidence?: CorpusEvidence;
};

/** Each label worker holds every text: keep their copies under this. */
const textCopiesBudget = 1024 * 1024 * 1024;

/** One worker per CPU (at most 8), fewer when the corpus is too large to copy that often. */
export const defaultWorkerCount = (articles: readonly Article[]): number => {
	let characters = 0;
	for (const article of articles) characters += article.text.length;
	const affordable = Math.floor(textCopiesBudget / Math.max(1, characters * 2));
	return Math.max(1, Math.min(8, availableParallelism(), affordable));
};

export async function runParallelPipeline(articles: readonly Article[], options: ParallelOptions = {}): Promise<PipelineResult | undefined> {
	const total = articles.length;
	const wanted = options.workers ?? (options.evidence ? Math.min(8, availableParallelism()) : defaultWorkerCount(articles));
	const count = Math.max(1, Math.min(wanted, Math.ceil(total / 50)));
	const size = Math.ceil(total / count);
	const workers: Array<ReturnType<typeof startAnalysisWorker>> = [];
	const analyses: ArticleAnalysis[] = new Array(total);
	let done = 0;
	options.onProgress?.({done: 0, total, phase: 'reading line statistics'});
	try {
		const texts = options.evidence ? [] : articles.map(article => article.text);
		const labelled = new Promise<void>((resolve, reject) => {
			let finished = 0;
			let withEvidence = 0;
			for (let index = 0; index < count; index++) {
				const from = index * size;
				const slice = articles.slice(from, from + size);
				const worker = startAnalysisWorker(options.evidence ? {role: 'label', evidence: options.evidence, articles: slice, from} : {role: 'label', texts, articles: slice, from});
				workers.push(worker);
				worker.on('error', reject);
				let labelledHere = false;
				worker.on('exit', code => {
					if (!labelledHere) reject(new Error(`analysis worker stopped (exit code ${code})`));
				});
				worker.on('message', (message: WorkerMessage) => {
					if (message.type === 'evidence') {
						if (++withEvidence === count) options.onProgress?.({done: 0, total, phase: 'labelling'});
					} else if (message.type === 'batch') {
						for (const [offset, analysis] of message.analyses.entries()) analyses[message.from + offset] = analysis;
						done += message.analyses.length;
						options.onBatch?.(message.from, message.analyses);
						options.onProgress?.({done, total, phase: 'labelling'});
						if (options.cancelled?.()) reject(new Error('cancelled'));
					} else if (message.type === 'labelled') {
						labelledHere = true;
						if (++finished === count) resolve();
					} else if (message.type === 'error') reject(new Error(message.message));
				});
			}
		});
		await labelled;
	} catch (error) {
		if (options.cancelled?.()) return undefined;
		throw error;
	} finally {
		await Promise.all(workers.map(worker => worker.terminate()));
	}

	options.onProgress?.({done: total, total, phase: 'grouping near-duplicates'});
	const analysed: AnalyzedArticle[] = articles.map((article, index) => ({...article, ...analyses[index]}));
	const groups = options.groupInProcess ? groupArticles(analysed) : await groupInWorker(analysed);
	return {analyses, groups};
}

function groupInWorker(articles: AnalyzedArticle[]): Promise<GroupInfo[]> {
	return new Promise((resolve, reject) => {
		const worker = startAnalysisWorker({role: 'group', articles});
		worker.on('error', reject);
		worker.on('message', (message: WorkerMessage) => {
			if (message.type === 'groups') resolve(message.groups);
			else if (message.type === 'error') reject(new Error(message.message));
			void worker.terminate();
		});
		worker.on('exit', code => reject(new Error(`group worker stopped (exit code ${code})`)));
	});
}
