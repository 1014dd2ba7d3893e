import {compareTexts} from '../compare/compare.js';
import {excludedSpans} from '../boilerplate/strip.js';
import type {AnalyzedArticle} from '../corpus/article.js';
import type {Comparison} from '../compare/model.js';

export type CompareArticlesOptions = {
	/** Compare whole texts; by default boilerplate and metadata lines are left out (shown as boilerplate rows). */
	withBoilerplate?: boolean;
	timeoutMs?: number;
};

/** True when every labelled line of an article is boilerplate or metadata: no title, no body. */
const nothingOfTheArticle = (article: AnalyzedArticle): boolean => article.labels.lines.every(line => line.kind !== 'body' && line.kind !== 'title');

/**
 * The comparison of two analysed articles, on their stripped text unless asked
 * otherwise. When both sides are entirely boilerplate, two empty articles are
 * not "identical": the whole texts are compared and `nothingLeft` says so.
 */
export const compareArticles = (
	left: AnalyzedArticle,
	right: AnalyzedArticle,
	options: CompareArticlesOptions = {},
): Comparison =>
	!options.withBoilerplate && left.labels.lines.length + right.labels.lines.length > 0 && nothingOfTheArticle(left) && nothingOfTheArticle(right)
		? {...compareTexts(left.text, right.text, {timeoutMs: options.timeoutMs}), nothingLeft: true}
		: compareTexts(left.text, right.text, {
		exclude: options.withBoilerplate
			? undefined
			: {left: excludedSpans(left.labels), right: excludedSpans(right.labels)},
		timeoutMs: options.timeoutMs,
	});
