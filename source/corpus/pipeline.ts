// The whole analysis of a corpus in phases — corpus evidence, labels (with
// titles and word counts), near-duplicate groups — reporting results in
// batches so a caller (the worker, or the reader's event loop) stays live.
import {buildCorpusEvidenceOf} from '../boilerplate/site-evidence.js';
import type {ArticleLabels} from '../boilerplate/label.js';
import {groupArticles} from '../groups/groups.js';
import {analyzeArticle, oneSiteEvidence} from './analyze.js';
import {settleVerdicts} from './pair-verdict.js';
import type {AnalyzedArticle, Article, GroupInfo} from './article.js';

/** What analysis adds to one article: small, serialisable (worker messages, cache). */
export type ArticleAnalysis = {title: string; words: number; labels: ArticleLabels};

/** The analysis of an analysed article, without the article. */
export const analysisOf = ({title, words, labels}: Pick<AnalyzedArticle, 'title' | 'words' | 'labels'>): ArticleAnalysis => ({title, words, labels});

class Cancelled extends Error {}

export type PipelineProgress = {done: number; total: number; phase: string};

export type PipelineHooks = {
	/** Results for articles [from, from + analyses.length). */
	onBatch?: (from: number, analyses: ArticleAnalysis[]) => void;
	onProgress?: (progress: PipelineProgress) => void;
	/** Awaited between batches: time slicing when running on the UI's thread. */
	pause?: () => Promise<void>;
	/** Articles per batch. */
	batchSize?: number;
	/** Stop early (the reader was closed). */
	cancelled?: () => boolean;
};

export type PipelineResult = {analyses: ArticleAnalysis[]; groups: GroupInfo[]};

/**
 * The analysis of a corpus on the calling thread: corpus evidence, then each
 * article's labels in batches (`hooks.onBatch`, `pause` between them), then the
 * groups, with `diff`'s verdict for the copies the budget covers (pair-verdict.ts).
 * Resolves to analyses in article order and a GroupInfo per article;
 * undefined when `hooks.cancelled()` said stop. Linear in the corpus, groups aside.
 */
export async function runPipeline(articles: readonly Article[], hooks: PipelineHooks = {}): Promise<PipelineResult | undefined> {
	const total = articles.length;
	const batchSize = hooks.batchSize ?? 100;
	hooks.onProgress?.({done: 0, total, phase: 'reading line statistics'});
	const evidence = buildCorpusEvidenceOf(articles);
	const site = oneSiteEvidence(articles, evidence);
	await hooks.pause?.();
	const analyzed: AnalyzedArticle[] = [];
	const analyses: ArticleAnalysis[] = [];
	for (let from = 0; from < total; from += batchSize) {
		if (hooks.cancelled?.()) return undefined;
		const batch: ArticleAnalysis[] = [];
		for (const article of articles.slice(from, from + batchSize)) {
			const result = analyzeArticle(article, evidence, {site});
			analyzed.push(result);
			batch.push(analysisOf(result));
		}

		analyses.push(...batch);
		hooks.onBatch?.(from, batch);
		hooks.onProgress?.({done: Math.min(total, from + batchSize), total, phase: 'labelling'});
		await hooks.pause?.();
	}

	if (hooks.cancelled?.()) return undefined;
	hooks.onProgress?.({done: total, total, phase: 'grouping near-duplicates'});
	await hooks.pause?.();
	const estimated = groupArticles(analyzed);
	// diff's verdict for the copies the budget covers (pair-verdict.ts), the reader's keys handled between pairs.
	hooks.onProgress?.({done: 0, total, phase: 'judging copies'});
	const groups = await settleVerdicts(analyzed, estimated, async () => {
		if (hooks.cancelled?.()) throw new Cancelled();
		await hooks.pause?.();
	}).catch((error: unknown) => {
		if (error instanceof Cancelled) return undefined;
		throw error;
	});
	return groups && {analyses, groups};
}
