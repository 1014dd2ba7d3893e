// The article table — title, name, words, boilerplate share, group, relation
// to the group's original, similarity — as plain fixed-width text: one model
// of the columns that `copydesk list` prints and the reader's list draws, so
// the two never show an article differently. Pure: widths (CJK titles, narrow
// terminals) are tested without rendering.
import type {AnalyzedArticle, GroupInfo} from '../corpus/article.js';
import {measureWidth, safeString} from './safe-text.js';
import {fitToWidth} from './truncate.js';
import {similarityPercent} from './similarity-text.js';

/** What the table shows of an article (a listed row, or an analysed article: tableArticle). */
export type TableArticle = {
	id: string;
	name: string;
	title: string;
	words: number;
	/** Share of lines taken for boilerplate, 0..1. */
	boilerplateShare: number;
	group?: GroupInfo;
	/** Listed before its analysis: no words or share yet. */
	pending?: boolean;
};

export type ArticleColumnKey = 'title' | 'name' | 'words' | 'boilerplate' | 'group' | 'relation' | 'similarity';

/** A column as laid out: `mark` is the reader's column of marks (1, 2). Widths in terminal columns. */
export type Column = {key: ArticleColumnKey | 'mark'; label: string; width: number; align: 'left' | 'right'};

/** Heading and alignment of each column, in table order. */
const columnSpecs: ReadonlyArray<{key: ArticleColumnKey; label: string; align: 'left' | 'right'}> = [
	{key: 'title', label: 'title', align: 'left'},
	{key: 'name', label: 'name', align: 'left'},
	{key: 'words', label: 'words', align: 'right'},
	{key: 'boilerplate', label: 'boil', align: 'right'},
	{key: 'group', label: 'group', align: 'right'},
	{key: 'relation', label: 'relation', align: 'left'},
	{key: 'similarity', label: 'sim', align: 'right'},
];

/**
 * Widths of the fixed columns, and the table width from which each is shown:
 * narrow terminals drop the similarity, then the relation, then the group
 * before the title gets too short to read ("999,999" words; "boil▼" with its
 * sort arrow; "*#9999 ×99"; "~rewritten"; "~100%").
 */
const fixedColumns: ReadonlyArray<{key: ArticleColumnKey; width: number; from: number; grouped: boolean}> = [
	{key: 'words', width: 7, from: 0, grouped: false},
	{key: 'boilerplate', width: 5, from: 0, grouped: false},
	{key: 'group', width: 10, from: 50, grouped: true},
	{key: 'relation', width: 10, from: 70, grouped: true},
	{key: 'similarity', width: 5, from: 100, grouped: true},
];

const markWidth = 2;
const minimumName = 6;
/** The title keeps this much when names are long; below minimumTitle it is dropped (the name identifies the file). */
const keptTitle = 14;
const minimumTitle = 10;

export type TableOptions = {
	/** The corpus has groups of several articles (showsGroups): group, relation and similarity columns, as the width allows. */
	withGroups: boolean;
	/** Display width of the longest name, when known: the name column takes it (the title keeps 14 columns). */
	longestName?: number;
	/** A leading column for the reader's marks. */
	marks?: boolean;
};

/**
 * The columns of a table exactly `width` terminal columns wide (one space
 * between columns), at least 24. The name column takes what the longest name
 * needs, when known, while the title keeps 14 columns: names identify files,
 * and copies of one story share their titles.
 */
export function tableColumns(width: number, {withGroups, longestName, marks = false}: TableOptions): Column[] {
	const spec = (key: ArticleColumnKey, columnWidth: number): Column => ({...columnSpecs.find(column => column.key === key)!, width: columnWidth});
	const fixed = fixedColumns.filter(column => (!column.grouped || withGroups) && width >= column.from).map(column => spec(column.key, column.width));
	const lead: Column[] = marks ? [{key: 'mark', label: '', width: markWidth, align: 'left'}] : [];
	// Title and name share what the others and the spaces between all columns leave.
	const flexible = width - [...lead, ...fixed].reduce((sum, column) => sum + column.width + 1, 0) - 1;
	if (flexible - minimumName < minimumTitle) return [...lead, spec('name', Math.max(1, flexible + 1)), ...fixed];
	const name = longestName === undefined ? Math.min(36, Math.max(minimumName, Math.floor(flexible * 0.35))) : Math.max(minimumName, Math.min(longestName, flexible - keptTitle));
	return [...lead, spec('title', flexible - name), spec('name', name), ...fixed];
}

/** Whether a table of these articles has group columns: some group holds two or more of them (else every group column would read "#n" alone). */
export const showsGroups = (articles: ReadonlyArray<{group?: GroupInfo}>): boolean => articles.some(article => (article.group?.groupSize ?? 0) > 1);

/** Display width of the longest article name, as the name column shows it. */
export const longestNameWidth = (articles: ReadonlyArray<{name: string}>): number => {
	// A loop: spreading 100,000 widths into Math.max overflows the stack.
	let longest = 4;
	for (const article of articles) longest = Math.max(longest, measureWidth(safeString(article.name)));
	return longest;
};

/** An analysed article as the table sees it. */
export const tableArticle = (article: AnalyzedArticle): TableArticle => ({
	id: article.id,
	name: article.name,
	title: article.title,
	words: article.words,
	boilerplateShare: article.labels.boilerplateShare,
	...(article.group ? {group: article.group} : {}),
	...(article.pending ? {pending: true} : {}),
});

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A count with thousands separated by commas ("12,345"), as toLocaleString('en-US') writes it, several times faster (a 100,000-row list). */
const thousands = (count: number): string => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * A word count in the words column's 7 cells: whole with separators up to "999,999", then in millions
 * with one decimal ("4.0M", "12.3M"): a number cut to the width ("4,000,…") reads as another number.
 */
const wordCount = (count: number): string => (count < 1_000_000 ? thousands(count) : `${(Math.floor(count / 100_000) / 10).toFixed(1)}M`);

/** In a group of more than one. */
const grouped = (article: TableArticle): article is TableArticle & {group: GroupInfo} => (article.group?.groupSize ?? 0) > 1;

/**
 * The text of one cell, terminal-safe (controls made visible): the title on
 * one line ("(untitled)" when empty); words with thousands separators, in millions from
 * a million ("4.0M"; "…" while pending); the group as "#3 ×4" ("*" before the group's original, "#7"
 * alone for an article in no group of several); the relation to the original
 * ("original" for itself) and its similarity, for members of groups only,
 * "~" before a relation and a similarity that are an estimate rather than
 * diff's verdict (on the relation too, so the mark stays when a narrow table
 * drops the similarity).
 */
export function articleCell(article: TableArticle, key: ArticleColumnKey): string {
	switch (key) {
		case 'title':
			return safeString(article.title.replace(/\s+/g, ' ').trim() || '(untitled)');
		case 'name':
			return safeString(article.name);
		case 'words':
			return article.pending ? '…' : wordCount(article.words);
		case 'boilerplate':
			return article.pending ? '' : percent(article.boilerplateShare);
		case 'group':
			if (!article.group) return '';
			return grouped(article) ? `${article.group.original === article.id ? '*' : ''}#${article.group.group} ×${article.group.groupSize}` : `#${article.group.group}`;
		case 'relation':
			if (!grouped(article)) return '';
			if (article.group.original === article.id) return 'original';
			// An estimate (groups/relation.ts), not diff's verdict for the pair: marked.
			return `${article.group.estimated ? '~' : ''}${article.group.relation}`;
		case 'similarity':
			if (!grouped(article) || article.group.original === article.id) return '';
			// An estimate (groups/relation.ts), not diff's verdict for the pair: marked.
			return `${article.group.estimated ? '~' : ''}${similarityPercent(article.group.similarity, article.group.relation === 'identical')}%`;
	}
}

/** One row as text exactly as wide as its columns; `mark` fills the marks column (0: none). */
export const formatArticleRow = (article: TableArticle, columns: readonly Column[], mark = 0): string =>
	columns.map(column => fitToWidth(column.key === 'mark' ? (mark > 0 ? String(mark) : '') : articleCell(article, column.key), column.width, column.align)).join(' ');

/** The header line: column names, the sorted one with ▲ (ascending) or ▼. */
export const formatTableHeader = (columns: readonly Column[], sort: {key: string; descending: boolean} | null = null): string =>
	columns
		.map(column => {
			const arrow = sort?.key === column.key ? (sort.descending ? '▼' : '▲') : '';
			return fitToWidth(column.label + arrow, column.width, column.align);
		})
		.join(' ');
