// One HTML page → one article: decoded as a browser would (charset.ts),
// parsed by parse5 (the WHATWG tree-construction algorithm, so misnested and
// unclosed markup gives the tree a browser builds), turned into lines
// (extract.ts), each line judged by DOM evidence (main-content.ts), metadata
// read from the page (metadata.ts). Nothing is fetched: parse5 builds a tree
// and no resource a page names is ever loaded.
import {parse} from 'parse5';
import type {DomLine} from '../boilerplate/dom-evidence.js';
import {decodePage} from './charset.js';
import {extractLines, tagPath, type ExtractedPage} from './extract.js';
import {judgeLines, type DomVerdict} from './main-content.js';
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

/** Above this many times the shown article's length, a JSON-LD articleBody that begins as the page's text is the whole of which the page shows a teaser. */
const teaserFactor = 1.5;

/** White space folded, for finding the shown text in the JSON-LD body. */
const squeezed = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * How much of its article a page shows, against the article text its JSON-LD gives: `none` when no line is judged
 * article text, `teaser` when the given text is over `teaserFactor` times longer and holds the start of one of the
 * first three article lines (30 characters or more of it), else `whole` (the page's own text is read).
 */
function shownArticle(page: ExtractedPage, verdicts: readonly DomVerdict[], body: string): 'none' | 'teaser' | 'whole' {
	const inChrome = (element: number): boolean => {
		for (let at = element; at > 0; at = page.elements[at].parent) if (page.elements[at].chrome) return true;
		return false;
	};

	// A shell's footer or menu can be the only text there is to score, so the main content (and 'body'): not the article's.
	const shown = page.lines.filter((line, index) => verdicts[index].kind === 'body' && !inChrome(line.element)).map(line => squeezed(line.text));
	if (shown.length === 0) return 'none';
	const given = squeezed(body);
	const shownChars = shown.reduce((sum, line) => sum + line.length, 0);
	if (given.length <= shownChars * teaserFactor) return 'whole';
	return shown.slice(0, 3).some(line => line.length >= 30 && given.includes(line.slice(0, 80))) ? 'teaser' : 'whole';
}

/** Reads an HTML page: one line per block, with its DOM evidence in `dom`. Never throws on bad markup. */
export function readPage(bytes: Uint8Array, source: PageContext = {}): PageText {
	const decoded = decodePage(bytes, source.contentType);
	const warnings = [...decoded.warnings];
	const document = parse(decoded.html);
	const metadata = pageMetadata(document);
	let page = extractLines(document);
	const visible = page.lines.length;
	let verdicts = judgeLines(page, metadata.title);
	// A script-rendered page (what curl gets of many news sites) shows nothing of its article until its script runs,
	// though its shell keeps a menu and a footer (review13 R4); a paywalled page shows a teaser (breaker13b N33). Its
	// JSON-LD may still give the whole text (schema.org articleBody): read that, as an article of its own, and say so.
	const shown = metadata.body === undefined ? undefined : shownArticle(page, verdicts, metadata.body);
	if (metadata.body !== undefined && shown !== 'whole') {
		const fromLd = extractLines(parse(articleMarkup(metadata.title, metadata.body)));
		if (fromLd.lines.length > 0) {
			page = fromLd;
			verdicts = judgeLines(page, metadata.title);
			warnings.push(shown === 'none'
				? `${visible === 0 ? 'no visible text' : 'no article text shown'} on the page; read the article text its JSON-LD gives (articleBody)`
				: 'the page shows only the start of its article; read the whole text its JSON-LD gives (articleBody)');
		}
	}

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
