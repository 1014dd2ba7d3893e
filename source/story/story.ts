// A story: one base article and its copies, ordered for reading, collated.
// The comparison is injected (the commands and the reader pass
// `compareArticles`, the reader off its thread), so this module stays pure.
import type {Comparison} from '../compare/model.js';
import {articleDate, type AnalyzedArticle} from '../corpus/article.js';
import type {GroupInfo} from '../groups/group-info.js';
import {articleDateSpan} from '../groups/original.js';
import {compareDateSpans} from '../text/dates.js';
import {collate} from './collate.js';
import type {Collation} from './model.js';

/** What a story needs of an article. */
export type StoryArticle = AnalyzedArticle;

export type StoryCopy = {
	article: StoryArticle;
	/** Base (left) against this copy (right). */
	comparison: Comparison;
	/** The copy's date as given or found in its text, if any. */
	date?: string;
};

export type Story = {
	base: StoryArticle;
	baseDate?: string;
	/** In column order: by date when dated, else by similarity to the base (closest first). */
	copies: StoryCopy[];
	collation: Collation;
};

/** The most copies one story collates: each is one comparison with the base. */
export const maxStoryCopies = 1000;

/**
 * The base of a set of articles: the likely original of its largest
 * near-duplicate group (ties: the group met first), never an article without words
 * while another has some. `groups`: each article's group as `copydesk list` shows
 * it (corpus/pair-verdict.ts settleVerdicts: diff's verdicts where the budget
 * allows, so stories from one template or a round-up quoting them are no group),
 * or the fingerprint estimate (groups/groups.ts groupArticles). Not a default here:
 * the reader's story view imports this module, and grouping would load the
 * figures' tables with it before the reader's first frame. Throws on an empty set.
 */
export const chooseStoryBase = <T extends AnalyzedArticle>(articles: readonly T[], groups: readonly GroupInfo[]): T => {
	if (articles.length === 0) throw new RangeError('no articles');
	const sizes = new Map<number, number>();
	for (const info of groups) sizes.set(info.group, (sizes.get(info.group) ?? 0) + 1);
	// An article without words is never the base while another has some: every line of the others would be "added".
	const hasWords = (index: number) => articles[index]!.words > 0;
	let best = Math.max(0, articles.findIndex((_, index) => hasWords(index)));
	for (const [index, info] of groups.entries()) if (hasWords(index) && sizes.get(info.group)! > sizes.get(groups[best]!.group)!) best = index;
	const original = groups[best]!.original;
	return articles.find(article => article.id === original) ?? articles[best]!;
};

/**
 * Column order: dated copies first, oldest first; then by similarity to the
 * base, closest first; names break ties. Returns a new array.
 */
export const orderCopies = (copies: readonly StoryCopy[]): StoryCopy[] => {
	// Two dates by the latest day each can be (a month after the days inside it), as the original is chosen.
	const byDate = (a: StoryCopy, b: StoryCopy) => {
		const x = articleDateSpan({date: a.date});
		const y = articleDateSpan({date: b.date});
		return x && y ? compareDateSpans(x, y) : x ? -1 : y ? 1 : 0;
	};
	return [...copies].sort((a, b) => {
		const byTime = byDate(a, b);
		if (byTime !== 0) return byTime;
		return b.comparison.similarity - a.comparison.similarity || (a.article.name < b.article.name ? -1 : a.article.name > b.article.name ? 1 : 0);
	});
};

/** Orders already compared copies and collates them against the base. */
export const storyFromComparisons = (base: StoryArticle, copies: readonly StoryCopy[]): Story => {
	const ordered = orderCopies(copies);
	const baseDate = articleDate(base);
	return {
		base,
		...(baseDate ? {baseDate} : {}),
		copies: ordered,
		collation: collate(base.text, ordered.map(copy => ({text: copy.article.text, comparison: copy.comparison}))),
	};
};

/**
 * Compares every other article with the base (`compare(base, copy)`), orders
 * and collates them. Throws a RangeError past `maxStoryCopies` copies.
 */
export const buildStory = (base: StoryArticle, others: readonly StoryArticle[], compare: (base: StoryArticle, copy: StoryArticle) => Comparison): Story => {
	const copies = others.filter(article => article.id !== base.id);
	if (copies.length > maxStoryCopies) throw new RangeError(`too many copies for one story (${copies.length} > ${maxStoryCopies})`);
	return storyFromComparisons(
		base,
		copies.map(article => {
			const date = articleDate(article);
			return {article, comparison: compare(base, article), ...(date ? {date} : {})};
		}),
	);
};
