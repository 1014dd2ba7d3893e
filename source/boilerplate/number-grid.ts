// A calendar: a booking widget's month ("Mo Di Mi Do Fr Sa So",
// "01 02 03 … 31"). Its cells are figures of one or two digits and words of at
// most three letters; no sentence is made of them. A table of such cells is a
// calendar only with a calendar's own evidence: a month's name above or between
// its rows, or day numbers counting up one by one (1, 2, 3, … at least two
// weeks). A league table or a list of scores ("ARS 10 8 1 1 25") has neither
// and is article text: its changed figures are facts. A page's HTML gives one cell per line, a w3m dump one week per line:
// either way the run of such blocks is chrome, and its day numbers are no facts.
// A context rule over the labelled blocks (not a model feature): it runs after
// the fitted decision, as the comment-thread rule does.
import {parseDateSpan} from '../text/dates.js';
import {boiler, type LineState} from './line-state.js';

/** The reason a grid's blocks carry; the page's DOM (dom-evidence.ts) does not bring them back. */
export const numberGridReason = 'calendar or number grid';

/** A cell of a grid: a figure of one or two digits ("01", "7."), or a word of at most three letters ("Mo", "Sa", "Tue"). */
const gridCell = /^(?:\p{N}{1,2}[.)]?|\p{L}{1,3}\.?)$/u;

/** A figure cell (a day number). */
const figureCell = /^\p{N}{1,2}[.)]?$/u;

/** A grid holds at least two weeks of day numbers. */
const minFigures = 14;

/** The longest run of figures, in reading order, each one more than the one before (a calendar's days: 1 2 3 … 31). */
const longestCount = (figures: readonly number[]): number => {
	let best = 0;
	let run = 0;
	for (let k = 0; k < figures.length; k++) {
		run = k > 0 && figures[k] === figures[k - 1] + 1 ? run + 1 : 1;
		if (run > best) best = run;
	}

	return best;
};

/** A grid's heading: names and years alone, a few per month ("Oktober 2020", "Juni 2021   Juli 2021"). */
const monthHeading = (raw: string): boolean => {
	const tokens = raw.split(/\s+/u).filter(Boolean);
	return tokens.length > 0 && tokens.length <= 8 && tokens.some((token) => /^\p{N}{4}$/u.test(token)) && tokens.every((token) => /^(?:\p{N}{4}|\p{Lu}\p{Ll}{2,9}\.?)$/u.test(token));
};

/** A months' heading that names a month ("Oktober 2020"), not only a year ("Premier League 2024"). */
const namesMonth = (raw: string): boolean => monthHeading(raw) && parseDateSpan(raw)?.precision === 'month';

/**
 * A block whose every token (split at white space and `|`) is a grid cell, and which has one:
 * the test gridCells makes, on the string as it is. Each cell is followed by a separator or the
 * end, and no cell character is one, so a cell is a whole token and the match is linear.
 */
const gridRow = /^[\s|]*(?:(?:\p{N}{1,2}[.)]?|\p{L}{1,3}\.?)(?:[\s|]+|$))+$/u;

/**
 * Cells of a block when every token of it is a grid cell; undefined otherwise. Called for
 * every block of every page, and almost none is a grid: tested whole first (gridRow), split only when it is one.
 */
export const gridCells = (raw: string): string[] | undefined => {
	if (!gridRow.test(raw)) return undefined;
	const cells = raw.split(/[\s|]+/u).filter(Boolean);
	return cells.length > 0 && cells.every((cell) => gridCell.test(cell)) ? cells : undefined;
};

/**
 * Marks runs of grid blocks (every token a grid cell; blank lines and at
 * most one months' heading between two of them) holding at
 * least `minFigures` figures, as navigation "calendar or number grid", when
 * the run has a calendar's evidence: a months' heading above or between its
 * rows, or `minFigures` day numbers counting up one by one. A table of
 * scores without either stays article text. The months' names above and
 * between its rows are the grid's too. Linear in the blocks.
 */
export const markNumberGrids = (states: LineState[]): void => {
	let i = 0;
	while (i < states.length) {
		if (states[i].f.size === 0 || !gridCells(states[i].f.raw)) {
			i++;
			continue;
		}

		const run: number[] = [];
		const days: number[] = [];
		let figures = 0;
		let j = i;
		let others = 0;
		for (; j < states.length; j++) {
			const {f} = states[j];
			if (f.size === 0 && f.raw === '') continue;
			const cells = gridCells(f.raw);
			if (cells) {
				run.push(j);
				for (const cell of cells) {
					if (!figureCell.test(cell)) continue;
					figures++;
					days.push(Number.parseInt(cell, 10));
				}

				others = 0;
				continue;
			}

			// Months' names between two rows of the grid ("Oktober 2020   November 2020").
			if (others === 0 && monthHeading(f.raw)) {
				run.push(j);
				others++;
				continue;
			}

			break;
		}

		if (figures >= minFigures) {
			// The first month's name, above the grid.
			const above = states.findLastIndex((state, k) => k < i && state.f.size > 0);
			if (above !== -1 && monthHeading(states[above].f.raw)) run.push(above);
			// A calendar's evidence: a month named above or between its rows, or days counting up.
			if (run.some((k) => namesMonth(states[k].f.raw)) || longestCount(days) >= minFigures) {
				for (const k of run) states[k].final = boiler('navigation', numberGridReason);
			}
		}

		i = Math.max(j, i + 1);
	}
};
