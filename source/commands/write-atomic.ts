import {rmSync} from 'node:fs';
import {rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {makeDirectory} from '../corpus/make-directory.js';

/**
 * Writes a file so that readers see either the old content or the whole new one: temp file + rename.
 * `made`: directories this run already created (directory → its mkdir), so writing many files
 * into one directory creates it once.
 */
export async function writeFileAtomic(destination: string, data: string, made?: Map<string, Promise<unknown>>): Promise<void> {
	const directory = path.dirname(destination);
	let making = made?.get(directory);
	if (!making) {
		// Not mkdir's {recursive: true}: on Node 20 it can loop for ever (make-directory.ts).
		making = makeDirectory(directory);
		made?.set(directory, making);
	}

	await making;
	const temporary = path.join(
		path.dirname(destination),
		`.${path.basename(destination)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
	);
	pending.add(temporary);
	removeOnSignal();
	try {
		await writeFile(temporary, data);
		await rename(temporary, destination);
	} catch (error) {
		await rm(temporary, {force: true});
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
