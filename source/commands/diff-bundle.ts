// How the built CLI runs `copydesk diff`: scripts/build.js bundles the command
// (diff-command.ts) into one script, dist/diff-command.cjs, and points the
// main bundle's import of diff-command.js here, run with V8's code cache (code-cache.ts).
//
// Before the bundle is compiled, V8's interrupt budget is raised (tieringFlag):
// a one-shot diff runs most of its code once, and V8 sends some hundred
// functions to its optimising compiler on the default budget, many of them
// after their work is mostly done. Later tier-up costs less than it saves.
import {fileURLToPath} from 'node:url';
import v8 from 'node:v8';
import type {CommandIo} from './io.js';
import {codeCacheDirectory, loadWithCodeCache} from '../code-cache.js';

export {pruneCodeCaches, sealCodeCache, openCodeCache, codeCacheDirectory, bundleHead, bundleTail, isWrapped, loadWithCodeCache} from '../code-cache.js';

type Command = (argv: string[], io: CommandIo) => Promise<number>;

/**
 * V8's interrupt budget for `diff`: the bytecode a function runs between checks
 * for tiering it up (Ignition → Sparkplug → TurboFan), eight times Node 20's
 * default (V8 11.3: 67,584 bytes, `node --v8-options`). Measured on the bench's
 * 30,000-word edited pair, interleaved at load 16–18 on two cores, CPU
 * (user+system) medians of 9 runs: 8× the budget 0.81 of the default, 4× 0.85,
 * 16× 0.83, 30× 0.79; side by side 0.76, the unrelated pair 0.86, two sentences
 * 1.00, a four-times-longer pair 0.83 (5 runs). A speed setting only: V8 runs the
 * same code either way, so every output is the same byte for byte.
 */
export const interruptBudget = 528_000;

/**
 * The V8 flag that sets `interruptBudget`, or undefined when the user set the budget
 * (on node's command line, `execArgv`, or in NODE_OPTIONS): theirs is kept.
 */
export const tieringFlag = (execArgv: readonly string[], nodeOptions: string | undefined): string | undefined => {
	const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some(option => /^--interrupt[-_]budget(?:=|$)/.test(option));
	return given ? undefined : `--interrupt-budget=${interruptBudget}`;
};

/** `copydesk diff`, run from dist/diff-command.cjs (see the top of this file). */
export const runDiff: Command = async (argv, io) => {
	const flag = tieringFlag(process.execArgv, process.env['NODE_OPTIONS']);
	try {
		// Before the bundle is compiled, so its functions start on this budget; a V8 that refuses the flag only runs slower.
		if (flag) v8.setFlagsFromString(flag);
	} catch {
		// Nothing to undo.
	}

	const {exports, save} = loadWithCodeCache(fileURLToPath(new URL('diff-command.cjs', import.meta.url)), codeCacheDirectory(io.env));
	try {
		return await (exports['runDiff'] as Command)(argv, io);
	} finally {
		save();
	}
};
