import {mkdirSync, statSync} from 'node:fs';
import {mkdir, stat} from 'node:fs/promises';
import path from 'node:path';

/**
 * Creates `directory` and any missing ancestors, each with one non-recursive
 * mkdir: at most two mkdir calls per path part, so it always ends. Node 20's
 * `mkdir(…, {recursive: true})` loops for ever when a parent exists but mkdir
 * under it answers ENOENT (procfs: `/proc/nope`, some FUSE mounts). An existing
 * directory is fine; anything else rejects with the failing call's error
 * (its `path` the part that could not be made).
 */
export async function makeDirectory(directory: string): Promise<void> {
	try {
		await mkdir(directory);
		return;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') {
			if ((await stat(directory)).isDirectory()) return;
			throw error;
		}

		const parent = path.dirname(directory);
		if (code !== 'ENOENT' || parent === directory) throw error;
		await makeDirectory(parent);
	}

	// The parent exists now: one more try, and its answer is final.
	try {
		await mkdir(directory);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST' && (await stat(directory)).isDirectory()) return;
		throw error;
	}
}

/** makeDirectory, synchronously, each directory made with `mode` (the code cache's private 0o700). */
export function makeDirectorySync(directory: string, mode?: number): void {
	try {
		mkdirSync(directory, {mode});
		return;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') {
			if (statSync(directory).isDirectory()) return;
			throw error;
		}

		const parent = path.dirname(directory);
		if (code !== 'ENOENT' || parent === directory) throw error;
		makeDirectorySync(parent, mode);
	}

	try {
		mkdirSync(directory, {mode});
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(directory).isDirectory()) return;
		throw error;
	}
}
