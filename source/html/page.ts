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

/** Metadata of a page, as the corpus's ArticleMeta has it. */
export type PageMeta = {date?: string; byline?: string; url?: string; crawled?: string};

export type PageSource = {
	/** Article id and display name. */
	id: string;
	name: string;
	/** File it came from (for a WARC record: the WARC file). */
	path: string;
	/** HTTP Content-Type, when the page came with one (WARC). */
	contentType?: string;
	/** Metadata from outside the page (the WARC's target URI and date); the page's own fills the gaps. */
	meta?: PageMeta;
	/** Bytes the article occupies on disk. */
	size?: number;
};

/** An article read from a page: the shape of the corpus's Article (source/corpus/article.ts), built here. */
export type PageArticle = {
	id: string;
	path: string;
	name: string;
	text: string;
	size: number;
	warnings: string[];
	meta: PageMeta;
	givenTitle?: string;
	dom: DomLine[];
};

/** Reads an HTML page into an article: one line per block, with its DOM evidence in `dom`. Never throws on bad markup. */
export function articleFromHtml(bytes: Uint8Array, source: PageSource): PageArticle {
	const decoded = decodePage(bytes, source.contentType);
	const warnings = [...decoded.warnings];
	const document = parse(decoded.html);
	const page = extractLines(document);
	const verdicts = judgeLines(page);
	const metadata = pageMetadata(document);
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
	return {
		id: source.id,
		path: source.path,
		name: source.name,
		text,
		size: source.size ?? bytes.length,
		warnings,
		meta,
		dom,
		...(metadata.title ? {givenTitle: metadata.title} : {}),
	};
}
