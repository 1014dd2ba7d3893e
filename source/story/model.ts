import type {Relation} from '../compare/model.js';
import type {Span} from '../text/span.js';

/**
 * The collation model: every copy of a story aligned to one base text and
 * merged into one table (CollateX's alignment table, for news copies). The
 * contract between the engine (collate.ts) and every renderer of a story
 * (terminal reader, `story --json`, HTML report). Pure data.
 */

/**
 * What one copy did with one base sentence: `kept` word for word (trivial
 * differences aside), `edited` (word changes), `rewritten` (too different for a
 * word diff), `moved` (elsewhere in the copy), `dropped` (not in the copy), or,
 * on rows of material the base does not have, `added`; `boilerplate` when the
 * base sentence was left out of this copy's comparison (labelled boilerplate or
 * metadata in this pair, so not compared: pair-exclusion.ts), though it is body
 * against another copy.
 */
export type CellState = 'kept' | 'edited' | 'rewritten' | 'moved' | 'dropped' | 'added' | 'boilerplate';

/** The states in table order (for legends and counts). */
export const cellStates: readonly CellState[] = ['kept', 'edited', 'rewritten', 'moved', 'dropped', 'added', 'boilerplate'];

/** Kinds of fact, in the engine's vocabulary (issue #13: numbers, dates, names, quotations). */
export type FactKind = 'number' | 'date' | 'name' | 'quote' | 'negation' | 'mood' | 'place';

/** A fact that differs between the base sentence and the copy's: the text on each side ('' when one side has none). */
export type FactChange = {kind: FactKind; base: string; copy: string};

export type Cell = {
	/** Index into `Collation.copies`. */
	copy: number;
	state: CellState;
	/** The copy's span for this cell (the whole paired passage: a merged or split sentence keeps its full span); null when dropped. */
	span: Span | null;
	/** Facts changed in this cell (empty for kept, dropped and added cells). */
	facts: readonly FactChange[];
	/** Index into that copy's `Comparison.rows` (to open the split view at this place). */
	row: number;
};

export type CollationRow = {
	/** The base sentence, or null on a row of material some copies add. */
	base: Span | null;
	/**
	 * Base rows: one cell per copy, in copy order. Added rows: only the copies
	 * that add something there, in copy order.
	 */
	cells: Cell[];
	/** Base rows: the base sentence's index; added rows: the index of the base sentence they follow (-1 before the first). */
	sentence: number;
};

/** What the collation knows of a copy as a whole (the footer of its column). */
export type CopySummary = {
	relation: Relation;
	similarity: number;
	/** Rows of its comparison that count as a change. */
	changes: number;
	/** Facts changed across the whole copy. */
	factsChanged: number;
	/** Count of cells per state. */
	states: Record<CellState, number>;
	degraded: boolean;
};

export type Collation = {
	/** Base sentences in text order, each followed by the rows of material copies add after it. */
	rows: CollationRow[];
	/** In the order the copies were given. */
	copies: CopySummary[];
	/** Number of base sentences (rows whose `base` is set). */
	sentences: number;
};
