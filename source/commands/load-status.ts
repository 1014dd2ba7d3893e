// One line on the terminal while a large corpus is read or analysed, before
// any output: 100,000 files take seconds (minutes, for `list`), and a blank
// terminal looks hung.
import type {LoadProgress} from '../corpus/load.js';

type Stream = {write(text: string): unknown};

const count = (value: number): string => value.toLocaleString('en-US');

/** Load progress as one status line ("copydesk: reading articles… 4,000 of 10,000"). */
export const describeLoad = (progress: LoadProgress): string =>
	progress.phase === 'finding' ? `copydesk: finding articles… ${count(progress.found)}` : `copydesk: reading articles… ${count(progress.read)} of ${count(progress.total)}`;

/** Analysis progress as the pipelines report it ({done, total, phase}). */
export const describeAnalysis = (progress: {done: number; total: number; phase: string}): string =>
	progress.phase === 'labelling' ? `copydesk: labelling… ${count(progress.done)} of ${count(progress.total)}` : `copydesk: ${progress.phase}…`;

/** Shown only once the work has taken `delayMs` (quick runs never flash it), redrawn at most every `intervalMs`. */
export function statusLine(stream: Stream, {delayMs = 300, intervalMs = 100, now = () => performance.now()} = {}) {
	const start = now();
	let last = -Infinity;
	let shown = false;
	return {
		/** `text` may be a function: it is then called only when the line is redrawn (formatting counts costs ICU set-up). */
		update(text: string | (() => string)) {
			const time = now();
			if (time - start < delayMs || time - last < intervalMs) return;
			last = time;
			shown = true;
			stream.write(`\r\u001B[K${typeof text === 'function' ? text() : text}`);
		},
		/** Erases the line (when it was shown). */
		clear() {
			if (shown) stream.write('\r\u001B[K');
			shown = false;
		},
	};
}
