import type {Excluded} from '../boilerplate/label.js';
import {excludedSpans} from '../boilerplate/strip.js';
import type {ComparedArticle} from './compare-articles.js';
import {type KeptBlock, keptBlocks, spanText} from './kept-blocks.js';
import {type ArticleHeads, articleHeads, footerExclusions, mastheadExclusions} from './masthead.js';
import {wordsOf} from '../text/words.js';

/**
 * Whether an excluded span is a line the corpus (or the site) shows in several different stories
 * (category `template`: repetition.ts). That is said of the line's text wherever it stands; a
 * side that keeps the same text keeps it for its place (between paragraphs of its own, where a
 * quotation would stand), which says nothing about whose text it is.
 */
const repeatedAcrossStories = (excluded: Excluded): boolean => excluded.label === 'boilerplate' && excluded.category === 'template';

/**
 * The spans to leave out of one pair's comparison, decided for the pair, not
 * per article: a line (or reflowed paragraph) labelled boilerplate or metadata
 * on one side whose text is a kept (body or title) line or paragraph on the
 * other side, white space aside (one side may be wrapped), is compared as text on
 * both. Labels depend on a line's position (chrome gathers at the ends of a
 * page), so the same sentence can be chrome at the end of one copy and body in
 * the middle of a longer one; excluding it on one side only would report a
 * change where the texts agree. A line one side labels as found in several
 * different stories (a site's template: "You can follow any responses to this
 * entry…" under every post of a blog) is the other way round: left out on both,
 * with that side's label, since two stories that share only their site's lines
 * share no text of their own (two posts of one blog were `edited` copies on it);
 * so are the kept lines two pages share only above their articles, or only below
 * their own text (masthead.ts).
 * Shapes: spans index each article's `text`.
 */
export const pairExclusions = (left: ComparedArticle, right: ComparedArticle): {left: Excluded[]; right: Excluded[]} => {
	const leftKept = keptBlocks(left);
	const rightKept = keptBlocks(right);
	const leftExcluded = excludedSpans(left.labels);
	const rightExcluded = excludedSpans(right.labels);
	const textsOf = (blocks: readonly KeptBlock[]) => new Set(blocks.map(block => block.text));
	const templates = (article: ComparedArticle, excluded: readonly Excluded[]) => {
		const found = new Map<string, Excluded>();
		for (const item of excluded) {
			const text = repeatedAcrossStories(item) ? spanText(article.text, item.span.start, item.span.end) : '';
			if (text && !found.has(text)) found.set(text, item);
		}

		return found;
	};

	const keep = (article: ComparedArticle, excluded: readonly Excluded[], otherKept: Set<string>): Excluded[] =>
		excluded.filter(item => {
			if (repeatedAcrossStories(item)) return true;
			const text = spanText(article.text, item.span.start, item.span.end);
			return !text || !otherKept.has(text);
		});
	// The kept blocks of one side that the other labels as its site's template: left out there too, in text order.
	const withTemplates = (own: Excluded[], kept: readonly KeptBlock[], otherTemplates: ReadonlyMap<string, Excluded>): Excluded[] => {
		const added: Excluded[] = [];
		for (const block of kept) {
			const label = otherTemplates.get(block.text);
			if (label) added.push({...label, span: {...block.span}});
		}

		return added.length === 0 ? own : [...own, ...added].sort((a, b) => a.span.start - b.span.start);
	};

	const leftOut = withTemplates(keep(left, leftExcluded, textsOf(rightKept)), leftKept, templates(right, rightExcluded));
	const rightOut = withTemplates(keep(right, rightExcluded, textsOf(leftKept)), rightKept, templates(left, leftExcluded));
	// What the comparison matches on each side: its kept blocks and the lines brought back above, in text order.
	const compared = (article: ComparedArticle, kept: readonly KeptBlock[], excluded: readonly Excluded[], out: readonly Excluded[]): KeptBlock[] => {
		const still = new Set(out.map(item => item.span.start));
		const back = excluded.filter(item => !still.has(item.span.start)).map(item => ({span: {...item.span}, text: spanText(article.text, item.span.start, item.span.end)}));
		return back.length === 0 ? kept.slice() : [...kept.filter(block => !still.has(block.span.start)), ...back].sort((a, b) => a.span.start - b.span.start);
	};

	// Lines the two share only above their articles are their site's (masthead.ts).
	const matched = {left: compared(left, leftKept, leftExcluded, leftOut), right: compared(right, rightKept, rightExcluded, rightOut)};
	// Each page's head, made once for the three rules below.
	const heads = articleHeads(left, right);
	const above = mastheadExclusions(left, right, matched, heads);
	// Else those they share only below their articles' own text (and above their heads): their site's footer.
	const masthead = above.left.length > 0 ? above : footerExclusions(left, right, matched, heads);
	const merged = (own: Excluded[], more: Excluded[]) => (more.length === 0 ? own : [...own, ...more].sort((a, b) => a.span.start - b.span.start));
	const result = {left: merged(leftOut, masthead.left), right: merged(rightOut, masthead.right)};
	return outsideBothArticles(matched, result, heads);
};

/**
 * The fewest words of page chrome two pages must share word for word (sharedChromeWords) to be pages of one site: a
 * sentence's worth (relation-rule.ts verbatimMinWords, one typical news sentence), more than two sites' share
 * links and "Advertisement" lines have in common; pages of one site share their menus, hundreds of words (dev data:
 * 150 to 1,400 on the dragnet-train pairs of one site, none on the reuse sets' plain texts). Set, not fitted.
 */
export const siteChromeWords = 20;

/**
 * Words in the lines both articles label boilerplate (their labels' excluded spans labelled `boilerplate`, metadata
 * aside: two copies carry the same date line) whose texts are equal, white space aside, each distinct text counted
 * once: the page chrome two pages share. Pure; linear in the labels but for a set of texts.
 */
export const sharedChromeWords = (left: ComparedArticle, right: ComparedArticle): number => {
	const texts = (article: ComparedArticle) => new Set(excludedSpans(article.labels).filter(item => item.label === 'boilerplate').map(item => spanText(article.text, item.span.start, item.span.end)));
	const theirs = texts(right);
	let words = 0;
	for (const text of texts(left)) if (text && theirs.has(text)) words += wordsOf(text).length;
	return words;
};

/** The reason given to a line labelled outside its article by its place alone, on two pages whose articles share no line (outsideBothArticles). */
export const outsideUnsharedReason = 'outside the article, on pages that share no line of their articles';

/**
 * Two pages with heads (`heads`: masthead.ts articleHeads) whose articles — the blocks each compares, those left out as
 * masthead or footer aside — share no line: the lines each labels outside its article by their place alone (isTentative)
 * that lie below its last compared block or above its head are left out firmly, not compared as possible article text.
 * A tentative line is compared in case the labeller misjudged where an article ends (a translation's closing list pairs
 * with its original's); around two articles that share nothing it is each page's chrome (a site's menu of translations
 * under every post, "Editors Pick" above it), on which two different posts of one blog were `edited` copies. Pages
 * without a head (plain texts) are all article: untouched. Shapes: spans index each article's `text`.
 */
const outsideBothArticles = (matched: {left: readonly KeptBlock[]; right: readonly KeptBlock[]}, out: {left: Excluded[]; right: Excluded[]}, heads: ArticleHeads): {left: Excluded[]; right: Excluded[]} => {
	if (heads.left === 0 || heads.right === 0) return out;
	const firmStarts = (excluded: readonly Excluded[]) => new Set(excluded.filter(item => !isTentative(item)).map(item => item.span.start));
	const article = (blocks: readonly KeptBlock[], excluded: readonly Excluded[]) => {
		const firm = firmStarts(excluded);
		return blocks.filter(block => !firm.has(block.span.start));
	};
	const [a, b] = [article(matched.left, out.left), article(matched.right, out.right)];
	if (a.length === 0 || b.length === 0) return out;
	const texts = new Set(a.map(block => block.text));
	if (b.some(block => texts.has(block.text))) return out;
	const firmOutside = (excluded: Excluded[], blocks: readonly KeptBlock[], head: number): Excluded[] => {
		const end = blocks.at(-1)!.span.end;
		return excluded.map(item => (isTentative(item) && (item.span.start >= end || item.span.end <= head) ? {...item, reason: outsideUnsharedReason} : item));
	};
	return {left: firmOutside(out.left, a, heads.left), right: firmOutside(out.right, b, heads.right)};
};

/**
 * Reasons the boilerplate labeller gives from a line's place on the page or its shape
 * alone (source/boilerplate: "after the article", "few words" …), as opposed to what the
 * line says ("share links", "cookie notice") or the corpus ("repeated in 14 articles").
 */
const positionalReasons: ReadonlySet<string> = new Set([
	'few words',
	'after the article',
	'before the article',
	'far from the article',
	'outside the article',
	'line outside the article',
	'short line outside the article',
]);

/**
 * Whether an excluded line is tentative in a comparison: labelled boilerplate by its
 * position or shape only. Such a line is compared as a sentence and stays boilerplate
 * unless it pairs on its words with a reworded counterpart on the other side: page chrome
 * is copied between copies or absent, never reworded, so a reworded counterpart means the
 * labeller misjudged where the article ends (a translated article's closing list, a
 * reference line). Source of the principle: the comparison's own evidence; measured on
 * dev-data/align (README, Sentence alignment).
 */
export const isTentative = (excluded: Excluded): boolean => excluded.label === 'boilerplate' && excluded.reason !== undefined && positionalReasons.has(excluded.reason);
