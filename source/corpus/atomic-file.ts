import {closeSync, openSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {open, rename, rm, type FileHandle} from 'node:fs/promises';
import path from 'node:path';
import {makeDirectory, makeDirectorySync} from './make-directory.js';

// One way to replace a file whole, for every file copydesk writes (`strip --out`, the analysis
// cache, its reads memo): a temporary file beside the destination (same directory, so the rename never crosses a
// file system) is filled, closed and renamed over it. Readers see the old content or the whole new one; of two
// processes writing at once the later rename wins, whole, never a mix.

/**
 * Replaces `destination` atomically: `fill` writes the new content into a fresh temporary file's handle
 * (`.NAME.PID.RANDOM.tmp` in the destination's directory, which is made when missing), which is then closed and
 * renamed over `destination`. On any error the temporary file is removed and the error rethrown; on SIGINT, SIGTERM
 * or SIGHUP the temporary files still being written are removed (see removeOnSignal). `made`: directories this run
 * already made (directory → its making), so writing many files into one directory makes it once.
 */
export async function replaceFileAtomically(destination: string, fill: (handle: FileHandle) => Promise<void>, made?: Map<string, Promise<unknown>>): Promise<void> {
	const directory = path.dirname(destination);
	let making = made?.get(directory);
	if (!making) {
		// Not mkdir's {recursive: true}: on Node 20 it can loop for ever (make-directory.ts).
		making = makeDirectory(directory);
		made?.set(directory, making);
	}

	await making;
	const temporary = path.join(directory, `.${path.basename(destination)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
	pending.add(temporary);
	removeOnSignal();
	let handle: FileHandle | undefined;
	try {
		handle = await open(temporary, 'w');
		await fill(handle);
		await handle.close();
		handle = undefined;
		await rename(temporary, destination);
	} catch (error) {
		await handle?.close().catch(() => {});
		await rm(temporary, {force: true});
		throw error;
	} finally {
		pending.delete(temporary);
	}
}

/**
 * replaceFileAtomically, synchronously, for a whole string: `data` (UTF-8) is written into a fresh temporary file
 * (`.NAME.PID.RANDOM.tmp` beside `destination`, its directory made when missing), which is closed and renamed over
 * `destination`; on any error the temporary file is removed and the error rethrown. SIGINT, SIGTERM and SIGHUP are
 * handled as replaceFileAtomically's are (removeOnSignal): their handler runs on the event loop, after the write in
 * progress has ended with its rename, where without one the signal's default action would end the process half-way and
 * leave the temporary file. `made`: directories this run already made, so writing many files into one directory makes
 * it once. For `strip --out`: its hundreds of small files cost about half the CPU written so as
 * through fs.promises (a FileHandle, four promises and four thread-pool round trips a file: 26–62 vs 82–128 ms for
 * 181 files of 8 KB, docs/measurements.md, twentieth session).
 */
export function replaceFileAtomicallySync(destination: string, data: string, made?: Set<string>): void {
	const directory = path.dirname(destination);
	if (!made?.has(directory)) {
		// Not mkdirSync's {recursive: true}: on Node 20 it can loop for ever (make-directory.ts).
		makeDirectorySync(directory);
		made?.add(directory);
	}

	const temporary = path.join(directory, `.${path.basename(destination)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
	pending.add(temporary);
	removeOnSignal();
	let fd: number | undefined;
	try {
		fd = openSync(temporary, 'w');
		// Given a descriptor, writeFileSync writes until every byte is written (a single write may write fewer).
		writeFileSync(fd, data);
		closeSync(fd);
		fd = undefined;
		renameSync(temporary, destination);
	} catch (error) {
		if (fd !== undefined) {
			try {
				closeSync(fd);
			} catch {
				// Closed or gone: the removal below is what matters.
			}
		}

		rmSync(temporary, {force: true});
		throw error;
	} finally {
		pending.delete(temporary);
	}
}

/** Temporary files written and not yet renamed or removed. */
const pending = new Set<string>();
let watching = false;

/**
 * Once: on SIGINT, SIGTERM or SIGHUP (Ctrl-C on `strip --out`), the temporary files still being written are removed,
 * and, when nothing else listens for it, the signal is raised again with its default action, so the process ends as
 * it would have (status 128 + n): hidden `.NAME.PID.RANDOM.tmp` files were left in the output directory.
 */
const removeOnSignal = () => {
	if (watching) return;
	watching = true;
	const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
	const handlers = signals.map(signal => {
		const handler = () => {
			for (const file of pending) rmSync(file, {force: true});
			pending.clear();
			for (const [k, other] of signals.entries()) process.off(other, handlers[k]!);
			// Whoever else listens (a reader restoring the terminal) ends the process; alone, the signal's default does.
			if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
		};
		process.on(signal, handler);
		return handler;
	});
};
