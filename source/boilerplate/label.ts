import type {Span} from '../text/span.js';

/** What a line of an article is. */
export type LineKind = 'body' | 'title' | 'metadata' | 'boilerplate';

/** A span to keep out of a comparison: a boilerplate, metadata or title line of one side, with why. */
export type Excluded = {
	span: Span;
	label: Exclude<LineKind, 'body'>;
	category?: BoilerplateCategory;
	reason?: string;
};

/** Why a line is boilerplate: the kinds of page chrome scrapers carry along. */
export type BoilerplateCategory =
	| 'headlines' // lists of other articles' headlines ("Breaking news" ... " -")
	| 'navigation' // PREV/NEXT, breadcrumbs, lone section names, separator lines
	| 'comments' // comment forms and counters ("Leave a Reply", "12 comments")
	| 'share' // share and social links
	| 'related' // "Related article:", "Read more", "Most popular"
	| 'newsletter' // subscribe / sign-up prompts
	| 'legal' // cookie notices, "All rights reserved", copyright
	| 'scraper' // scraper metadata: "Original url:", bare URLs
	| 'caption' // photo captions and credits
	| 'repeated-title' // the title printed twice
	| 'template'; // repeated across many articles of the corpus

/**
 * Which piece of metadata a metadata line carries: a date, a byline, a source URL, or an agency
 * dateline (place, perhaps a date, agency: "BRUSSELS, March 3 (Reuters) -"), whose place and date are the story's.
 */
export type MetadataKind = 'date' | 'byline' | 'url' | 'dateline';

/** The label of one line of an article. Blank lines are not labelled. */
export type LineLabel = {
	/** 1-based line number in the article's text (CR, LF and CRLF all end a line). */
	n: number;
	/** The line's span in the text, line terminator excluded. */
	span: Span;
	kind: LineKind;
	category?: BoilerplateCategory;
	metadata?: MetadataKind;
	/** Short human reason for a non-body label ("repeated in 14 articles", "comment form"). */
	reason?: string;
	/**
	 * On the lines of a paragraph reflowed from several physical lines (blocks.ts):
	 * the number of its first line. Lines with the same `block` were judged as one.
	 */
	block?: number;
};

/** The analysis of one article's lines. */
export type ArticleLabels = {
	lines: LineLabel[];
	/** ISO 639-1 code of the detected language, or 'und'. */
	language: string;
	meta: {date?: string; byline?: string; url?: string; dateline?: string};
	/** Share of the article's non-blank characters that are boilerplate (0..1). */
	boilerplateShare: number;
	/** The line (`n` of its first physical line) of the date line that dates the article (classify.ts articleDateLine), when one does: the dateline facts read that line. */
	dateLine?: number;
};
