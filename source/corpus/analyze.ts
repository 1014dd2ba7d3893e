// Analysis of a whole corpus: corpus-wide boilerplate evidence first (it needs
// every text), then each article's labels, title and word count. Linear in size.
import type {LabelOptions} from '../boilerplate/classify.js';
import type {ArticleLabels} from '../boilerplate/label.js';
import type {AnalyzedArticle, Article} from './article.js';
import {labelArticleWithDom} from '../boilerplate/dom-evidence.js';
import type {CorpusEvidence} from '../boilerplate/corpus-evidence.js';
import {buildCorpusEvidenceOf, siteKey} from '../boilerplate/site-evidence.js';
import {countWords, wordCountAndHashes} from '../text/words.js';
import {groupMember, groupMemberOfWords, type GroupMember} from '../groups/member.js';
import {keptSpans} from '../groups/shingles.js';
import {deriveTitle} from './title.js';

/** Bumped whenever labels, titles, counts or groups could come out differently: invalidates caches (analysis-version.ts). */
export {analysisVersion} from './analysis-version.js';

/** Every article analysed on this thread, with evidence from the whole corpus (all texts at once; the site's too when it is one site: oneSiteEvidence). */
export function analyzeArticles(articles: readonly Article[]): AnalyzedArticle[] {
	const evidence = buildCorpusEvidenceOf(articles);
	const site = oneSiteEvidence(articles, evidence);
	return articles.map(article => analyzeArticle(article, evidence, {site}));
}

/**
 * The site evidence of a corpus whose articles are all of one site (siteKey: one URL host, or
 * one folder): its corpus evidence, in which two stories sharing a line make it template
 * (repetition.ts); undefined for a corpus of several sites or of one article.
 */
export function oneSiteEvidence(articles: ReadonlyArray<{path: string; meta?: {url?: string}}>, evidence: CorpusEvidence): CorpusEvidence | undefined {
	if (articles.length < 2) return undefined;
	const site = siteKey(articles[0]!);
	return articles.every(article => siteKey(article) === site) ? evidence : undefined;
}

/**
 * The analysis of one article — boilerplate labels (with the corpus's evidence
 * when given), title, word count — on whichever thread calls it: the one place
 * that says what analysing an article is (the pipeline, the worker threads and
 * analyzeArticles all call it). `prepared`: the article's blocks and prose sketch
 * when the corpus scan made them (LabelOptions), saving their second making.
 * `wordsOnDemand`: `words` is counted when first read (a getter that keeps its
 * count), not now: a pair's comparison (`diff --json`, a listing's verdicts)
 * never reads it, and counting is a whole pass of the word scanner over the text.
 */
export function analyzeArticle(article: Article, evidence?: CorpusEvidence, prepared?: Pick<LabelOptions, 'blocks' | 'sketch' | 'site'>, wordsOnDemand = false): AnalyzedArticle {
	const labels = labelArticleWithDom(article, evidence, {...prepared, siteKey: siteKey(article)});
	if (!wordsOnDemand) return withAnalysis(article, labels, countWords(article.text));
	const analyzed = withAnalysis(article, labels, 0);
	let words: number | undefined;
	// Same key order as a counted analysis (spreads and JSON see the count).
	return Object.defineProperty(analyzed, 'words', {get: () => (words ??= countWords(article.text)), enumerable: true, configurable: true});
}

/**
 * analyzeArticle and the article's grouping record (groups/member.ts) together, as a worker
 * makes them: the words are counted in the pass of the word scanner that hashes the kept
 * words for the record (text/words.ts wordCountAndHashes), not in a pass of their own.
 * The same analysis and record as analyzeArticle then groupMember.
 */
export function analyzeAndGroupArticle(article: Article, evidence?: CorpusEvidence, prepared?: Pick<LabelOptions, 'blocks' | 'sketch' | 'site'>): {analysed: AnalyzedArticle; member: GroupMember} {
	const labels = labelArticleWithDom(article, evidence, {...prepared, siteKey: siteKey(article)});
	const {count, hashes} = wordCountAndHashes(article.text, keptSpans({text: article.text, labels}));
	const analysed = withAnalysis(article, labels, count);
	return {analysed, member: hashes ? groupMemberOfWords(analysed, hashes) : groupMember(analysed)};
}

/** The title a reader would give the article; its name when the text offers none. */
export const articleTitle = (article: Article, labels: ArticleLabels): string => deriveTitle(article.text, labels, article.givenTitle, article.titleFromTag === true) || article.name;

/** Puts an analysis (fresh or cached) on an article. */
function withAnalysis(article: Article, labels: ArticleLabels, words: number): AnalyzedArticle {
	const title = articleTitle(article, labels);
	// A plain spread unless there is a `pending` to leave out (rest with an exclusion takes V8's slow path).
	if (!('pending' in article)) return {...article, title, words, labels};
	const {pending: _pending, ...rest} = article as AnalyzedArticle;
	return {...rest, title, words, labels};
}

/** An article listed before its analysis (pending-article.ts). */
export {pendingArticle} from './pending-article.js';
