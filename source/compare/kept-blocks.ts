// The kept text of an analysed article as a pair's comparison matches it: its
// body and title blocks, each with its text as both sides are matched on it.
import type {ComparedArticle} from './compare-articles.js';

/** A span's text as both sides are matched on it: white space runs (line breaks of a wrapped paragraph included) as one space, none around. */
export const spanText = (text: string, start: number, end: number): string => text.slice(start, end).trim().replace(/\s+/gu, ' ');

/** A kept block of an article (body and title lines; the lines of a reflowed paragraph as one): its span and its text as matched. */
export type KeptBlock = {span: {start: number; end: number}; text: string};

/** An article's kept blocks (KeptBlock), non-blank, in order. */
export const keptBlocks = (article: ComparedArticle): KeptBlock[] => {
	const kept: KeptBlock[] = [];
	let start = -1;
	let end = -1;
	let block: number | undefined;
	const close = (): void => {
		const text = start < 0 ? '' : spanText(article.text, start, end);
		if (text) kept.push({span: {start, end}, text});
		start = -1;
	};

	for (const line of article.labels.lines) {
		if (line.kind !== 'body' && line.kind !== 'title') {
			close();
			continue;
		}

		if (start >= 0 && line.block !== undefined && line.block === block) {
			end = line.span.end;
			continue;
		}

		close();
		start = line.span.start;
		end = line.span.end;
		block = line.block;
	}

	close();
	return kept;
};
