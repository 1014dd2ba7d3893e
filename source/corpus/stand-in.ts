// TEMPORARY stand-in for the boilerplate labeller and word counter until
// source/boilerplate/classify.ts and source/text/words.ts land. Delete then.
import type {ArticleLabels} from '../boilerplate/label.js';
import {isBlank, splitLines} from '../boilerplate/lines.js';

export type CorpusEvidence = {articles: number};

export const buildCorpusEvidence = (texts: readonly string[]): CorpusEvidence => ({articles: texts.length});

export const labelArticle = (text: string, _evidence?: CorpusEvidence): ArticleLabels => ({
	lines: splitLines(text)
		.filter(line => !isBlank(text.slice(line.start, line.end)))
		.map(line => ({n: line.n, span: {start: line.start, end: line.end}, kind: 'body' as const})),
	language: 'und',
	meta: {},
	boilerplateShare: 0,
});

const words = new Intl.Segmenter(undefined, {granularity: 'word'});
export const countWords = (text: string): number => {
	let count = 0;
	for (const segment of words.segment(text)) if (segment.isWordLike) count++;
	return count;
};
