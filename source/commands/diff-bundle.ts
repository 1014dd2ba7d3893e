// How the built CLI runs `copydesk diff`: scripts/build.js bundles the command
// (diff-command.ts) into one script, dist/diff-command.cjs, and points the
// main bundle's import of diff-command.js here. Evaluated with V8's code
// cache (node:vm cachedData): Node 20 has no compile cache for ES modules, and
// compiling the command's code is a fifth of a short diff's CPU time. The
// cache is a file in the user's cache directory ($XDG_CACHE_HOME/copydesk,
// else ~/.cache/copydesk; none without either), never beside the inputs,
// named after a hash of the bundle's bytes and the Node version and platform.
// Missing, stale, damaged or unwritable, it costs only time: the script is
// compiled from its source, as without a cache, and V8 rejects data that does
// not fit its source or flags. Written atomically (a temporary file renamed)
// after the first run, and again whenever V8 rejects it; other builds' caches
// written over a day before are then removed.
import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import vm from 'node:vm';
import type {CommandIo} from './io.js';

type Command = (argv: string[], io: CommandIo) => Promise<number>;

/** Another build's cache older than this is removed when this build writes its own. */
const staleAfterMs = 24 * 60 * 60 * 1000;

/** The code cache's directory, as `list`'s analysis cache finds it (corpus/cache.ts), or undefined without a home. */
export const codeCacheDirectory = (env: NodeJS.ProcessEnv): string | undefined => {
	const xdg = env['XDG_CACHE_HOME'];
	if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'copydesk');
	return env['HOME'] ? path.join(env['HOME'], '.cache', 'copydesk') : undefined;
};

/**
 * Loads `file` (a CommonJS bundle) with a code cache kept in `directory`;
 * returns its exports and `save`, which writes the cache when it was missing
 * or rejected (call it once the bundle's work is done, so that the functions
 * it compiled on the way are in the cache too). Never throws for the cache.
 */
export const loadWithCodeCache = (file: string, directory: string | undefined): {exports: Record<string, unknown>; save: () => void} => {
	const source = readFileSync(file, 'utf8');
	const key = createHash('sha256').update(source).update(`\0${process.version}\0${process.arch}\0${process.platform}\0${process.execArgv.join(' ')}`).digest('hex').slice(0, 32);
	const cacheFile = directory === undefined ? undefined : path.join(directory, `${path.basename(file, '.cjs')}-${key}.v8-cache`);
	let cachedData: Buffer | undefined;
	try {
		if (cacheFile) cachedData = readFileSync(cacheFile);
	} catch {
		// No cache yet (or unreadable): compile from the source.
	}

	// The CommonJS wrapper, and import.meta.url for the bundle (scripts/build.js defines it as __copydeskModuleUrl).
	const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __copydeskModuleUrl) {${source}\n})`, {filename: file, cachedData});
	const module = {exports: {} as Record<string, unknown>};
	(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, path.dirname(file), pathToFileURL(file).href);
	const save = () => {
		if (!cacheFile || (cachedData && !script.cachedDataRejected)) return;
		const temporary = `${cacheFile}.${process.pid}.tmp`;
		try {
			mkdirSync(directory!, {recursive: true, mode: 0o700});
			writeFileSync(temporary, script.createCachedData(), {mode: 0o600});
			renameSync(temporary, cacheFile);
			// Caches of other builds (~0.6 MB each) written over a day ago go: two builds in use at once keep theirs.
			const prefix = `${path.basename(file, '.cjs')}-`;
			const old = Date.now() - staleAfterMs;
			for (const name of readdirSync(directory!)) {
				const other = path.join(directory!, name);
				if (name.startsWith(prefix) && name.endsWith('.v8-cache') && name !== path.basename(cacheFile) && statSync(other).mtimeMs < old) rmSync(other, {force: true});
			}
		} catch {
			// Unwritable: the next run compiles again.
		}
	};

	return {exports: module.exports, save};
};

/** `copydesk diff`, run from dist/diff-command.cjs (see the top of this file). */
export const runDiff: Command = async (argv, io) => {
	const {exports, save} = loadWithCodeCache(fileURLToPath(new URL('diff-command.cjs', import.meta.url)), codeCacheDirectory(io.env));
	try {
		return await (exports['runDiff'] as Command)(argv, io);
	} finally {
		save();
	}
};
