// A page's own account of itself: title, date, byline and canonical URL from
// <meta> (Open Graph, article:*, Dublin Core, name=author/date), JSON-LD
// (NewsArticle and its kin), <link rel=canonical> and <time>. First found wins
// in the order below, which is the order of reliability on news sites.
import {parseFragment, type DefaultTreeAdapterTypes as T} from 'parse5';
import {struckTags} from './dom-words.js';

/** `titleFromTag`: the title is the `<title>` element's (no headline in JSON-LD, meta tags or an `<h1>`): a site's template, often no headline. */
export type PageMetadata = {
	title?: string;
	date?: string;
	byline?: string;
	url?: string;
	titleFromTag?: true;
	/** The article's text as the page's JSON-LD gives it (schema.org `articleBody`): what a script-rendered page shows, read when the markup shows nothing. */
	body?: string;
};

/** JSON-LD blocks larger than this are not parsed (a page's data islands can be megabytes). */
const maxJsonLdChars = 200_000;

const metaKeys = {
	title: ['og:title', 'twitter:title', 'dc.title', 'title'],
	date: ['article:published_time', 'og:article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'pubdate', 'publishdate', 'sailthru.date', 'article.published', 'published-date', 'og:updated_time'],
	byline: ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'twitter:creator'],
	url: ['og:url'],
} as const;

const articleTypes = /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|Report|WebPage|LiveBlogPosting)$/;

/** Reads the metadata of a parsed page (iterative walk; bounded by the page's size). */
export function pageMetadata(document: T.Document): PageMetadata {
	const meta = new Map<string, string>();
	let titleTag: string | undefined;
	let canonical: string | undefined;
	let timeValue: string | undefined;
	let h1: string | undefined;
	// The first <h1> links to the site's home page (a logo's heading): the site's name, no headline.
	let h1Home = false;
	const jsonLd: string[] = [];
	const stack: T.ParentNode[] = [document];
	while (stack.length > 0) {
		const node = stack.pop()!;
		for (let index = node.childNodes.length - 1; index >= 0; index--) {
			const child = node.childNodes[index];
			if (!('tagName' in child)) continue;
			const element = child as T.Element;
			const attrs = new Map(element.attrs.map(attr => [attr.name, attr.value]));
			switch (element.tagName) {
				case 'meta': {
					const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop'))?.trim().toLowerCase();
					const content = attrs.get('content')?.trim();
					if (key && content && !meta.has(key)) meta.set(key, content);
					break;
				}

				case 'link':
					if (/\bcanonical\b/i.test(attrs.get('rel') ?? '') && attrs.get('href')) canonical ??= attrs.get('href')!.trim();
					break;
				case 'title':
					titleTag ??= textOf(element);
					break;
				case 'script':
					if ((attrs.get('type') ?? '').toLowerCase().includes('ld+json')) jsonLd.push(textOf(element));
					break;
				case 'time':
					timeValue ??= attrs.get('datetime')?.trim() || textOf(element);
					break;
				case 'h1':
					if (h1 === undefined) {
						h1 = textOf(element);
						h1Home = linksHome(element);
					}

					break;
				default:
					break;
			}

			if (element.tagName !== 'script' && element.tagName !== 'style') stack.push(element);
		}
	}

	const fromLd = readJsonLd(jsonLd);
	const first = (keys: readonly string[]) => keys.map(key => meta.get(key)).find(value => value !== undefined && value !== '');
	const result: PageMetadata = {};
	// An <h1> that is the site's name, as the <title> writes it after its headline ("… | Daily Planet" over
	// <h1 class="site-title">Daily Planet</h1>, classic blog themes), is no headline.
	// So is one that links to the home page, or that is a part of the <title> after its first ("Ferry returns | gazette.example",
	// whose headline is too short to lose the site's name; "Headline : Site | Motto | Since 1902").
	const site = titleTag === undefined ? undefined : siteNameOf(titleTag);
	const laterParts = titleTag === undefined ? [] : titleTag.split(titlePartSeparator).slice(1).map(fold);
	const headline = h1 !== undefined && ((site !== undefined && fold(h1) === fold(site)) || h1Home || laterParts.includes(fold(h1)) || shorterTitlePart(titleTag, h1)) ? undefined : h1;
	// An og:title or twitter:title that is the og:site_name is the template's default, no headline.
	const siteName = meta.get('og:site_name');
	const metaTitle = metaKeys.title.map(key => meta.get(key)).find(value => value !== undefined && value !== '' && (siteName === undefined || fold(value) !== fold(siteName)));
	const explicit = fromLd.title ?? metaTitle ?? headline;
	const title = explicit ?? (titleTag === undefined ? undefined : withoutSiteName(titleTag));
	const date = fromLd.date ?? first(metaKeys.date) ?? timeValue;
	const byline = fromLd.byline ?? first(metaKeys.byline);
	const url = canonical ?? first(metaKeys.url);
	if (title) result.title = clean(title);
	if (title && explicit === undefined) result.titleFromTag = true;
	if (date) result.date = clean(date);
	if (byline && !/^https?:/.test(byline)) result.byline = clean(byline);
	if (url) result.url = clean(url);
	if (fromLd.body) result.body = fromLd.body;
	return result;
}

const clean = (value: string): string => decodedAgain(value).replace(/\s+/g, ' ').trim().slice(0, 300);

/** A character reference left in a value the parser decoded once ("&#039;", "&quot;", "&amp;"). */
const characterReference = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/iu;

/**
 * A value whose text still holds character references once parsed ("Russia&#039;s &quot;plan&quot;": a CMS escaped
 * it twice), decoded once more as HTML text (parse5 parses it as a fragment: its text is the decoded value). Values
 * with a "<" are left as they are (a fragment would read tags in them), as are values without a reference.
 */
const decodedAgain = (value: string): string => {
	if (!characterReference.test(value) || value.includes('<')) return value;
	const fragment = parseFragment(value);
	let text = '';
	for (const node of fragment.childNodes) if (node.nodeName === '#text') text += (node as T.TextNode).value;
	return text;
};

function textOf(element: T.Element): string {
	let text = '';
	const stack: T.ChildNode[] = [...element.childNodes].reverse();
	while (stack.length > 0 && text.length < maxJsonLdChars) {
		const node = stack.pop()!;
		if (node.nodeName === '#text') text += (node as T.TextNode).value;
		// Struck text (<del>, <s>: a correction's old figure) is no more the headline's than the body's (breaker13b N44).
		else if ('childNodes' in node && !struckTags.has(node.nodeName)) for (let index = node.childNodes.length - 1; index >= 0; index--) stack.push(node.childNodes[index]);
	}

	return text.trim();
}

/**
 * Title, date, author and body of the page's article object in its JSON-LD (arrays and @graph searched, every block):
 * the first record of an article type (NewsArticle, BlogPosting …) over the first WebPage record, a CMS graph's page
 * node that often comes first with a name and nothing of the article (breaker13b N11); within a rank, the first that
 * gives any of them. The body is the chosen record's own; a record without one borrows only a WebPage record's (the
 * page node of the same graph), never a second article's (a related story's, review13b S2); when no record names
 * the article, the first body given is read.
 */
function readJsonLd(blocks: readonly string[]): PageMetadata {
	let best: {rank: number; result: PageMetadata; body?: string} | undefined;
	let pageBody: string | undefined;
	let anyBody: string | undefined;
	for (const block of blocks) {
		if (block.length > maxJsonLdChars) continue;
		let data: unknown;
		try {
			data = JSON.parse(block);
		} catch {
			continue;
		}

		const queue: unknown[] = [data];
		for (let seen = 0; queue.length > 0 && seen < 200; seen++) {
			const item = queue.shift();
			if (Array.isArray(item)) {
				queue.push(...item.slice(0, 200));
				continue;
			}

			if (typeof item !== 'object' || item === null) continue;
			const record = item as Record<string, unknown>;
			if (Array.isArray(record['@graph'])) queue.push(...record['@graph'].slice(0, 200));
			const types = ([] as unknown[]).concat(record['@type'] ?? []);
			if (!types.some(type => typeof type === 'string' && articleTypes.test(type))) continue;
			// An article's own record outranks a page's (WebPage).
			const rank = types.some(type => typeof type === 'string' && type !== 'WebPage' && articleTypes.test(type)) ? 0 : 1;
			const result: PageMetadata = {};
			const title = record['headline'] ?? record['name'];
			if (typeof title === 'string') result.title = title;
			const date = record['datePublished'] ?? record['dateCreated'];
			if (typeof date === 'string') result.date = date;
			const author = authorName(record['author']);
			if (author) result.byline = author;
			const text = record['articleBody'];
			const body = typeof text === 'string' && text.trim() !== '' ? text : liveBlogText(record['liveBlogUpdate']);
			anyBody ??= body;
			if (rank === 1) pageBody ??= body;
			if ((result.title || result.date || result.byline) && (best === undefined || rank < best.rank)) best = {rank, result, ...(body === undefined ? {} : {body})};
		}
	}

	if (best === undefined) return anyBody === undefined ? {} : {body: anyBody};
	const body = best.body ?? pageBody;
	return body === undefined ? best.result : {...best.result, body};
}

/** Live-blog updates read at most (a day-long blog can hold thousands; bounded as the walk is). */
const maxLiveBlogUpdates = 500;

/**
 * The text of a schema.org `LiveBlogPosting` that gives its posts as `liveBlogUpdate` (one record or an array of
 * BlogPosting records) rather than an `articleBody`: each update's headline, then its body, in the order the page
 * lists them, as paragraphs (blank lines between); undefined when no update has text. At most 500 updates.
 */
function liveBlogText(updates: unknown): string | undefined {
	const paragraphs: string[] = [];
	for (const update of ([] as unknown[]).concat(updates ?? []).slice(0, maxLiveBlogUpdates)) {
		if (typeof update !== 'object' || update === null) continue;
		const record = update as Record<string, unknown>;
		for (const field of ['headline', 'articleBody']) {
			const value = record[field];
			if (typeof value === 'string' && value.trim() !== '') paragraphs.push(value.trim());
		}
	}

	return paragraphs.length > 0 ? paragraphs.join('\n\n') : undefined;
}

function authorName(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) {
		const names = value.map(authorName).filter((name): name is string => Boolean(name));
		return names.length > 0 ? names.join(', ') : undefined;
	}

	if (typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)['name'] === 'string') return (value as Record<string, string>)['name'];
	return undefined;
}

/** The marks that separate a `<title>`'s parts (a colon is none: "Ukraine: Kyiv under fire"), one or two of them. */
const separatorMarks = String.raw`[|\-–—\\/>»]{1,2}`;

/** A separator between a page's headline and its site's name in a `<title>`, with a space each side. */
const siteSeparator = new RegExp(` ${separatorMarks} `, 'gu');

/** A separator between parts of a `<title>` (siteSeparator's marks, any white space around): where a site's name or motto may start. */
const titlePartSeparator = new RegExp(`\\s+${separatorMarks}\\s+`, 'u');

/** Any separator between the parts of a `<title>`, a colon and guillemets included ("Seth's Blog: The importance of going first", "The Dangerous Hubris … « Rand's Blog"). */
const anyTitleSeparator = /\s+[|\-–—\\/>»«·•]{1,2}\s+|:\s+/u;

/**
 * Whether `h1` is a part of the `<title>` (split at anyTitleSeparator, case and spaces aside) that another part outweighs
 * in words: the site's name beside the headline, either side of it ("Seth's Blog: The importance of going first" over
 * `<h1>Seth's Blog</h1>`), where a headline that is the longer part ("Factory fire kills 12 | Planet") stays one.
 */
const shorterTitlePart = (title: string | undefined, h1: string): boolean => {
	if (title === undefined) return false;
	const parts = title.split(anyTitleSeparator).map(fold).filter(Boolean);
	const words = (text: string) => text.split(' ').length;
	const own = fold(h1);
	return parts.length > 1 && parts.includes(own) && parts.some(part => part !== own && words(part) > words(own));
};

/** A link to a site's home page: its root, with or without the host ("/", "https://example.org/", "//example.org", "/index.html"). */
const homeHref = /^(?:(?:https?:)?\/\/[^/?#\s]+)?\/?(?:index\.\w{2,5})?$/iu;

/** Whether an element holds a link (<a href>) to the site's home page (homeHref; an empty href is the page itself, not home). */
const linksHome = (element: T.Element): boolean => {
	const stack: T.ChildNode[] = [...element.childNodes];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (!('tagName' in node)) continue;
		const href = node.tagName === 'a' ? node.attrs.find(attr => attr.name === 'href')?.value.trim() : undefined;
		if (href && homeHref.test(href)) return true;
		stack.push(...node.childNodes);
	}

	return false;
};

/** Case and white space aside, for comparing a heading with a part of the `<title>`. */
const fold = (text: string): string => text.toLowerCase().replace(/\s+/gu, ' ').trim();

/** The site's name a `<title>` writes after its last separator ("Factory fire … | Daily Planet" → "Daily Planet"), or undefined (withoutSiteName keeps the whole). */
export const siteNameOf = (title: string): string | undefined => {
	const headline = withoutSiteName(title);
	if (headline === title) return undefined;
	let last = -1;
	let length = 0;
	for (const match of title.matchAll(siteSeparator)) [last, length] = [match.index, match[0].length];
	return title.slice(last + length).trim() || undefined;
};

/**
 * A `<title>` without the site's name after its last separator ("Factory fire kills 12 in Dhaka - Planet"
 * → "Factory fire kills 12 in Dhaka"), as Readability's `_getArticleTitle` does: the part before the last
 * separator when it has at least three words, else the title whole ("Brexit - a guide" keeps it). A colon
 * is no separator: French writes one with a space each side inside a headline ("Incendie à Dhaka : 12 morts").
 */
export const withoutSiteName = (title: string): string => {
	let last = -1;
	for (const match of title.matchAll(siteSeparator)) last = match.index;
	if (last <= 0) return title;
	const before = title.slice(0, last).trim();
	return before.split(/\s+/u).length >= 3 ? before : title;
};
