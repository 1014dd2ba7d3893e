// `copydesk list`: every article with its title, size, boilerplate share and
// near-duplicate group, as a table fitted to the terminal or as JSON Lines
// (one object per article), so it runs unchanged as a map step in a pipeline.
import {skippedFiles, type ArticleHead, type LoadProblem} from '../corpus/article.js';
import {stat} from 'node:fs/promises';
import {cacheDirectory, cacheFileFor, ContentKey, readCacheSummary} from '../corpus/cache.js';
import {fileStatus, memoFileFor, ReadsMemo, settledBefore} from '../corpus/read-memo.js';
import {textHash} from '../groups/text-hash.js';
import {defaultMaxFileBytes, loadCorpusItems, readFileItem, sortProblems, type CorpusItem} from '../corpus/load.js';
import {formatArticleRow, formatTableHeader, longestNameWidth, showsGroups, tableColumns} from '../render/article-table.js';
import {problemLine} from '../render/problem-text.js';
import {warningLine} from './warning-line.js';
import {safeString} from '../render/safe-text.js';
import {wrapSegments} from '../render/wrap.js';
import {minimumWidth, parseCommandArgs, widthOption} from './args.js';
import {write, type CommandIo} from './io.js';
import {describeAnalysis, describeLoad, statusLine} from './load-status.js';
import {defaultCorpus} from './default-corpus.js';
import {shownSimilarity} from '../render/similarity-text.js';
import {jsonFor} from '../render/terminal-json.js';
import {articleAddress} from '../corpus/address.js';
import {row, type ListRow} from './list-row.js';
import type {GroupInfo} from '../corpus/article.js';

export type {ListRow} from './list-row.js';

const listUsage = `Usage: copydesk list [DIR|FILES...|-] [--json] [--width N]

Lists the articles with their titles, boilerplate share and near-duplicate groups:
each copy's relation to its group's original and their similarity.
  -          read standard input: JSON Lines ({"text", "title"?, "url"?, "date"?, "id"?} per line) or one article
  --json     one JSON object per article per line:
             {"path","title","words","boilerplate_share","group","group_size","original","similarity","relation","estimated","reason"}
             (estimated: relation and similarity are the fingerprint estimate, not diff's verdict; ~ before both in the table)
  --width N  fit the table to N columns (default: the terminal's, or 120)
Exit status: 0 done (a file only skipped is no trouble), 2 trouble (an input could not be read).
`;

/**
 * `copydesk list [DIR|FILES...|-] [--json] [--width N]`: the article table (or
 * JSON Lines) on io.stdout, problems on io.stderr. Resolves to the exit status:
 * 0, or 2 when an input could not be read. Throws UsageError for bad options
 * (a bad --width) and CorpusError when no input exists.
 */
export async function runList(argv: string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandArgs('list', argv, {json: {type: 'boolean'}, width: {type: 'string'}});
	if (values.help) {
		await write(io.stdout, listUsage);
		return 0;
	}

	// A reader that goes away (`| head`) is not an error: stop writing, exit quietly.
	// (Any other failed write is main.ts's to report, as for every command.)
	let closed = false;
	const onError = (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') closed = true;
	};

	io.stdout.on('error', onError);
	try {
		return await listCorpus(positionals, Boolean(values.json), widthOption(values.width), io, () => closed);
	} catch (error) {
		if (closed || (error as NodeJS.ErrnoException).code === 'EPIPE') return 0;
		throw error;
	} finally {
		io.stdout.off('error', onError);
	}
}

async function listCorpus(positionals: string[], json: boolean, widthGiven: number | undefined, io: CommandIo, closed: () => boolean): Promise<number> {
	const inputs = positionals.length > 0 ? positionals : [defaultCorpus()];
	// Text files are listed here and read by the worker threads that analyse them: the texts of a
	// large corpus are never all in memory (JSON Lines files and stdin are read here, as they must be).
	// On a terminal, a status line on stderr while a large corpus is read and analysed, erased before any output.
	const status = io.stderr.isTTY ? statusLine(io.stderr) : undefined;
	// Said on stderr with the problems, after the status line is gone (a fallback to one thread, say).
	const warnings: string[] = [];
	let listed;
	try {
		const corpus = await loadCorpusItems(inputs, {stdin: io.stdin, deferFiles: true, missingInputs: 'problem', onProgress: status && (progress => status.update(() => describeLoad(progress)))});
		// The reader's analysis cache, keyed by the content of every article: read through once and
		// hashed when there is a cache file to check; with none (a first listing), the analysis
		// gives the key of what it read, and nothing is read twice.
		const file = await cacheFileFor(inputs, listCacheDirectory(io.env));
		// The reads memo (read-memo.ts) stands in for reading and hashing the files whose status proves them unchanged.
		// (Unless COPYDESK_READS_MEMO=0: then every file is read and hashed, and no memo is written.)
		const memoFile = file && io.env['COPYDESK_READS_MEMO'] !== '0' ? memoFileFor(file) : undefined;
		const hashed = file && (await exists(file)) ? hashItems(corpus.items, corpus.problems, memoFile ? await ReadsMemo.load(memoFile, defaultMaxFileBytes, io.env) : ReadsMemo.empty(), status && (read => status.update(() => describeLoad({phase: 'reading', read, total: corpus.items.length})))) : undefined;
		const cached = file && hashed ? await readCacheSummary(file, hashed.key, hashed.heads.length) : undefined;
		if (cached && hashed) {
			listed = {articles: hashed.heads.map((head, index) => row(head, cached.rows[index]!, cached.groups[index])), problems: hashed.problems};
			if (memoFile && hashed.memo.changed) await hashed.memo.write(memoFile, defaultMaxFileBytes);
		} else {
			// The analysis's code is loaded only now: a listing from the cache needs none of it.
			const {analyseAndCache} = await import('./list-analysis.js');
			listed = await analyseAndCache(inputs, corpus, file, memoFile, warning => warnings.push(warning), status && (progress => status.update(() => describeAnalysis(progress))));
		}
	} finally {
		status?.clear();
	}

	const {articles, problems} = listed;
	const names = addressesOf(articles);

	if (json) {
		const json = jsonFor(io.stdout.isTTY);
		await writeLines(io, articles, article => json(JSON.stringify(jsonRecord(article, names))), closed);
	} else {
		const width = widthGiven ?? Math.max(minimumWidth, io.stdout.columns || 120);
		await writeLines(io, table(articles, width), line => line, closed);
		const summaryLines = wrapSegments([{text: summary(articles, problems)}], width).map(line => line.map(piece => piece.text).join(''));
		await write(io.stdout, `${summaryLines.join('\n')}\n`);
	}

	await reportProblems(io, articles, problems, warnings);
	// As strip: an input that could not be read is trouble (2), a skipped one is not.
	return problems.some(problem => problem.kind === 'error') ? 2 : 0;
}

/** The cache directory `list` uses: none without a home or XDG_CACHE_HOME in its environment (tests pass none). */
const listCacheDirectory = (env: NodeJS.ProcessEnv): string | undefined => (env['XDG_CACHE_HOME'] || env['HOME'] ? cacheDirectory(env) : undefined);

type HashedCorpus = {key: string; heads: ArticleHead[]; problems: LoadProblem[]; memo: ReadsMemo};

/**
 * Computes the content key the reader computes (cache.ts) of the corpus in
 * order. A file whose settled status (read-memo.ts) the memo holds is not
 * read: its head and digest are the memo's. Every other file is read once on
 * this thread, hashed and dropped, so a large corpus is never held whole; its
 * read is remembered in the memo. The heads and problems found are all a
 * cached listing needs.
 */
function hashItems(items: readonly CorpusItem[], problems: readonly LoadProblem[], memo: ReadsMemo, onRead?: (read: number) => void): HashedCorpus {
	const key = new ContentKey();
	const heads: ArticleHead[] = [];
	const found = [...problems];
	const settled = settledBefore();
	for (const [index, item] of items.entries()) {
		if ('article' in item) {
			key.add(item.article);
			const {text: _text, ...head} = item.article;
			heads.push(head);
		} else {
			const status = fileStatus(item.file.file, settled);
			const known = status && memo.lookUp(item.file, status.status);
			if (known) {
				key.addHashed(known.head, known.digest);
				heads.push(known.head);
			} else {
				const read = readFileItem(item.file);
				for (const article of read.articles) {
					const {text, ...head} = article;
					const digest = textHash(text);
					key.addHashed(head, digest);
					heads.push(head);
					if (read.articles.length === 1 && read.problems.length === 0) memo.remember(item.file, status, {head, digest});
				}

				for (const problem of read.problems) found.push(problem);
			}
		}

		if (index % 256 === 0) onRead?.(index);
	}

	return {key: key.digest(), heads, problems: sortProblems(found), memo};
}

const exists = async (file: string): Promise<boolean> => stat(file).then(
	() => true,
	() => false,
);

/** Each article's `path` in `list --json` by id: as strip, diff and story give it (corpus/address.ts), so their outputs join. */
export const addressesOf = (articles: ReadonlyArray<{id: string; name: string; path?: string}>): Map<string, string> =>
	new Map(articles.map(article => [article.id, article.path === undefined ? article.name : articleAddress({...article, path: article.path})]));

/** The JSON Lines record of one article (the documented contract of `list --json`); `names`: addressesOf the corpus. */
export function jsonRecord(article: ListRow, names: ReadonlyMap<string, string>) {
	const group = article.group ?? singleton(article);
	return {
		path: names.get(article.id) ?? article.name,
		title: article.title,
		words: article.words,
		boilerplate_share: round(article.boilerplateShare),
		group: group.group,
		group_size: group.groupSize,
		original: names.get(group.original) ?? group.original,
		// An original has no relation to itself: null, as documented.
		similarity: group.original === article.id ? null : shownSimilarity(group.similarity, group.relation === 'identical', 3),
		relation: group.original === article.id ? null : group.relation,
		estimated: group.estimated ?? false,
		reason: group.reason ?? null,
	};
}

const singleton = (article: ListRow): GroupInfo => ({group: 0, groupSize: 1, original: article.id, similarity: 1, relation: 'identical'});

/**
 * The article table (render/article-table.ts, as the reader's list shows it)
 * fitted to `width` columns, a header line first; names and titles made
 * terminal-safe. Narrow widths drop the similarity, relation and group, then
 * the title.
 */
export function table(articles: readonly ListRow[], width: number): string[] {
	const columns = tableColumns(width, {withGroups: showsGroups(articles), longestName: longestNameWidth(articles)});
	const lines = [formatTableHeader(columns).trimEnd()];
	for (const article of articles) lines.push(formatArticleRow(article, columns).trimEnd());
	return lines;
}

function summary(articles: readonly ListRow[], problems: readonly LoadProblem[]): string {
	const groups = new Map<number, number>();
	for (const article of articles) if (article.group) groups.set(article.group.group, article.group.groupSize);
	const shared = [...groups.values()].filter(size => size > 1);
	const copies = shared.reduce((sum, size) => sum + size, 0);
	const parts = [
		plural(articles.length, 'article'),
		`${plural(shared.length, 'near-duplicate group')} (${plural(copies, 'article')})`,
	];
	// A skipped file (binary, too large) is no fault (status 0): said as skipped, not as a problem.
	const skipped = skippedFiles(problems);
	const errors = problems.filter(problem => problem.kind !== 'skipped').length;
	if (skipped > 0) parts.push(`${skipped} skipped`);
	if (errors > 0) parts.push(plural(errors, 'problem'));
	return parts.join(', ');
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

async function reportProblems(io: CommandIo, articles: readonly ListRow[], problems: readonly LoadProblem[], warnings: readonly string[]): Promise<void> {
	const lines = warnings.map(warning => `copydesk: warning: ${safeString(warning)}`);
	for (const problem of problems) lines.push(`copydesk: ${problemLine(problem)}`);
	for (const article of articles) for (const warning of article.warnings) lines.push(`copydesk: ${warningLine(article, warning)}`);
	if (lines.length > 0) await write(io.stderr, `${lines.join('\n')}\n`);
}

/** Writes in slices, formatting as it goes: one string for 100,000 records would be needlessly large. */
async function writeLines<T>(io: CommandIo, items: readonly T[], format: (item: T) => string, closed: () => boolean): Promise<void> {
	for (let at = 0; at < items.length && !closed(); at += 1000) await write(io.stdout, `${items.slice(at, at + 1000).map(format).join('\n')}\n`);
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
