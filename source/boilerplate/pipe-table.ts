// A table written with pipes (Markdown, reStructuredText grid rows, org-mode):
// "| Item | Cost |", "|---|---|", "| Road repairs | 3.0 million euros |".
// Row by row its cells look like a list of headlines (short, no sentence
// end, one after another), so the passes dropped a cost table between two
// paragraphs of the article, and a changed figure in it was no change
// (breaker9 F17). A table is one object: inside the article's span (kept
// prose above and below it) it is the article's, as a figure or a list
// there is. A table outside that span (a sidebar of prices, a page's
// layout grid) keeps its labels.
// A context rule over the labelled blocks, run after the fitted decision
// (as number-grid.ts is).
import type {LineState} from './line-state.js';

/** A row: opens and closes with a pipe, two cells or more. */
const pipeRow = /^\s*\|(?:[^|\n]*\|){2,}\s*$/u;

/** A Markdown header separator row: cells of dashes with optional alignment colons ("|---|:--:|"). */
const separatorRow = /^\s*\|(?:\s*:?-{3,}:?\s*\|){2,}\s*$/u;

/** Rows a table has at the least without a separator row (two with one). */
const minRowsUnmarked = 3;

const cellCount = (raw: string): number => raw.trim().split('|').length - 2;

/**
 * Marks runs of pipe-table rows (blank lines not between them: a table's rows are consecutive lines)
 * as body when they lie inside the article: a body block before the run and one after it. A run is a
 * table with a separator row and two rows or more, or `minRowsUnmarked` rows of one cell count.
 * Linear in the blocks.
 */
export const markPipeTables = (states: LineState[]): void => {
	const body = (state: LineState) => state.final?.kind === 'body';
	const first = states.findIndex(body);
	const last = states.findLastIndex(body);
	if (first === -1) return;
	let i = first + 1;
	while (i < last) {
		if (!pipeRow.test(states[i].f.raw)) {
			i++;
			continue;
		}

		let j = i;
		while (j < last && pipeRow.test(states[j].f.raw)) j++;
		const rows = states.slice(i, j);
		const separated = rows.some(state => separatorRow.test(state.f.raw));
		const counts = new Set(rows.filter(state => !separatorRow.test(state.f.raw)).map(state => cellCount(state.f.raw)));
		if ((separated && rows.length >= 2) || (rows.length >= minRowsUnmarked && counts.size === 1)) {
			for (const state of rows) state.final = {kind: 'body'};
		}

		i = j;
	}
};
