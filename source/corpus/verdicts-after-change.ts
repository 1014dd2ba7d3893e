// A file re-read under the reader with another text: the verdicts given
// against its old text are stale. The list said "identical" of a copy the
// user had since doctored, a key away from a split view that called it
// edited (breaker9 F8). The listing's own rule, applied to the affected
// pairs only: each is judged again as `copydesk diff` judges it, within the
// listing's word budget, and marked estimated past it; a copy the new
// verdict calls related or unrelated leaves the group (withVerdicts). The
// groups themselves are not formed again (that is the next listing's work).
import type {AnalyzedArticle, GroupInfo} from './article.js';
import {pairVerdict, verdictWordBudget, withVerdicts, type VerdictPair} from './pair-verdict.js';

/**
 * The groups of `articles` (in their order) after the text of `articles[changed]` changed (the array
 * holds the re-read article, with its old group). The copies whose verdict was given against the old
 * text — the article itself when it is a copy; every copy of its group when it is the original — are
 * judged again while the words of both texts fit `budget` (pair-verdict.ts verdictWordBudget), and
 * keep their relation marked `estimated` past it. Undefined when nothing changes: the article is
 * alone in its group, or the corpus is not grouped yet. Cost: one comparison per judged pair.
 */
export function groupsAfterChange(articles: readonly AnalyzedArticle[], changed: number, budget = verdictWordBudget): GroupInfo[] | undefined {
	const groups = articles.map(article => article.group);
	const info = groups[changed];
	if (!info || info.groupSize < 2 || groups.some(group => group === undefined)) return undefined;
	const indexOf = new Map(articles.map((article, index) => [article.id, index]));
	const original = indexOf.get(info.original);
	if (original === undefined) return undefined;
	const stale = original === changed ? groups.flatMap((group, index) => (index !== original && group!.original === info.original ? [index] : [])) : [changed];
	const marked = (groups as GroupInfo[]).slice();
	const pairs: VerdictPair[] = [];
	let left = budget;
	for (const copy of stale) {
		marked[copy] = {...marked[copy]!, estimated: true};
		const words = articles[copy]!.words + articles[original]!.words;
		if (words > left) continue;
		left -= words;
		pairs.push({copy, original});
	}

	const verdicts = pairs.map(pair => pairVerdict(articles[pair.original]!, articles[pair.copy]!));
	return withVerdicts(marked, pairs, verdicts, articles);
}
