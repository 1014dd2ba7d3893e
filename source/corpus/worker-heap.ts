// How large a labelling worker's heap may grow: a bound set when it starts
// (worker_threads resourceLimits), so the sum of the workers' heaps is a
// figure known in advance, not whatever the collector left uncollected on a
// loaded machine (the 100,000-article listing peaked at 1.8 to 2.2 GB by the
// machine's load, each worker's heap growing to ~650 MB around ~200 MB live).
import {keptBlockCharacters, keptCharacters, keptItems} from './worker-slice.js';

/** Megabytes every labelling worker may use whatever its share: the bundle's code, its tables, one article's passing work. */
export const baseHeapMb = 128;
/** Bytes a slice item adds while its slice's line statistics are counted (lines seen once included): ~3.6 KB at 50,000 generated articles, garbage not yet collected included. */
export const sliceItemBytes = 3072;
/** Bytes each article of the corpus adds to every worker while it labels: the corpus's repeated lines and each article's sketch view (under 1 KB at 100,000). */
export const corpusItemBytes = 1024;

/**
 * The old-generation limit (MB, worker_threads resourceLimits.maxOldGenerationSizeMb) of
 * a worker labelling `sliceItems` of a corpus of `corpusItems`: baseHeapMb, what its
 * slice's counts and the corpus's evidence take (sliceItemBytes, corpusItemBytes), and,
 * for a slice small enough to keep its texts and blocks between its passes (worker-slice.ts
 * keptItems), those (two bytes a character of text, 2.3 of blocks), and the texts handed to it
 * (`handedCharacters`: two bytes each). Twice or more what is
 * live at the bench's 10,000 and 100,000 articles: room for the collector, not for its
 * delays. A corpus of far longer articles can outgrow it: the caller then does the analysis
 * again without limits (parallel-analysis.ts), saying so.
 */
export function analysisHeapLimitMb(sliceItems: number, corpusItems: number, handedCharacters = 0): number {
	const kept = sliceItems <= keptItems ? 2 * keptCharacters + 2.3 * keptBlockCharacters : 0;
	return Math.ceil(baseHeapMb + (sliceItems * sliceItemBytes + corpusItems * corpusItemBytes + kept + 2 * handedCharacters) / 2 ** 20);
}

/**
 * Characters of text handed to a worker in its share (articles, not files it reads), a page's
 * markup evidence counted four times its text as worker-slice.ts charges it: they live in its heap
 * until labelled (analysisHeapLimitMb's `handedCharacters`).
 */
export const handedCharacters = (items: ReadonlyArray<{article: {text: string; dom?: unknown}} | {file: unknown}>): number => {
	let characters = 0;
	for (const item of items) if ('article' in item) characters += item.article.text.length * (item.article.dom ? 4 : 1);
	return characters;
};

/** The one line a caller shows (after `copydesk: warning: `) when a worker outgrew its heap limit and the analysis was done again unbounded. */
export const heapLimitMessage = (error: Error): string => `an analysis worker outgrew its heap limit (${error.message.split(/[\r\n]/)[0]!.trim() || error.name}); analysed again without limits, so memory is not bounded`;
