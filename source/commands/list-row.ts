// What `list` shows of an article (apart, so the listing from the cache and the analysis share it).
import type {Article, ArticleHead, GroupInfo} from '../corpus/article.js';

/** What `list` shows of an article. */
export type ListRow = Pick<Article, 'id' | 'name' | 'warnings'> & {path?: string} & {title: string; words: number; boilerplateShare: number; group?: GroupInfo};

/** A listing's row of an article's head and what its analysis says of it. */
export const row = (article: ArticleHead, analysis: {title: string; words: number; boilerplateShare: number}, group: GroupInfo | undefined): ListRow => ({
	id: article.id,
	name: article.name,
	path: article.path,
	warnings: article.warnings,
	title: analysis.title,
	words: analysis.words,
	boilerplateShare: analysis.boilerplateShare,
	...(group ? {group} : {}),
});

/** row, from an analysis that has the labels. */
export const rowOf = (article: ArticleHead, analysis: {title: string; words: number; labels: {boilerplateShare: number}}, group: GroupInfo | undefined): ListRow =>
	row(article, {title: analysis.title, words: analysis.words, boilerplateShare: analysis.labels.boilerplateShare}, group);
