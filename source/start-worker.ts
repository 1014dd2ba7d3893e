// Starts a worker thread from an entry module beside the caller: the bundled
// `<name>.js` (dist/ is flat), or — under tsx (tests, development) — the
// `<name>.ts` source, with tsx registered inside the worker first (loader
// flags do not reach worker threads).
import {Worker, type WorkerOptions} from 'node:worker_threads';

/**
 * `base`: the caller's import.meta.url. Large buffers go in a message after the
 * start (postMessage's transfer list), not in the options: new Worker() spreads
 * its transfer list into a call's arguments (see groupInWorker).
 */
export function startWorker(name: string, base: string, options: WorkerOptions = {}): Worker {
	if (!base.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, base), options);
	const source = new URL(`./${name}.ts`, base).href;
	const tsx = import.meta.resolve('tsx/esm/api');
	const bootstrap = `import(${JSON.stringify(tsx)}).then(api => { api.register(); return import(${JSON.stringify(source)}); });`;
	return new Worker(bootstrap, {...options, eval: true});
}
