import type {ArticleLabels} from '../boilerplate/label.js';
import type {GroupInfo} from '../groups/group-info.js';
import type {DomLine} from '../boilerplate/dom-evidence.js';
import type {PageMeta} from '../html/page.js';

/** Defined beside the grouping that computes it; re-exported for the corpus's modules. */
export type {GroupInfo} from '../groups/group-info.js';

/** Metadata of an article, from its text (dateline, byline, source URL) or from a JSON Lines record (html/page.ts defines it: pages are read below the corpus). */
export type ArticleMeta = PageMeta;

/**
 * An article's date: the source's (page metadata, a JSON Lines field), else the
 * dateline in its text, else when it was crawled (WARC-Date). ISO or as written.
 */
export const articleDate = (article: {meta: ArticleMeta; labels: {meta: {date?: string}}}): string | undefined => article.meta.date ?? article.labels.meta.date ?? article.meta.crawled;

/** One article as read from disk or from a JSON Lines record. Pure data: no I/O handles. */
export type Article = {
	/** Stable identity within the corpus: the path relative to the corpus root, or `file.jsonl#id`. */
	id: string;
	/** Path of the file it came from, as given or found (absolute or relative to the cwd). */
	path: string;
	/** Short display name: the path relative to the corpus root (file name for single files). */
	name: string;
	/** Decoded text, leading BOM removed, line endings as in the file (offsets index into this). */
	text: string;
	/** Byte size on disk (for records of a JSON Lines file, the UTF-8 size of the text). */
	size: number;
	/** Problems met while decoding (invalid UTF-8, ...), shown to the user, never fatal. */
	warnings: string[];
	/** Metadata given by the source (JSON Lines fields); text-derived metadata lives in labels. */
	meta: ArticleMeta;
	/** Title given by the source (JSON Lines `title`, front matter, an HTML page's headline markup or `<title>`), if any. */
	givenTitle?: string;
	/** The given title is only an HTML page's `<title>` (a site's template, often no headline): a line labelled `title` comes first. */
	titleFromTag?: true;
	/**
	 * A JSON Lines record's place: its 1-based line and its own `id` (absent without one).
	 * A record named by its line (`file.jsonl#:7`) is re-found by its text, not its name (jsonl-member.ts).
	 */
	record?: {line: number; id?: string};
	/** Read from HTML: per line of `text` (line n at index n-1), what the page's markup says of it. */
	dom?: DomLine[];
};

/** An article without its text: what a worker thread that read the file tells the caller. */
export type ArticleHead = Omit<Article, 'text'>;

/** An article with its analysis: what the list screen and the comparisons need. */
export type AnalyzedArticle = Article & {
	title: string;
	/** Words of the whole text (text/words.ts countWords: every mode of the scanner agrees on it). */
	words: number;
	labels: ArticleLabels;
	/** Analysis not done yet: title is the file name, words 0, labels empty. */
	pending?: boolean;
	group?: GroupInfo;
};

/** A file that could not be loaded: reported, never fatal for the rest of the corpus. */
export type LoadProblem = {
	path: string;
	/** One line, for humans. */
	message: string;
	/** `skipped` files are not articles (binary, too large); `error` files could not be read. */
	kind: 'skipped' | 'error';
	/** Files the problem stands for, when more than one (a folder's files passed over for their name, said in one notice). */
	files?: number;
};

/** Files only skipped (binary, too large, passed over for their name): what a listing's footer counts as `N skipped`. */
export const skippedFiles = (problems: readonly LoadProblem[]): number => problems.reduce((sum, problem) => sum + (problem.kind === 'skipped' ? (problem.files ?? 1) : 0), 0);
