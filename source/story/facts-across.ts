// The facts of one base sentence across all copies: which value each copy
// gives ("12 killed" in 7 copies, "21 killed" in 2). Pure: reads a collation.
import type {Collation, FactKind} from './model.js';

export type FactVariant = {
	/** The copy's text for the fact ('' when the copy has none). */
	text: string;
	/** Indices into `Collation.copies`, in copy order. */
	copies: number[];
};

export type FactAcross = {
	kind: FactKind;
	/** The base's text for the fact ('' when only copies have it). */
	base: string;
	/** Copies that have the sentence and leave this fact as it is (kept, edited elsewhere, moved unchanged). */
	same: number[];
	/** The other values, most copies first. */
	variants: FactVariant[];
};

/**
 * The facts changed by any copy in the base sentence of `row` (an index into
 * `collation.rows`), grouped by the base's value. Empty for rows of added
 * material and for sentences no copy changed a fact of.
 */
export const factsAcross = (collation: Collation, row: number): FactAcross[] => {
	const entry = collation.rows[row];
	if (!entry?.base) return [];
	const byBase = new Map<string, FactAcross>();
	const touched = new Map<string, Set<number>>();
	for (const cell of entry.cells) {
		for (const fact of cell.facts) {
			const key = `${fact.kind}\u0000${fact.base}`;
			let across = byBase.get(key);
			if (!across) byBase.set(key, (across = {kind: fact.kind, base: fact.base, same: [], variants: []}));
			let variant = across.variants.find(candidate => candidate.text === fact.copy);
			if (!variant) across.variants.push((variant = {text: fact.copy, copies: []}));
			if (!variant.copies.includes(cell.copy)) variant.copies.push(cell.copy);
			let seen = touched.get(key);
			if (!seen) touched.set(key, (seen = new Set()));
			seen.add(cell.copy);
		}
	}

	for (const [key, across] of byBase) {
		const seen = touched.get(key)!;
		// A copy that has the sentence and did not change this fact keeps the base's value.
		if (across.base) across.same = entry.cells.filter(cell => cell.state !== 'dropped' && !seen.has(cell.copy)).map(cell => cell.copy);
		across.variants.sort((a, b) => b.copies.length - a.copies.length);
	}

	return [...byBase.values()];
};
