// Two articles in two languages: an article and its translation share no
// words, and copydesk's relations compare words, so the pair reads as
// `unrelated` (or `related` on its names and figures). The reader is told why.
import type {ArticleLabels} from '../boilerplate/label.js';

/**
 * The languages of two articles (their labels' `language`, boilerplate/language.ts: read from stopword lists) when both are
 * known and differ, else undefined. Such a pair's relation compares words across languages: a translation reads as `unrelated`.
 */
export const languagesApart = (left: {labels: Pick<ArticleLabels, 'language'>}, right: {labels: Pick<ArticleLabels, 'language'>}): {left: string; right: string} | undefined => {
	const [a, b] = [left.labels.language, right.labels.language];
	return a !== b && a !== 'und' && b !== 'und' ? {left: a, right: b} : undefined;
};

/** What a reader is told of a pair in two languages (Comparison `languages`): the verdict compares words, not meanings. */
export const languagesNote = (languages: {left: string; right: string}): string => `different languages (${languages.left}, ${languages.right}): copydesk compares words, not translations`;

