// Pieces shared by the reports: an article's header line, a fact as text.
import {articleDate, type AnalyzedArticle} from '../../corpus/article.js';
import type {FactChange} from '../../story/model.js';
import {escapeHtml, textHtml} from './escape.js';

/**
 * Attributes of an element holding an article's text: `dir="auto"` (the
 * direction of its first strong letter, HTML's rule for text of unknown
 * direction, so an Urdu or Hebrew paragraph reads right to left) and `lang`,
 * the article's detected language (ISO 639-1) when one was found. The
 * report's own words stay English, left to right.
 */
export const textAttributes = (article: {labels: Pick<AnalyzedArticle['labels'], 'language'>}): string => {
	const {language} = article.labels;
	return ` dir="auto"${/^[a-z]{2,3}$/.test(language) && language !== 'und' ? ` lang="${language}"` : ''}`;
};

/** A piece of article text inside a line of the report's words: isolated (<bdi>), so a right-to-left name or figure does not reorder the line. */
export const isolatedHtml = (text: string, attributes = ''): string => `<bdi${attributes}>${textHtml(text)}</bdi>`;

/** "name · date · N words" with the name in bold; all escaped. */
export const articleLine = (role: string, article: Pick<AnalyzedArticle, 'name' | 'meta' | 'labels' | 'words'>): string => {
	const date = articleDate(article);
	return `<p class="meta">${escapeHtml(role)}: <b>${isolatedHtml(article.name)}</b>${date ? ` · ${isolatedHtml(date)}` : ''} · ${article.words} words</p>`;
};

/** "12 → 21" (a side that lacks the fact shows as "—"); each value isolated (<bdi>). */
export const factHtml = (fact: Pick<FactChange, 'base' | 'copy'>): string => `${fact.base ? `“${isolatedHtml(fact.base)}”` : '—'} → ${fact.copy ? `“${isolatedHtml(fact.copy)}”` : '—'}`;

/** A share 0..1 as a whole percentage ("16%"). */
export const percent = (value: number): string => `${Math.round(value * 100)}%`;
