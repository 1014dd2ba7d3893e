// A table written with pipes (Markdown, reStructuredText grid rows, org-mode):
// "| Item | Cost |", "|---|---|", "| Road repairs | 3.0 million euros |", or
// without the outer pipes as GitHub's Markdown allows ("Germany | 12,000 | +4%").
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

/** A row: opens and closes with a pipe, two cells or more ("| Item | Cost |"). */
const pipeRow = /^\s*\|(?:[^|\n]*\|){2,}\s*$/u;

/** A row without the outer pipes, as GitHub's Markdown allows ("Country | Filings"): two cells or more. */
const bareRow = /^\s*[^|\s][^|\n]*(?:\|[^|\n]*)+$/u;

/** A Markdown header separator row, with or without the outer pipes: cells of dashes with optional alignment colons ("|---|:--:|", "--- | ---"). */
const separatorRow = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/u;

/** Rows a table has at the least without a separator row (two with one). */
const minRowsUnmarked = 3;

const cellCount = (raw: string): number => {
	const cells = raw.trim().split('|');
	return raw.trim().startsWith('|') ? cells.length - 2 : cells.length;
};

/** The row kind of a block's text: 'outer' or 'bare' pipes (a separator row counts as either), or none. Every kind holds a pipe: most blocks are ruled out by that alone. */
const rowKind = (raw: string): 'outer' | 'bare' | 'separator' | undefined =>
	!raw.includes('|') ? undefined : separatorRow.test(raw) ? 'separator' : pipeRow.test(raw) ? 'outer' : bareRow.test(raw) ? 'bare' : undefined;

/**
 * The sentence that introduces a table, right above it: "The deadliest disasters in the industry so far:".
 * It ends with a colon, so the passes read no sentence in it; the table is the article's, and so is its lead-in.
 * Only a block with words of prose (three or more, stopwords among them) that nothing names as chrome
 * (no marker, no repetition, no category but where it stands: navigation).
 */
const introducesTable = (state: LineState | undefined): boolean =>
	state !== undefined && !state.firm && !state.repeated && state.final?.kind === 'boilerplate' && (state.final.category === undefined || state.final.category === 'navigation')
	&& /[:：]$/u.test(state.f.plain) && state.f.size >= 3 && state.f.stopwordShare > 0;

/**
 * Marks runs of pipe-table rows (blank lines not between them: a table's rows are consecutive lines)
 * as body when they lie inside the article: a body block before the run and one after it. A run is a
 * table with a separator row and two rows or more, or `minRowsUnmarked` rows of one cell count (written
 * without the outer pipes, half of them holding a figure). Linear in the blocks.
 */
export const markPipeTables = (states: LineState[]): void => {
	const body = (state: LineState) => state.final?.kind === 'body';
	const first = states.findIndex(body);
	const last = states.findLastIndex(body);
	if (first === -1) return;
	let i = first + 1;
	while (i < last) {
		const kind = rowKind(states[i].f.raw);
		if (kind === undefined) {
			i++;
			continue;
		}

		// One kind of row through the run (a separator row goes with either).
		let outer = kind === 'outer';
		let bare = kind === 'bare';
		let j = i + 1;
		for (; j < last; j++) {
			const next = rowKind(states[j].f.raw);
			if (next === undefined || (next === 'outer' && bare) || (next === 'bare' && outer)) break;
			outer ||= next === 'outer';
			bare ||= next === 'bare';
		}

		const rows = states.slice(i, j);
		const cells = rows.filter(state => !separatorRow.test(state.f.raw));
		const separated = cells.length < rows.length;
		const counts = new Set(cells.map(state => cellCount(state.f.raw)));
		// Without outer pipes or a separator row, a run of one cell count is a table of figures only: a menu ("Home | News | Sport") has none.
		const figures = cells.filter(state => /\p{N}/u.test(state.f.raw)).length * 2 >= cells.length;
		if ((separated && rows.length >= 2) || (rows.length >= minRowsUnmarked && counts.size === 1 && (outer || figures))) {
			for (const state of rows) state.final = {kind: 'body'};
			const lead = states[i - 1];
			if (introducesTable(lead)) lead.final = {kind: 'body'};
		}

		i = j;
	}
};
