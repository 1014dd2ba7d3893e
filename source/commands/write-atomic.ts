import {mkdir, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';

/** Writes a file so that readers see either the old content or the whole new one: temp file + rename. */
export async function writeFileAtomic(destination: string, data: string): Promise<void> {
	await mkdir(path.dirname(destination), {recursive: true});
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
