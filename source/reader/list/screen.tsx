// The list screen, presentational: the window of rows the reducer chose,
// rendered through ink-select-input. The reader drives the highlight itself
// (one input router; ink-select-input binds j/k and digits and renders every
// item it gets), so SelectInput is unfocused, gets only the visible window and
// is remounted (key) whenever the window, a mark or the highlight changes
// (it resets its own highlight to the first row when its items' values change).
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import React from 'react';
import {skippedFiles, type AnalyzedArticle} from '../../corpus/article.js';
import type {CorpusSnapshot} from '../../corpus/feed.js';
import {formatArticleRow, formatTableHeader, showsGroups, tableArticle, tableColumns} from '../../render/article-table.js';
import {safeString} from '../../render/safe-text.js';
import {fitToWidth} from '../../render/truncate.js';
import {emptyViewHints, type ListState} from './state.js';
import {keyOf} from '../keymap.js';
import {fitStatus, type StatusPart} from '../status-line.js';
import {textProps, type Theme} from '../theme.js';

export type ListScreenProps = {
	snapshot: CorpusSnapshot;
	view: readonly AnalyzedArticle[];
	state: ListState;
	/** Row of the highlighted article in the view (cursorIn). */
	cursor: number;
	width: number;
	height: number;
	theme: Theme;
	/** Rows available for articles (height minus title, header, status). */
	page: number;
	/** Width of the longest article name, if known (sizes the name column). */
	longestName?: number;
};

/** Rows of chrome around the list: title, column header, status line. */
export const listChromeRows = 3;

/** The highlighted row is pointed at as well as drawn inverse: it stays visible where inverse is not shown. */
const Indicator = ({isSelected}: {isSelected?: boolean}) => <Text>{isSelected ? '›' : ' '}</Text>;

const progressBar = (done: number, total: number, width: number) => {
	const filled = total > 0 ? Math.round((done / total) * width) : 0;
	return '█'.repeat(filled) + '░'.repeat(Math.max(0, width - filled));
};

/** The status line, fitted to `width`: a hint and the position outlast the instructions; "? help" is always there. */
export const statusText = ({snapshot, view, state, cursor, width}: Pick<ListScreenProps, 'snapshot' | 'view' | 'state' | 'cursor' | 'width'>): string => {
	if (state.filtering) return fitToWidth(safeString(`/${state.filter}▏  (Enter keep · Esc clear)`), width);
	const parts: StatusPart[] = [];
	const total = snapshot.articles.length;
	if (state.hint) parts.push({text: state.hint, rank: 4});
	parts.push({text: view.length === total ? `${total} articles` : `${view.length} of ${total} match /${state.filter}`, rank: 2});
	if (view.length > 0) parts.push({text: `${cursor + 1}/${view.length}`, rank: 4});
	const names = state.marks.map((id, index) => `${index + 1}:${snapshot.articles.find(article => article.id === id)?.name ?? id}`);
	parts.push(names.length > 0 ? {text: `marked ${names.join(' ')}`, rank: 3} : {text: `${keyOf('list.mark')} mark two, ${keyOf('list.open')} compare`, rank: 0});
	if (snapshot.problems.length > 0) {
		// As list's footer: a file only skipped (binary, too large) is no fault.
		const skipped = skippedFiles(snapshot.problems);
		const errors = snapshot.problems.filter(problem => problem.kind !== 'skipped').length;
		const counts = [...(skipped > 0 ? [`${skipped} skipped`] : []), ...(errors > 0 ? [`${errors} problem${errors === 1 ? '' : 's'}`] : [])];
		parts.push({text: `${counts.join(', ')} (${keyOf('list.problems')})`, rank: 1});
	}
	if (snapshot.progress) parts.push({text: `${snapshot.progress.phase} ${progressBar(snapshot.progress.done, snapshot.progress.total, 10)} ${snapshot.progress.done}/${snapshot.progress.total}`, rank: 3});
	parts.push({text: `${keyOf('list.help')} help`, rank: 5});
	return fitStatus(parts, width);
};

/** The list of articles (the article table, render/article-table.ts, with marks), `height` rows by `width` columns. */
export const ListScreen = ({snapshot, view, state, cursor, width, height, theme, page, longestName}: ListScreenProps) => {
	// Groups come last, all at once: no need to look through the articles while analysis runs.
	const withGroups = snapshot.progress === null && showsGroups(snapshot.articles);
	// The article table `copydesk list` prints, with a column of marks; one column is the indicator's.
	const columns = tableColumns(width - 1, {withGroups, marks: true, ...(longestName === undefined ? {} : {longestName})});
	const window = view.slice(state.top, state.top + page);
	const markOf = (id: string) => state.marks.indexOf(id) + 1;
	// The item's value carries its mark, so the row's look never has to be read back out of its text.
	const items = window.map(article => ({key: article.id, value: {id: article.id, mark: markOf(article.id)}, label: formatArticleRow(tableArticle(article), columns, markOf(article.id))}));
	const highlighted = cursor - state.top;
	const Item = ({label, value, isSelected}: {label: string; value?: {mark: number}; isSelected?: boolean}) => (
		<Text wrap="truncate-end" {...textProps(isSelected ? theme.chrome.highlight : value && value.mark > 0 ? theme.chrome.mark : {})}>
			{label}
		</Text>
	);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text {...textProps(theme.chrome.title)} wrap="truncate-end">
				{fitToWidth(`copydesk · ${safeString(snapshot.root)}`, width)}
			</Text>
			<Text {...textProps(theme.chrome.columns)} wrap="truncate-end">
				{` ${formatTableHeader(columns, state.sort)}`}
			</Text>
			<Box flexDirection="column" height={page}>
				{view.length === 0 ? (
					<Text {...textProps(theme.chrome.hint)}>{snapshot.articles.length === 0 ? (snapshot.progress ? 'loading…' : 'no articles found') : emptyViewHints.noMatch}</Text>
				) : (
					<SelectInput key={`${highlighted}:${width}:${window.map(article => `${article.id}:${markOf(article.id)}`).join('\u0000')}`} items={items} isFocused={false} initialIndex={Math.max(0, highlighted)} indicatorComponent={Indicator} itemComponent={Item} />
				)}
			</Box>
			<Text {...textProps(state.filtering ? theme.chrome.focus : theme.chrome.status)} wrap="truncate-end">
				{statusText({snapshot, view, state, cursor, width})}
			</Text>
		</Box>
	);
};
