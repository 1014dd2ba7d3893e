import {replaceFileAtomicallySync} from '../corpus/atomic-file.js';

/**
 * Writes `data` (UTF-8) to `destination` so that readers see either the old content or the whole new one
 * (corpus/atomic-file.ts replaceFileAtomicallySync: temporary file + rename, removed on error; synchronous, so no
 * signal can arrive half-way). `made`: directories this run already created, so writing many files into one
 * directory creates it once. Throws the failing call's error (fs's, with its `code`).
 */
export const writeFileAtomic = (destination: string, data: string, made?: Set<string>): void => {
	replaceFileAtomicallySync(destination, data, made);
};
