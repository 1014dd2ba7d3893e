// Loads a corpus from directories, files, JSON Lines and stdin. Hostile input
// (binary, huge, unreadable, broken or looping symlinks, bad records) is
// reported as problems; the rest of the corpus always loads.
import {closeSync, constants, createReadStream, fstatSync, openSync, readSync, statSync} from 'node:fs';
import {lstat, readdir, realpath, stat} from 'node:fs/promises';
import type {Stats} from 'node:fs';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {readBounded} from './bounded-read.js';
import {readFrontMatter} from '../text/front-matter.js';
import {refindRecord} from './record-refind.js';
import {noSuchRecord, recordAddress, RecordPicker, type RecordAddress} from './record-address.js';
import type {Article, LoadProblem} from './article.js';
import {decodeBytes} from './decode.js';
import {withLineFeeds} from '../text/line-separators.js';

import {parseRecordPath} from './record-path.js';
import {corpusExtensions, corpusFileKind, isJsonl, isStreamed, isWarc} from './file-kind.js';
import {formatBytes, formatBytesOver, jsonlItems, parseJsonl} from './jsonl.js';

// HTML pages (parse5) and WARC archives (pako) are read by modules loaded on
// the first page or archive met: a corpus of text files never pays for
// compiling them (~25 ms of every start-up).
let htmlPages: typeof import('./html-article.js') | undefined;

/**
 * Loads the HTML page reader. The synchronous readers (readFileItem,
 * articleFromBytes) need it loaded before they meet a page: loadCorpusItems
 * and readEntry see to it for what they find, a worker for its slice.
 */
export const loadHtmlSupport = async (): Promise<void> => {
	htmlPages ??= await import('./html-article.js');
};

/**
 * Whether any of these files is an HTML page (read by articleFromBytes through source/html): named as one
 * (`.html`, `.htm`, `.xhtml`, `.html.gz`), or an entry whose content the loader found to be one (`page`: a
 * page saved as `page.txt`, `story.php?id=5`, `index.shtml`, sniffed as a browser does, sniffHtml).
 */
export const anyHtmlPage = (files: Iterable<string | CorpusEntry>): boolean => {
	for (const file of files) {
		if (typeof file !== 'string' && file.page) return true;
		const kind = corpusFileKind(typeof file === 'string' ? file : file.file);
		if (kind === 'html' || kind === 'html.gz') return true;
	}

	return false;
};

const articleFromHtml: typeof import('./html-article.js').articleFromHtml = (bytes, source) => {
	if (!htmlPages) throw new Error('internal error: an HTML page met before loadHtmlSupport()');
	return htmlPages.articleFromHtml(bytes, source);
};
import type {StreamItem} from './warc.js';

/**
 * node:zlib, loaded on the first gzip file met (a .gz page or archive): loading it costs every start ~5 ms of CPU,
 * and a diff or listing of plain text never needs it. Node's own module, by require (import.meta.url is the module's
 * file in every bundle: scripts/build.js gives the CommonJS ones one).
 */
let zlib: typeof import('node:zlib') | undefined;
const zlibModule = (): typeof import('node:zlib') => (zlib ??= createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib'));

/** Files above this are refused: a news article is never 20 MB; a log file or a dump is. */
export const defaultMaxFileBytes = 20 * 1024 * 1024;

export type LoadOptions = {
	maxFileBytes?: number;
	/** Files read at once (asynchronous reads: JSON Lines, pipes, `readBytes`). */
	concurrency?: number;
	/** Read for the input `-`. */
	stdin?: AsyncIterable<Uint8Array | string>;
	/** Told how far loading is, now and then: files found while walking, then files read (of `total`). */
	onProgress?: (progress: LoadProgress) => void;
	/** For tests: replaces fs.readFile (e.g. to simulate EACCES when running as root). */
	readBytes?: (file: string) => Promise<Uint8Array>;
	/**
	 * `problem`: an input path that does not exist (or cannot be opened) is an
	 * `error` problem and the other inputs still load (strip, list). Default
	 * `throw`: it rejects with CorpusError (the reader, diff).
	 */
	missingInputs?: 'throw' | 'problem';
	/**
	 * With `deferFiles`: WARC and JSON Lines files are listed too, not read, for
	 * streamFileItem to read record by record (strip's two passes).
	 */
	deferStreams?: boolean;
};

export type LoadProgress = {phase: 'finding'; found: number} | {phase: 'reading'; read: number; total: number};

export type LoadedCorpus = {
	root: string;
	articles: Article[];
	problems: LoadProblem[];
	/** Per article, the regular text file it was read from (undefined for JSON Lines records and stdin). */
	sources: Array<CorpusEntry | undefined>;
};

/** A corpus path that does not exist: the CLI prints it as one line and exits with status 2. */
export class CorpusError extends Error {
	override name = 'CorpusError';
	constructor(
		message: string,
		readonly path: string,
	) {
		super(message);
	}
}

/**
 * A file to read, found by walking or given. `regular`: a regular file (not a pipe or device).
 * `address`: the one record of this container (JSON Lines, WARC) a record address `FILE#key` named.
 */
export type CorpusEntry = {
	file: string;
	name: string;
	explicit: boolean;
	regular: boolean;
	address?: RecordAddress;
	/** An HTML page by its content though not by its name (sniffPages): whoever reads it loads the page reader first. */
	page?: boolean;
};

/**
 * One unit of a corpus in order: an article already read, or a file still to
 * read (a regular text file, left for whoever analyses it: worker threads
 * read their own files, so a large corpus is never held whole in one place).
 * An article read from a regular text file names it as its `source`: another
 * thread can read it again rather than be handed a copy.
 */
export type CorpusItem = {article: Article; source?: CorpusEntry} | {file: CorpusEntry};

export type CorpusItems = {root: string; items: CorpusItem[]; problems: LoadProblem[]};

/**
 * Reads a corpus: each input is a directory (walked for the corpusExtensions:
 * text, Markdown, JSON Lines, pages, web archives), a file, or `-` (stdin). Articles come in a stable order with
 * their decoded text (BOM removed; offsets index it); files that cannot be
 * read, binary files and files over the size limit are listed as problems, not
 * thrown. Rejects with CorpusError when an input path does not exist.
 */
export async function loadCorpus(inputs: string[], options: LoadOptions = {}): Promise<LoadedCorpus> {
	const {root, items, problems} = await loadCorpusItems(inputs, {...options, deferFiles: false});
	const articles: Article[] = [];
	const sources: Array<CorpusEntry | undefined> = [];
	for (const item of items) {
		if (!('article' in item)) continue;
		articles.push(item.article);
		sources.push(item.source);
	}

	return {root, articles, problems, sources};
}

/**
 * The corpus as items in corpus order. With `deferFiles`, regular text files
 * are listed, not read (see readFileItem); JSON Lines files, pipes and stdin
 * are read here, since only this thread can.
 */
export async function loadCorpusItems(inputs: string[], options: LoadOptions & {deferFiles: boolean}): Promise<CorpusItems> {
	const maxFileBytes = options.maxFileBytes ?? defaultMaxFileBytes;
	const problems: LoadProblem[] = [];
	const missing: CorpusError[] = [];
	const resolved = await Promise.all(
		inputs.map(async (input): Promise<{input: string; stats: Stats | undefined; address?: RecordAddress}> => {
			if (input === '-') return {input, stats: undefined};
			try {
				// A record address `FILE#key` (list --json's name for a JSON Lines or WARC record): that container, that record.
				const address = await recordAddress(input);
				if (address) return {input, stats: await statInput(address.container), address};
				return {input, stats: await statInput(input)};
			} catch (error) {
				if (options.missingInputs !== 'problem' || !(error instanceof CorpusError)) throw error;
				missing.push(error);
				return {input, stats: undefined};
			}
		}),
	);
	// Nothing left to read: the one-line error, as without the option.
	if (missing.length > 0 && missing.length === inputs.length) throw missing[0];
	for (const error of missing) problems.push({path: error.path, message: error.message.startsWith(`${error.path}: `) ? error.message.slice(error.path.length + 2) : error.message, kind: 'error'});
	const root = corpusRoot(resolved.filter(r => r.stats).map(r => ({input: r.address?.container ?? r.input, isDirectory: r.stats!.isDirectory()})));
	const rootAbsolute = path.resolve(root);

	const entries: CorpusEntry[] = [];
	const seenFiles = new Set<string>();
	for (const {input, stats, address} of resolved) {
		if (!stats) continue;
		if (address) {
			addOnce({file: address.container, name: entryName(rootAbsolute, address.container), explicit: true, regular: stats.isFile(), address});
		} else if (stats.isDirectory()) {
			const found: CorpusEntry[] = [];
			await walk(input, rootAbsolute, new Set([await realpath(input)]), found, problems, options.onProgress && (count => options.onProgress!({phase: 'finding', found: entries.length + count})));
			found.sort((a, b) => compareCodeUnits(a.name, b.name));
			for (const entry of found) addOnce(entry);
		} else {
			addOnce({file: input, name: entryName(rootAbsolute, input), explicit: true, regular: stats.isFile()});
		}
	}

	function addOnce(entry: CorpusEntry) {
		const key = path.resolve(entry.file) + (entry.address ? `#${entry.address.key}` : '');
		if (seenFiles.has(key)) return;
		seenFiles.add(key);
		entries.push(entry);
	}

	// A record of a container also read whole is read once, with the rest of the container.
	const kept = entries.filter(entry => !entry.address || !seenFiles.has(path.resolve(entry.file)));
	entries.splice(0, entries.length, ...kept);

	const pickers = recordPickers(entries, maxFileBytes);

	await sniffPages(entries, options.readBytes === undefined);
	if (anyHtmlPage(entries)) await loadHtmlSupport();
	// Regular text files another thread can read; not under a test's readBytes, a function of this thread.
	const rereadable = (entry: CorpusEntry) => !options.readBytes && entry.regular && !isStreamed(entry.file);
	const streamable = (entry: CorpusEntry) => options.deferStreams === true && !options.readBytes && entry.regular && isStreamed(entry.file);
	const defer = (entry: CorpusEntry) => options.deferFiles && !entry.address && (rereadable(entry) || streamable(entry));
	// Only the entries read here go through the bounded reads (a promise each): a deferred file needs none
	// (10,000 of them cost a tenth of a second of a listing from the cache).
	const reads: number[] = [];
	for (const [index, entry] of entries.entries()) if (!defer(entry)) reads.push(index);
	const onRead = options.onProgress && reads.length > 0 ? (read: number) => options.onProgress!({phase: 'reading', read, total: reads.length}) : undefined;
	const perEntry: Array<EntryResult | undefined> = new Array(entries.length);
	const results = await mapBounded(reads, options.concurrency ?? 16, async index => {
		const entry = entries[index]!;
		return entry.address ? pickers.get(path.resolve(entry.file))!.read(entry.address) : readEntry(entry, maxFileBytes, options);
	}, onRead);
	for (const [at, index] of reads.entries()) perEntry[index] = results[at];
	// A record address whose container holds no such record: as a path that does not exist (the one-line error, or a problem).
	const noRecord = entries.filter((entry, index) => entry.address && perEntry[index]!.articles.length === 0 && perEntry[index]!.problems.length === 0);
	if (noRecord.length > 0 && (options.missingInputs !== 'problem' || missing.length + noRecord.length === inputs.length)) {
		const {address} = noRecord[0]!;
		throw new CorpusError(noSuchRecord(address!), `${address!.container}#${address!.key}`);
	}

	for (const {file, address} of noRecord) problems.push({path: file, message: noSuchRecord(address!).slice(file.length + 2), kind: 'error'});
	const items: CorpusItem[] = [];
	const add = (result: EntryResult, source?: CorpusEntry) => {
		for (const article of result.articles) items.push(source ? {article, source} : {article});
		for (const problem of result.problems) problems.push(problem);
	};

	let stdinAt = -1;
	for (const [index, {input}] of resolved.entries()) if (input === '-' && stdinAt === -1) stdinAt = index;
	// stdin's articles come first when `-` is the first input, else last: simple and predictable.
	const fromStdin = stdinAt === -1 ? undefined : stdinAsked(await readStdin(options.stdin, maxFileBytes));
	if (fromStdin && stdinAt === 0) add(fromStdin);
	for (const [index, result] of perEntry.entries()) {
		const entry = entries[index];
		if (!result) items.push({file: entry});
		else add(result, rereadable(entry) ? entry : undefined);
	}

	if (fromStdin && stdinAt !== 0) add(fromStdin);
	nameSharedMembers(items);
	// Walks meet entries in directory order, which the file system decides: sort for stable output.
	return {root, items, problems: sortProblems(problems)};
}

/** Bytes of a file's start read to tell a page by its content (sniffHtml reads as far). */
const sniffBytes = 4096;

/**
 * Marks the entries whose content is an HTML page though their name is not a page's (`page`): a regular file named
 * on the command line (a folder's files are read by their names: walking a large corpus reads no file twice), not
 * named `.html`/`.htm`/`.xhtml`/`.html.gz`, JSON Lines or WARC, whose first bytes open a page (sniffHtml, as
 * browsers and libmagic tell a page, and as stdin is read). Its first 4 KiB are read now, on this thread, so that
 * the threads that read the file later have the page reader loaded; a file that cannot be read is left for its
 * reader to report. `onDisk`: false under a test's readBytes (no files to read: readEntry sniffs the bytes it is given).
 */
async function sniffPages(entries: CorpusEntry[], onDisk: boolean): Promise<void> {
	if (!onDisk) return;
	const head = Buffer.allocUnsafe(sniffBytes);
	for (const [index, entry] of entries.entries()) {
		if (!entry.explicit || !entry.regular || entry.address || isStreamed(entry.file) || anyHtmlPage([entry.file])) continue;
		try {
			const descriptor = openSync(entry.file, constants.O_RDONLY | (nonBlocking ?? 0));
			try {
				const read = readSync(descriptor, head, 0, sniffBytes, 0);
				if (sniffHtml(head.subarray(0, read))) entry.page = true;
			} finally {
				closeSync(descriptor);
			}
		} catch {
			// Its reader says why it cannot be read.
		}

		// Thousands of files: let the event loop run now and then (a status line, a signal).
		if (index % 1024 === 1023) await nextTurn();
	}
}

/** Reads the records addressed in one container (a pass over it, however many records are named). */
type RecordReader = {read: (address: RecordAddress) => Promise<EntryResult>};

/**
 * One reader per container named by record addresses among `entries`, by its
 * resolved path: the container is streamed once (streamFileItem, a record at a
 * time) for all its addresses, when first asked. A record found is the entry's
 * one article; the container's own read errors are its problems (the other
 * records' problems are not this input's); neither: the container holds no such
 * record.
 */
function recordPickers(entries: readonly CorpusEntry[], maxFileBytes: number): Map<string, RecordReader> {
	const wanted = new Map<string, {entry: CorpusEntry; addresses: RecordAddress[]}>();
	for (const entry of entries) {
		if (!entry.address) continue;
		const key = path.resolve(entry.file);
		const holder = wanted.get(key) ?? {entry, addresses: []};
		holder.addresses.push(entry.address);
		wanted.set(key, holder);
	}

	const readers = new Map<string, RecordReader>();
	for (const [key, {entry, addresses}] of wanted) {
		let pass: Promise<{picker: RecordPicker; problems: LoadProblem[]; unread: Map<string, LoadProblem>}> | undefined;
		// A record asked for by its line that could not be read (`w.jsonl#:3`, not JSON) is said as what it is, not as missing.
		const asked = new Set(addresses.map(address => `${address.container}#${address.key}`));
		const readAll = async () => {
			const picker = new RecordPicker(addresses);
			const problems: LoadProblem[] = [];
			const unread = new Map<string, LoadProblem>();
			for await (const item of streamFileItem({file: entry.file, name: entry.name, explicit: true, regular: entry.regular}, maxFileBytes)) {
				if ('article' in item) {
					if (picker.offer(item.article)) break;
				} else if (item.problem.path === entry.file && item.problem.kind === 'error') problems.push(item.problem);
				else if (asked.has(item.problem.path)) unread.set(item.problem.path, item.problem);
			}

			return {picker, problems, unread};
		};

		readers.set(key, {
			async read(address) {
				pass ??= readAll();
				const {picker, problems, unread} = await pass;
				const article = picker.found(address);
				if (article) return {articles: [article], problems: []};
				const own = unread.get(`${address.container}#${address.key}`);
				return {articles: [], problems: [...(own ? [own] : []), ...(address === addresses[0] ? problems : [])]};
			},
		});
	}

	return readers;
}

/**
 * Members of different archives sharing one name (the same URI captured in two
 * WARCs) are named by their id instead (`monday.warc#http://…`), so a list
 * tells them apart; a name used once stays short. Items changed in place.
 */
function nameSharedMembers(items: CorpusItem[]): void {
	const paths = new Map<string, Set<string>>();
	for (const item of items) {
		if (!('article' in item)) continue;
		const {name, path: file} = item.article;
		let holders = paths.get(name);
		if (!holders) paths.set(name, (holders = new Set()));
		holders.add(file);
	}

	for (const item of items) {
		if (!('article' in item)) continue;
		const {article} = item;
		if (paths.get(article.name)!.size > 1 && article.id !== article.name && article.id.endsWith(`#${article.name}`)) item.article = {...article, name: article.id};
	}
}

/** Every item's article, files read now on this thread; their problems added to `problems` (a copy, sorted). */
export function readItems(items: readonly CorpusItem[], problems: readonly LoadProblem[], maxFileBytes = defaultMaxFileBytes): {articles: Article[]; problems: LoadProblem[]} {
	const articles: Article[] = [];
	const all = [...problems];
	for (const item of items) {
		if ('article' in item) {
			articles.push(item.article);
			continue;
		}

		const read = readFileItem(item.file, maxFileBytes);
		// Loops, not push(...): one JSON Lines or WARC file may hold more records than a call's arguments.
		for (const article of read.articles) articles.push(article);
		for (const problem of read.problems) all.push(problem);
	}

	return {articles, problems: sortProblems(all)};
}

/**
 * Problems in a stable order, sorted in place: by file (its path, code units), then a JSON Lines file's records by
 * line number ("feed.jsonl:3" before "feed.jsonl:10", as compilers and grep report them), the file's own problem first.
 */
export const sortProblems = (problems: LoadProblem[]): LoadProblem[] => {
	const parts = (problem: LoadProblem): [string, number] => {
		const record = parseRecordPath(problem.path);
		return record ? [record.file, record.line] : [problem.path, -1];
	};
	return problems.sort((a, b) => {
		const [fileA, lineA] = parts(a);
		const [fileB, lineB] = parts(b);
		return compareCodeUnits(fileA, fileB) || lineA - lineB;
	});
};

/**
 * Reads a file left by loadCorpusItems: its article, or the problem that
 * kept it out (too large, binary, gone). Synchronous: worker threads call it
 * once per file and pass.
 */
export function readFileItem(entry: CorpusEntry, maxFileBytes = defaultMaxFileBytes): EntryResult {
	try {
		const read = readRegularFileSync(entry.file, maxFileBytes);
		if (read === 'not a regular file') return {articles: [], problems: [{path: entry.file, kind: 'error', message: 'not a regular file'}]};
		if (typeof read === 'number') return asked(entry, tooLarge(entry.file, read, maxFileBytes));
		return asked(entry, articleFromBytes(read, entry.file, entry.name, maxFileBytes, entry.explicit));
	} catch (error) {
		return readFailed(entry.file, error);
	}
}

/**
 * A file named on the command line that is left out (binary, too large) is an
 * `error`: its text was asked for and is lost, and the exit status says so (as
 * diff(1) does with a file it cannot read). Found in a folder, it stays
 * `skipped`: a folder holds other files.
 */
function asked(entry: CorpusEntry, result: EntryResult): EntryResult {
	if (!entry.explicit || !result.problems.some(problem => problem.kind === 'skipped')) return result;
	return {...result, problems: result.problems.map(problem => (problem.kind === 'skipped' && problem.path === entry.file ? {...problem, kind: 'error'} : problem))};
}

/**
 * One member of a streamed container (a WARC or JSON Lines file) read again,
 * through the same reader `list` and `story` use (streamFileItem): the record
 * that is `old` (record-refind.ts: by its own id, a record without one by its
 * text or its line and words, a WARC member by id), undefined when the file no
 * longer holds it, or the problem that stopped the read. `name`: the
 * container's corpus name (the id's prefix before `#`).
 */
export async function readContainerMember(file: string, name: string, old: Article, maxFileBytes = defaultMaxFileBytes): Promise<Article | LoadProblem | undefined> {
	let problem: LoadProblem | undefined;
	async function* members(): AsyncGenerator<Article> {
		for await (const item of streamFileItem({file, name, explicit: true, regular: true}, maxFileBytes)) {
			if ('article' in item) yield item.article;
			else if (item.problem.path === file && item.problem.kind === 'error') problem ??= item.problem;
		}
	}

	return (await refindRecord(old, members())) ?? problem;
}

/**
 * The articles and problems of a file left by loadCorpusItems, in file order:
 * a WARC or JSON Lines file streamed record by record (memory: one record at a
 * time), any other file read whole as readFileItem does. Never throws: a read
 * error ends the file with an `error` problem.
 */
export async function* streamFileItem(entry: CorpusEntry, maxFileBytes = defaultMaxFileBytes): AsyncGenerator<StreamItem> {
	const {file, name} = entry;
	if (!isStreamed(file)) {
		const read = readFileItem(entry, maxFileBytes);
		for (const article of read.articles) yield {article};
		for (const problem of read.problems) yield {problem};
		return;
	}

	try {
		const chunks = createReadStream(file, {highWaterMark: 1024 * 1024});
		if (isWarc(file)) yield* (await import('./warc.js')).warcItems(chunks, {path: file, name, maxRecordBytes: maxFileBytes, gzip: /\.gz$/i.test(file)});
		else yield* jsonlItems(chunks, {path: file, name, maxRecordBytes: maxFileBytes});
	} catch (error) {
		for (const problem of readFailed(file, error).problems) yield {problem};
	}
}

/** Rejects with CorpusError (as loadCorpus would) for the first input path, `-` aside, that does not exist or cannot be opened. */
export async function checkInputs(inputs: readonly string[]): Promise<void> {
	for (const input of inputs) if (input !== '-') await statInput(input);
}

/** Whether `file` is itself a symbolic link (lstat), whatever its target; false when it cannot be looked at. */
const isSymlink = async (file: string): Promise<boolean> => lstat(file).then(stats => stats.isSymbolicLink(), () => false);

async function statInput(input: string) {
	try {
		return await stat(input);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		// `PATH: why`, as every notice names its file (breaker18 M8).
		// A symlink whose target is gone is said as a folder's is (breaker19 N8), not as a path that is not there.
		if (code === 'ENOENT') throw new CorpusError(`${input}: ${(await isSymlink(input)) ? 'broken symlink' : 'no such file or directory'}`, input);
		if (code === 'ELOOP') throw new CorpusError(`${input}: symlink loop`, input);
		if (code === 'EACCES') throw new CorpusError(`${input}: permission denied`, input);
		throw new CorpusError(`${input}: cannot open: ${(error as Error).message}`, input);
	}
}

/** One directory: itself. Otherwise the deepest directory holding every input. */
function corpusRoot(inputs: Array<{input: string; isDirectory: boolean}>): string {
	if (inputs.length === 0) return '.';
	if (inputs.length === 1 && inputs[0].isDirectory) return inputs[0].input;
	const directories = inputs.map(({input, isDirectory}) => (isDirectory ? path.resolve(input) : path.dirname(path.resolve(input))));
	let common = directories[0];
	for (const directory of directories.slice(1)) {
		while (common !== directory && !directory.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) {
			common = path.dirname(common);
		}
	}

	if (inputs.length === 1) return path.dirname(inputs[0].input);
	return common;
}

/** What an entry that is neither file nor directory is, in a word or two. */
const specialKind = (entry: {isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean}): string =>
	entry.isFIFO() ? 'FIFO' : entry.isSocket() ? 'socket' : entry.isCharacterDevice() ? 'character device' : entry.isBlockDevice() ? 'block device' : 'special file';

/** Entries named at most in a folder's notice of entries that are no regular file (the rest counted). */
const notFilesNamed = 3;

/** The one notice of a folder's FIFOs, sockets and devices: how many, which (the first few) and why they are not read. */
const notFilesMessage = (entries: readonly string[]): string => {
	const named = entries.slice(0, notFilesNamed).join(', ') + (entries.length > notFilesNamed ? `, and ${entries.length - notFilesNamed} more` : '');
	return `${entries.length} special file${entries.length === 1 ? '' : 's'} not read: ${named}; a folder's FIFOs and devices are never opened (name one on the command line to read it)`;
};

async function walk(directory: string, rootAbsolute: string, ancestors: Set<string>, out: CorpusEntry[], problems: LoadProblem[], onFound?: (count: number) => void): Promise<void> {
	// Every entry in one call: iterating an opendir handle costs a promise per entry (a tenth of
	// a second per 10,000 files, before any worker can start).
	let entries;
	try {
		entries = await readdir(directory, {withFileTypes: true});
	} catch (error) {
		problems.push({path: directory, kind: 'error', message: `cannot read directory: ${describeError(error)}`});
		return;
	}

	const subdirectories: string[] = [];
	let passedOver = 0;
	// Entries that are no regular file: named in one notice for the folder.
	const notFiles: string[] = [];
	// The folder's own corpus name, its files' names that plus theirs (entryName once a folder, not once a
	// file: resolving and relating two paths per file was a tenth of a second of 10,000). Not under the
	// filesystem root, where entryName names a file from the working directory instead.
	const folderName = path.dirname(rootAbsolute) === rootAbsolute ? undefined : entryName(rootAbsolute, directory);
	try {
		for (const dirent of entries) {
			// Hidden entries (.git, .copydesk-cache, editor files) are never articles.
			if (dirent.name.startsWith('.')) continue;
			const file = path.join(directory, dirent.name);
			let isDirectory = dirent.isDirectory();
			let isFile = dirent.isFile();
			let kind: {isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean} = dirent;
			if (dirent.isSymbolicLink()) {
				try {
					const target = await stat(file);
					isDirectory = target.isDirectory();
					isFile = target.isFile();
					kind = target;
				} catch (error) {
					const code = (error as NodeJS.ErrnoException).code;
					const message = code === 'ENOENT' ? 'broken symlink' : code === 'ELOOP' ? 'symlink loop' : `unreadable symlink: ${describeError(error)}`;
					problems.push({path: file, kind: 'error', message});
					continue;
				}
			}

			if (isDirectory) subdirectories.push(file);
			else if (isFile && corpusFileKind(dirent.name) !== undefined) {
				out.push({file, name: folderName === undefined ? entryName(rootAbsolute, file) : folderName === '' ? dirent.name : `${folderName}/${dirent.name}`, explicit: false, regular: true});
				if (out.length % 1000 === 0) onFound?.(out.length);
			} else if (isFile && !dirent.name.startsWith('.')) passedOver++;
			// A FIFO, a socket or a device (or a symlink to one) is never opened (a FIFO would block the read), but said.
			else if (!isDirectory && !isFile) notFiles.push(`${dirent.name} (${dirent.isSymbolicLink() ? 'symlink to a ' : ''}${specialKind(kind)})`);
		}
		if (notFiles.length > 0) problems.push({path: directory, kind: 'skipped', files: notFiles.length, message: notFilesMessage(notFiles)});
		// Said once for the folder: a folder of `wget` output (story.php?id=5) listed nothing and said nothing.
		if (passedOver > 0) problems.push({path: directory, kind: 'skipped', files: passedOver, message: `${passedOver} file${passedOver === 1 ? '' : 's'} passed over for ${passedOver === 1 ? 'its' : 'their'} name (a corpus folder is read for ${corpusExtensions.join(' ')}; name a page .html, or give the file itself)`});
	} catch (error) {
		problems.push({path: directory, kind: 'error', message: `cannot read directory: ${describeError(error)}`});
	}

	for (const subdirectory of subdirectories.sort(compareCodeUnits)) {
		let real: string;
		try {
			real = await realpath(subdirectory);
		} catch (error) {
			problems.push({path: subdirectory, kind: 'error', message: `cannot resolve directory: ${describeError(error)}`});
			continue;
		}

		// A symlink back to a directory we are inside would make the walk endless.
		if (ancestors.has(real)) {
			problems.push({path: subdirectory, kind: 'skipped', message: 'symlink loop: leads back to a directory being read'});
			continue;
		}

		await walk(subdirectory, rootAbsolute, new Set([...ancestors, real]), out, problems, onFound);
	}
}

export type EntryResult = {articles: Article[]; problems: LoadProblem[]};

async function readEntry(entry: CorpusEntry, maxFileBytes: number, options: LoadOptions): Promise<EntryResult> {
	return asked(entry, await readEntryAsFound(entry, maxFileBytes, options));
}

async function readEntryAsFound(entry: CorpusEntry, maxFileBytes: number, options: LoadOptions): Promise<EntryResult> {
	const {file, name} = entry;
	try {
		if (isJsonl(file)) {
			// Records are limited one by one; the file itself may be any size.
			return await parseJsonl(createReadStream(file), {path: file, name, maxRecordBytes: maxFileBytes});
		}

		if (isWarc(file)) {
			// Records are limited one by one; a WARC may be any size.
			const {parseWarc} = await import('./warc.js');
			return await parseWarc(createReadStream(file, {highWaterMark: 1024 * 1024}), {path: file, name, maxRecordBytes: maxFileBytes, gzip: /\.gz$/i.test(file)});
		}

		let bytes: Uint8Array;
		if (options.readBytes) {
			const {size} = await stat(file);
			if (size > maxFileBytes) return tooLarge(file, size, maxFileBytes);
			bytes = await options.readBytes(file);
		} else {
			// A pipe or device given explicitly is opened once, by the stream: a first open without blocking to look at it
			// took a writer's first bytes away or left the writer with no reader (breaker18 M1: a FIFO named on the
			// command line hung or read empty).
			const read = entry.regular ? readRegularFileSync(file, maxFileBytes) : 'not a regular file';
			if (read === 'not a regular file') {
				// A pipe or device given explicitly: read as a stream, never past the limit.
				const streamed = await readBounded(file, maxFileBytes);
				if (streamed === 'too large') return skipped(file, `too large (more than ${formatBytes(maxFileBytes)})`);
				bytes = streamed;
			} else if (typeof read === 'number') return tooLarge(file, read, maxFileBytes);
			else bytes = read;
		}

		if (bytes.length > maxFileBytes) return skipped(file, `too large (more than ${formatBytes(maxFileBytes)})`);
		if (anyHtmlPage([file]) || (entry.explicit && sniffHtml(bytes))) await loadHtmlSupport();
		return articleFromBytes(bytes, file, name, maxFileBytes, entry.explicit);
	} catch (error) {
		return readFailed(file, error);
	}
}

function readFailed(file: string, error: unknown): EntryResult {
	const code = (error as NodeJS.ErrnoException).code;
	const message = code === 'ENOENT' ? 'disappeared while loading' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : describeError(error);
	return {articles: [], problems: [{path: file, kind: 'error', message}]};
}

const tooLarge = (file: string, size: number, maxFileBytes: number): EntryResult => skipped(file, `too large (${formatBytesOver(size, maxFileBytes)})`);

/**
 * Reads a regular file whole, or returns its size when above the limit.
 * Synchronous on purpose: for thousands of small files the promise API costs
 * ten times more than the reads themselves; callers read in slices and yield.
 */
function readRegularFileSync(file: string, maxBytes: number): Uint8Array | number | 'not a regular file' {
	// Opened without blocking, so a pipe (which would wait for a writer) is seen by fstat and
	// left alone; one stat per file instead of a stat before the open. Windows has no
	// O_NONBLOCK: a stat first there.
	if (nonBlocking === undefined && !statSync(file).isFile()) return 'not a regular file';
	const descriptor = openSync(file, constants.O_RDONLY | (nonBlocking ?? 0));
	try {
		const stats = fstatSync(descriptor);
		if (!stats.isFile()) return 'not a regular file';
		const size = stats.size;
		if (size > maxBytes) return size;
		const bytes = Buffer.allocUnsafe(size);
		let filled = 0;
		while (filled < bytes.length) {
			const count = readSync(descriptor, bytes, filled, bytes.length - filled, filled);
			if (count === 0) break; // shrank while reading
			filled += count;
		}

		return filled === bytes.length ? bytes : bytes.subarray(0, filled);
	} finally {
		closeSync(descriptor);
	}
}

const nonBlocking: number | undefined = (constants as {O_NONBLOCK?: number}).O_NONBLOCK;

const skipped = (file: string, message: string): EntryResult => ({articles: [], problems: [{path: file, kind: 'skipped', message}]});

/**
 * Builds the article of a file: an HTML page (`.html`, `.htm`, `.xhtml`,
 * gzip-compressed `.html.gz`; with `sniff`, a file named on the command line,
 * any name whose bytes open a page: sniffHtml, as stdin is read) through
 * source/html, anything else as plain text; binary bytes are a skipped problem
 * instead. Pages need loadHtmlSupport() first (a page by its content met
 * without it, a file that became one since it was listed, is read as text with
 * a warning, as a page found in a folder under a text's name is).
 */
export function articleFromBytes(bytes: Uint8Array, file: string, name: string, maxFileBytes = defaultMaxFileBytes, sniff = false): EntryResult {
	const kind = corpusFileKind(file);
	if (kind === 'html.gz') {
		let page: Uint8Array;
		try {
			page = zlibModule().gunzipSync(bytes, {maxOutputLength: maxFileBytes});
		} catch (error) {
			const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError;
			return tooBig ? skipped(file, `too large once decompressed (more than ${formatBytes(maxFileBytes)})`) : {articles: [], problems: [{path: file, kind: 'error', message: `not a readable gzip file (${(error as Error).message})`}]};
		}

		return {articles: [articleFromHtml(page, {id: name, name, path: file, size: bytes.length})], problems: []};
	}

	// A page saved under another name (page.txt, story.php?id=5, index.shtml, none): a page by its content, as a browser reads it.
	if (kind === 'html' || (sniff && htmlPages && sniffHtml(bytes))) return {articles: [articleFromHtml(bytes, {id: name, name, path: file})], problems: []};
	const raw = decodeBytes(bytes);
	// U+2028 and U+2029 are line ends (line-separators.ts).
	const decoded = {...raw, text: withLineFeeds(raw.text)};
	// A web archive or a compressed file under another name (a WAT's `.warc.wat.gz`, a download's `.gz`): said so, not "binary".
	if (decoded.binary) return skipped(file, binaryKind(bytes));
	const warnings = [...decoded.warnings];
	if (bytes.length === 0) warnings.push('empty file');
	// A page found in a folder under a text's name (a folder is read by names; a file named on the command line, by its content): read as text, its markup and all, so say so.
	if (sniffHtml(bytes)) warnings.push('looks like an HTML page: name it .html, or give the file itself, to read its markup as a page');
	// YAML front matter (a Markdown post's `---` block) gives the title, date and byline, as a JSON Lines record's fields do.
	const matter = readFrontMatter(decoded.text);
	const meta: Article['meta'] = {};
	if (matter?.date) meta.date = matter.date;
	if (matter?.byline) meta.byline = matter.byline;
	if (matter?.url) meta.url = matter.url;
	return {articles: [{id: name, path: file, name, text: decoded.text, size: bytes.length, warnings, meta, ...(matter?.title ? {givenTitle: matter.title} : {})}], problems: []};
}

/**
 * Standard input is named on the command line (`-`): left out whole (binary, compressed, too large), it is an `error`
 * as a named file is (asked): its text was asked for and is lost, and `strip - > out.txt` must not succeed with
 * nothing written. A record of a stream left out while others are read stays `skipped`.
 */
const stdinAsked = (result: EntryResult): EntryResult =>
	result.articles.length === 0 ? {...result, problems: result.problems.map(problem => (problem.kind === 'skipped' && problem.path === '-' ? {...problem, kind: 'error'} : problem))} : result;

/** Why bytes with NUL in them are no text: a web archive or a gzip file under a name read otherwise, or binary. */
const binaryKind = (bytes: Uint8Array): string => {
	if (sniffWarc(bytes)) return 'a web archive (WARC) by its content: name it .warc or .warc.gz to read it';
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip-compressed: read as such only when named .html.gz, .warc.gz or .wet.gz; decompress it first';
	return 'binary file (NUL bytes)';
};

/** stdin: a WARC (plain or gzipped, sniffed by sniffWarc), JSON Lines when its first line is a JSON object with a "text" string, an HTML page when it begins as one (sniffHtml), else one article of text. */
async function readStdin(stdin: AsyncIterable<Uint8Array | string> | undefined, maxBytes: number): Promise<EntryResult> {
	if (!stdin) return {articles: [], problems: [{path: '-', kind: 'error', message: 'no standard input'}]};
	const iterator = stdin[Symbol.asyncIterator]();
	const head: Uint8Array[] = [];
	let headLength = 0;
	let done = false;
	// Read until the first line is complete (or the input ends) to decide.
	while (true) {
		const next = await iterator.next();
		if (next.done) {
			done = true;
			break;
		}

		const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
		head.push(chunk);
		headLength += chunk.length;
		// Enough to tell a (gzipped) WARC from text too: its first 64 bytes.
		if ((chunk.includes(0x0a) && headLength >= stdinSniffBytes) || headLength > maxBytes) break;
	}

	const headBytes = Buffer.concat(head, headLength);
	const firstLine = headBytes.subarray(0, headBytes.indexOf(0x0a) === -1 ? headBytes.length : headBytes.indexOf(0x0a)).toString('utf8');
	const rest: AsyncIterable<Uint8Array | string> = {
		async *[Symbol.asyncIterator]() {
			yield headBytes;
			if (done) return;
			while (true) {
				const next = await iterator.next();
				if (next.done) return;
				yield next.value;
			}
		},
	};

	const warc = sniffWarc(headBytes);
	if (warc) {
		const {parseWarc} = await import('./warc.js');
		const bytes = (async function* () {
			for await (const chunk of rest) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		})();
		return parseWarc(bytes, {path: '-', name: 'stdin', maxRecordBytes: maxBytes, gzip: warc === 'warc.gz'});
	}

	if (looksLikeJsonlRecord(firstLine)) return parseJsonl(rest, {path: '-', name: 'stdin', maxRecordBytes: maxBytes});
	const chunks: Uint8Array[] = [];
	let length = 0;
	for await (const raw of rest) {
		const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
		length += chunk.length;
		if (length > maxBytes) return skipped('-', `standard input too large (more than ${formatBytes(maxBytes)})`);
		chunks.push(chunk);
	}

	const bytes = Buffer.concat(chunks, length);
	if (sniffHtml(bytes)) {
		await loadHtmlSupport();
		return {articles: [articleFromHtml(bytes, {id: 'stdin', name: 'stdin', path: '-'})], problems: []};
	}

	return articleFromBytes(bytes, '-', 'stdin');
}

/**
 * Whether bytes (stdin: no file name to go by) begin an HTML page: after a
 * UTF-8 BOM, white space and comments, `<!DOCTYPE html`, or `<html` with a
 * `<head>`, `<body>`, `<meta>` or `<title>` in the first 4 KiB, or an XML
 * declaration followed by one of them (XHTML), in any case. A text that merely
 * contains markup later on, or opens by naming "<html> tags", stays text.
 */
export function sniffHtml(bytes: Uint8Array): boolean {
	const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1').replace(/^\xEF\xBB\xBF/, '');
	// A comment cannot run past its own end ("-->"), so each run of leading comments parses one way: a lazy [\s\S]*? could swallow the next ones and try 2^k splits of k comments.
	const opening = /^(?:\s|<!--(?:[^-]|-(?!->))*-->|<\?xml[^>]*\?>)*<(!doctype\s+html|html[\s>])/i.exec(head);
	if (!opening) return false;
	// A doctype is a page; a bare <html> also needs a page's head or body (prose about "<html> tags" has neither).
	return opening[1]!.toLowerCase().startsWith('!doctype') || /<(?:head|body|meta|title)[\s>]/i.test(head);
}

/** Bytes of stdin read before deciding what it holds (a WARC's `WARC/1.` line, gzipped or not, shows within them). */
const stdinSniffBytes = 64;

/**
 * Whether bytes begin a WARC file: `WARC/1.` at the start, or a gzip member
 * whose first decompressed bytes are that (a `.warc.gz`). Reads only `head`.
 */
export function sniffWarc(head: Uint8Array): 'warc' | 'warc.gz' | undefined {
	const startsWarc = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 7)).toString('latin1') === 'WARC/1.';
	if (startsWarc(head)) return 'warc';
	if (head[0] !== 0x1f || head[1] !== 0x8b) return undefined;
	try {
		// The start of a member: its first 256 bytes inflated as far as they go (sync flush; gzip's
		// ratio is at most ~1,000:1, so the output stays under maxOutputLength).
		const start = zlibModule().gunzipSync(head.subarray(0, 256), {finishFlush: zlibModule().constants.Z_SYNC_FLUSH, maxOutputLength: 1 << 20});
		return startsWarc(start) ? 'warc.gz' : undefined;
	} catch {
		return undefined;
	}
}

function looksLikeJsonlRecord(line: string): boolean {
	const trimmed = line.replace(/^\uFEFF/, '').trim();
	if (!trimmed.startsWith('{')) return false;
	try {
		const value = JSON.parse(trimmed) as unknown;
		const fields = value as Record<string, unknown>;
		return typeof value === 'object' && value !== null && ['text', 'content', 'body', 'html'].some(key => typeof fields[key] === 'string');
	} catch {
		return false;
	}
}

/** Runs `task` over `items` with at most `limit` at a time; results in input order. `onDone`: the count finished, now and then. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>, onDone?: (count: number) => void): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	let done = 0;
	let sinceYield = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index]);
			done++;
			// Tasks that finish synchronously would starve the event loop: let it run now and then.
			if (++sinceYield >= 256) {
				sinceYield = 0;
				onDone?.(done);
				await nextTurn();
			}
		}
	};

	await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
	onDone?.(done);
	return results;
}

/** Locale-independent order: by UTF-16 code units, like `sort` with LC_ALL=C for ASCII. */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const toPosix = (name: string): string => name.split(path.sep).join('/');

/**
 * A file's name in the corpus: its path from the inputs' common directory; when
 * that is the filesystem root (inputs far apart: a corpus and `/tmp/x.txt`), the
 * path from the working directory when inside it, else the absolute path — never
 * an absolute path with its leading slash cut off (`tmp/x.txt`).
 */
export function entryName(rootAbsolute: string, file: string): string {
	const absolute = path.resolve(file);
	if (path.dirname(rootAbsolute) !== rootAbsolute) return toPosix(path.relative(rootAbsolute, absolute));
	const fromCwd = path.relative(process.cwd(), absolute);
	return toPosix(fromCwd && !fromCwd.startsWith('..') && !path.isAbsolute(fromCwd) ? fromCwd : absolute);
}

const describeError = (error: unknown): string => {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	return code ?? (error as Error).message;
};
