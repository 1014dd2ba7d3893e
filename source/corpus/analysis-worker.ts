// Worker thread entry (bundled to dist/analysis-worker.js). Two roles:
// `label` — take (or build from every text) the corpus evidence, then label
// one slice of the corpus in batches; `group` — the near-duplicate groups of the whole
// analysed corpus, off the reader's thread.
import {parentPort, workerData} from 'node:worker_threads';
import {labelArticle} from '../boilerplate/classify.js';
import {buildCorpusEvidence, type CorpusEvidence} from '../boilerplate/corpus-evidence.js';
import {groupArticles} from '../groups/groups.js';
import {countWords} from '../text/words.js';
import {withAnalysis} from './analyze.js';
import type {AnalyzedArticle, Article, GroupInfo} from './article.js';
import type {ArticleAnalysis} from './pipeline.js';

export type WorkerJob =
	| {role: 'label'; articles: Article[]; from: number; texts: string[]}
	| {role: 'label'; articles: Article[]; from: number; evidence: CorpusEvidence}
	| {role: 'group'; articles: AnalyzedArticle[]};

export type WorkerMessage =
	| {type: 'evidence'}
	| {type: 'batch'; from: number; analyses: ArticleAnalysis[]}
	| {type: 'labelled'}
	| {type: 'groups'; groups: GroupInfo[]}
	| {type: 'error'; message: string};

const batchSize = 100;

if (parentPort) {
	const port = parentPort;
	const send = (message: WorkerMessage) => port.postMessage(message);
	const job = workerData as WorkerJob;
	try {
		if (job.role === 'group') {
			send({type: 'groups', groups: groupArticles(job.articles)});
		} else {
			// Given, or built from every text by every label worker: no merging of
			// another module's internals, and the same wall time.
			const evidence = 'evidence' in job ? job.evidence : buildCorpusEvidence(job.texts);
			send({type: 'evidence'});
			for (let start = 0; start < job.articles.length; start += batchSize) {
				const analyses = job.articles.slice(start, start + batchSize).map(article => {
					const analysed = withAnalysis(article, labelArticle(article.text, evidence), countWords(article.text));
					return {title: analysed.title, words: analysed.words, labels: analysed.labels};
				});
				send({type: 'batch', from: job.from + start, analyses});
			}

			send({type: 'labelled'});
		}
	} catch (error) {
		send({type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error)});
	}
}
