import type {Comparison} from '../compare/model.js';
import type {AnalyzedArticle, LoadProblem} from '../corpus/article.js';
import type {CorpusFeed} from '../corpus/feed.js';

/** What the CLI hands the reader. */
export type ReaderInput = {
	feed: CorpusFeed;
	/**
	 * Builds the comparison model of two articles; `withBoilerplate` false = boilerplate/metadata lines excluded (shown as
	 * boilerplate rows). Supplied by the CLI; a promise when the engine may still be loading (the CLI loads it after the first frame).
	 */
	compare: (left: AnalyzedArticle, right: AnalyzedArticle, options: {withBoilerplate: boolean}) => Comparison | Promise<Comparison>;
	/** The same comparison computed off the UI thread (a worker), used for large pairs so keys never wait on it. Without it, every pair is compared on the UI thread. */
	compareOffThread?: (left: AnalyzedArticle, right: AnalyzedArticle, options: {withBoilerplate: boolean}) => Promise<Comparison>;
	/**
	 * Re-reads an article's file (the DiskFeed's `reloadArticle`): the same object when unchanged, a
	 * new one — also published in the feed's snapshot — when changed, a problem when gone or unreadable.
	 * Without it, the reader cannot notice files changing under it.
	 */
	reloadArticle?: (article: AnalyzedArticle) => Promise<AnalyzedArticle | LoadProblem>;
	/** Watches an article's file while its comparison is open: calls `onChange` when it changes or vanishes; returns the stop function. With `reloadArticle`, a change is re-read and compared again at once. */
	watchFile?: (path: string, onChange: () => void) => () => void;
	/**
	 * Hands the terminal to $VISUAL/$EDITOR on `path` at `line` and takes it back
	 * (as less's `v` does); returns why it could not, or null. Supplied by the
	 * terminal mount; without it the key says no editor can be opened.
	 */
	openInEditor?: (path: string, line: number) => string | null;
	/** Ctrl-Z: hand the terminal back and stop the process until the shell's `fg` (mount.tsx); absent where there is no job control (tests). */
	suspend?: () => void;
	/** Open straight into the split view of these two article ids. */
	initialPair?: [string, string];
	/** Open straight into the story view of these article ids, against this base (`copydesk story` on a terminal). */
	initialStory?: {ids: string[]; baseId: string};
};
