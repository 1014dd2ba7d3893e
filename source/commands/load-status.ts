// One line on the terminal while a large corpus is read, before the reader
// takes the screen: 100,000 files take seconds, and a blank terminal looks hung.
import type {LoadProgress} from '../corpus/load.js';

type Stream = {write(text: string): unknown};

const count = (value: number): string => value.toLocaleString('en-US');

export const describeLoad = (progress: LoadProgress): string =>
	progress.phase === 'finding' ? `copydesk: finding articles… ${count(progress.found)}` : `copydesk: reading articles… ${count(progress.read)} of ${count(progress.total)}`;

/** Shown only once loading has taken `delayMs` (small corpora never flash it), redrawn at most every `intervalMs`. */
export function loadStatus(stream: Stream, {delayMs = 300, intervalMs = 100, now = () => performance.now()} = {}) {
	const start = now();
	let last = -Infinity;
	let shown = false;
	return {
		update(progress: LoadProgress) {
			const time = now();
			if (time - start < delayMs || time - last < intervalMs) return;
			last = time;
			shown = true;
			stream.write(`\r\u001B[K${describeLoad(progress)}`);
		},
		/** Erases the line (when it was shown). */
		clear() {
			if (shown) stream.write('\r\u001B[K');
			shown = false;
		},
	};
}
