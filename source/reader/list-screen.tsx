// The list screen, presentational: the window of rows the reducer chose,
// rendered through ink-select-input. The reader drives the highlight itself
// (one input router; ink-select-input binds j/k and digits and renders every
// item it gets), so SelectInput is unfocused, gets only the visible window and
// is remounted (key) whenever the window or highlight changes.
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import React from 'react';
import type {AnalyzedArticle} from '../corpus/article.js';
import type {CorpusSnapshot} from '../corpus/feed.js';
import {safeString} from '../render/safe-text.js';
import {fitToWidth} from '../render/truncate.js';
import {formatHeader, formatRow, listColumns} from './list-columns.js';
import type {ListState} from './list-state.js';
import {keyOf} from './keymap.js';
import {textProps, type Theme} from './theme.js';

export type ListScreenProps = {
	snapshot: CorpusSnapshot;
	view: readonly AnalyzedArticle[];
	state: ListState;
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

const Indicator = () => null;

const progressBar = (done: number, total: number, width: number) => {
	const filled = total > 0 ? Math.round((done / total) * width) : 0;
	return '█'.repeat(filled) + '░'.repeat(Math.max(0, width - filled));
};

export const statusText = ({snapshot, view, state}: Pick<ListScreenProps, 'snapshot' | 'view' | 'state'>): string => {
	if (state.filtering) return `/${state.filter}▏  (Enter keep · Esc clear)`;
	const parts: string[] = [];
	const total = snapshot.articles.length;
	parts.push(view.length === total ? `${total} articles` : `${view.length} of ${total} match /${state.filter}`);
	if (view.length > 0) parts.push(`${state.cursor + 1}/${view.length}`);
	const names = state.marks.map((id, index) => `${index + 1}:${snapshot.articles.find(article => article.id === id)?.name ?? id}`);
	parts.push(names.length > 0 ? `marked ${names.join(' ')}` : `${keyOf('list.mark')} mark two, ${keyOf('list.open')} compare`);
	if (snapshot.problems.length > 0) parts.push(`${snapshot.problems.length} problem${snapshot.problems.length === 1 ? '' : 's'} (${keyOf('list.problems')})`);
	if (snapshot.progress) parts.push(`${snapshot.progress.phase} ${progressBar(snapshot.progress.done, snapshot.progress.total, 10)} ${snapshot.progress.done}/${snapshot.progress.total}`);
	if (state.hint) parts.unshift(state.hint);
	parts.push(`${keyOf('list.help')} help`);
	return parts.join(' · ');
};

export const ListScreen = ({snapshot, view, state, width, height, theme, page, longestName}: ListScreenProps) => {
	// Groups come last, all at once: no need to look through the articles while analysis runs.
	const withGroups = snapshot.progress === null && snapshot.articles.some(article => article.group !== undefined);
	const columns = listColumns(width, withGroups, longestName);
	const window = view.slice(state.top, state.top + page);
	const markOf = (id: string) => state.marks.indexOf(id) + 1;
	const items = window.map(article => ({key: article.id, value: article.id, label: formatRow(article, columns, markOf(article.id))}));
	const highlighted = state.cursor - state.top;
	const Item = ({label, isSelected}: {label: string; isSelected?: boolean}) => {
		const marked = /^[12] /.test(label);
		return (
			<Text wrap="truncate-end" {...textProps(isSelected ? theme.chrome.highlight : marked ? theme.chrome.mark : {})}>
				{label}
			</Text>
		);
	};
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text {...textProps(theme.chrome.title)} wrap="truncate-end">
				{fitToWidth(`copydesk · ${safeString(snapshot.root)}`, width)}
			</Text>
			<Text {...textProps(theme.chrome.columns)} wrap="truncate-end">
				{formatHeader(columns, state.sort)}
			</Text>
			<Box flexDirection="column" height={page}>
				{view.length === 0 ? (
					<Text {...textProps(theme.chrome.hint)}>{snapshot.articles.length === 0 ? (snapshot.progress ? 'loading…' : 'no articles found') : 'no article matches the filter (Esc clears it)'}</Text>
				) : (
					<SelectInput key={`${state.top}:${highlighted}:${width}`} items={items} isFocused={false} initialIndex={Math.max(0, highlighted)} indicatorComponent={Indicator} itemComponent={Item} />
				)}
			</Box>
			<Text {...textProps(state.filtering ? theme.chrome.focus : theme.chrome.status)} wrap="truncate-end">
				{fitToWidth(safeString(statusText({snapshot, view, state})), width)}
			</Text>
		</Box>
	);
};
