// The list screen's rows as fixed-width text: pure, so widths (CJK titles,
// narrow terminals) are tested without rendering.
import type {AnalyzedArticle} from '../../corpus/article.js';
import {measureWidth, safeString} from '../../render/safe-text.js';
import {fitToWidth} from '../../render/truncate.js';

export type Column = {key: 'mark' | 'title' | 'name' | 'words' | 'boilerplate' | 'group' | 'relation'; label: string; width: number; align: 'left' | 'right'};

/**
 * Column widths for a terminal of `width` columns; group columns only when the
 * corpus has groups. The name column takes what the longest name needs (when
 * known) while the title keeps 14 columns: names identify files, and copies of
 * one story share their titles.
 */
export const listColumns = (width: number, withGroups: boolean, longestName?: number): Column[] => {
	const fixed: Column[] = [
		{key: 'words', label: 'words', width: 7, align: 'right'},
		{key: 'boilerplate', label: 'boil', width: 5, align: 'right'},
		// Narrow terminals drop the group columns before the title gets too short to read.
		...(withGroups && width >= 50 ? [{key: 'group', label: 'group', width: 9, align: 'right'} as Column] : []),
		...(withGroups && width >= 70 ? [{key: 'relation', label: 'relation', width: 10, align: 'left'} as Column] : []),
	];
	const mark = 2;
	const gaps = 2 + fixed.length + 1; // one space between columns
	const flexible = Math.max(10, width - mark - gaps - fixed.reduce((sum, column) => sum + column.width, 0));
	// Rows whose titles are alike (copies of one story) are told apart by their names: a known
	// name length is given whole while the title keeps 14 columns.
	const name = longestName === undefined ? Math.min(36, Math.max(6, Math.floor(flexible * 0.35))) : Math.max(6, Math.min(longestName, flexible - 14));
	return [
		{key: 'mark', label: '', width: mark, align: 'left'},
		{key: 'title', label: 'title', width: flexible - name, align: 'left'},
		{key: 'name', label: 'name', width: name, align: 'left'},
		...fixed,
	];
};

/** Display width of the longest article name (for the name column). */
export const longestNameWidth = (articles: readonly AnalyzedArticle[]): number => articles.reduce((longest, article) => Math.max(longest, measureWidth(safeString(article.name))), 4);

const percent = (share: number) => `${Math.round(share * 100)}%`;

const cell = (article: AnalyzedArticle, column: Column, mark: number): string => {
	switch (column.key) {
		case 'mark':
			return mark > 0 ? String(mark) : '';
		case 'title':
			return safeString(article.title.replace(/\s+/g, ' ').trim() || '(untitled)');
		case 'name':
			return safeString(article.name);
		case 'words':
			return article.pending ? '…' : article.words.toLocaleString('en-US');
		case 'boilerplate':
			return article.pending ? '' : percent(article.labels.boilerplateShare);
		case 'group':
			if (!article.group) return '';
			return `${article.group.original === article.id ? '*' : ''}#${article.group.group} ×${article.group.groupSize}`;
		case 'relation':
			if (!article.group || article.group.groupSize < 2) return '';
			return article.group.original === article.id ? 'original' : article.group.relation;
	}
};

/** One list row as text exactly `width` columns wide (when the columns were made for `width`). */
export const formatRow = (article: AnalyzedArticle, columns: readonly Column[], mark: number): string =>
	columns.map(column => fitToWidth(cell(article, column, mark), column.width, column.align)).join(' ');

/** The header line (column names). */
export const formatHeader = (columns: readonly Column[], sort: {key: string; descending: boolean} | null): string =>
	columns
		.map(column => {
			const arrow = sort?.key === column.key ? (sort.descending ? '▼' : '▲') : '';
			return fitToWidth(column.label + arrow, column.width, column.align);
		})
		.join(' ');
