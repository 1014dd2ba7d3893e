// Worker thread entry (bundled to dist/analysis-worker.js): runs the analysis
// pipeline off the reader's thread and posts results in batches.
import {parentPort, workerData} from 'node:worker_threads';
import type {Article} from './article.js';
import {runPipeline} from './pipeline.js';

export type WorkerMessage =
	| {type: 'batch'; from: number; analyses: import('./pipeline.js').ArticleAnalysis[]}
	| {type: 'progress'; done: number; total: number; phase: string}
	| {type: 'done'; groups: import('./article.js').GroupInfo[]}
	| {type: 'error'; message: string};

if (parentPort) {
	const port = parentPort;
	const {articles} = workerData as {articles: Article[]};
	runPipeline(articles, {
		onBatch: (from, analyses) => port.postMessage({type: 'batch', from, analyses} satisfies WorkerMessage),
		onProgress: progress => port.postMessage({type: 'progress', ...progress} satisfies WorkerMessage),
		batchSize: 200,
	}).then(
		result => port.postMessage({type: 'done', groups: result!.groups} satisfies WorkerMessage),
		(error: unknown) => port.postMessage({type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error)} satisfies WorkerMessage),
	);
}
