// Pieces shared by the reports: an article's header line, a fact as text.
import {articleDate, type AnalyzedArticle} from '../../corpus/article.js';
import type {FactChange} from '../../story/model.js';
import {escapeHtml, textHtml} from './escape.js';

/** "name · date · N words" with the name in bold; all escaped. */
export const articleLine = (role: string, article: Pick<AnalyzedArticle, 'name' | 'meta' | 'labels' | 'words'>): string => {
	const date = articleDate(article);
	return `<p class="meta">${escapeHtml(role)}: <b>${textHtml(article.name)}</b>${date ? ` · ${textHtml(date)}` : ''} · ${article.words} words</p>`;
};

/** "12 → 21" (a side that lacks the fact shows as "—"). */
export const factHtml = (fact: Pick<FactChange, 'base' | 'copy'>): string => `${fact.base ? `“${textHtml(fact.base)}”` : '—'} → ${fact.copy ? `“${textHtml(fact.copy)}”` : '—'}`;

/** A share 0..1 as a whole percentage ("16%"). */
export const percent = (value: number): string => `${Math.round(value * 100)}%`;
