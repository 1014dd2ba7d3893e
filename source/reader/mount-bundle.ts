// How the built CLI loads the reader's screens: scripts/build.js points run.tsx's import of mount.js here, and
// bundles them (mount-entry.ts: mount.tsx, Ink, React, Yoga) into one script, dist/reader-mount.cjs, run with V8's
// code cache as diff's bundle is (commands/diff-bundle.ts: the cache in the user's cache directory, checked by its
// digest, written again when missing, stale or rejected; costing only time, never throwing). The cache is written
// when the reader is quit, so it holds the functions the first frame and the session compiled.
import {fileURLToPath} from 'node:url';
import {codeCacheDirectory, loadWithCodeCache} from '../code-cache.js';
import type {ReaderInput} from './reader-input.js';

const {exports, save} = loadWithCodeCache(fileURLToPath(new URL('reader-mount.cjs', import.meta.url)), codeCacheDirectory(process.env));
const mount = await (exports['loadMount'] as () => Promise<typeof import('./mount.js')>)();

/** mount.tsx's mountReader, run from the script; writes the script's code cache once it resolves or rejects. */
export async function mountReader(input: ReaderInput): Promise<number> {
	try {
		return await mount.mountReader(input);
	} finally {
		save();
	}
}
