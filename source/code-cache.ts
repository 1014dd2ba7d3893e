// One way to run a bundled script with V8's code cache, for every script the built CLI keeps apart (diff's,
// strip's, the reader's screens: commands/diff-bundle.ts, commands/strip-bundle.ts, reader/mount-bundle.ts). Evaluated
// with V8's code cache (node:vm cachedData): Node 20 has no compile cache for ES modules, and
// compiling the command's code is a fifth of a short diff's CPU time. The
// cache is a file in the user's cache directory ($XDG_CACHE_HOME/copydesk,
// else ~/.cache/copydesk; none without either), never beside the inputs,
// named after a hash of the bundle's bytes and path and the Node version and
// platform: V8 keeps the script's name in its cache, so a cache made for one
// checkout's bundle, used by another's of the same bytes, had stack traces name
// the first checkout's file.
// Missing, stale, damaged or unwritable, it costs only time: the script is
// compiled from its source, as without a cache. V8 rejects data that does
// not fit its source or flags, but release builds do not checksum the code it
// holds: a flipped byte crashed the process or changed a figure. So the file
// is a SHA-256 digest of the data, then the data; it is read only when it is a
// regular file of at most maxCacheBytes, and used only when the digest holds.
// Written atomically (a temporary file renamed) after the first run, and again
// whenever it is missing, damaged or rejected. A cache used is touched (its
// modification time set to now, at most once an hour), so its time says when it
// was last used; other builds' caches are pruned when this build writes its own
// or touches it (pruneCodeCaches): those unused for a week, and all but the
// twelve last used (each build is ~0.6–2 MB per script, and a checkout that
// builds often left dozens: breaker18).
import {isAscii} from 'node:buffer';
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import vm from 'node:vm';
import {makeDirectorySync} from './corpus/make-directory.js';

/** Another build's cache not used for this long is removed (pruneCodeCaches). */
const staleAfterMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Other builds' caches kept at most per command, the last used: the checkouts or versions in use at once keep theirs
 * (with 3, five builds used in turn threw each other's caches out and every run compiled cold: breaker19 N3). About
 * 2 MB each, so at most ~25 MB a command.
 */
const otherBuildsKept = 12;

/** A cache used is touched when its time is older than this (so a run writes metadata at most once an hour). */
const touchAfterMs = 60 * 60 * 1000;

/** A temporary file of a writer that died before its rename, older than this, is removed. */
const temporaryAfterMs = 60 * 60 * 1000;

/** At most this many of a command's cache files are looked at by one prune (a bound on its work). */
const maxPruned = 256;

/**
 * Removes the code caches of other builds of one command (`prefix`, e.g. `diff-command-`) from `directory`:
 * those not used (written or touched) for `staleAfterMs`, then all but the `otherBuildsKept` last used, and
 * temporary files older than an hour; never `own` (this build's file name). Safe with other processes at work
 * in the directory: a file gone meanwhile is passed over, and one removed under a process about to read it
 * only costs that process a compile (it writes its cache again). Looks at `maxPruned` files at most. Never throws.
 */
export const pruneCodeCaches = (directory: string, prefix: string, own: string, now = Date.now()): void => {
	let names: string[];
	try {
		names = readdirSync(directory).filter(name => name.startsWith(prefix) && name !== own && (name.endsWith('.v8-cache') || name.endsWith('.tmp'))).slice(0, maxPruned);
	} catch {
		return;
	}

	const others: Array<{file: string; used: number}> = [];
	for (const name of names) {
		const file = path.join(directory, name);
		try {
			const stats = statSync(file);
			if (!stats.isFile()) continue;
			if (name.endsWith('.tmp')) {
				if (stats.mtimeMs < now - temporaryAfterMs) rmSync(file, {force: true});
			} else if (stats.mtimeMs < now - staleAfterMs) rmSync(file, {force: true});
			else others.push({file, used: stats.mtimeMs});
		} catch {
			// Gone meanwhile (another process pruned it): nothing to do.
		}
	}

	others.sort((a, b) => b.used - a.used);
	for (const {file} of others.slice(otherBuildsKept)) {
		try {
			rmSync(file, {force: true});
		} catch {
			// Another process's to remove, or not removable: left.
		}
	}
};

/** A cache file larger than this is not read (the bundle's cache is ~0.6 MB; a device or a runaway file is not one). */
const maxCacheBytes = 32 * 1024 * 1024;

const digestBytes = 32;

/** The cache file's bytes: the SHA-256 digest of `data`, then `data`. */
export const sealCodeCache = (data: Buffer): Buffer => Buffer.concat([createHash('sha256').update(data).digest(), data]);

/** The data of a sealed cache file, or undefined when its digest does not hold (damaged, truncated, not ours). */
export const openCodeCache = (file: Buffer): Buffer | undefined => {
	if (file.length <= digestBytes) return undefined;
	const data = file.subarray(digestBytes);
	return createHash('sha256').update(data).digest().equals(file.subarray(0, digestBytes)) ? data : undefined;
};

/** The code cache's directory, as `list`'s analysis cache finds it (corpus/cache.ts), or undefined without a home. */
export const codeCacheDirectory = (env: NodeJS.ProcessEnv): string | undefined => {
	const xdg = env['XDG_CACHE_HOME'];
	if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'copydesk');
	return env['HOME'] ? path.join(env['HOME'], '.cache', 'copydesk') : undefined;
};

/**
 * How a bundle run by loadWithCodeCache opens and ends: a function of the CommonJS module's variables and of
 * `__copydeskModuleUrl` (import.meta.url). scripts/build.js writes dist/diff-command.cjs with these around it (its
 * banner and footer: keep the three equal); a script without them is wrapped when loaded.
 */
export const bundleHead = '(function (exports, require, module, __filename, __dirname, __copydeskModuleUrl) {';
export const bundleTail = '\n})';

/** Whether `source` is a bundle written wrapped (bundleHead … bundleTail, white space after it), so it is compiled as it is. */
export const isWrapped = (source: string): boolean => source.startsWith(bundleHead) && source.trimEnd().endsWith(bundleTail);

/**
 * Loads `file` (a CommonJS bundle) with a code cache kept in `directory`;
 * returns its exports and `save`, which writes the cache when it was missing
 * or rejected (call it once the bundle's work is done, so that the functions
 * it compiled on the way are in the cache too). Never throws for the cache.
 */
export const loadWithCodeCache = (file: string, directory: string | undefined): {exports: Record<string, unknown>; save: () => void} => {
	const bytes = readFileSync(file);
	// The build writes diff's bundle in ASCII (scripts/ascii-bundle.js): read as Latin-1, a large buffer becomes a
	// one-byte string without decoding (~7 ms less than UTF-8 for 1.8 MB). Any other bytes are read as UTF-8.
	const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
	// The path too: the cached script keeps the name it was compiled under (stack traces would name another checkout).
	// The file's bytes are hashed, which are the source's UTF-8 (hashing the string encoded it again: ~3 ms).
	const key = createHash('sha256').update(bytes).update(`\0${file}\0${process.version}\0${process.arch}\0${process.platform}\0${process.execArgv.join(' ')}`).digest('hex').slice(0, 32);
	const cacheFile = directory === undefined ? undefined : path.join(directory, `${path.basename(file, '.cjs')}-${key}.v8-cache`);
	let cachedData: Buffer | undefined;
	let cacheTime = 0;
	try {
		// stat, not open: a FIFO put in the cache's place would block an open for reading.
		if (cacheFile) {
			const stats = statSync(cacheFile);
			if (stats.isFile() && stats.size <= maxCacheBytes) cachedData = openCodeCache(readFileSync(cacheFile));
			cacheTime = stats.mtimeMs;
		}
	} catch {
		// No cache yet (or unreadable): compile from the source.
	}

	// The CommonJS wrapper, and import.meta.url for the bundle (scripts/build.js defines it as __copydeskModuleUrl). The
	// build writes diff's bundle already wrapped (bundleHead … bundleTail): wrapping it here joined ~1.8 MB of source into
	// a new string V8 then copied flat, ~15 ms of CPU a start. Any other script is wrapped here, as before.
	const script = new vm.Script(isWrapped(source) ? source : `${bundleHead}${source}${bundleTail}`, {filename: file, cachedData});
	const module = {exports: {} as Record<string, unknown>};
	(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, path.dirname(file), pathToFileURL(file).href);
	const prefix = `${path.basename(file, '.cjs')}-`;
	const save = () => {
		if (!cacheFile) return;
		if (cachedData && !script.cachedDataRejected) {
			// Used: its time says so (once an hour at most), and other builds' caches are pruned meanwhile.
			if (cacheTime < Date.now() - touchAfterMs) {
				try {
					const now = new Date();
					utimesSync(cacheFile, now, now);
					pruneCodeCaches(directory!, prefix, path.basename(cacheFile));
				} catch {
					// Gone or read-only: only time is lost.
				}
			}

			return;
		}

		const temporary = `${cacheFile}.${process.pid}.tmp`;
		try {
			// Not mkdirSync's {recursive: true}: on Node 20 it loops for ever under /proc (make-directory.ts).
			makeDirectorySync(directory!, 0o700);
			writeFileSync(temporary, sealCodeCache(script.createCachedData()), {mode: 0o600});
			renameSync(temporary, cacheFile);
			// Caches of other builds (~0.6 MB each) unused for a week, or beyond the three last used, go.
			pruneCodeCaches(directory!, prefix, path.basename(cacheFile));
		} catch {
			// Unwritable (or the cache's place is taken): the next run compiles again; no temporary file is left.
			try {
				rmSync(temporary, {force: true});
			} catch {
				// Nothing more to do: the cache only ever saves time.
			}
		}
	};

	return {exports: module.exports, save};
};

