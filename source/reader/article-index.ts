// Lookups in a feed's articles that last across its snapshots. A feed keeps
// its articles' order, ids and names while analysis fills in the rest, so
// positions by id and the widest name are worked out once, not on every
// snapshot: with 100,000 articles, rebuilding them on each render took most
// of the reader's thread while the corpus was analysed.
import type {AnalyzedArticle} from '../corpus/article.js';
import {longestNameWidth} from '../render/article-table.js';

export type ArticleIndex = {
	/** The article with this id in the snapshot indexed (checked, so never a wrong one). */
	get(id: string): AnalyzedArticle | undefined;
	/** Display width of the longest name. */
	longestName: number;
};

/** An indexer: call it with each snapshot's articles; it re-indexes only when the list itself changed. */
export function articleIndexer(): (articles: readonly AnalyzedArticle[]) => ArticleIndex {
	let positions = new Map<string, number>();
	let longestName = 4;
	let shape = '';
	let last: {articles: readonly AnalyzedArticle[]; index: ArticleIndex} | undefined;
	return articles => {
		if (last?.articles === articles) return last.index;
		// Same length, same first and last ids: the same list, analysed further.
		const current = `${articles.length}\u0000${articles[0]?.id}\u0000${articles.at(-1)?.id}`;
		if (current !== shape) {
			shape = current;
			positions = new Map(articles.map((article, index) => [article.id, index]));
			longestName = longestNameWidth(articles);
		}

		const index: ArticleIndex = {
			get(id) {
				const at = positions.get(id);
				const found = at === undefined ? undefined : articles[at];
				return found?.id === id ? found : articles.find(article => article.id === id);
			},
			longestName,
		};
		last = {articles, index};
		return index;
	};
}
