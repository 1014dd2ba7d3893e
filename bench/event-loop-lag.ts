// Measures how long the event loop is blocked: a timer that should fire every
// few ms records the longest gap between two firings, minus its period.
import {Worker} from 'node:worker_threads';
export const watchEventLoop = (periodMs = 2) => {
	let last = performance.now();
	let longest = 0;
	const timer = setInterval(() => {
		const now = performance.now();
		longest = Math.max(longest, now - last - periodMs);
		last = now;
	}, periodMs);
	return {
		/** Longest blocked stretch so far, in ms. */
		longest: () => longest,
		stop: () => clearInterval(timer),
	};
};

/**
 * The same measure in a worker thread, which nothing in the test blocks: its
 * stalls are what a busy machine (other test files, other processes) costs
 * any thread, the allowance for the main thread's figure.
 */
export const watchMachineStalls = async (periodMs = 2): Promise<{longest: () => Promise<number>; stop: () => Promise<void>}> => {
	const worker = new Worker(
		`const {parentPort} = require('node:worker_threads');
		let last = performance.now(), longest = 0;
		const timer = setInterval(() => { const now = performance.now(); longest = Math.max(longest, now - last - ${periodMs}); last = now; }, ${periodMs});
		parentPort.on('message', message => { if (message === 'stop') { clearInterval(timer); parentPort.close(); } else parentPort.postMessage(longest); });
		parentPort.postMessage('ready');`,
		{eval: true},
	);
	await new Promise(resolve => worker.once('message', resolve));
	return {
		longest: () =>
			new Promise(resolve => {
				worker.once('message', resolve);
				worker.postMessage('longest');
			}),
		stop: async () => {
			worker.postMessage('stop');
			await worker.terminate();
		},
	};
};
