// `copydesk list`: every article with its title, size, boilerplate share and
// near-duplicate group, as a table fitted to the terminal or as JSON Lines
// (one object per article), so it runs unchanged as a map step in a pipeline.
import type {ArticleLabels} from '../boilerplate/label.js';
import {skippedFiles, type Article, type ArticleHead, type GroupInfo, type LoadProblem} from '../corpus/article.js';
import {analyzeArticles} from '../corpus/analyze.js';
import {stat} from 'node:fs/promises';
import {cacheDirectory, cacheFileFor, ContentKey, contentKey, readCacheSummary, writeCache, writeCacheSummary} from '../corpus/cache.js';
import {conductAnalysis, fallbackMessage} from '../corpus/conductor.js';
import {loadCorpus, loadCorpusItems, readFileItem, readItems, sortProblems, type CorpusItem} from '../corpus/load.js';
import {analyseInParallel, verdictItemsOf} from '../corpus/parallel-analysis.js';
import {heapLimitMessage} from '../corpus/worker-heap.js';
import {settleVerdicts} from '../corpus/pair-verdict.js';
import {groupArticles} from '../groups/groups.js';
import {formatArticleRow, formatTableHeader, longestNameWidth, showsGroups, tableColumns} from '../render/article-table.js';
import {problemLine} from '../render/problem-text.js';
import {warningLine} from './warning-line.js';
import {safeString} from '../render/safe-text.js';
import {wrapSegments} from '../render/wrap.js';
import {minimumWidth, parseCommandArgs, widthOption} from './args.js';
import {write, type CommandIo} from './io.js';
import {describeAnalysis, describeLoad, statusLine} from './load-status.js';
import {defaultCorpus} from './read.js';
import {shownSimilarity} from '../render/similarity-text.js';
import {jsonFor} from '../render/terminal-json.js';
import {articleAddress} from '../corpus/address.js';

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
		const hashed = file && (await exists(file)) ? hashItems(corpus.items, corpus.problems, status && (read => status.update(() => describeLoad({phase: 'reading', read, total: corpus.items.length})))) : undefined;
		const cached = file && hashed ? await readCacheSummary(file, hashed.key, hashed.heads.length) : undefined;
		if (cached && hashed) {
			listed = {articles: hashed.heads.map((head, index) => row(head, cached.rows[index]!, cached.groups[index])), problems: hashed.problems};
		} else {
			// Files and records can be read again if worker threads fail; stdin cannot, so it is kept.
			const reload = inputs.includes('-') ? undefined : async () => loadCorpus(inputs, {missingInputs: 'problem'});
			const analysed = await analyseRows(corpus.items, corpus.problems, reload, warning => warnings.push(warning), status && (progress => status.update(() => describeAnalysis(progress))));
			listed = analysed;
			if (file) await cacheRows(file, analysed);
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

/** What `list` shows of an article. */
export type ListRow = Pick<Article, 'id' | 'name' | 'warnings'> & {path?: string} & {title: string; words: number; boilerplateShare: number; group?: GroupInfo};

const row = (article: ArticleHead, analysis: {title: string; words: number; boilerplateShare: number}, group: GroupInfo | undefined): ListRow => ({
	id: article.id,
	name: article.name,
	path: article.path,
	warnings: article.warnings,
	title: analysis.title,
	words: analysis.words,
	boilerplateShare: analysis.boilerplateShare,
	...(group ? {group} : {}),
});

const rowOf = (article: ArticleHead, analysis: {title: string; words: number; labels: {boilerplateShare: number}}, group: GroupInfo | undefined): ListRow =>
	row(article, {title: analysis.title, words: analysis.words, boilerplateShare: analysis.labels.boilerplateShare}, group);

/** The cache directory `list` uses: none without a home or XDG_CACHE_HOME in its environment (tests pass none). */
const listCacheDirectory = (env: NodeJS.ProcessEnv): string | undefined => (env['XDG_CACHE_HOME'] || env['HOME'] ? cacheDirectory(env) : undefined);

type HashedCorpus = {key: string; heads: ArticleHead[]; problems: LoadProblem[]};

/**
 * Reads every file item once on this thread, in corpus order, to compute the
 * content key the reader computes (cache.ts); each text is hashed and
 * dropped, so a large corpus is never held whole. The heads and problems
 * found are all a cached listing needs.
 */
function hashItems(items: readonly CorpusItem[], problems: readonly LoadProblem[], onRead?: (read: number) => void): HashedCorpus {
	const key = new ContentKey();
	const heads: ArticleHead[] = [];
	const found = [...problems];
	const add = (article: Article) => {
		key.add(article);
		const {text: _text, ...head} = article;
		heads.push(head);
	};

	for (const [index, item] of items.entries()) {
		if ('article' in item) {
			add(item.article);
		} else {
			const read = readFileItem(item.file);
			for (const article of read.articles) add(article);
			for (const problem of read.problems) found.push(problem);
		}

		if (index % 256 === 0) onRead?.(index);
	}

	return {key: key.digest(), heads, problems: sortProblems(found)};
}

const exists = async (file: string): Promise<boolean> => stat(file).then(
	() => true,
	() => false,
);

/**
 * Caches what was just analysed under the content key of what the analysis
 * read (a file that changed since this listing began is cached as it was
 * analysed, never under another content's key). With the labels (small
 * corpora, analysed on this thread) the reader can use it too; without
 * (worker threads keep no labels), only `list` can, and the reader writes the
 * whole cache over it.
 */
async function cacheRows(file: string, listed: AnalysedRows): Promise<void> {
	const {articles, labels, key} = listed;
	if (articles.some(article => !article.group)) return;
	const groups = articles.map(article => article.group!);
	if (labels) {
		await writeCache(file, key, {analyses: articles.map((article, index) => ({title: article.title, words: article.words, labels: labels[index]!})), groups});
	} else {
		await writeCacheSummary(file, key, {rows: articles.map(article => ({title: article.title, words: article.words, boilerplateShare: article.boilerplateShare})), groups});
	}
}

/** Rows just analysed, with the content key (cache.ts) of the articles the analysis read. */
type AnalysedRows = {articles: ListRow[]; problems: LoadProblem[]; labels?: ArticleLabels[]; key: string};

/**
 * Small corpora on this thread; large ones (as the conductor chooses) analysed
 * by worker threads (one per CPU) that read their own files and send no label
 * arrays, grouped here. When the workers fail, `warn` hears why and the
 * corpus is analysed on this thread; when one outgrows its heap limit
 * (worker-heap.ts), `warn` hears that, and the workers analyse it again unbounded.
 * Only the rows are kept: no texts.
 */
async function analyseRows(
	items: CorpusItem[],
	problems: LoadProblem[],
	reload: (() => Promise<{articles: Article[]; problems: LoadProblem[]}>) | undefined,
	warn: (warning: string) => void,
	onProgress?: (progress: {done: number; total: number; phase: string}) => void,
): Promise<AnalysedRows> {
	// Where the workers find each article again for the exact verdicts (pair-verdict.ts): files by
	// name; records (JSON Lines, stdin) kept here unless they are too many to hold twice.
	const itemOf = verdictItemsOf(items);
	let recordCharacters = 0;
	for (const item of items) if ('article' in item) recordCharacters += item.article.text.length;

	// Items handed to workers are gone from `items`: if they fail, the corpus is read again.
	let handedOver = false;
	return conductAnalysis(
		{articles: items.length, goal: 'throughput'},
		{
			async workers() {
				handedOver = reload !== undefined && recordCharacters > keptRecordCharacters;
				const verdictItem = (id: string) => {
					const item = itemOf(id);
					return item && 'article' in item && handedOver ? undefined : item;
				};
				const result = await analyseInParallel(items, {compact: true, groupInProcess: true, releaseTexts: handedOver, reportRead: true, verdictItem, onHeapLimit: error => warn(heapLimitMessage(error)), ...(onProgress ? {onProgress} : {})});
				if (!result?.heads || !result.textHashes) throw new Error('the worker threads read no articles');
				const key = new ContentKey();
				for (const [index, head] of result.heads.entries()) key.addHashed(head, result.textHashes[index]!);
				const articles = result.heads.map((head, index) => rowOf(head, result.analyses[index], result.groups[index]));
				return {articles, problems: sortProblems([...problems, ...result.problems!]), key: key.digest()};
			},
			onFallback: error => warn(fallbackMessage(error)),
			async thisThread() {
				const loaded = handedOver && reload ? await reload() : readItems(items, problems);
				const articles = analyzeArticles(loaded.articles);
				// The texts are here: each copy's relation is the engine's verdict, the one `diff` reports,
				// for the copies the budget covers (the estimate, marked, for the rest), as on worker threads.
				const groups = await settleVerdicts(articles, groupArticles(articles));
				return {articles: articles.map((article, index) => rowOf(article, article, groups[index])), problems: loaded.problems, labels: articles.map(article => article.labels), key: contentKey(loaded.articles)};
			},
		},
	);
}

/**
 * Characters of JSON Lines or stdin records kept on this thread while the
 * workers analyse them (for the exact verdicts); a corpus of more is handed
 * over whole, and its copies keep the estimate (marked).
 */
const keptRecordCharacters = 256_000_000;

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
