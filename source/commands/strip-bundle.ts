// How the built CLI runs `copydesk strip`: scripts/build.js bundles the command
// (strip-command.ts) into one script, dist/strip-command.cjs, and points the
// main bundle's import of strip-command.js here. Loaded as diff's bundle is
// (diff-bundle.ts: V8's code cache in the user's cache directory, checked by
// its digest, rebuilt when missing, stale or rejected; costing only time).
import {setFlagsFromString} from 'node:v8';
import {fileURLToPath} from 'node:url';
import {codeCacheDirectory, loadWithCodeCache} from './diff-bundle.js';
import type {CommandIo} from './io.js';

type Command = (argv: string[], io: CommandIo) => Promise<number>;

/**
 * How much bytecode a function runs before V8 considers optimising it (its
 * interrupt budget; V8's default is 66 KB). strip runs the labeller's few
 * hundred functions once per block, a few thousand blocks in all: at the
 * default, TurboFan compiles them early, meets object shapes of the next pages
 * it has not seen, deoptimises and compiles again (about 240 compilations and
 * 70 deoptimisations for 181 pages), and that compiling on the second core is
 * a third of the process's CPU time. A budget four times larger compiles later,
 * with more feedback, and less often.
 */
export const stripInterruptBudget = 300_000;

/** `copydesk strip`, run from dist/strip-command.cjs (see the top of this file). */
export const runStrip: Command = async (argv, io) => {
	// Set before the bundle is compiled: its functions' budgets start from it (a flag of this process, which runs strip alone).
	setFlagsFromString(`--interrupt-budget=${stripInterruptBudget}`);
	const {exports, save} = loadWithCodeCache(fileURLToPath(new URL('strip-command.cjs', import.meta.url)), codeCacheDirectory(io.env));
	try {
		return await (exports['runStrip'] as Command)(argv, io);
	} finally {
		save();
	}
};
