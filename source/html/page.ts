// One HTML page → one article: decoded as a browser would (charset.ts),
// parsed by parse5 (the WHATWG tree-construction algorithm, so misnested and
// unclosed markup gives the tree a browser builds), turned into lines
// (extract.ts), each line judged by DOM evidence (main-content.ts), metadata
// read from the page (metadata.ts). Nothing is fetched: parse5 builds a tree
// and no resource a page names is ever loaded.
import {parse} from 'parse5';
import type {DomLine} from '../boilerplate/dom-evidence.js';
import {decodePage} from './charset.js';
import {extractLines, tagPath} from './extract.js';
import {judgeLines} from './main-content.js';
import {pageMetadata} from './metadata.js';

export type {DomLine} from '../boilerplate/dom-evidence.js';

/**
 * Metadata of an article, from its text (dateline, byline, source URL), its
 * page (meta tags, JSON-LD) or its record (JSON Lines fields, WARC headers).
 * The corpus's ArticleMeta is this type.
 */
export type PageMeta = {
	date?: string;
	byline?: string;
	url?: string;
	/** When a web archive captured the page (WARC-Date): its date only when the page itself gives none (see articleDate). */
	crawled?: string;
};

/** What is known of a page from outside it. */
export type PageContext = {
	/** HTTP Content-Type, when the page came with one (WARC). */
	contentType?: string;
	/** Metadata from outside the page (the WARC's target URI and date); the page's own fills the gaps. */
	meta?: PageMeta;
};

/**
 * A page read: the text-bearing fields of the corpus's Article (corpus/article.ts;
 * corpus/html-article.ts adds the identity), one line of `text` per block with
 * its DOM evidence in `dom` (line n at index n-1).
 */
export type PageText = {text: string; warnings: string[]; meta: PageMeta; dom: DomLine[]; givenTitle?: string; titleFromTag?: true};

/** HTML's special characters in text written as character references. */
const escapeText = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A page holding the headline and the paragraphs (one per line of `body`) of an article given as text. */
const articleMarkup = (title: string | undefined, body: string): string =>
	`<article>${title ? `<h1>${escapeText(title)}</h1>` : ''}${body.split(/\r?\n+/u).map(paragraph => `<p>${escapeText(paragraph)}</p>`).join('')}</article>`;

/** Reads an HTML page: one line per block, with its DOM evidence in `dom`. Never throws on bad markup. */
export function readPage(bytes: Uint8Array, source: PageContext = {}): PageText {
	const decoded = decodePage(bytes, source.contentType);
	const warnings = [...decoded.warnings];
	const document = parse(decoded.html);
	const metadata = pageMetadata(document);
	let page = extractLines(document);
	// A script-rendered page (what curl gets of many news sites) shows nothing until its script runs; its JSON-LD
	// may still give the article's text (schema.org articleBody): read that, as an article of its own, and say so.
	if (page.lines.length === 0 && metadata.body) {
		page = extractLines(parse(articleMarkup(metadata.title, metadata.body)));
		if (page.lines.length > 0) warnings.push('no visible text on the page; read the article text its JSON-LD gives (articleBody)');
	}

	const verdicts = judgeLines(page, metadata.title);
	// Lines of one element share one path string (a page has far fewer elements than lines).
	const paths = new Map<number, string>();
	const pathOf = (element: number) => paths.get(element) ?? paths.set(element, tagPath(page.elements, element)).get(element)!;
	const dom: DomLine[] = page.lines.map((line, index) => ({...verdicts[index], path: pathOf(line.element)}));
	if (page.lines.length === 0) warnings.push(bytes.length === 0 ? 'empty file' : 'no visible text on the page');
	const meta: PageMeta = {...source.meta};
	if (!meta.url && metadata.url) meta.url = metadata.url;
	// The page's own publication date; the crawl date (meta.crawled, WARC) counts only when neither this nor a dateline gives one.
	if (metadata.date) meta.date = metadata.date;
	if (metadata.byline) meta.byline = metadata.byline;
	const text = page.lines.map(line => line.text).join('\n') + (page.lines.length > 0 ? '\n' : '');
	return {text, warnings, meta, dom, ...(metadata.title ? {givenTitle: metadata.title} : {}), ...(metadata.title && metadata.titleFromTag ? {titleFromTag: true as const} : {})};
}
