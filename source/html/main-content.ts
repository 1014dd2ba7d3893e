// Where the article is on the page, and what every line is by DOM evidence.
// The main-content search follows Readability.js (mozilla/readability,
// `_grabArticle`): paragraphs of 25+ characters score 1 + commas + one per
// 100 characters (at most 3); the score goes to the paragraph's parent in
// full, to its grandparent halved, and to ancestors up to five levels divided
// by three times the level; class/id words add or take 25; the total is
// scaled by the share of text that is not links. The best element, and its
// siblings that score at least a fifth as well, hold the article.
import type {DomLine} from '../boilerplate/dom-evidence.js';
import type {BlockElement, ExtractedPage, PageLine} from './extract.js';

/** What the DOM says of one line (its tag path is added by page.ts). */
export type DomVerdict = Omit<DomLine, 'path'>;

/** Readability's minimum paragraph length for scoring (characters). */
const minScoredChars = 25;
/** Readability's ancestor depth for scores. */
const scoredLevels = 5;
/** Tags whose text is scored as paragraphs (Readability scores p, td, pre and text-only divs). */
const scoredTags = new Set(['p', 'pre', 'td', 'div', 'blockquote', 'dd', 'section', 'article', 'main', 'center', 'font']);
/** Readability's initial score by tag (`_initializeNode`). */
const tagBonus: Record<string, number> = {div: 5, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5};
/** Above this share of link text a line is a link, not prose (Readability drops blocks above 0.5 in `_cleanConditionally`). */
const linkLine = 0.5;

/** A byline or dateline is a short line; a long one under such a class is prose that happens to be there. */
const metadataChars = 60;

const commas = /[,，、،]/g;

/** Index of the element holding the article, and every element inside it, by Readability's scores. */
export function findMainContent(page: ExtractedPage): {members: Set<number>; top: number} {
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

	let top = -1;
	const final = new Map<number, number>();
	for (const index of touched) {
		const element = elements[index];
		const density = element.chars === 0 ? 0 : element.linkChars / element.chars;
		const score = element.score * (1 - density);
		final.set(index, score);
		if (top === -1 || score > final.get(top)!) top = index;
	}

	const members = new Set<number>();
	if (top === -1) return {members, top};
	// top = climb(elements, top, final);
	members.add(top);
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

	return {members, top};
}

/** The DOM's verdict on every line. */
export function judgeLines(page: ExtractedPage): DomVerdict[] {
	const {lines, elements} = page;
	const {members} = findMainContent(page);
	const inMain = new Uint8Array(elements.length);
	const containsMain = new Uint8Array(elements.length);
	for (const member of members) for (let at = member; at >= 0 && !containsMain[at]; at = elements[at].parent) containsMain[at] = 1;
	const chrome: Array<BlockElement['chrome']> = new Array(elements.length);
	const inArticle = new Uint8Array(elements.length);
	for (let index = 1; index < elements.length; index++) {
		const element = elements[index];
		inMain[index] = members.has(index) || inMain[element.parent] ? 1 : 0;
		inArticle[index] = element.tag === 'article' || inArticle[element.parent] ? 1 : 0;
		// Chrome named by an element that holds the article (a page-wide <form>, body class "has-comments") says nothing;
		// nor does a <header> inside an article or the main content: HTML makes it the article's own header (headline, lead).
		const articleHeader = element.tag === 'header' && element.chrome?.reason === 'in <header>' && (inArticle[element.parent] === 1 || inMain[element.parent] === 1);
		chrome[index] = element.chrome && !containsMain[index] && !articleHeader ? element.chrome : chrome[element.parent];
	}

	return lines.map((line): DomVerdict => verdict(line, inMain[line.element] === 1, chrome[line.element], members.size > 0));
}

function verdict(line: PageLine, inMain: boolean, chrome: BlockElement['chrome'], found: boolean): DomVerdict {
	if (chrome) return {kind: 'boilerplate', category: chrome.category, reason: chrome.reason};
	if (line.caption) return {kind: 'boilerplate', category: 'caption', reason: 'figure caption'};
	if (line.metadata && line.text.length <= metadataChars) return {kind: 'metadata', metadata: line.metadata, reason: line.metadata === 'date' ? 'date of the page' : 'byline of the page'};
	const links = line.linkChars > line.text.length * linkLine;
	if (inMain || !found) return links ? {kind: 'boilerplate', category: 'related', reason: 'link in the article'} : {kind: 'body'};
	return links ? {kind: 'boilerplate', category: 'navigation', reason: 'link outside the article'} : {kind: 'outside', reason: 'outside the main content'};
}

/** Readability's topCandidates: the five best, for the common-ancestor step. */
const alternativesKept = 5;
/** Readability: an alternative within this share of the top score counts. */
const alternativeShare = 0.75;
/** Readability: this many alternatives under one ancestor make it the article. */
const alternativesNeeded = 3;

/**
 * Readability's steps after the best element is found: an ancestor holding
 * three near-best candidates is the article (it was split into sections);
 * an ancestor that scores higher is taken while scores do not fall below a
 * third; an only child gives way to its parent.
 */
// oxlint-disable-next-line no-unused-vars -- its call above is switched off, not removed (html's choice); npm test's lint must stay green
function climb(elements: readonly BlockElement[], top: number, final: ReadonlyMap<number, number>): number {
	const topScore = final.get(top)!;
	const alternatives = [...final].filter(([index, score]) => index !== top && score >= topScore * alternativeShare).sort((a, b) => b[1] - a[1]).slice(0, alternativesKept - 1).map(([index]) => index);
	if (alternatives.length >= alternativesNeeded) {
		const ancestorsOf = (index: number) => {
			const set = new Set<number>();
			for (let at = elements[index].parent; at > 0; at = elements[at].parent) set.add(at);
			return set;
		};

		const lists = alternatives.map(ancestorsOf);
		for (let at = elements[top].parent; at > 0 && elements[at].tag !== 'body'; at = elements[at].parent) {
			if (lists.filter(list => list.has(at)).length >= alternativesNeeded) {
				top = at;
				break;
			}
		}
	}

	let lastScore = final.get(top) ?? topScore;
	for (let at = elements[top].parent; at > 0 && elements[at].tag !== 'body'; at = elements[at].parent) {
		const score = final.get(at);
		if (score === undefined) continue;
		if (score < lastScore / 3) break;
		if (score > lastScore) top = at;
		lastScore = score;
	}

	for (let parent = elements[top].parent; parent > 0 && elements[parent].tag !== 'body' && onlyBlockChild(elements, parent, top); parent = elements[top].parent) top = parent;
	return top;
}

function onlyBlockChild(elements: readonly BlockElement[], parent: number, child: number): boolean {
	// Elements are in document order; a parent's children follow it. Bounded scan: stop at the next sibling of the parent.
	for (let index = parent + 1; index < elements.length && index <= child + 10_000; index++) {
		if (elements[index].parent === parent && index !== child) return false;
		if (index > child && elements[index].chars > 0 && !isInside(elements, index, parent)) break;
	}

	return elements[parent].chars === elements[child].chars;
}

function isInside(elements: readonly BlockElement[], index: number, ancestor: number): boolean {
	for (let at = index; at >= 0; at = elements[at].parent) if (at === ancestor) return true;
	return false;
}
