import type {Excluded} from '../boilerplate/label.js';
import {excludedSpans} from '../boilerplate/strip.js';
import type {ComparedArticle} from './compare-articles.js';

/** A line's text as both sides are matched on it: surrounding white space dropped. */
const lineText = (text: string, start: number, end: number): string => text.slice(start, end).trim();

/** The texts of an article's kept lines (body and title), non-blank. */
const keptTexts = (article: ComparedArticle): Set<string> => {
	const kept = new Set<string>();
	for (const line of article.labels.lines) {
		if (line.kind !== 'body' && line.kind !== 'title') continue;
		const text = lineText(article.text, line.span.start, line.span.end);
		if (text) kept.add(text);
	}

	return kept;
};

/**
 * The spans to leave out of one pair's comparison, decided for the pair, not
 * per article: a line labelled boilerplate or metadata on one side whose exact
 * text is a kept (body or title) line on the other side is compared as text on
 * both. Labels depend on a line's position (chrome gathers at the ends of a
 * page), so the same sentence can be chrome at the end of one copy and body in
 * the middle of a longer one; excluding it on one side only would report a
 * change where the texts agree. Shapes: spans index each article's `text`.
 */
export const pairExclusions = (left: ComparedArticle, right: ComparedArticle): {left: Excluded[]; right: Excluded[]} => {
	const leftKept = keptTexts(left);
	const rightKept = keptTexts(right);
	const keep = (article: ComparedArticle, otherKept: Set<string>): Excluded[] =>
		excludedSpans(article.labels).filter(excluded => {
			const text = lineText(article.text, excluded.span.start, excluded.span.end);
			return !text || !otherKept.has(text);
		});
	return {left: keep(left, rightKept), right: keep(right, leftKept)};
};
