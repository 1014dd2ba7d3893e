// One verdict per pair: the relation and similarity `copydesk diff A B` reports
// for two articles, computed by the same steps wherever a pair is judged (diff,
// list, the reader's list), so that the list never says what diff denies.
import {compareArticles} from '../compare/compare-articles.js';
import type {Comparison} from '../compare/model.js';
import type {AnalyzedArticle, Article} from './article.js';
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
export function pairVerdict(original: Article, copy: Article): {relation: Comparison['relation']; similarity: number} {
	const {comparison} = comparePair(original, copy);
	return {relation: comparison.relation, similarity: comparison.similarity};
}
