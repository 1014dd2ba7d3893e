// Starts the analysis worker: the bundled dist/analysis-worker.js beside this
// chunk, or — under tsx (tests, development) — the .ts source, with tsx
// registered inside the worker first (loader flags do not reach worker threads).
import {Worker} from 'node:worker_threads';
import type {WorkerJob} from './analysis-worker.js';

/** Large buffers go in a message after the start (postMessage's transfer list), not in the job: see groupInWorker. */
export function startAnalysisWorker(job: WorkerJob): Worker {
	const options = {workerData: job};
	if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analysis-worker.js', import.meta.url), options);
	const source = new URL('./analysis-worker.ts', import.meta.url).href;
	const tsx = import.meta.resolve('tsx/esm/api');
	const bootstrap = `import(${JSON.stringify(tsx)}).then(api => { api.register(); return import(${JSON.stringify(source)}); });`;
	return new Worker(bootstrap, {...options, eval: true});
}
