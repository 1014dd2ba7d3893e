import type {Excluded} from '../boilerplate/label.js';
import {excludedSpans} from '../boilerplate/strip.js';
import type {ComparedArticle} from './compare-articles.js';

/** A span's text as both sides are matched on it: white space runs (line breaks of a wrapped paragraph included) as one space, none around. */
const spanText = (text: string, start: number, end: number): string => text.slice(start, end).trim().replace(/\s+/gu, ' ');

/** The texts of an article's kept blocks (body and title lines; the lines of a reflowed paragraph as one), non-blank. */
const keptTexts = (article: ComparedArticle): Set<string> => {
	const kept = new Set<string>();
	let start = -1;
	let end = -1;
	let block: number | undefined;
	const close = (): void => {
		const text = start < 0 ? '' : spanText(article.text, start, end);
		if (text) kept.add(text);
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

/**
 * The spans to leave out of one pair's comparison, decided for the pair, not
 * per article: a line (or reflowed paragraph) labelled boilerplate or metadata
 * on one side whose text is a kept (body or title) line or paragraph on the
 * other side, white space aside (one side may be wrapped), is compared as text on
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
			const text = spanText(article.text, excluded.span.start, excluded.span.end);
			return !text || !otherKept.has(text);
		});
	return {left: keep(left, rightKept), right: keep(right, leftKept)};
};

/**
 * Reasons the boilerplate labeller gives from a line's place on the page or its shape
 * alone (source/boilerplate: "after the article", "few words" …), as opposed to what the
 * line says ("share links", "cookie notice") or the corpus ("repeated in 14 articles").
 */
const positionalReasons: ReadonlySet<string> = new Set([
	'few words',
	'after the article',
	'before the article',
	'far from the article',
	'outside the article',
	'line outside the article',
	'short line outside the article',
]);

/**
 * Whether an excluded line is tentative in a comparison: labelled boilerplate by its
 * position or shape only. Such a line is compared as a sentence and stays boilerplate
 * unless it pairs on its words with a reworded counterpart on the other side: page chrome
 * is copied between copies or absent, never reworded, so a reworded counterpart means the
 * labeller misjudged where the article ends (a translated article's closing list, a
 * reference line). Source of the principle: the comparison's own evidence; measured on
 * dev-data/align (README, Sentence alignment).
 */
export const isTentative = (excluded: Excluded): boolean => excluded.label === 'boilerplate' && excluded.reason !== undefined && positionalReasons.has(excluded.reason);
