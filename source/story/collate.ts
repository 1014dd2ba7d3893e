// Collation of many copies against one base, in the manner of CollateX:
// every copy is first aligned to the base by the comparison engine (one
// Comparison each, base on the left), then the alignments are merged into one
// table with a row per base sentence and rows for material copies add.
// Pure; O(copies × (base sentences + rows of each comparison)); the added
// sentences of a place are joined by their key, and each copy's new rows merged in
// one pass (O(copies × added rows of the place)).
import type {Comparison, Row} from '../compare/model.js';
import {normalizeForMatch} from '../text/normalize.js';
import type {Span} from '../text/span.js';
import {engineFactsByRow, rowFacts, type FactCache} from './facts.js';
import {cellStates, type Cell, type CellState, type Collation, type CollationRow, type CopySummary, type FactChange} from './model.js';

/** One copy to collate: its text and its comparison with the base (base = left side). */
export type CollationWitness = {text: string; comparison: Comparison};

const noFacts: readonly FactChange[] = Object.freeze([]);

/** What a copy did with the base passage of a row (left side present). */
export const stateOfRow = (row: Row): CellState => {
	switch (row.kind) {
		case 'same':
			return 'kept';
		case 'moved':
			return 'moved';
		case 'removed':
			return 'dropped';
		case 'added':
			return 'added';
		case 'changed':
			if (row.rewritten) return 'rewritten';
			// Equal after normalisation only (quotes, case): the engine does not count it as a change.
			return row.ops.length > 0 && row.ops.every(op => op.op === 'equal') ? 'kept' : 'edited';
		default:
			return 'kept';
	}
};

/** Rows of a comparison that cover base body text (not boilerplate), with their index, in base order. */
const baseRowsOf = (comparison: Comparison): number[] => {
	const indices: number[] = [];
	let sorted = true;
	let previous = -1;
	for (const [index, row] of comparison.rows.entries()) {
		if (!row.left || row.kind === 'boilerplate') continue;
		if (row.left.start < previous) sorted = false;
		previous = row.left.start;
		indices.push(index);
	}

	// The model promises left-text order; sorting is only a safeguard.
	if (!sorted) indices.sort((a, b) => comparison.rows[a].left!.start - comparison.rows[b].left!.start);
	return indices;
};

/**
 * The base's sentences: the finest partition of the base body that every
 * comparison's rows respect. All comparisons split the base the same way
 * (the same text, the same boilerplate), but a pair may join two sentences
 * (a copy merged them): another copy that keeps them apart separates them here.
 */
const baseSentences = (witnesses: readonly CollationWitness[], baseRows: readonly number[][]): Span[] => {
	const starts = new Set<number>();
	for (const [c, witness] of witnesses.entries()) for (const index of baseRows[c]) starts.add(witness.comparison.rows[index].left!.start);
	const sorted = [...starts].sort((a, b) => a - b);
	const ends = sorted.map(() => Number.POSITIVE_INFINITY);
	for (const [c, witness] of witnesses.entries()) {
		const rows = baseRows[c];
		let r = 0;
		for (const [k, start] of sorted.entries()) {
			while (r < rows.length && witness.comparison.rows[rows[r]].left!.end <= start) r++;
			if (r >= rows.length) break;
			const span = witness.comparison.rows[rows[r]].left!;
			if (span.start <= start) ends[k] = Math.min(ends[k], span.end);
		}
	}

	const sentences: Span[] = [];
	for (const [k, start] of sorted.entries()) {
		const next = k + 1 < sorted.length ? sorted[k + 1] : Number.POSITIVE_INFINITY;
		const end = Math.min(ends[k], next);
		if (Number.isFinite(end) && end > start) sentences.push({start, end});
	}

	return sentences;
};

/** Index of the last sentence starting before `offset` (−1 if none): where material after that offset goes. */
const sentenceBefore = (sentences: readonly Span[], offset: number): number => {
	let low = 0;
	let high = sentences.length - 1;
	let found = -1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (sentences[middle].start < offset) {
			found = middle;
			low = middle + 1;
		} else high = middle - 1;
	}

	return found;
};

/**
 * Merges each copy's comparison with the base into one table.
 *
 * `baseText` is the base's text (offsets of every `left` span index it);
 * `witnesses[i].comparison` must compare the base (left) with copy i (right),
 * as `compareArticles(base, copy)` does. Rows: each base sentence, followed by
 * the rows of material copies add after it — one row per added sentence, shared
 * by the copies that add that same sentence there (normalizeForMatch equal: a cell
 * under a row always holds the row's sentence), each copy's in its own order.
 * Copies keep the given order.
 */
export const collate = (baseText: string, witnesses: readonly CollationWitness[]): Collation => {
	const baseRows = witnesses.map(witness => baseRowsOf(witness.comparison));
	const sentences = baseSentences(witnesses, baseRows);
	const cellsBySentence: Cell[][] = sentences.map(() => []);
	// Added material: place (sentence index + 1) → copy → its added rows there, in order.
	const added = new Map<number, Map<number, number[]>>();
	const copies: CopySummary[] = [];
	const seen: FactCache = new Map();

	for (const [c, witness] of witnesses.entries()) {
		const {comparison, text} = witness;
		const rows = comparison.rows;
		const engineFacts = engineFactsByRow(comparison);
		const states = Object.fromEntries(cellStates.map(state => [state, 0])) as Record<CellState, number>;
		let factsChanged = 0;
		const factsOfRow = new Map<number, readonly FactChange[]>();
		const factsFor = (index: number): readonly FactChange[] => {
			let facts = factsOfRow.get(index);
			if (!facts) {
				const found = rowFacts(rows[index], index, baseText, text, engineFacts, seen);
				facts = found.length > 0 ? found : noFacts;
				factsOfRow.set(index, facts);
				factsChanged += facts.length;
			}

			return facts;
		};

		// Base sentences: the row covering each sentence's start. Every base row has a cell for every copy:
		// a sentence this pair left out as boilerplate (body against another copy) is a `boilerplate` cell.
		const own = baseRows[c];
		const leftOut = rows.flatMap((row, index) => (row.kind === 'boilerplate' && row.left ? [index] : [])).sort((a, b) => rows[a].left!.start - rows[b].left!.start);
		let r = 0;
		let b = 0;
		for (const [k, sentence] of sentences.entries()) {
			while (r < own.length && rows[own[r]].left!.end <= sentence.start) r++;
			if (r >= own.length || rows[own[r]].left!.start > sentence.start) {
				while (b < leftOut.length && rows[leftOut[b]].left!.end <= sentence.start) b++;
				const covering = b < leftOut.length && rows[leftOut[b]].left!.start <= sentence.start ? leftOut[b] : undefined;
				// Not covered by any row of this pair (the engine's rows cover the base): said as dropped rather than no cell.
				const state: CellState = covering === undefined ? 'dropped' : 'boilerplate';
				states[state]++;
				cellsBySentence[k].push({copy: c, state, span: covering === undefined ? null : (rows[covering].right ?? null), facts: noFacts, row: covering ?? -1});
				continue;
			}

			const index = own[r];
			const row = rows[index];
			const state = stateOfRow(row);
			states[state]++;
			cellsBySentence[k].push({copy: c, state, span: row.right, facts: state === 'kept' || state === 'dropped' ? noFacts : factsFor(index), row: index});
		}

		// Added material sits after the base sentence of the last row before it that has a base side.
		let lastBaseEnd = -1;
		for (const [index, row] of rows.entries()) {
			if (row.left) {
				lastBaseEnd = Math.max(lastBaseEnd, row.left.end);
				continue;
			}

			if (row.kind !== 'added' || !row.right) continue;
			const place = lastBaseEnd < 0 ? -1 : sentenceBefore(sentences, lastBaseEnd);
			let byCopy = added.get(place);
			if (!byCopy) added.set(place, (byCopy = new Map()));
			let list = byCopy.get(c);
			if (!list) byCopy.set(c, (list = []));
			list.push(index);
			states.added++;
		}

		copies.push({
			relation: comparison.relation,
			similarity: comparison.similarity,
			changes: comparison.changes,
			factsChanged: 0,
			states,
			degraded: comparison.degraded,
		});
		// Every row with a base side starts a base sentence (the sentences are cut at every row's start),
		// so every changed row got a cell above and its facts are counted.
		copies[c].factsChanged = engineFacts ? [...engineFacts.values()].reduce((total, list) => total + list.length, 0) : factsChanged;
	}

	const table: CollationRow[] = [];
	const pushAdded = (place: number) => {
		const byCopy = added.get(place);
		if (!byCopy) return;
		type AddedRow = {key: string; cells: Cell[]};
		let rows: AddedRow[] = [];
		// The rows holding each sentence (normalizeForMatch: trivial differences aside), in the order they were opened.
		const rowsByKey = new Map<string, AddedRow[]>();
		for (const [c, list] of [...byCopy.entries()].sort((a, b) => a[0] - b[0])) {
			const {text, comparison} = witnesses[c];
			// Each added sentence joins a row that holds the same sentence from another copy, wherever that row stands
			// (copies add shared sentences in different orders: each is one row all the same); the same sentence added
			// twice by one copy joins the next such row. One that joins none opens a row of its own, just before the
			// row its next sentence joins (at the end if none does), so the copy's own additions keep its order there.
			const used = new Map<string, number>();
			const joins = list.map(index => {
				const span = comparison.rows[index].right!;
				const key = normalizeForMatch(text.slice(span.start, span.end));
				const holding = rowsByKey.get(key);
				const n = used.get(key) ?? 0;
				used.set(key, n + 1);
				return {key, row: holding?.[n]};
			});
			// The new rows, by the row they go before (undefined: at the end), built in one pass from the copy's last sentence.
			const before = new Map<AddedRow | undefined, AddedRow[]>();
			let next: AddedRow | undefined;
			for (let k = list.length - 1; k >= 0; k--) {
				let row = joins[k]!.row;
				if (row) next = row;
				else {
					row = {key: joins[k]!.key, cells: []};
					const holding = rowsByKey.get(row.key);
					if (holding) holding.push(row);
					else rowsByKey.set(row.key, [row]);
					const going = before.get(next);
					if (going) going.push(row);
					else before.set(next, [row]);
				}

				row.cells.push({copy: c, state: 'added', span: comparison.rows[list[k]!].right, facts: noFacts, row: list[k]!});
			}

			// Rows merged with the new ones in one pass (each list was built last first); new rows only at the end are appended.
			// (Pushed one by one: a spread of tens of thousands of rows overflows the call stack.)
			const atEnd = before.get(undefined)?.reverse() ?? [];
			if (before.size > (atEnd.length > 0 ? 1 : 0)) {
				const merged: AddedRow[] = [];
				for (const row of rows) {
					for (const going of before.get(row)?.reverse() ?? []) merged.push(going);
					merged.push(row);
				}
				rows = merged;
			}
			for (const row of atEnd) rows.push(row);
		}

		for (const row of rows) table.push({base: null, cells: row.cells.sort((a, b) => a.copy - b.copy), sentence: place});
	};

	pushAdded(-1);
	for (const [k, sentence] of sentences.entries()) {
		table.push({base: sentence, cells: cellsBySentence[k], sentence: k});
		pushAdded(k);
	}

	return {rows: table, copies, sentences: sentences.length};
};
