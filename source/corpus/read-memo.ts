// The reads memo: what reading each corpus file gave last time (its article's
// head and its text's digest), keyed by the file's status (size, modification
// and change times in nanoseconds, inode, device), so a `list` of an unchanged
// corpus need not read and hash every file to build the content key
// (cache.ts) that finds its analysis. It only stands in for a read: the key it
// yields is the key the read would yield, so the analysis cache stays keyed by
// content.
//
// A file's status is trusted only when it is settled: both its modification
// and its change time at least `settleMs` before the read it stands for began
// (git's "racily clean" rule). An edit after that sets the times to later than
// they were, so the status differs or is not settled (a status may so be looked
// at before the read or after it: list-analysis.ts looks after its workers have
// read, against the time it started them); an edit within the same tick of
// a coarse file-system clock could keep them, so a file touched so recently is
// read again every time until it settles. The change time cannot be set back
// by a program (`touch -d`, `utimes` set only the modification and access
// times), so an edit that keeps the size and restores the modification time
// is still seen; a file replaced by another (rename over it) has another inode.
// What it cannot see: a file system whose clock or inode numbers lie (a
// network mount whose server clock runs behind, say). COPYDESK_READS_MEMO=0
// turns the memo off.
//
// One file beside the corpus's analysis cache (`<name>.reads`), never in the
// corpus; written atomically (a temporary file renamed over the old one): of
// two processes writing at once the later rename wins, whole. Anything
// unexpected in it means "no memo", never a crash. Layout, two lines:
//   1. the header: {format, build, cwd, maxFileBytes, count, bytes, checksum}
//   2. the entries: [[file, name, flags, status, digest, size, rest], ...]
//      (rest: 0, or the head's warnings, meta, givenTitle, titleFromTag and record when it has any;
//      an HTML page's `dom` is not kept: a listing never reads it)
import {createHash} from 'node:crypto';
import {constants, statSync} from 'node:fs';
import {open, stat} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {analysisVersion} from './analysis-version.js';
import type {ArticleHead} from './article.js';
import type {CorpusEntry} from './load.js';
import {replaceFileAtomically} from './atomic-file.js';

/** Names the file layout (see above). */
const format = 'copydesk-reads-2';

/** How long (ms) a file's times must lie in the past for its status to be trusted: coarse clocks tick in up to 2 s (FAT). */
export const settleMs = 3000;

/** What a file gave when last read: its one article's head and the digest of its text (groups/member.ts textHash). */
export type MemoRead = {head: ArticleHead; digest: string};

/** What a head holds besides its id, name, path and size (absent when empty). */
type HeadRest = Partial<Pick<ArticleHead, 'warnings' | 'meta' | 'givenTitle' | 'titleFromTag' | 'record'>>;

/** An entry as stored: [file, name, flags, status, digest, size, rest or 0]. */
type StoredEntry = [string, string, number, string, string, number, HeadRest | 0];

/** A stored entry's head (a fresh object: the caller may keep it). */
const headOf = (entry: StoredEntry): ArticleHead => {
	const [path, name, , , , size, rest] = entry;
	const head: ArticleHead = {id: name, name, path, size, warnings: rest === 0 || !rest.warnings ? [] : [...rest.warnings], meta: rest === 0 || !rest.meta ? {} : {...rest.meta}};
	if (rest !== 0) {
		if (rest.givenTitle !== undefined) head.givenTitle = rest.givenTitle;
		if (rest.titleFromTag) head.titleFromTag = true;
		if (rest.record) head.record = rest.record;
	}

	return head;
};

const entryFlags = (entry: CorpusEntry): number => (entry.explicit ? 1 : 0) | (entry.page ? 2 : 0) | (entry.regular ? 4 : 0);

/**
 * A file's status as a string (size, modification and change times in
 * nanoseconds, inode, device), and whether it is settled: both times before
 * `settledBefore` (ns since the epoch). Undefined when it cannot be read or is
 * not a regular file (whoever reads it reports that).
 */
export function fileStatus(file: string, settledBefore: bigint): {status: string; settled: boolean} | undefined {
	let stats;
	try {
		stats = statSync(file, {bigint: true, throwIfNoEntry: false});
	} catch {
		return undefined;
	}

	if (!stats?.isFile()) return undefined;
	return {status: `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}:${stats.dev}`, settled: stats.mtimeNs < settledBefore && stats.ctimeNs < settledBefore};
}

/** The time (ns since the epoch) a status must be older than to be trusted, looked at now (`now`: ms since the epoch). */
export const settledBefore = (now = Date.now()): bigint => BigInt(now - settleMs) * 1_000_000n;

/**
 * What decides how files are read besides their bytes: this build of copydesk and its analysis version (which a
 * change to what reading gives, a title or metadata, bumps), the working directory (relative paths), the size limit.
 */
const contextOf = (maxFileBytes: number): {build: string; cwd: string; maxFileBytes: number} => ({build: `${analysisVersion}:${buildIdentity()}`, cwd: process.cwd(), maxFileBytes});

let build: string | undefined;
/** This module's file: its size and modification time (a build writes every file of dist/ anew, an install too). */
function buildIdentity(): string {
	if (build === undefined) {
		try {
			const stats = statSync(fileURLToPath(import.meta.url));
			build = `${stats.size}:${stats.mtimeMs}`;
		} catch {
			build = 'unknown';
		}
	}

	return build;
}

/**
 * The memo of what reading files gave, as loaded from `file` (empty when there
 * is none, it is damaged, or was written by another build, from another
 * working directory or with another size limit), with the reads of this run
 * added by `remember`.
 */
export class ReadsMemo {
	/** The entries loaded, by file (each checked against the entry's name and flags when looked up). */
	readonly #entries: Map<string, StoredEntry>;
	/** The entries to write: those looked up and held, and those remembered. */
	readonly #fresh = new Map<string, StoredEntry>();
	#used = 0;

	private constructor(entries: Map<string, StoredEntry>) {
		this.#entries = entries;
	}

	/** An empty memo (nothing known: every file is read). */
	static empty(): ReadsMemo {
		return new ReadsMemo(new Map());
	}

	/**
	 * Loads the memo file; an empty memo when it is missing, damaged, not a
	 * regular file or from another build, directory or size limit, or when
	 * COPYDESK_READS_MEMO=0 is in `env`. Never rejects.
	 */
	static async load(file: string, maxFileBytes: number, env: NodeJS.ProcessEnv = process.env): Promise<ReadsMemo> {
		if (env['COPYDESK_READS_MEMO'] === '0') return ReadsMemo.empty();
		try {
			const bytes = await readRegular(file);
			const newline = bytes.indexOf(0x0a);
			if (newline < 0) return ReadsMemo.empty();
			const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Record<string, unknown>;
			const context = contextOf(maxFileBytes);
			if (header['format'] !== format || header['build'] !== context.build || header['cwd'] !== context.cwd || header['maxFileBytes'] !== context.maxFileBytes) return ReadsMemo.empty();
			const body = bytes.subarray(newline + 1);
			if (body.length !== header['bytes'] || createHash('sha256').update(body).digest('hex') !== header['checksum']) return ReadsMemo.empty();
			const stored = JSON.parse(body.toString('utf8')) as unknown;
			if (!Array.isArray(stored) || stored.length !== header['count']) return ReadsMemo.empty();
			const entries = new Map<string, StoredEntry>();
			for (const each of stored as unknown[]) {
				if (!validEntry(each)) return ReadsMemo.empty();
				entries.set(each[0], each);
			}

			return new ReadsMemo(entries);
		} catch {
			return ReadsMemo.empty();
		}
	}

	/** What reading `entry` gave when its status was `status`, if the memo knows (and the status was settled then). */
	lookUp(entry: CorpusEntry, status: string): MemoRead | undefined {
		const known = this.#entries.get(entry.file);
		if (!known || known[3] !== status || known[1] !== entry.name || known[2] !== entryFlags(entry)) return undefined;
		this.#used++;
		this.#fresh.set(entry.file, known);
		return {head: headOf(known), digest: known[4]};
	}

	/**
	 * Remembers what reading `entry` gave (one article, no problems), with its
	 * status (settled against a time before the read began). Not remembered: a status not settled
	 * (see above), or an article whose id, name and path are not the entry's.
	 */
	remember(entry: CorpusEntry, status: {status: string; settled: boolean} | undefined, read: MemoRead): void {
		if (!status?.settled || read.head.id !== entry.name || read.head.name !== entry.name || read.head.path !== entry.file) return;
		this.#fresh.set(entry.file, stored(entry, status.status, read));
	}

	/** Whether the memo to write differs from the one loaded (a file read, gone or added): worth writing. */
	get changed(): boolean {
		return this.#fresh.size !== this.#entries.size || this.#used !== this.#entries.size;
	}

	/** Entries to write: every lookUp that held and every remember. */
	get size(): number {
		return this.#fresh.size;
	}

	/**
	 * Writes the entries looked up or remembered this run (those of files no
	 * longer in the corpus are dropped) atomically to `file`. Failing to write
	 * is not an error: resolves to false.
	 */
	async write(file: string, maxFileBytes: number): Promise<boolean> {
		try {
			const entries = [...this.#fresh.values()];
			// In slices: one string of 100,000 entries would be tens of MB at once.
			const pieces: Buffer[] = [];
			for (let at = 0; at < entries.length; at += 1000) pieces.push(Buffer.from((at === 0 ? '[' : ',') + entries.slice(at, at + 1000).map(each => JSON.stringify(each)).join(','), 'utf8'));
			pieces.push(Buffer.from(entries.length === 0 ? '[]' : ']', 'utf8'));
			const hash = createHash('sha256');
			let bytes = 0;
			for (const piece of pieces) {
				hash.update(piece);
				bytes += piece.length;
			}

			const header = {format, ...contextOf(maxFileBytes), count: entries.length, bytes, checksum: hash.digest('hex')};
			await replaceFileAtomically(file, async handle => {
				await handle.writev([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), ...pieces]);
			});
			return true;
		} catch {
			return false;
		}
	}
}

/** The memo file beside a corpus's analysis cache file (cache.ts cacheFileFor). */
export const memoFileFor = (cacheFile: string): string => cacheFile.replace(/\.json$/, '') + '.reads';

const stored = (entry: CorpusEntry, status: string, read: MemoRead): StoredEntry => {
	const {head} = read;
	const rest: HeadRest = {};
	if (head.warnings.length > 0) rest.warnings = head.warnings;
	if (Object.keys(head.meta).length > 0) rest.meta = head.meta;
	if (head.givenTitle !== undefined) rest.givenTitle = head.givenTitle;
	if (head.titleFromTag) rest.titleFromTag = true;
	if (head.record) rest.record = head.record;
	return [entry.file, entry.name, entryFlags(entry), status, read.digest, head.size, Object.keys(rest).length > 0 ? rest : 0];
};

const validEntry = (value: unknown): value is StoredEntry => {
	if (!Array.isArray(value) || value.length !== 7) return false;
	const [file, name, flags, status, digest, size, rest] = value as unknown[];
	if (typeof file !== 'string' || typeof name !== 'string' || typeof flags !== 'number' || typeof status !== 'string' || typeof digest !== 'string' || typeof size !== 'number') return false;
	if (rest === 0) return true;
	if (typeof rest !== 'object' || rest === null || Array.isArray(rest)) return false;
	const {warnings, meta, givenTitle} = rest as Record<string, unknown>;
	return (warnings === undefined || (Array.isArray(warnings) && warnings.every(each => typeof each === 'string'))) && (meta === undefined || (typeof meta === 'object' && meta !== null && !Array.isArray(meta))) && (givenTitle === undefined || typeof givenTitle === 'string');
};

/**
 * A regular file's bytes (not a FIFO, which would block, nor a device or directory). Anything else is never
 * opened: a FIFO is looked at by its status first, as load.ts reads one (opened once, by what reads it), since
 * an open of it, even one that does not block, takes a waiting writer's text and leaves it with no reader.
 * The open does not block either, for a FIFO put in the file's place between the look and the open.
 */
async function readRegular(file: string): Promise<Buffer> {
	if (!(await stat(file)).isFile()) throw new Error('not a file');
	const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	try {
		const stats = await handle.stat();
		if (!stats.isFile()) throw new Error('not a file');
		return await handle.readFile();
	} finally {
		await handle.close();
	}
}
