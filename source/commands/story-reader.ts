// `copydesk story` on a terminal: the reader, opened straight into the story
// view of the chosen articles (the list behind it holds just them). Ink is
// loaded here, lazily, and only for a terminal.
import type {AnalyzedArticle} from '../corpus/article.js';
import {staticFeed} from '../corpus/feed.js';
import {compareArticles} from '../compare/compare-articles.js';
import {settleVerdicts} from '../corpus/pair-verdict.js';
import {groupArticles} from '../groups/groups.js';

/**
 * The story's articles with their groups as `copydesk list` shows them: the
 * fingerprint estimates replaced by diff's verdicts for the pairs the listing
 * budget covers (settleVerdicts), so the reader's list behind the story agrees
 * with `list` and the reader (a small corpus judged whole, no `~`).
 */
export async function storyReaderArticles(articles: readonly AnalyzedArticle[]): Promise<AnalyzedArticle[]> {
	const groups = await settleVerdicts(articles, groupArticles(articles));
	return articles.map((article, index) => ({...article, group: groups[index]}));
}

/** Runs the reader on `articles` with the story of `ids` (base `baseId`) open; resolves to the exit code. */
export async function openStoryReader(root: string, articles: readonly AnalyzedArticle[], ids: readonly string[], baseId: string): Promise<number> {
	const {runReader} = await import('../reader/run.js');
	const {compareOffThread} = await import('../reader/compare-off-thread.js');
	const inWorker = compareOffThread(compareArticles);
	try {
		return await runReader({
			feed: staticFeed({root, articles, problems: [], progress: null}),
			compare: (left, right, options) => compareArticles(left, right, {withBoilerplate: options.withBoilerplate, diffBudget: 5_000_000}),
			compareOffThread: (left, right, options) => inWorker(left, right, {withBoilerplate: options.withBoilerplate, diffBudget: 40_000_000}),
			initialStory: {ids: [...ids], baseId},
		});
	} finally {
		inWorker.close();
	}
}
