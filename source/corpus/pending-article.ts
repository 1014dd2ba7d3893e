// An article as the reader lists it before its analysis is in. Apart from
// analyze.ts, which loads the labeller: the reader's first frame lists pending
// articles without loading it (feed-from-disk.ts).
import type {AnalyzedArticle, Article} from './article.js';

/** An article listed before its analysis: the file name as title, nothing counted yet. */
export function pendingArticle(article: Article): AnalyzedArticle {
	return {
		...article,
		title: article.name,
		words: 0,
		labels: {lines: [], language: 'und', meta: {}, boilerplateShare: 0},
		pending: true,
	};
}
