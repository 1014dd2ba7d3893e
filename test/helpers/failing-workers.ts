// Worker threads that fail: while `run` goes, every `new Worker()` of this
// process (node:worker_threads, ESM imports included: syncBuiltinESMExports)
// starts a thread that dies at once with `message`, as a worker out of memory
// or unable to load its bundle would. Tests using it run serially.
import {EventEmitter} from 'node:events';
import {createRequire, syncBuiltinESMExports} from 'node:module';

const require = createRequire(import.meta.url);
const threads = require('node:worker_threads') as {Worker: unknown};

export async function withFailingWorkers<T>(message: string, run: () => Promise<T>): Promise<{result: T; started: number}> {
	const real = threads.Worker;
	let started = 0;
	class FailingWorker extends EventEmitter {
		constructor() {
			super();
			started++;
			setImmediate(() => {
				this.emit('error', new Error(message));
				this.emit('exit', 1);
			});
		}

		postMessage(): void {}

		async terminate(): Promise<number> {
			return 1;
		}
	}

	threads.Worker = FailingWorker;
	syncBuiltinESMExports();
	try {
		return {result: await run(), started};
	} finally {
		threads.Worker = real;
		syncBuiltinESMExports();
	}
}
