import {compareTexts} from '../compare/compare.js';
import {excludedSpans} from '../boilerplate/strip.js';
import type {AnalyzedArticle} from '../corpus/article.js';
import type {Comparison} from '../compare/model.js';

export type CompareArticlesOptions = {
	/** Compare whole texts; by default boilerplate and metadata lines are left out (shown as boilerplate rows). */
	withBoilerplate?: boolean;
	timeoutMs?: number;
};

/** The comparison of two analysed articles, on their stripped text unless asked otherwise. */
export const compareArticles = (
	left: AnalyzedArticle,
	right: AnalyzedArticle,
	options: CompareArticlesOptions = {},
): Comparison =>
	compareTexts(left.text, right.text, {
		exclude: options.withBoilerplate
			? undefined
			: {left: excludedSpans(left.labels), right: excludedSpans(right.labels)},
		timeoutMs: options.timeoutMs,
	});
