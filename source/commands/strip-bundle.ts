// How the built CLI runs `copydesk strip`: scripts/build.js bundles the command
// (strip-command.ts) into one script, dist/strip-command.cjs, and points the
// main bundle's import of strip-command.js here. Loaded as diff's bundle is
// (diff-bundle.ts: V8's code cache in the user's cache directory, checked by
// its digest, rebuilt when missing, stale or rejected; costing only time).
//
// Before the bundle is compiled, two of V8's tiering settings are changed
// (stripTieringFlags), as diff changes one: a one-shot strip of a few hundred
// pages is mostly JIT warm-up. Of its CPU time on the 181 dev page dumps,
// 1.4 s of 3.1 s was V8's compiler threads (bench/strip-threads.ts: some 270
// TurboFan compilations, a hot function recompiled up to ten times as its
// first pages' type feedback proved partial), so fewer, smaller compilations
// (less inlining, a later tier-up with fuller feedback) cost less than the
// slower code they leave.
import {fileURLToPath} from 'node:url';
import v8 from 'node:v8';
import {codeCacheDirectory, loadWithCodeCache} from '../code-cache.js';
import type {CommandIo} from './io.js';

type Command = (argv: string[], io: CommandIo) => Promise<number>;

/**
 * V8 settings for `strip` (Node 20's defaults, V8 11.3, in `node --v8-options`):
 * the interrupt budget (bytecode run between checks for tiering a function up)
 * twice the default 67,584, and the bytecode TurboFan may
 * inline into one function 400 bytes (default 920). Measured with the whole
 * process on the 181 dev page dumps, interleaved with the defaults, CPU (user +
 * system, every thread) medians of 5 runs at load 27–42 on two cores, in three
 * rounds: inlining 400 alone 0.82 and 0.92 of the defaults' CPU, no inlining 0.90,
 * 200 0.92, 300 0.95; the budget twice 1.00 alone; both (this) 0.87 and 0.75,
 * compiler threads 1,400 → 900 ms; with the budget 4× 0.80, 8× 0.79 (8× alone
 * 0.82). A speed setting only: V8 runs the same code either way, so every
 * output is the same byte for byte (bench/strip-identical.ts).
 */
export const stripTiering: Readonly<Record<string, number>> = {
	'interrupt-budget': 2 * 67_584,
	'max-inlined-bytecode-size-cumulative': 400,
};

/**
 * The V8 flags that set `stripTiering`, less those the user set (on node's
 * command line, `execArgv`, or in NODE_OPTIONS, with `-` or `_`): theirs are kept.
 */
export const stripTieringFlags = (execArgv: readonly string[], nodeOptions: string | undefined): string[] => {
	const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].map(option => /^--([\w-]+)(?:=|$)/.exec(option)?.[1]?.replaceAll('_', '-'));
	return Object.entries(stripTiering).filter(([name]) => !given.includes(name)).map(([name, value]) => `--${name}=${value}`);
};

/** `copydesk strip`, run from dist/strip-command.cjs (see the top of this file). */
export const runStrip: Command = async (argv, io) => {
	for (const flag of stripTieringFlags(process.execArgv, process.env['NODE_OPTIONS'])) {
		try {
			// Before the bundle is compiled, so its functions start on these settings; a V8 that refuses a flag only runs slower.
			v8.setFlagsFromString(flag);
		} catch {
			// Nothing to undo.
		}
	}

	const {exports, save} = loadWithCodeCache(fileURLToPath(new URL('strip-command.cjs', import.meta.url)), codeCacheDirectory(io.env));
	try {
		return await (exports['runStrip'] as Command)(argv, io);
	} finally {
		save();
	}
};
