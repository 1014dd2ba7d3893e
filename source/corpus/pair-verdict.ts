// One verdict per pair: the relation and similarity `copydesk diff A B` reports
// for two articles, computed by the same steps wherever a pair is judged (diff,
// list, the reader's list), so that the list never says what diff denies. A
// listing computes it for the copies its work budget covers (verdictPairs),
// the same ones on every thread; the others keep the fingerprint estimate,
// marked as such (GroupInfo.estimated).
import {compareArticles} from '../compare/compare-articles.js';
import type {Comparison} from '../compare/model.js';
import type {RelationEstimate} from '../groups/relation.js';
import type {AnalyzedArticle, Article, GroupInfo} from './article.js';
import {analyzeArticles} from './analyze.js';

/**
 * Two articles analysed as `diff` analyses them: each other's corpus (a line
 * found in both is not evidence of a site template), then compared on their
 * stripped text. Returns both analysed articles and the comparison.
 */
export function comparePair(left: Article, right: Article, options: {withBoilerplate?: boolean} = {}): {left: AnalyzedArticle; right: AnalyzedArticle; comparison: Comparison} {
	const [a, b] = analyzeArticles([left, right]) as [AnalyzedArticle, AnalyzedArticle];
	return {left: a, right: b, comparison: compareArticles(a, b, options)};
}

/** A pair's relation and similarity (0..1), exactly as `copydesk diff` reports them (see comparePair). */
export function pairVerdict(original: Article, copy: Article): RelationEstimate {
	const {comparison} = comparePair(original, copy);
	return {relation: comparison.relation, similarity: comparison.similarity};
}

/** pairVerdict, or undefined when judging the pair fails (the estimate stays, marked; `diff` on the pair shows the fault). */
const verdictOrNone = (original: Article, copy: Article): RelationEstimate | undefined => {
	try {
		return pairVerdict(original, copy);
	} catch {
		return undefined;
	}
};

/**
 * Words (both texts of each pair) the exact verdicts of one listing may
 * compare: work, not time, so a listing is the same on any machine and any
 * thread. About 65 copies of news-length articles (a second or so of one
 * core); the copies past it keep the estimate, marked. Sized so that a cold
 * listing of 10,000 articles stays within its 10 s (issue 15).
 */
export const verdictWordBudget = 100_000;

/** A copy (index) to judge against its group's original (index). */
export type VerdictPair = {copy: number; original: number};

/**
 * The copies whose verdict a listing computes: every estimated copy, in
 * corpus order, while the words of both texts fit in `budget` (a pair that
 * does not fit is passed over; smaller ones after it may still fit). Pure:
 * the same analysis gets the same choice on every thread, so `list`, the
 * reader and the cache say the same.
 */
export function verdictPairs(groups: readonly GroupInfo[], articles: ReadonlyArray<{id: string; words: number}>, budget = verdictWordBudget): VerdictPair[] {
	const indexOf = new Map<string, number>();
	for (const [index, article] of articles.entries()) indexOf.set(article.id, index);
	const pairs: VerdictPair[] = [];
	let left = budget;
	for (const [copy, group] of groups.entries()) {
		if (!group?.estimated) continue;
		const original = indexOf.get(group.original);
		if (original === undefined || original === copy) continue;
		const words = articles[copy]!.words + articles[original]!.words;
		if (words > left) continue;
		left -= words;
		pairs.push({copy, original});
	}

	return pairs;
}

/** The groups with each pair's verdict in place of its estimate (an undefined verdict leaves the estimate, marked). */
export function withVerdicts(groups: readonly GroupInfo[], pairs: readonly VerdictPair[], verdicts: ReadonlyArray<RelationEstimate | undefined>): GroupInfo[] {
	const settled = groups.slice();
	for (const [at, {copy}] of pairs.entries()) {
		const verdict = verdicts[at];
		if (!verdict) continue;
		const {estimated: _estimated, ...rest} = settled[copy]!;
		settled[copy] = {...rest, relation: verdict.relation, similarity: verdict.similarity};
	}

	return settled;
}

/**
 * The verdicts of the pairs verdictPairs chooses, computed on this thread
 * from the texts at hand; `pause` is awaited between pairs (the reader's keys).
 */
export async function settleVerdicts(articles: ReadonlyArray<Article & {words: number}>, groups: readonly GroupInfo[], pause?: () => Promise<void>): Promise<GroupInfo[]> {
	const pairs = verdictPairs(groups, articles);
	const verdicts: Array<RelationEstimate | undefined> = [];
	for (const {copy, original} of pairs) {
		verdicts.push(verdictOrNone(articles[original]!, articles[copy]!));
		await pause?.();
	}

	return withVerdicts(groups, pairs, verdicts);
}
