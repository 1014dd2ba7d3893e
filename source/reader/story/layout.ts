// The story view's layout, pure: how many copy columns fit, and the styled
// pieces of one screen line for one row of the collation. Only the rows and
// copy columns on screen are ever laid out (200 copies × 2,000 sentences cost
// what the visible window costs).
import type {Cell, CellState, CollationRow} from '../../story/model.js';
import type {Story} from '../../story/story.js';
import {safeString} from '../../render/safe-text.js';
import {relationShort, shortName, stateMarks} from '../../render/story-marks.js';
import {truncateToWidth} from '../../render/truncate.js';
import {similarityPercent} from '../../render/similarity-text.js';

export type StoryPieceStyle = CellState | 'plain' | 'note' | 'number';

/** A piece of a line; `cursor` marks the highlighted cell or row text. */
export type StoryPiece = {text: string; style: StoryPieceStyle; cursor?: boolean};

export type StoryColumns = {
	/** Columns of the row number ("  12 "). */
	numberWidth: number;
	/** Columns of one copy (glyph and padding). */
	columnWidth: number;
	/** How many copy columns are on screen. */
	visible: number;
	/** Columns left for the sentence. */
	textWidth: number;
};

/** The separator between the copy columns and the text. */
export const separator = ' │ ';

/** Fits the columns into `width`: at least one copy, the text keeping a third of the width (at most 40 columns) when it can. */
export const storyColumns = (story: Story, width: number): StoryColumns => {
	const numberWidth = String(story.collation.rows.length).length + 1;
	// A column is headed by its copy's number and must hold every footer value whole (similarity % up to "100").
	let facts = 0;
	for (const summary of story.collation.copies) facts = Math.max(facts, summary.factsChanged);
	const columnWidth = Math.max(3, String(story.copies.length).length, String(facts).length) + 1;
	const minimumText = Math.min(40, Math.floor(width / 3));
	const room = width - numberWidth - separator.length - minimumText;
	const visible = Math.max(1, Math.min(story.copies.length, Math.floor(room / columnWidth)));
	return {numberWidth, columnWidth, visible, textWidth: Math.max(1, width - numberWidth - separator.length - visible * columnWidth)};
};

/** The cell of `copy` in a row, if it has one (base rows are dense, added rows sparse and ordered). */
export const cellOf = (row: CollationRow, copy: number): Cell | undefined => {
	const direct = row.cells[copy];
	if (direct?.copy === copy) return direct;
	let low = 0;
	let high = row.cells.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const found = row.cells[middle].copy;
		if (found === copy) return row.cells[middle];
		if (found < copy) low = middle + 1;
		else high = middle - 1;
	}
	return undefined;
};

/** The text a row stands for: its base sentence, or the first adding copy's passage ("+ 004: …"). */
export const rowText = (story: Story, row: CollationRow): {text: string; added: boolean} => {
	if (row.base) return {text: story.base.text.slice(row.base.start, row.base.end), added: false};
	const first = row.cells[0];
	if (!first?.span) return {text: '', added: true};
	const copy = story.copies[first.copy];
	const more = row.cells.length > 1 ? ` (+${row.cells.length - 1} more)` : '';
	return {text: `+ ${first.copy + 1} ${shortName(copy.article.name)}${more}: ${copy.article.text.slice(first.span.start, first.span.end)}`, added: true};
};

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One screen line for row `index`: number, the visible copies' glyphs from `left`, the text. */
export const rowLine = (story: Story, index: number, left: number, columns: StoryColumns, cursor: {row: number; copy: number}): StoryPiece[] => {
	const row = story.collation.rows[index];
	const highlighted = index === cursor.row;
	const pieces: StoryPiece[] = [{text: row.base ? String(row.sentence + 1).padStart(columns.numberWidth - 1) + ' ' : ' '.repeat(columns.numberWidth), style: 'number', cursor: highlighted}];
	const end = Math.min(story.copies.length, left + columns.visible);
	for (let copy = left; copy < end; copy++) {
		const cell = cellOf(row, copy);
		pieces.push({text: ' ', style: 'plain'});
		pieces.push(cell ? {text: stateMarks[cell.state].glyph, style: cell.state, cursor: highlighted && copy === cursor.copy} : {text: highlighted && copy === cursor.copy ? '·' : ' ', style: 'plain', cursor: highlighted && copy === cursor.copy});
		pieces.push({text: ' '.repeat(columns.columnWidth - 2), style: 'plain'});
	}

	for (let copy = end; copy < left + columns.visible; copy++) pieces.push({text: ' '.repeat(columns.columnWidth), style: 'plain'});
	pieces.push({text: separator, style: 'note'});
	const {text, added} = rowText(story, row);
	pieces.push({text: truncateToWidth(safeString(oneLine(text)), columns.textWidth), style: added ? 'note' : 'plain', cursor: highlighted});
	return pieces;
};

/** The column heads: each visible copy's number (1-based, unique), the highlighted one marked; beside them the highlighted copy's file name and the base's. */
export const headLine = (story: Story, left: number, columns: StoryColumns, copy: number): StoryPiece[] => {
	const pieces: StoryPiece[] = [{text: ' '.repeat(columns.numberWidth), style: 'plain'}];
	const end = Math.min(story.copies.length, left + columns.visible);
	for (let index = left; index < end; index++) {
		const name = String(index + 1);
		pieces.push({text: ' ', style: 'plain'}, {text: name, style: 'number', cursor: index === copy}, {text: ' '.repeat(Math.max(0, columns.columnWidth - 1 - name.length)), style: 'plain'});
	}

	for (let index = end; index < left + columns.visible; index++) pieces.push({text: ' '.repeat(columns.columnWidth), style: 'plain'});
	pieces.push({text: separator, style: 'note'}, {text: truncateToWidth(safeString(`${copy + 1}: ${story.copies[copy]?.article.name ?? ''} · base: ${story.base.name}`), columns.textWidth), style: 'note'});
	return pieces;
};

/** Footer rows under the columns: relation, similarity %, boilerplate %, facts changed — `rows` of them, most telling first. */
export const footerLines = (story: Story, left: number, columns: StoryColumns, rows: number): StoryPiece[][] => {
	const kinds: Array<{label: string; value: (copy: number) => string}> = [
		{label: 'similarity %', value: copy => similarityPercent(story.collation.copies[copy].similarity, story.collation.copies[copy].relation === 'identical')},
		{label: 'facts changed', value: copy => String(story.collation.copies[copy].factsChanged)},
		{label: 'relation', value: copy => relationShort[story.collation.copies[copy].relation] ?? '?'},
		{label: 'boilerplate %', value: copy => String(Math.round(story.copies[copy].article.labels.boilerplateShare * 100))},
	];
	return kinds.slice(0, rows).map(kind => {
		const pieces: StoryPiece[] = [{text: ' '.repeat(columns.numberWidth), style: 'plain'}];
		const end = Math.min(story.copies.length, left + columns.visible);
		for (let copy = left; copy < end; copy++) pieces.push({text: (' ' + kind.value(copy)).padEnd(columns.columnWidth), style: 'number'});
		for (let copy = end; copy < left + columns.visible; copy++) pieces.push({text: ' '.repeat(columns.columnWidth), style: 'plain'});
		pieces.push({text: separator, style: 'note'}, {text: kind.label, style: 'note'});
		return pieces;
	});
};
