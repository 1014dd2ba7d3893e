import {replaceFileAtomically} from '../corpus/atomic-file.js';

/**
 * Writes `data` (UTF-8) to `destination` so that readers see either the old content or the whole new one
 * (corpus/atomic-file.ts: temporary file + rename, removed on error or on SIGINT/SIGTERM/SIGHUP). `made`:
 * directories this run already created (directory → its making), so writing many files into one directory
 * creates it once.
 */
export const writeFileAtomic = async (destination: string, data: string, made?: Map<string, Promise<unknown>>): Promise<void> =>
	replaceFileAtomically(destination, async handle => {
		await handle.writeFile(data);
	}, made);
