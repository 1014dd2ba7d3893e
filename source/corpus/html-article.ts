// An HTML page as a corpus article: html/page.ts reads the page (text, DOM
// evidence, metadata); the article's identity comes from where it was found.
// Loaded only when a corpus holds a page (parse5 costs start-up time).
import type {DomLine} from '../boilerplate/dom-evidence.js';
import {readPage, type PageContext} from '../html/page.js';
import type {Article} from './article.js';

/** Where a page was found: the article's identity, and what came with the page. */
export type PageSource = PageContext & {
	/** Article id and display name. */
	id: string;
	name: string;
	/** File it came from (for a WARC record: the WARC file). */
	path: string;
	/** Bytes the article occupies on disk (default: the page's bytes). */
	size?: number;
};

/** Reads an HTML page into an article: one line per block, with its DOM evidence in `dom`. Never throws on bad markup. */
export function articleFromHtml(bytes: Uint8Array, source: PageSource): Article & {dom: DomLine[]} {
	const {text, warnings, meta, dom, givenTitle, titleFromTag} = readPage(bytes, source);
	return {id: source.id, path: source.path, name: source.name, text, size: source.size ?? bytes.length, warnings, meta, dom, ...(givenTitle === undefined ? {} : {givenTitle}), ...(titleFromTag ? {titleFromTag} : {})};
}
