// The story view, presentational: a title, the column heads, the window of
// rows the reducer chose, the per-copy footer, the highlighted cell in full,
// a status line. Only what is on screen is laid out.
import {Box, Text} from 'ink';
import React from 'react';
import type {Story} from '../../story/story.js';
import {colorLooks, type Look} from '../../render/palette.js';
import {safeString} from '../../render/safe-text.js';
import {copySummaryLine} from '../../render/story-text.js';
import {plainStateLooks, stateMarks} from '../../render/story-marks.js';
import {fitToWidth, truncateToWidth} from '../../render/truncate.js';
import {textProps, type Theme} from '../theme.js';
import {keyOf} from '../keymap.js';
import {cellOf, footerLines, headLine, rowLine, storyColumns, type StoryPiece} from './layout.js';
import type {StoryState} from './state.js';

/** Rows of chrome: title, base line, column heads, detail (2), status; plus the footer rows. */
export const storyChromeRows = 6;

/** Footer rows for a screen height: all four when there is room, else the two most telling. */
export const footerRowsFor = (height: number): number => (height >= 24 ? 4 : 2);

/** Rows left for the table. */
export const storyPage = (height: number): number => Math.max(1, height - storyChromeRows - footerRowsFor(height));

const pieceLook = (piece: StoryPiece, theme: Theme): Look => {
	let look: Look;
	if (piece.style === 'plain') look = {};
	else if (piece.style === 'note') look = theme.text.note;
	else if (piece.style === 'number') look = theme.colors ? {color: 'gray'} : {};
	else look = theme.colors ? stateMarks[piece.style].look : plainStateLooks[piece.style];
	return piece.cursor ? {...look, inverse: true} : look;
};

const Line = ({pieces, theme}: {pieces: readonly StoryPiece[]; theme: Theme}) => (
	<Text wrap="truncate-end">
		{pieces.map((piece, index) => (
			<Text key={index} {...textProps(pieceLook(piece, theme))}>
				{piece.text}
			</Text>
		))}
	</Text>
);

export type StoryScreenProps = {
	story: Story | null;
	/** While comparing: how many copies are done of how many. */
	progress: {done: number; total: number} | null;
	error: string | null;
	state: StoryState;
	width: number;
	height: number;
	theme: Theme;
};

/** The story view's screen for a story (or its progress while the copies are compared), sized `width` × `height`. */
export const StoryScreen = ({story, progress, error, state, width, height, theme}: StoryScreenProps) => {
	const status = (text: string) => <Text {...textProps(theme.chrome.status)}>{fitToWidth(safeString(text), width)}</Text>;
	if (!story) {
		const message = error ? `could not build the story: ${error}` : progress ? `comparing the copies with the base… ${progress.done} of ${progress.total}` : 'comparing…';
		return (
			<Box flexDirection="column" width={width} height={height}>
				<Text {...textProps(theme.chrome.title)}>{fitToWidth('copydesk · story', width)}</Text>
				<Box flexGrow={1}>
					<Text>{fitToWidth(safeString(message), width)}</Text>
				</Box>
				{status(state.hint ?? `${keyOf('story.back')} back · ${keyOf('story.help')} help`)}
			</Box>
		);
	}

	const columns = storyColumns(story, width);
	const page = storyPage(height);
	const rows = story.collation.rows;
	const window: number[] = [];
	for (let index = state.top; index < Math.min(rows.length, state.top + page); index++) window.push(index);
	const cursor = {row: state.row, copy: state.copy};
	const copy = story.copies[state.copy];
	const row = rows[state.row];
	const cell = row && copy ? cellOf(row, state.copy) : undefined;
	const detail = (() => {
		if (!copy) return ['', ''];
		const name = `${copy.article.name} · ${copySummaryLine(story, state.copy)}`;
		if (!cell) return [name, 'adds nothing here'];
		const passage = cell.span ? copy.article.text.slice(cell.span.start, cell.span.end).replace(/\s+/g, ' ') : '';
		const facts = cell.facts.length > 0 ? ` · facts: ${cell.facts.map(fact => `${fact.base || '—'} → ${fact.copy || '—'}`).join(', ')}` : '';
		return [name, `${stateMarks[cell.state].glyph} ${stateMarks[cell.state].label}${facts}${passage ? `: ${passage}` : ''}`];
	})();
	const where = row?.base ? `sentence ${row.sentence + 1}/${story.collation.sentences}` : `added after sentence ${(row?.sentence ?? -1) + 1}`;
	const hints = `${keyOf('story.open')} split · ${keyOf('story.facts')} facts · ${keyOf('story.base')} base · ${keyOf('story.help')} help`;
	const statusText = [state.hint, where, `copy ${state.copy + 1}/${story.copies.length}`, hints].filter(Boolean).join(' · ');
	const baseLine = [story.base.name, story.baseDate, `${story.copies.length} cop${story.copies.length === 1 ? 'y' : 'ies'}`, 'columns by date, else similarity'].filter(Boolean).join(' · ');
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text {...textProps(theme.chrome.title)} wrap="truncate-end">
				{fitToWidth(safeString(`story · ${story.base.title}`), width)}
			</Text>
			<Text {...textProps(theme.text.note)} wrap="truncate-end">
				{fitToWidth(safeString(`base ${baseLine}`), width)}
			</Text>
			<Line pieces={headLine(story, state.left, columns, state.copy)} theme={theme} />
			<Box flexDirection="column" height={page}>
				{window.map(index => (
					<Line key={index} pieces={rowLine(story, index, state.left, columns, cursor)} theme={theme} />
				))}
			</Box>
			{footerLines(story, state.left, columns, footerRowsFor(height)).map((pieces, index) => (
				<Line key={`footer-${index}`} pieces={pieces} theme={theme} />
			))}
			<Text {...textProps(theme.chrome.header)} wrap="truncate-end">
				{truncateToWidth(safeString(detail[0]), width)}
			</Text>
			<Text wrap="truncate-end" {...textProps(cell ? (theme.colors ? stateMarks[cell.state].look : plainStateLooks[cell.state]) : colorLooks.plain)}>
				{truncateToWidth(safeString(detail[1]), width)}
			</Text>
			{status(statusText)}
		</Box>
	);
};
