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
	try {
		await writeFile(temporary, data);
		await rename(temporary, destination);
	} catch (error) {
		await rm(temporary, {force: true});
		throw error;
	}
}
