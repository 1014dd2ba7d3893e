import type {Comparison} from '../compare/model.js';
import type {AnalyzedArticle} from '../corpus/article.js';
import type {CorpusFeed} from '../corpus/feed.js';

/** What the CLI hands the reader. */
export type ReaderInput = {
	feed: CorpusFeed;
	/** Builds the comparison model of two articles; `withBoilerplate` false = boilerplate/metadata lines excluded (shown as boilerplate rows). Supplied by the CLI. */
	compare: (left: AnalyzedArticle, right: AnalyzedArticle, options: {withBoilerplate: boolean}) => Comparison;
	/** Open straight into the split view of these two article ids. */
	initialPair?: [string, string];
};
