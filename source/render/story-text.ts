// `copydesk story` for a terminal or a pipe: who the copies are, then one line
// per row of the collation — a glyph per copy, then the base sentence (or, on
// a row of added material, the first adding copy's text). Pure: returns text.
import type {CellState} from '../story/model.js';
import type {Story} from '../story/story.js';
import {toAnsi} from './ansi.js';
import type {Look} from './palette.js';
import {safeString} from './safe-text.js';
import {copyLabels, plainStateLooks, stateMarks} from './story-marks.js';
import type {SegmentStyle, StyledSegment} from './style.js';
import {truncateToWidth} from './truncate.js';
import {similarityFixed} from './similarity-text.js';

export type StoryTextOptions = {
	/** Total columns. */
	width: number;
	/** Colors (a terminal without NO_COLOR). */
	color: boolean;
	/** Any escape sequence at all: only for a terminal. */
	styled?: boolean;
};

type StoryStyle = CellState | 'plain' | 'note' | 'header';

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Columns of sentence text kept beside the glyph columns; copies past what fits beside it are not shown. */
const minTextWidth = 12;

/** The one-line summary of a copy (footer of its column), shared by every story renderer. */
export const copySummaryLine = (story: Story, index: number): string => {
	const copy = story.copies[index];
	const summary = story.collation.copies[index];
	const parts = [
		`${summary.relation} ${similarityFixed(summary.similarity, summary.relation === 'identical')}`,
		`boilerplate ${percent(copy.article.labels.boilerplateShare)}`,
		`${summary.factsChanged} fact${summary.factsChanged === 1 ? '' : 's'} changed`,
	];
	if (copy.date) parts.push(copy.date);
	if (summary.degraded) parts.push('coarse');
	return parts.join(' · ');
};

/** The whole story as lines of text. */
export const storyText = (story: Story, options: StoryTextOptions): string => {
	const width = Math.max(20, options.width);
	const looks: Record<StoryStyle, Look> = {
		...(options.color ? Object.fromEntries(Object.entries(stateMarks).map(([state, mark]) => [state, mark.look])) : plainStateLooks),
		plain: {},
		note: options.color ? {color: 'cyan', dim: true} : {dim: true},
		header: {bold: true},
	} as Record<StoryStyle, Look>;
	const line = (segments: Array<{text: string; style: StoryStyle}>) =>
		options.styled === false && !options.color ? segments.map(segment => segment.text).join('') : toAnsi(segments as StyledSegment[], looks as unknown as Record<SegmentStyle, Look>);
	const out: string[] = [];
	const {base, copies, collation} = story;
	const baseDetails = [safeString(base.name), story.baseDate, `${copies.length} cop${copies.length === 1 ? 'y' : 'ies'}`].filter(Boolean).join(' · ');
	out.push(line([{text: truncateToWidth(`story: ${safeString(base.title)}`, width), style: 'header'}]));
	out.push(line([{text: truncateToWidth(`base: ${baseDetails}`, width), style: 'note'}]));
	const digits = String(copies.length).length;
	const labels = copyLabels(copies.map(copy => copy.article.name));
	for (const [index, copy] of copies.entries()) {
		const label = `${String(index + 1).padStart(digits)} ${safeString(copy.article.name)} · ${copySummaryLine(story, index)}`;
		out.push(line([{text: truncateToWidth(label, width), style: 'plain'}]));
	}

	// The glyph legend, wrapped so every line fits `width`.
	let legend: Array<{text: string; style: StoryStyle}> = [];
	let used = 0;
	for (const state of Object.keys(stateMarks) as CellState[]) {
		const entry = ` ${state}  `;
		if (used > 0 && used + 1 + entry.trimEnd().length > width) {
			out.push(line(legend).trimEnd());
			legend = [];
			used = 0;
		}

		legend.push({text: stateMarks[state].glyph, style: state}, {text: entry, style: 'note'});
		used += 1 + entry.length;
	}

	out.push(line(legend).trimEnd());
	const column = digits + 1;
	// The glyph columns that fit beside at least minTextWidth of text (all of them when they do), as the reader's story
	// view shows as many copies as fit: every line stays within `width`, whatever the number of copies.
	const shown = Math.max(1, Math.min(copies.length, Math.floor((width - 2 - minTextWidth) / column)));
	const textWidth = Math.max(1, width - column * shown - 2);
	if (shown < copies.length) {
		out.push(line([{text: truncateToWidth(`copies 1–${shown} of ${copies.length} shown: a wider --width shows more, --json all`, width), style: 'note'}]));
	}

	out.push(copies.slice(0, shown).map((_, index) => String(index + 1).padStart(column)).join(''));
	for (const row of collation.rows) {
		const byCopy = new Map(row.cells.map(cell => [cell.copy, cell]));
		const segments: Array<{text: string; style: StoryStyle}> = [];
		for (let index = 0; index < shown; index++) {
			const cell = byCopy.get(index);
			segments.push({text: ' '.repeat(column - 1), style: 'plain'}, cell ? {text: stateMarks[cell.state].glyph, style: cell.state} : {text: ' ', style: 'plain'});
		}

		segments.push({text: '  ', style: 'plain'});
		if (row.base) {
			segments.push({text: truncateToWidth(safeString(base.text.slice(row.base.start, row.base.end).replace(/\s+/g, ' ')), textWidth), style: 'plain'});
		} else if (row.cells.length > 0) {
			const first = row.cells[0];
			const copy = copies[first.copy];
			const text = first.span ? copy.article.text.slice(first.span.start, first.span.end).replace(/\s+/g, ' ') : '';
			segments.push({text: truncateToWidth(safeString(`+ ${first.copy + 1} ${labels[first.copy]}: ${text}`), textWidth), style: 'note'});
		}

		out.push(line(segments).trimEnd());
	}

	return `${out.join('\n')}\n`;
};
