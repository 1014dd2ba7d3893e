// The analysis cache: reopening an unchanged corpus skips labelling and
// grouping, in the reader and in `copydesk list`. One file per corpus in the
// user's cache directory ($XDG_CACHE_HOME/copydesk, else ~/.cache/copydesk),
// named after the corpus's real path — never inside the corpus itself. The
// file is keyed by the content of every article and the analysis version,
// carries checksums, and is written atomically (a temporary file renamed over
// the old one): of two processes writing at once the later rename wins, whole.
// Anything unexpected means "no cache", never a crash.
//
// Layout (format 4), three lines:
//   1. the summary: {"rows":[[title, words, boilerplateShare], ...],"groups":[...]}  — all `list` needs
//   2. the labels:  [labels, ...] per article, or null when `list` wrote the file   — what the reader needs too
//   3. the trailer: {format, version, key, count, summary: {bytes, checksum}, labels: {bytes, checksum} | null}
// `list` reads the trailer and the summary only: a few MB of a file whose
// labels are ten times that, parsed and checked in a fraction of the time.
import {createHash, type Hash} from 'node:crypto';
import {constants} from 'node:fs';
import {open, realpath, stat, type FileHandle} from 'node:fs/promises';
import {homedir} from 'node:os';
import path from 'node:path';
import type {ArticleLabels} from '../boilerplate/label.js';
import {textHash} from '../groups/text-hash.js';
import {analysisVersion} from './analysis-version.js';
import {replaceFileAtomically} from './atomic-file.js';
import type {Article, GroupInfo} from './article.js';
import type {ArticleAnalysis} from './pipeline.js';

/** Names the file layout (see above). */
const format = 'copydesk-analysis-4';

export type CachedAnalysis = {analyses: ArticleAnalysis[]; groups: GroupInfo[]};

/** What `list` shows of an article's analysis. */
export type CachedRow = {title: string; words: number; boilerplateShare: number};

/** The summary part of the cache: one row and one group per article. */
export type CachedSummary = {rows: CachedRow[]; groups: GroupInfo[]};

/** The cache directory, or undefined when there is no home to put it in. */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const xdg = env['XDG_CACHE_HOME'];
	if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'copydesk');
	const home = env['HOME'] || homedir();
	return home ? path.join(home, '.cache', 'copydesk') : undefined;
}

/** The cache file of a corpus opened from these inputs (stdin has none: its content is not kept anywhere). */
export async function cacheFileFor(inputs: readonly string[], directory: string | undefined): Promise<string | undefined> {
	if (!directory || inputs.length === 0 || inputs.includes('-')) return undefined;
	const real = await Promise.all(inputs.map(async input => realpath(input).catch(() => path.resolve(input))));
	const name = createHash('sha256').update(JSON.stringify(real)).digest('hex').slice(0, 32);
	return path.join(directory, `${name}.json`);
}

/**
 * The content key built one article at a time, in corpus order, so a caller
 * can hash a corpus it never holds whole (`list` reads, hashes and drops each
 * text). Each text enters as its own digest (groups/member.ts textHash, which
 * the analysis computes anyway): so the key of a corpus just analysed by
 * worker threads comes from what they read, without reading it again here.
 * `contentKey(articles)` is the same hash.
 */
export class ContentKey {
	readonly #hash: Hash = createHash('sha256');
	#count = 0;

	/** Adds the next article (its id, given title, metadata and text). */
	add(article: Article): void {
		this.addHashed(article, textHash(article.text));
	}

	/** Adds the next article by its head and its text's digest (textHash). */
	addHashed(article: Omit<Article, 'text'>, digest: string): void {
		// One update of the pieces joined (the same bytes as one update each: every piece that could end in a
		// lone surrogate is followed by a separator), a tenth of the calls into the hasher for 10,000 articles.
		this.#hash.update(`${article.id}\0${article.givenTitle ?? ''}${article.titleFromTag ? '\u0001' : ''}\0${JSON.stringify(article.meta)}\0${digest}\u0001`);
		this.#count++;
	}

	/** Articles added so far. */
	get count(): number {
		return this.#count;
	}

	/** The key (hex); the hasher is spent after this. */
	digest(): string {
		// The format, version and count close the hash, so adding needs no count up front.
		this.#hash.update(`${format}:${analysisVersion}:${this.#count}\n`);
		return this.#hash.digest('hex');
	}
}

/** Identifies the exact content analysed: every article's id and text, and the analysis version. */
export function contentKey(articles: readonly Article[]): string {
	const key = new ContentKey();
	for (const article of articles) key.add(article);
	return key.digest();
}

type Part = {bytes: number; checksum: string};
type Trailer = {format: string; version: number; key: string; count: number; summary: Part; labels: Part | null};

/** The largest trailer we accept (it is about 300 bytes). */
const trailerLimit = 4096;

/** Opens the cache and checks its trailer against `key` and `count`; undefined when it does not match. */
async function openChecked(file: string, key: string, count: number): Promise<{handle: FileHandle; trailer: Trailer} | undefined> {
	let handle: FileHandle;
	try {
		// A FIFO in the cache's place is never opened: an open, even one that does not block, takes a waiting
		// writer's text and leaves it with no reader (as load.ts and read-memo.ts read one).
		if (!(await stat(file)).isFile()) return undefined;
		// Non-blocking: a FIFO put in the cache's place since would block an open for reading (and every read) for ever.
		handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch {
		return undefined;
	}

	try {
		// One open file: a writer renaming a new cache over this one cannot mix the two.
		const stats = await handle.stat();
		// Only a regular file is a cache (not a FIFO, a device or a directory).
		if (!stats.isFile()) throw new Error('not a file');
		const {size} = stats;
		const tailLength = Math.min(size, trailerLimit);
		const tail = Buffer.alloc(tailLength);
		await readFully(handle, tail, size - tailLength);
		if (tail.at(-1) !== 0x0a) throw new Error('no trailer');
		const start = tail.lastIndexOf(0x0a, tail.length - 2) + 1;
		if (start === 0 && tailLength === trailerLimit) throw new Error('trailer too long');
		const trailer = JSON.parse(tail.subarray(start).toString('utf8')) as Trailer;
		if (trailer.format !== format || trailer.version !== analysisVersion || trailer.key !== key || trailer.count !== count) throw new Error('stale');
		const labelsBytes = trailer.labels ? trailer.labels.bytes : 4; // `null`
		if (trailer.summary.bytes + 1 + labelsBytes + 1 !== size - (tailLength - start)) throw new Error('wrong length');
		return {handle, trailer};
	} catch {
		await handle.close().catch(() => {});
		return undefined;
	}
}

async function readFully(handle: FileHandle, buffer: Buffer, position: number): Promise<void> {
	let at = 0;
	while (at < buffer.length) {
		const {bytesRead} = await handle.read(buffer, at, buffer.length - at, position + at);
		if (bytesRead === 0) throw new Error('file shrank');
		at += bytesRead;
	}
}

/** Reads one part of the file and checks its checksum; the parsed JSON. */
async function readPart(handle: FileHandle, part: Part, position: number): Promise<unknown> {
	const bytes = Buffer.alloc(part.bytes);
	await readFully(handle, bytes, position);
	if (checksum(bytes) !== part.checksum) throw new Error('checksum');
	return JSON.parse(bytes.toString('utf8')) as unknown;
}

/** The summary as stored: rows as [title, words, boilerplateShare] (a third of the size of objects). */
type StoredSummary = {rows: Array<[string, number, number]>; groups: GroupInfo[]};

const validSummary = (value: unknown, count: number): value is StoredSummary => {
	const summary = value as StoredSummary | null;
	return Boolean(summary) && Array.isArray(summary!.rows) && Array.isArray(summary!.groups) && summary!.rows.length === count && summary!.groups.length === count;
};

/**
 * The summary (titles, word counts, boilerplate shares, groups) when the
 * file exists, is whole and matches `key` and `count`; otherwise undefined.
 * Written by the reader or by `list`; the labels, if any, are not read.
 */
export async function readCacheSummary(file: string, key: string, count: number): Promise<CachedSummary | undefined> {
	const opened = await openChecked(file, key, count);
	if (!opened) return undefined;
	try {
		const summary = await readPart(opened.handle, opened.trailer.summary, 0);
		if (!validSummary(summary, count)) return undefined;
		return {rows: summary.rows.map(([title, words, boilerplateShare]) => ({title, words, boilerplateShare})), groups: summary.groups};
	} catch {
		return undefined;
	} finally {
		await opened.handle.close().catch(() => {});
	}
}

/** The whole cached analysis (labels included) when the file has it and matches `key`; otherwise undefined. */
export async function readCache(file: string, key: string, count: number): Promise<CachedAnalysis | undefined> {
	const opened = await openChecked(file, key, count);
	if (!opened?.trailer.labels) {
		await opened?.handle.close().catch(() => {});
		return undefined;
	}

	try {
		const {summary: summaryPart, labels: labelsPart} = opened.trailer;
		const summary = await readPart(opened.handle, summaryPart, 0);
		const labels = (await readPart(opened.handle, labelsPart!, summaryPart.bytes + 1)) as ArticleLabels[];
		if (!validSummary(summary, count) || !Array.isArray(labels) || labels.length !== count) return undefined;
		const analyses = summary.rows.map(([title, words], index): ArticleAnalysis => ({title, words, labels: labels[index]!}));
		return {analyses, groups: summary.groups};
	} catch {
		return undefined;
	} finally {
		await opened.handle.close().catch(() => {});
	}
}

/**
 * Writes the reader's whole analysis (the summary and the labels). Failing to
 * cache is not an error: resolves to false.
 */
export async function writeCache(file: string, key: string, value: CachedAnalysis): Promise<boolean> {
	const rows = value.analyses.map(analysis => ({title: analysis.title, words: analysis.words, boilerplateShare: analysis.labels.boilerplateShare}));
	return writeParts(file, key, {rows, groups: value.groups}, value.analyses.map(analysis => analysis.labels));
}

/**
 * Writes the summary only (`list` analyses without keeping labels). A reader
 * opening the corpus later finds no labels, analyses it and writes the whole
 * cache over this one.
 */
export async function writeCacheSummary(file: string, key: string, summary: CachedSummary): Promise<boolean> {
	return writeParts(file, key, summary, undefined);
}

/**
 * Writes atomically (temp file + rename), a slice of articles at a time: the
 * whole file as one string would be a few hundred MB more at the moment the
 * reader holds the most (100,000 articles).
 */
async function writeParts(file: string, key: string, summary: CachedSummary, labels: readonly ArticleLabels[] | undefined): Promise<boolean> {
	try {
		await replaceFileAtomically(file, async out => {
			const part = async (pieces: Iterable<string>): Promise<Part> => {
				const hash = createHash('sha256');
				let bytes = 0;
				for (const piece of pieces) {
					const buffer = Buffer.from(piece, 'utf8');
					hash.update(buffer);
					bytes += buffer.length;
					await out.write(buffer);
				}

				await out.write('\n');
				return {bytes, checksum: hash.digest('hex')};
			};

			const summaryPart = await part(slices('{"rows":[', summary.rows.length, ']', (from, to) => summary.rows.slice(from, to).map(row => JSON.stringify([row.title, row.words, row.boilerplateShare])), `,"groups":${JSON.stringify(summary.groups)}}`));
			let labelsPart: Part | null = null;
			if (labels) labelsPart = await part(slices('[', labels.length, ']', (from, to) => labels.slice(from, to).map(each => JSON.stringify(each)), ''));
			else await out.write('null\n');
			const trailer: Trailer = {format, version: analysisVersion, key, count: summary.rows.length, summary: summaryPart, labels: labelsPart};
			await out.write(`${JSON.stringify(trailer)}\n`);
		});
		return true;
	} catch {
		return false;
	}
}

/** A JSON array written `writeSlice` elements at a time, then whatever follows it. */
function* slices(open: string, count: number, close: string, serialise: (from: number, to: number) => string[], after: string): Generator<string> {
	yield open;
	for (let at = 0; at < count; at += writeSlice) yield (at > 0 ? ',' : '') + serialise(at, at + writeSlice).join(',');
	yield close + after;
}

/** Articles serialised per write. */
const writeSlice = 1000;

const checksum = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
