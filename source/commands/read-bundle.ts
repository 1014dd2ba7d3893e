// How the built CLI runs the reader: scripts/build.js bundles read-command.ts
// into one script, dist/read-command.cjs, and points main.ts's import of
// read-command.js here. Loaded as diff's bundle is (diff-bundle.ts: V8's code
// cache in the user's cache directory, checked by its digest, rebuilt when
// missing, stale or rejected; costing only time): compiling the reader's ES
// modules was the largest part of its first frame, and Node 20 caches no ES
// module's code. Yoga (Ink's layout engine) is an ES module with a top-level
// await, which a script cannot hold: it is imported here first, as an ES
// module, and handed to the script (see yogaFromLoader in scripts/build.js).
import {fileURLToPath} from 'node:url';
import {codeCacheDirectory, loadWithCodeCache} from './diff-bundle.js';
import type {CommandIo} from './io.js';

type Command = (argv: string[], io: CommandIo) => Promise<number>;

/** Where the script finds Yoga (scripts/build.js, yogaFromLoader). */
const yogaKey = Symbol.for('copydesk.yoga');

/**
 * Yoga, imported as reader/run.tsx would have it imported: an Emscripten build that, seeing a
 * global fetch, fetches its own inline WebAssembly from a data: URL, loading undici, zlib and
 * web streams first (50–100 ms); without fetch it decodes the same bytes directly.
 */
async function importYoga(): Promise<unknown> {
	const fetchDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (fetchDescriptor?.configurable) Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
	try {
		return (await import('yoga-layout')).default;
	} finally {
		if (fetchDescriptor?.configurable) Object.defineProperty(globalThis, 'fetch', fetchDescriptor);
	}
}

/** `copydesk [DIR|FILES...]`, run from dist/read-command.cjs (see the top of this file). */
export const runRead: Command = async (argv, io) => {
	(globalThis as Record<symbol, unknown>)[yogaKey] ??= await importYoga();
	const {exports, save} = loadWithCodeCache(fileURLToPath(new URL('read-command.cjs', import.meta.url)), codeCacheDirectory(io.env));
	try {
		return await (exports['runRead'] as Command)(argv, io);
	} finally {
		save();
	}
};
