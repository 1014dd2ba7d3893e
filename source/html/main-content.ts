// Where the article is on the page, and what every line is by DOM evidence.
// The main-content search follows Readability.js (mozilla/readability,
// `_grabArticle`): paragraphs of 25+ characters score 1 + commas + one per
// 100 characters (at most 3); the score goes to the paragraph's parent in
// full, to its grandparent halved, and to ancestors up to five levels divided
// by three times the level; class/id words add or take 25; the total is
// scaled by the share of text that is not links. The best element, and its
// siblings that score at least a fifth as well, hold the article.
import type {DomLine} from '../boilerplate/dom-evidence.js';
import {isSectionKicker} from '../boilerplate/kicker.js';
import type {BlockElement, ExtractedPage, PageLine} from './extract.js';

/** What the DOM says of one line (its tag path is added by page.ts). */
export type DomVerdict = Omit<DomLine, 'path'>;

/** Readability's minimum paragraph length for scoring (characters). */
const minScoredChars = 25;
/** Readability's ancestor depth for scores. */
const scoredLevels = 5;
/** Tags whose text is scored as paragraphs (Readability scores p, td, pre and text-only divs; a table row joined into one line, extract.ts, is scored as its cells were). */
const scoredTags = new Set(['p', 'pre', 'td', 'tr', 'div', 'blockquote', 'dd', 'section', 'article', 'main', 'center', 'font']);
/** Readability's initial score by tag (`_initializeNode`). */
const tagBonus: Record<string, number> = {div: 5, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5};
/** Above this share of link text a line is a link, not prose (Readability drops blocks above 0.5 in `_cleanConditionally`). */
const linkLine = 0.5;

/** A byline or dateline is a short line; a long one under such a class is prose that happens to be there. */
const metadataChars = 60;
/**
 * A block named for a byline or dateline holds a few short lines; one holding
 * more text than this (characters) is a wrapper named so (Blogger's
 * `date-outer` holds whole posts, `authorGuidelines` a page), not metadata.
 */
const metadataBlockChars = 200;

const commas = /[,，、،]/g;

/** Index of the element holding the article, and every element inside it, by Readability's scores. */
export function findMainContent(page: ExtractedPage): {members: Set<number>; top: number; best: number; core: number} {
	const {lines, elements} = page;
	const touched = new Set<number>();
	const touch = (index: number) => {
		if (touched.has(index)) return;
		touched.add(index);
		const element = elements[index];
		element.score = (tagBonus[element.tag] ?? 0) + element.weight + (element.articleMark ? 25 : 0);
	};

	for (const line of lines) {
		if (line.text.length < minScoredChars || !scoredTags.has(line.tag) || line.caption) continue;
		if (line.linkChars > line.text.length * linkLine) continue;
		const score = 1 + (line.text.match(commas)?.length ?? 0) + Math.min(Math.floor(line.text.length / 100), 3);
		let at = elements[line.element].parent;
		for (let level = 0; level < scoredLevels && at > 0; level++) {
			touch(at);
			elements[at].score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
			at = elements[at].parent;
		}
	}

	const final = new Map<number, number>();
	for (const index of touched) {
		const element = elements[index];
		const density = element.chars === 0 ? 0 : element.linkChars / element.chars;
		final.set(index, element.score * (1 - density));
	}

	const {top, best} = topCandidate(elements, final);
	if (top === -1) return {members: new Set(), top, best, core: -1};
	const members = new Set<number>([top]);
	const topScore = final.get(top) ?? 0;
	const threshold = Math.max(10, topScore * 0.2);
	const parent = elements[top].parent;
	for (let index = 0; index < elements.length; index++) {
		const element = elements[index];
		if (element.parent !== parent || index === top) continue;
		const density = element.chars === 0 ? 0 : element.linkChars / element.chars;
		if ((final.get(index) ?? -Infinity) >= threshold) members.add(index);
		else if (element.tag === 'p' && element.chars > 80 && density < 0.25) members.add(index);
	}

	return {members, top, best, core: bestInside(elements, final, best)};
}

/**
 * The best-scoring element inside `best` (its own best paragraphs' holder: WPBakery's `wpb_text_column` inside the
 * <article>), -1 when none scored. Elements are numbered in document order, so a descendant's number is larger.
 */
function bestInside(elements: readonly BlockElement[], final: ReadonlyMap<number, number>, best: number): number {
	let core = -1;
	let coreScore = -Infinity;
	for (const [index, score] of final) {
		if (index <= best || score <= coreScore) continue;
		let at = elements[index].parent;
		while (at > best) at = elements[at].parent;
		if (at !== best) continue;
		core = index;
		coreScore = score;
	}

	return core;
}

/** Readability's number of top candidates kept (`DEFAULT_N_TOP_CANDIDATES`). */
const topCandidates = 5;
/** Readability's `MINIMUM_TOPCANDIDATES`: candidates scoring this close to the best that must share an ancestor for it to win. */
const minimumTopCandidates = 3;
/** A candidate this close to the best one (score ratio) is an alternative (Readability: 0.75). */
const alternativeRatio = 0.75;

/**
 * The element holding the article, chosen as Readability's `_grabArticle` does
 * once paragraphs are scored: the best-scoring candidate; then the ancestor
 * three of the other top five candidates (each at least 3/4 as good) share,
 * if any, since an article split in blocks scores in pieces; then up through
 * ancestors while their score rises (and does not fall below a third); then up
 * through parents that hold nothing but it. -1 when nothing was scored.
 */
function topCandidate(elements: readonly BlockElement[], final: ReadonlyMap<number, number>): {top: number; best: number} {
	const ranked = [...final.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, topCandidates);
	if (ranked.length === 0) return {top: -1, best: -1};
	const topScore = ranked[0][1];
	let top = ranked[0][0];
	const isBody = (index: number) => index <= 0 || elements[index].tag === 'body' || elements[index].tag === 'html';
	const ancestors = (index: number) => {
		const found = new Set<number>();
		for (let at = elements[index].parent; at > 0; at = elements[at].parent) found.add(at);
		return found;
	};

	const alternatives = topScore > 0 ? ranked.slice(1).filter(([, score]) => score / topScore >= alternativeRatio).map(([index]) => ancestors(index)) : [];
	if (alternatives.length >= minimumTopCandidates) {
		for (let at = elements[top].parent; !isBody(at); at = elements[at].parent) {
			if (alternatives.filter(list => list.has(at)).length >= minimumTopCandidates) {
				top = at;
				break;
			}
		}
	}

	// Up while the parent scores better; a parent scoring under a third of the last stops the climb.
	let lastScore = final.get(top) ?? topScore;
	const threshold = lastScore / 3;
	for (let at = elements[top].parent; !isBody(at); at = elements[at].parent) {
		const score = final.get(at);
		if (score === undefined) continue;
		if (score < threshold) break;
		if (score > lastScore) {
			top = at;
			break;
		}

		lastScore = score;
	}

	// A parent holding nothing but the candidate (no text of its own, no other block) is the same content.
	const children = new Uint32Array(elements.length);
	for (let index = 1; index < elements.length; index++) if (elements[index].parent >= 0) children[elements[index].parent]++;
	for (let parent = elements[top].parent; !isBody(parent) && children[parent] === 1 && elements[parent].chars === elements[top].chars; parent = elements[top].parent) top = parent;
	return {top, best: ranked[0][0]};
}

/** The DOM's verdict on every line. */
export function judgeLines(page: ExtractedPage, title?: string): DomVerdict[] {
	const {lines, elements} = page;
	const {members, best, core} = findMainContent(page);
	const inMain = new Uint8Array(elements.length);
	const containsMain = new Uint8Array(elements.length);
	// The best-scoring element is the article's text even when the main content grew around it: what holds it is not chrome.
	for (const member of [...members, ...(best > 0 ? [best] : [])]) for (let at = member; at >= 0 && !containsMain[at]; at = elements[at].parent) containsMain[at] = 1;
	// Nor is a wrapper inside it that holds its best paragraphs and most of its text: a theme's layout wrapper of article
	// and sidebar (`<article><div class="sidebar-wrapper">` around the post) is named for the sidebar it also holds.
	if (core > 0) for (let at = core; at > best; at = elements[at].parent) if (elements[at].chars * 2 >= elements[best].chars) containsMain[at] = 1;
	// A <header> holding the page's headline (an <h1> that is not a link) is the article's header, not the site's banner.
	const headlineHeader = new Uint8Array(elements.length);
	for (const line of lines) {
		if (line.tag !== 'h1' || line.linkChars > line.text.length * linkLine) continue;
		for (let at = elements[line.element].parent; at > 0; at = elements[at].parent) if (elements[at].tag === 'header') headlineHeader[at] = 1;
	}

	const chrome: Array<BlockElement['chrome']> = new Array(elements.length);
	const inArticle = new Uint8Array(elements.length);
	for (let index = 1; index < elements.length; index++) {
		const element = elements[index];
		inMain[index] = members.has(index) || inMain[element.parent] ? 1 : 0;
		inArticle[index] = element.tag === 'article' || inArticle[element.parent] ? 1 : 0;
		// Chrome named by an element that holds the article (a page-wide <form>, body class "has-comments") says nothing;
		// nor does a <header> inside an article or the main content, or one holding the headline: HTML makes it the article's own header (headline, lead).
		const articleHeader = element.tag === 'header' && element.chrome?.reason === 'in <header>' && (inArticle[element.parent] === 1 || inMain[element.parent] === 1 || headlineHeader[index] === 1);
		// An <aside> inside the article is its own fact box, timeline or "What we know" panel (HTML: content tangentially
		// related to what holds it), unless its class or id names chrome or it is mostly links (a related-stories box).
		const articleAside = element.tag === 'aside' && element.chrome?.reason === 'in <aside>' && inArticle[element.parent] === 1 && !element.namedChrome && element.linkChars <= element.chars * asideLinkShare;
		chrome[index] = element.chrome && !containsMain[index] && !articleHeader && !articleAside ? element.chrome : chrome[element.parent];
	}

	const verdicts = lines.map((line): DomVerdict => verdict(line, elements, inMain[line.element] === 1, chrome[line.element], members.size > 0));
	// The main content's own headline, a heading just above it outside it (classic blog themes: <h2 class="entry-title">
	// before <div class="entry-content">): the article's, not chrome.
	const first = lines.findIndex(line => inMain[line.element] === 1);
	const headline = first < 0 || title === undefined ? -1 : headlineAbove(lines, verdicts, first, title);
	if (headline >= 0) verdicts[headline] = {kind: 'body'};
	markKickers(lines, verdicts, title);
	for (let index = 0; index < lines.length; index++) {
		if ((verdicts[index].kind === 'body' || verdicts[index].kind === 'outside') && headsLinkList(lines, index)) {
			verdicts[index] = {kind: 'boilerplate', category: 'related', reason: 'heading of a list of links'};
			// Its teasers: outside the main content, each line right after a link (a card's linked headline, then its
			// summary) is the list's, at any length; the list ends at the first line that is neither.
			for (let next = index + 1; next < lines.length && (isLinkLine(lines[next]!) || (verdicts[next]!.kind === 'outside' && isLinkLine(lines[next - 1]!))); next++) {
				if (verdicts[next]!.kind === 'outside') verdicts[next] = {kind: 'boilerplate', category: 'related', reason: 'teaser in a list of links'};
			}
		}
	}

	return verdicts;
}

/**
 * A section kicker right above the page's headline ("WORLD NEWS", "Opinion" over the <h1>: boilerplate/kicker.ts) names
 * the section, not the story: navigation, where the page left it text. The headline is a heading (h1–h3, no link)
 * written as the page's `title` is; the kicker, the line right above it, no link either. `verdicts` changed in place.
 */
function markKickers(lines: readonly PageLine[], verdicts: DomVerdict[], title: string | undefined): void {
	if (title === undefined) return;
	const folded = foldTitle(title);
	for (let index = 1; index < lines.length; index++) {
		const line = lines[index]!;
		if (!headlineTags.has(line.tag) || isLinkLine(line) || foldTitle(line.text) !== folded) continue;
		const above = lines[index - 1]!;
		const kind = verdicts[index - 1]!.kind;
		if ((kind === 'body' || kind === 'outside') && !isLinkLine(above) && isSectionKicker(above.text, above.text.split(/\s+/u).filter(Boolean).length)) {
			verdicts[index - 1] = {kind: 'boilerplate', category: 'navigation', reason: 'section kicker'};
		}
	}
}

/** Share of an article's <aside> that is link text, at most, for it to be the article's own box (not a list of links). */
const asideLinkShare = 0.3;

/** Headline tags, and lines between a headline and its article's first line, at most (a byline, a date, a share bar). */
const headlineTags = new Set(['h1', 'h2', 'h3']);
const headlineGap = 3;

/**
 * The line of the heading (h1–h3, no link) that heads the main content beginning at line `first`: at most headlineGap
 * lines above it, every line between chrome, metadata or short, and written as the page's `title` is (its metadata:
 * og:title, the <title> before the site's name; case, spaces and punctuation aside); -1 when there is none or it is
 * not outside the main content (verdict 'outside'). A dek or another story's heading there is not the page's title.
 */
function headlineAbove(lines: readonly PageLine[], verdicts: readonly DomVerdict[], first: number, title: string): number {
	const folded = foldTitle(title);
	for (let index = first - 1; index >= 0 && first - index <= headlineGap + 1; index--) {
		const line = lines[index]!;
		if (headlineTags.has(line.tag) && !isLinkLine(line)) return verdicts[index]!.kind === 'outside' && foldTitle(line.text) === folded ? index : -1;
		if (verdicts[index]!.kind === 'body' || (verdicts[index]!.kind === 'outside' && line.text.length > outsideLineChars)) return -1;
	}
	return -1;
}
const foldTitle = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Characters of a line between a headline and its article, at most, when it is not chrome or metadata (a kicker, a dek's first words). */
const outsideLineChars = 80;

const headingTags = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** A line this short ending in a colon heads what follows, as a heading does ("Zum Weiterlesen:"). */
const headingChars = 50;
/** Lines after a heading looked at: teaser lists alternate link titles and teaser text. */
const linkListWindow = 4;

const isLinkLine = (line: PageLine) => line.linkChars > line.text.length * linkLine;

/**
 * Whether the line heads a list of links ("Related articles", "Aktuellste
 * Beiträge"): a heading, or a short line ending in a colon, without links, followed at once by a
 * link and with links in at least half of the next lines (two or more). Its
 * list is chrome by link density, so the heading is too, though in the article.
 */
function headsLinkList(lines: readonly PageLine[], index: number): boolean {
	const line = lines[index];
	if (line.linkChars > 0 || !(headingTags.has(line.tag) || (line.text.length <= headingChars && /[:：]$/u.test(line.text)))) return false;
	const next = lines.slice(index + 1, index + 1 + linkListWindow);
	if (next.length < 2 || !isLinkLine(next[0])) return false;
	const links = next.filter(isLinkLine).length;
	return links >= 2 && links * 2 >= next.length;
}

function verdict(line: PageLine, elements: readonly BlockElement[], inMain: boolean, chrome: BlockElement['chrome'], found: boolean): DomVerdict {
	if (chrome) return {kind: 'boilerplate', category: chrome.category, reason: chrome.reason};
	if (line.caption) return {kind: 'boilerplate', category: 'caption', reason: 'figure caption'};
	if (line.metadata && line.text.length <= metadataChars && (line.metadataBlock === undefined || elements[line.metadataBlock].chars <= metadataBlockChars)) return {kind: 'metadata', metadata: line.metadata, reason: line.metadata === 'date' ? 'date of the page' : 'byline of the page'};
	const links = line.linkChars > line.text.length * linkLine;
	if (inMain || !found) return links ? {kind: 'boilerplate', category: 'related', reason: 'link in the article'} : {kind: 'body'};
	return links ? {kind: 'boilerplate', category: 'navigation', reason: 'link outside the article'} : {kind: 'outside', reason: 'outside the main content'};
}

