import type {AnalyzedArticle, LoadProblem} from './article.js';

/** What the reader shows of a corpus at one moment. Immutable: a new snapshot on every change. */
export type CorpusSnapshot = {
	/** Directory the corpus was opened from (or the common parent of the given files). */
	root: string;
	articles: readonly AnalyzedArticle[];
	problems: readonly LoadProblem[];
	/** Background analysis progress, or null when nothing is running. */
	progress: {done: number; total: number; phase: string} | null;
};

/**
 * A corpus that may still be loading or analysing in the background.
 * Shaped for React's useSyncExternalStore: the reader subscribes and re-reads the snapshot.
 */
export type CorpusFeed = {
	snapshot(): CorpusSnapshot;
	subscribe(listener: () => void): () => void;
};

/** A feed whose corpus is complete from the start. */
export const staticFeed = (snapshot: CorpusSnapshot): CorpusFeed => ({
	snapshot: () => snapshot,
	subscribe: () => () => {},
});
