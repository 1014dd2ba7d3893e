// How the built CLI runs `copydesk strip`: scripts/build.js bundles the command
// (strip-command.ts) into one script, dist/strip-command.cjs, and points the
// main bundle's import of strip-command.js here. Loaded as diff's bundle is
// (diff-bundle.ts: V8's code cache in the user's cache directory, checked by
// its digest, rebuilt when missing, stale or rejected; costing only time).
import {fileURLToPath} from 'node:url';
import {codeCacheDirectory, loadWithCodeCache} from './diff-bundle.js';
import type {CommandIo} from './io.js';

type Command = (argv: string[], io: CommandIo) => Promise<number>;

/** `copydesk strip`, run from dist/strip-command.cjs (see the top of this file). */
export const runStrip: Command = async (argv, io) => {
	const {exports, save} = loadWithCodeCache(fileURLToPath(new URL('strip-command.cjs', import.meta.url)), codeCacheDirectory(io.env));
	try {
		return await (exports['runStrip'] as Command)(argv, io);
	} finally {
		save();
	}
};
