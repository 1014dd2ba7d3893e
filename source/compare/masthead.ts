// What two pages of one site share above their articles. A copy shares its
// original's article: the text under its headline, dateline or byline. Two
// different posts of one blog share the blog's header instead — a tagline, a
// menu whose entries carry long blurbs — which the labeller may keep as text
// when the pair alone is all it has (two pages are thin evidence of a site),
// and on which such posts passed for verbatim copies (Posterous posts under one
// 23-word tagline, 47hats.com posts under a 600-word menu). Where all the kept
// text two pages share lies above where each one's article begins, and each
// has an article of its own below, what they share is their site's.
import type {Excluded} from '../boilerplate/label.js';
import type {ComparedArticle} from './compare-articles.js';
import {type KeptBlock, keptBlocks} from './kept-blocks.js';
import {isProseLine} from '../boilerplate/story-sketch.js';
import {wordsOf} from '../text/words.js';

/** The reason given to the kept lines two pages share only above their articles. */
export const mastheadReason = 'above the article on both pages';

/**
 * Where an article's own text begins (an offset into its text): at its first title line (its headline) that has a body
 * line after it, else at its first metadata line (date, byline, dateline) that has — the article's head; a byline at the
 * very end heads nothing. What stands between a date line and the headline is the site's (WSJ's reprint notice under
 * every page's date line, above its headline). 0 when it has none: the whole text is the article's.
 */
export const articleHeadOffset = (article: ComparedArticle): number => {
	const {lines} = article.labels;
	let lastBody = -1;
	for (let i = lines.length - 1; i >= 0 && lastBody === -1; i--) if (lines[i]!.kind === 'body') lastBody = i;
	for (let i = 0; i < lastBody; i++) if (lines[i]!.kind === 'title') return lines[i]!.span.start;
	for (let i = 0; i < lastBody; i++) {
		const {kind} = lines[i]!;
		if (kind === 'metadata') return lines[i]!.span.start;
	}

	return 0;
};

/** Both articles' heads (articleHeadOffset), made once for a pair's rules (masthead, footer, pair-exclusion.ts outsideBothArticles). */
export type ArticleHeads = {left: number; right: number};

/** The heads of two articles (articleHeadOffset of each). */
export const articleHeads = (left: ComparedArticle, right: ComparedArticle): ArticleHeads => ({left: articleHeadOffset(left), right: articleHeadOffset(right)});

/** Both sides' heads (`heads`, else articleHeadOffset), compared blocks and their texts; undefined when a side shows no head (start 0). */
const headedSides = (left: ComparedArticle, right: ComparedArticle, compared?: {left: readonly KeptBlock[]; right: readonly KeptBlock[]}, heads: ArticleHeads = articleHeads(left, right)) => {
	const leftStart = heads.left;
	const rightStart = heads.right;
	if (leftStart === 0 || rightStart === 0) return undefined;
	const leftKept = compared?.left ?? keptBlocks(left);
	const rightKept = compared?.right ?? keptBlocks(right);
	return {leftStart, rightStart, leftKept, rightKept, leftTexts: new Set(leftKept.map(block => block.text)), rightTexts: new Set(rightKept.map(block => block.text))};
};

/** Blocks left out as the site's (template) for `reason`. */
const asExcluded = (blocks: readonly KeptBlock[], reason: string): Excluded[] => blocks.map(block => ({span: {...block.span}, label: 'boilerplate', category: 'template', reason}));

/**
 * The blocks of two articles to leave out of their comparison as their site's masthead, per side
 * (spans index each article's `text`, in order). `compared`: per side, the blocks the comparison
 * matches, in text order (its kept blocks, and any line it brings back because the other side
 * keeps it: pair-exclusion.ts); by default the kept blocks. Every such block whose text both have, when
 * each such block lies above its article's start on both sides (articleHeadOffset), one of them is prose
 * (a sentence: story-sketch.ts isProseLine) and each side keeps text of its own (found on no other
 * side) from its start on. Otherwise none: two copies share the
 * lines of their article (a headline, a paragraph), and a page whose head the labels do not show
 * (start 0) has no text above its article. `heads`: the two articles' heads when the caller made them (articleHeads).
 * Pure; linear in the labels but for a set of texts.
 */
export const mastheadExclusions = (left: ComparedArticle, right: ComparedArticle, compared?: {left: readonly KeptBlock[]; right: readonly KeptBlock[]}, heads?: ArticleHeads): {left: Excluded[]; right: Excluded[]} => {
	const none = {left: [], right: []};
	const sides = headedSides(left, right, compared, heads);
	if (!sides) return none;
	const {leftStart, rightStart, leftKept, rightKept, leftTexts, rightTexts} = sides;
	// Shared blocks all above the start, and a block of its own from the start on: on each side.
	const masthead = (kept: readonly KeptBlock[], start: number, other: ReadonlySet<string>): KeptBlock[] | undefined => {
		const shared: KeptBlock[] = [];
		let own = false;
		for (const block of kept) {
			const inOther = other.has(block.text);
			if (block.span.start >= start) {
				if (inOther) return undefined;
				own = true;
			} else if (inOther) shared.push(block);
		}

		return own && shared.length > 0 ? shared : undefined;
	};

	const leftShared = masthead(leftKept, leftStart, rightTexts);
	const rightShared = masthead(rightKept, rightStart, leftTexts);
	// A masthead of prose (a tagline, a menu's blurbs) is what passes for a shared story; a kept menu entry ("More") alone changes no verdict.
	if (!leftShared || !rightShared || !leftShared.some(block => isProseLine(wordsOf(block.text), block.text))) return none;
	return {left: asExcluded(leftShared, mastheadReason), right: asExcluded(rightShared, mastheadReason)};
};

/** The reason given to the kept lines two pages share only below their articles' own text (and above their heads). */
export const footerReason = 'below the article on both pages';

/**
 * The blocks of two articles to leave out of their comparison as their site's footer, per side (spans index each article's
 * `text`, in order; `compared` as mastheadExclusions'). Where both have a head (articleHeadOffset) and, on each side, the
 * blocks from the head on are text of its own (found on no other side), then one run of text both have (one of its blocks
 * prose), then only text of its own if any (what a page keeps further down: a teaser of another story), and its own text
 * before the run outweighs the run (more words), the run is the site's: a notice under every post ("Subscribe now to our
 * e-edition for the full story."), a sidebar after it. Blocks both share above their heads are left out with it (masthead's
 * reason), and so are those a side opens its article with that the other has above its head (a tagline one labels a headline). Otherwise none:
 * a copy whose lead was rewritten shares the rest of its article, its larger part; one that keeps the lead and changes the
 * end shares text before its own; two rewrites of one story closing on the same background paragraphs keep its figures
 * in their own texts (sameFigures). Pure; linear in the blocks but for a set of texts.
 */
export const footerExclusions = (left: ComparedArticle, right: ComparedArticle, compared?: {left: readonly KeptBlock[]; right: readonly KeptBlock[]}, heads?: ArticleHeads): {left: Excluded[]; right: Excluded[]} => {
	const none = {left: [], right: []};
	const sides = headedSides(left, right, compared, heads);
	if (!sides) return none;
	const {leftStart, rightStart, leftKept, rightKept, leftTexts, rightTexts} = sides;
	// The texts of a side's blocks above its head: its masthead (a tagline one page labels its headline is the other's masthead).
	const aboveTexts = (kept: readonly KeptBlock[], start: number) => new Set(kept.filter(block => block.span.start < start).map(block => block.text));
	const footer = (kept: readonly KeptBlock[], start: number, other: ReadonlySet<string>, otherAbove: ReadonlySet<string>): {above: KeptBlock[]; own: KeptBlock[]; tail: KeptBlock[]} | undefined => {
		const above = kept.filter(block => block.span.start < start && other.has(block.text));
		const below = kept.filter(block => block.span.start >= start);
		while (below.length > 0 && otherAbove.has(below[0]!.text)) above.push(below.shift()!);
		const tailFrom = below.findIndex(block => other.has(block.text));
		let tailTo = tailFrom;
		while (tailTo >= 0 && tailTo < below.length && other.has(below[tailTo]!.text)) tailTo++;
		// Own text, then the shared run, then only text of its own (what the page keeps under its footer: another teaser).
		if (tailFrom <= 0 || below.slice(tailTo).some(block => other.has(block.text))) return undefined;
		const own = below.slice(0, tailFrom);
		const tail = below.slice(tailFrom, tailTo);
		const words = (blocks: readonly KeptBlock[]) => blocks.reduce((sum, block) => sum + wordsOf(block.text).length, 0);
		return words(own) > words(tail) ? {above, own, tail} : undefined;
	};

	const leftShared = footer(leftKept, leftStart, rightTexts, aboveTexts(rightKept, rightStart));
	const rightShared = footer(rightKept, rightStart, leftTexts, aboveTexts(leftKept, leftStart));
	if (!leftShared || !rightShared || !leftShared.tail.some(block => isProseLine(wordsOf(block.text), block.text))) return none;
	// Own texts that keep one story's figures are one story reworded, and the run they share is its background.
	if (sameFigures(leftShared.own, rightShared.own)) return none;
	return {
		left: [...asExcluded(leftShared.above, mastheadReason), ...asExcluded(leftShared.tail, footerReason)],
		right: [...asExcluded(rightShared.above, mastheadReason), ...asExcluded(rightShared.tail, footerReason)],
	};
};

/**
 * The figures of a text: numbers of two digits or more, their group separators dropped ("25,000" → "25000"), years
 * (1900–2099) aside — two stories of one site in one season share their year, not their counts.
 */
const figuresOf = (blocks: readonly KeptBlock[]): Set<string> => {
	const figures = new Set<string>();
	for (const block of blocks) {
		for (const match of block.text.matchAll(/\p{N}[\p{N},.]*\p{N}/gu)) {
			const figure = match[0].replaceAll(/[,.]/gu, '');
			if (!/^(?:19|20)\p{N}\p{N}$/u.test(figure)) figures.add(figure);
		}
	}

	return figures;
};

/**
 * The fewest figures two pages' own texts must share for sameFigures: one figure in common is chance (a score, a
 * count of ten); two kept together are the story's facts. Set, not fitted.
 */
const sameStoryFigures = 2;

/**
 * Whether two pages' own texts (the article text each has above a shared run: footerExclusions) keep one story's
 * figures: at least sameStoryFigures in common, and at least half of the figures of the side with fewer. A rewrite
 * rewords a story's sentences but keeps its facts, the counts and amounts a reader checks (compare/facts.ts reads the
 * same), so two rewrites of one story that both close on the same background paragraphs are no two stories under their
 * site's notice (breaker19 N7); two stories of one site share the notice and none of their figures (every pair of the
 * dev pages that shares a run below its articles shares no figure of its own text). Text without figures says nothing:
 * false. Pure; linear in the texts.
 */
const sameFigures = (left: readonly KeptBlock[], right: readonly KeptBlock[]): boolean => {
	const [a, b] = [figuresOf(left), figuresOf(right)];
	const [fewer, more] = a.size <= b.size ? [a, b] : [b, a];
	let shared = 0;
	for (const figure of fewer) if (more.has(figure)) shared++;
	return shared >= sameStoryFigures && shared * 2 >= fewer.size;
};

/** Lower-cased words of a title (letters, digits and marks). */
const titleWords = (title: string): string[] => title.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];

/**
 * Whether two titles differ entirely: no two consecutive words in common (a one-word title: no
 * word). An edited headline keeps a phrase of its original ("Overhaul of Brazil World Cup stadium"
 * and "Soccer-Overhaul of Brazil World Cup stadium…"); two posts of one blog share at most a word
 * ("Creative food sculptures", "23 super creative repurposed items"). False when either is empty.
 */
export const titlesDifferEntirely = (a: string | undefined, b: string | undefined): boolean => {
	const x = titleWords(a ?? '');
	const y = titleWords(b ?? '');
	if (x.length === 0 || y.length === 0) return false;
	const units = (words: readonly string[]) => (x.length < 2 || y.length < 2 ? words : words.slice(1).map((word, i) => `${words[i]} ${word}`));
	const seen = new Set(units(x));
	return !units(y).some(unit => seen.has(unit));
};
