// Turns a parsed page into lines as a person sees them: one line per block
// element (paragraph, heading, list item, caption, each line of a
// preformatted block), inline text joined, whitespace collapsed, <br> a line
// break; script, style, template, form controls and hidden elements dropped.
// A table row whose cells hold one line each is one line, its cells joined by
// a tab, as a browser's innerText and a copy of the table give it (and as a
// tab-separated or Markdown table row is one line of a text file): the figures
// of a row stay with the name they belong to.
// Each line keeps the DOM evidence the labeller needs (its tag path, its link
// text, the elements around it). The walk is iterative: a page nested 100,000
// levels deep costs no stack.
import type {DefaultTreeAdapterTypes as T} from 'parse5';
import type {BoilerplateCategory} from '../boilerplate/label.js';
import {isReferenceMark, supSubText} from './sup-sub.js';
import {attributeWords, blockTags, chromeRoles, chromeTags, chromeWords, contentWords, droppedTags, hiddenWords, metadataWords, negativeWords, specificChromeWords, struckTags} from './dom-words.js';

/** A block-level element met on the way (elements are numbered in document order, so a parent's number is smaller). */
export type BlockElement = {
	parent: number;
	tag: string;
	/** Short name for tag paths: `div#main`, `p.lead`, `li`. */
	name: string;
	/** Chrome named by the element itself (tag, role or class/id word), with the reason. */
	chrome?: {category: BoilerplateCategory; reason: string};
	/** Whether its class or id names chrome too (beside its tag's or role's: `<aside class="related">`). */
	namedChrome?: boolean;
	/** Class/id weight as Readability gives it: +25 for content words, -25 for chrome words. */
	weight: number;
	/** Marked as the article by the page itself: <article>, <main>, role=main, itemprop=articleBody. */
	articleMark: boolean;
	/** Characters of text under it, and of link text (filled in when the element closes). */
	chars: number;
	linkChars: number;
	/** Readability-style score of the paragraphs under it (filled in by main-content.ts). */
	score: number;
};

/** One extracted line. */
export type PageLine = {
	text: string;
	/** Innermost block element holding the line. */
	element: number;
	/** Characters of the line inside <a href> elements. */
	linkChars: number;
	/** Tag of the holding block (p, li, h2, td, pre, …). */
	tag: string;
	/** Inside a <figcaption> or <caption>. */
	caption: boolean;
	/** Inside a <time> element or a byline/dateline element (class or id words). */
	metadata?: 'date' | 'byline';
	/** The block element that declared `metadata` (its size tells a dateline from a wrapper named `date-outer`); none when an inline element did. */
	metadataBlock?: number;
};

export type ExtractedPage = {lines: PageLine[]; elements: BlockElement[]};

/** Tag paths keep this many innermost elements: enough to say where a line is, bounded for deep pages. */
const pathDepth = 6;

type Frame = {
	node: T.ParentNode;
	next: number;
	/** Block element in force inside this node. */
	block: number;
	inLink: boolean;
	pre: boolean;
	caption: boolean;
	/** Inside `<sup>` or `<sub>` (the innermost). */
	script?: 'sup' | 'sub';
	metadata?: 'date' | 'byline';
	metadataBlock?: number;
	/** Whether leaving this node closes a block. */
	closesBlock: boolean;
	/** `<q>` elements open around this node (their quotation marks alternate by depth). */
	quotes?: number;
	/** The quotation mark leaving this node writes: a `<q>`'s closing mark. */
	closeQuote?: string;
};

/**
 * The quotation marks a `<q>` is rendered with, by depth (outermost first, then alternating): browsers' user-agent
 * stylesheet gives `q::before { content: open-quote }` and `q::after { content: close-quote }`, with English quotes
 * “ ” and ‘ ’ nested (HTML Standard, Rendering, "Quotes"; CSS 2.1 §12.3.1). Without them a quotation reads as the
 * sentence's own words ("said We will not resign on Monday") and is no quote.
 */
const quoteMarks: ReadonlyArray<readonly [string, string]> = [['\u201C', '\u201D'], ['\u2018', '\u2019']];

const attribute = (element: T.Element, name: string): string | undefined => {
	for (const attr of element.attrs) if (attr.name === name) return attr.value;
	return undefined;
};

/** Hidden from every reader: the `hidden` attribute, aria-hidden, inline display:none, screen-reader-only classes. */
function isHidden(element: T.Element): boolean {
	for (const {name, value} of element.attrs) {
		if (name === 'hidden') return true;
		if (name === 'aria-hidden' && value.trim().toLowerCase() === 'true') return true;
		if (name === 'style' && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(value)) return true;
		if (name === 'class' && value.split(/\s+/).some(word => hiddenWords.has(word.toLowerCase()))) return true;
		if (name === 'type' && element.tagName === 'input' && value.toLowerCase() === 'hidden') return true;
	}

	return false;
}

/** What an element says of itself: chrome category, Readability weight, article mark. */
function describe(element: T.Element): Pick<BlockElement, 'chrome' | 'namedChrome' | 'weight' | 'articleMark'> {
	const tag = element.tagName;
	let chrome: BlockElement['chrome'];
	let weight = 0;
	let articleMark = tag === 'article' || tag === 'main';
	let namedChrome = false;
	const tagCategory = chromeTags.get(tag);
	if (tagCategory) chrome = {category: tagCategory, reason: `in <${tag}>`};
	for (const {name, value} of element.attrs) {
		if (name === 'role') {
			const role = value.trim().toLowerCase();
			if (role === 'main' || role === 'article') articleMark = true;
			const category = chromeRoles.get(role);
			if (category && !chrome) chrome = {category, reason: `role=${role}`};
		} else if (name === 'itemprop' && /articlebody|\btext\b/i.test(value)) {
			articleMark = true;
		} else if (name === 'class' || name === 'id') {
			let content = false;
			let negative = false;
			let specific = false;
			let found: BlockElement['chrome'];
			for (const word of attributeWords(value)) {
				if (contentWords.has(word)) content = true;
				if (negativeWords.has(word)) negative = true;
				const category = chromeWords.get(word);
				if (category && !found) found = {category, reason: `${name} "${value.trim().slice(0, 40)}"`};
				if (category && specificChromeWords.has(word)) specific = true;
			}

			if (content) weight += 25;
			if (negative && !found) weight -= 25;
			if (found) {
				weight -= 25;
				namedChrome = true;
				// Beside a content word ("entry-footer", "wp-caption-text") only a specific chrome word wins.
				if ((!content || specific) && !chrome) chrome = found;
			}
		}
	}

	return {chrome, ...(namedChrome ? {namedChrome} : {}), weight, articleMark};
}

/** Extracts the lines of a parsed document (parse5's default tree). */
export function extractLines(document: T.Document): ExtractedPage {
	const lines: PageLine[] = [];
	const elements: BlockElement[] = [{parent: -1, tag: '#document', name: '', weight: 0, articleMark: false, chars: 0, linkChars: 0, score: 0}];
	let buffer = '';
	let bufferLinkChars = 0;
	let bufferBlock = 0;
	let bufferCaption = false;
	let bufferMetadata: 'date' | 'byline' | undefined;
	let bufferMetadataBlock: number | undefined;
	let bufferPre = false;

	const flush = () => {
		if (buffer === '') return;
		const element = elements[bufferBlock];
		// Preformatted lines keep their spaces (indentation is meaning there); other text collapses as CSS white-space: normal does.
		const text = bufferPre ? buffer.replace(/[\r\n]+/g, ' ').trimEnd() : buffer.replace(/[ \t\n\f\r\u00a0]+/g, ' ').trim();
		if (text !== '') {
			const scale = buffer.length === 0 ? 0 : text.length / buffer.length;
			const linkChars = Math.min(text.length, Math.round(bufferLinkChars * scale));
			lines.push({text, element: bufferBlock, linkChars, tag: element.tag, caption: bufferCaption, ...(bufferMetadata ? {metadata: bufferMetadata} : {}), ...(bufferMetadata && bufferMetadataBlock !== undefined ? {metadataBlock: bufferMetadataBlock} : {})});
			element.chars += text.length;
			element.linkChars += linkChars;
		}

		buffer = '';
		bufferLinkChars = 0;
		bufferMetadata = undefined;
		bufferMetadataBlock = undefined;
		bufferPre = false;
	};

	const pushPre = (text: string, frame: Frame) => {
		// Preformatted text: every line is a line; spaces kept.
		const parts = text.split(/\r\n|\r|\n/);
		for (const [index, part] of parts.entries()) {
			if (index > 0) flush();
			buffer += part.replace(/\s+$/, '') === '' ? '' : part;
			if (frame.inLink) bufferLinkChars += part.length;
			bufferBlock = frame.block;
			bufferCaption = frame.caption;
			bufferPre = true;
		}
	};

	/** Inline text of `frame`'s node: joined to the line of its block. */
	const pushText = (value: string, frame: Frame) => {
		if (frame.pre) {
			pushPre(value, frame);
			return;
		}

		if (buffer !== '' && bufferBlock !== frame.block) flush();
		buffer += frame.script ? supSubText(value, frame.script, buffer) : value;
		bufferBlock = frame.block;
		bufferCaption = frame.caption;
		if (frame.metadata && value.trim() !== '' && !bufferMetadata) {
			bufferMetadata = frame.metadata;
			bufferMetadataBlock = frame.metadataBlock;
		}

		if (frame.inLink) bufferLinkChars += value.length;
	};

	const stack: Frame[] = [{node: document, next: 0, block: 0, inLink: false, pre: false, caption: false, closesBlock: false}];
	while (stack.length > 0) {
		const frame = stack[stack.length - 1];
		if (frame.next >= frame.node.childNodes.length) {
			stack.pop();
			if (frame.closeQuote) pushText(frame.closeQuote, frame);
			if (frame.closesBlock) {
				flush();
				const element = elements[frame.block];
				if (element.parent >= 0) {
					elements[element.parent].chars += element.chars;
					elements[element.parent].linkChars += element.linkChars;
				}
			}

			continue;
		}

		const child = frame.node.childNodes[frame.next++];
		if (child.nodeName === '#text') {
			pushText((child as T.TextNode).value, frame);
			continue;
		}

		if (!('tagName' in child)) continue; // comments, doctype
		const element = child as T.Element;
		const tag = element.tagName;
		if (tag === 'br') {
			if (frame.pre) pushPre('\n', frame);
			else flush();
			continue;
		}

		if (droppedTags.has(tag) || struckTags.has(tag) || isHidden(element)) continue;
		// A footnote or citation mark says no figure (sup-sub.ts).
		if (tag === 'sup' && isReferenceMark(element)) continue;
		if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue; // svg, math inside html
		const next: Frame = {node: element, next: 0, block: frame.block, inLink: frame.inLink || (tag === 'a' && attribute(element, 'href') !== undefined), pre: frame.pre || tag === 'pre' || tag === 'listing' || tag === 'xmp' || tag === 'textarea', caption: frame.caption || tag === 'figcaption' || tag === 'caption', closesBlock: false, script: tag === 'sup' || tag === 'sub' ? tag : frame.script, metadata: frame.metadata, metadataBlock: frame.metadataBlock, quotes: frame.quotes};
		// The innermost byline or dateline element counts: a `date-outer` wrapper may hold a `post-author` span.
		const ownMetadata = metadataOf(element);
		if (ownMetadata) {
			next.metadata = ownMetadata;
			next.metadataBlock = undefined;
		}

		if (tag === 'q') {
			const [open, close] = quoteMarks[(frame.quotes ?? 0) % quoteMarks.length]!;
			next.quotes = (frame.quotes ?? 0) + 1;
			next.closeQuote = close;
			pushText(open, next);
		}

		if (blockTags.has(tag)) {
			flush();
			elements.push({parent: frame.block, tag, name: shortName(element), ...describe(element), chars: 0, linkChars: 0, score: 0});
			next.block = elements.length - 1;
			next.closesBlock = true;
			if (ownMetadata) next.metadataBlock = next.block;
		}

		stack.push(next);
	}

	flush();
	return {lines: joinTableRows(lines, elements), elements};
}

/**
 * Joins the lines of each table row whose cells (td, th: the row's own, not a
 * nested table's) give one line each into one line of the row (`tr`), cells
 * separated by a tab, as HTML's innerText joins them. A row with a cell of
 * several lines (paragraphs, <br>, a nested table: a layout table) keeps its
 * lines. Elements are numbered in document order, so an element's subtree is
 * the index range from it to its last descendant; linear in lines and elements.
 */
function joinTableRows(lines: readonly PageLine[], elements: readonly BlockElement[]): PageLine[] {
	const cell = new Int32Array(elements.length).fill(-1);
	const last = Int32Array.from(elements, (_, index) => index);
	for (let index = 1; index < elements.length; index++) {
		const {tag, parent} = elements[index];
		cell[index] = (tag === 'td' || tag === 'th') && elements[parent]?.tag === 'tr' ? index : cell[parent];
	}

	for (let index = elements.length - 1; index > 0; index--) last[elements[index].parent] = Math.max(last[elements[index].parent], last[index]);
	const joined: PageLine[] = [];
	for (let at = 0; at < lines.length;) {
		const first = lines[at];
		const row = cell[first.element] === -1 ? -1 : elements[cell[first.element]].parent;
		const inRow = (line: PageLine | undefined) => line !== undefined && line.element >= row && line.element <= last[row];
		let end = at + 1;
		if (row !== -1 && !inRow(lines[at - 1])) while (inRow(lines[end])) end++;
		const run = lines.slice(at, end);
		const cells = new Set(run.map(line => cell[line.element]));
		if (run.length < 2 || cells.size !== run.length || run.some(line => elements[cell[line.element]].parent !== row)) {
			joined.push(first);
			at++;
			continue;
		}

		// A row is a date or byline only when every cell is (a results table with a date column is a table).
		const dated = run.every(line => line.metadata === first.metadata) ? first : undefined;
		joined.push({
			text: run.map(line => line.text).join('\t'),
			element: row,
			linkChars: run.reduce((sum, line) => sum + line.linkChars, 0),
			tag: 'tr',
			caption: run.every(line => line.caption),
			...(dated?.metadata ? {metadata: dated.metadata, ...(dated.metadataBlock === undefined ? {} : {metadataBlock: dated.metadataBlock})} : {}),
		});
		at = end;
	}

	return joined;
}

/** The tag path of a line's element, innermost last: `article.post > div#body > p` (at most `pathDepth` elements, `…` before). */
export function tagPath(elements: readonly BlockElement[], index: number): string {
	const parts: string[] = [];
	let at = index;
	while (at > 0 && parts.length < pathDepth) {
		parts.push(elements[at].name);
		at = elements[at].parent;
	}

	if (at > 0 && elements[at].parent > 0) parts.push('…');
	return parts.reverse().join(' > ');
}

function shortName(element: T.Element): string {
	const id = attribute(element, 'id')?.trim();
	if (id) return `${element.tagName}#${id.slice(0, 30)}`;
	const className = attribute(element, 'class')?.trim().split(/\s+/)[0];
	return className ? `${element.tagName}.${className.slice(0, 30)}` : element.tagName;
}

function metadataOf(element: T.Element): 'date' | 'byline' | undefined {
	if (element.tagName === 'time') return 'date';
	for (const {name, value} of element.attrs) {
		if (name === 'rel' && value.toLowerCase() === 'author') return 'byline';
		if (name !== 'class' && name !== 'id' && name !== 'itemprop') continue;
		for (const word of attributeWords(value)) {
			const kind = metadataWords.get(word);
			if (kind) return kind;
		}
	}

	return undefined;
}
