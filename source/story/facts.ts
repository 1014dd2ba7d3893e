// Facts that differ between a base sentence and a copy's. The comparison
// engine is gaining its own `facts` list (issue #13: `{kind, left, right, row}`
// per comparison); when a comparison carries it, it is the one source. Until
// then — and for comparisons made without it — this module derives them from
// the paired sentences: numbers and capitalised names present on one side and
// not the other. This is the seam: `rowFacts` is the only caller-facing entry.
import type {Comparison, Row} from '../compare/model.js';
import type {FactChange, FactKind} from './model.js';

/** A fact as the engine reports it (issue #13); `left`/`right` are text, or spans into the texts. */
type EngineFact = {kind: FactKind; left: unknown; right: unknown; row: number};

const isEngineFact = (value: unknown): value is EngineFact =>
	typeof value === 'object' && value !== null && typeof (value as EngineFact).row === 'number' && typeof (value as EngineFact).kind === 'string';

const sideText = (side: unknown, text: string): string => {
	if (typeof side === 'string') return side;
	if (side && typeof side === 'object' && typeof (side as {start: unknown}).start === 'number' && typeof (side as {end: unknown}).end === 'number') {
		const span = side as {start: number; end: number};
		return text.slice(span.start, span.end);
	}

	return '';
};

/**
 * The engine's facts, grouped by row index, or undefined when the comparison
 * carries none (then `rowFacts` derives them).
 */
export const engineFactsByRow = (comparison: Comparison, baseText: string, copyText: string): Map<number, FactChange[]> | undefined => {
	const facts = (comparison as Comparison & {facts?: unknown}).facts;
	if (!Array.isArray(facts)) return undefined;
	const byRow = new Map<number, FactChange[]>();
	for (const fact of facts) {
		if (!isEngineFact(fact)) continue;
		const list = byRow.get(fact.row) ?? [];
		list.push({kind: fact.kind, base: sideText(fact.left, baseText), copy: sideText(fact.right, copyText)});
		byRow.set(fact.row, list);
	}

	return byRow;
};

/** Numbers with their separators, signs and percent (any script's decimal digits). */
const numberPattern = /[-+−]?\p{Nd}+(?:[.,:/]\p{Nd}+)*\s?%?/gu;
/** A run of capitalised words (scripts with case), joined by spaces or hyphens. */
const namePattern = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*/gu;
const monthOrDay = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

/** A fact found in a text. */
export type Found = {kind: FactKind; text: string};

const factsIn = (text: string): Found[] => {
	const found: Found[] = [];
	for (const match of text.matchAll(numberPattern)) found.push({kind: 'number', text: match[0].trim()});
	// In a headline in title case every word is capitalised: names cannot be told apart there.
	const words = text.match(/\p{L}{4,}/gu) ?? [];
	const capitalised = words.filter(word => /^\p{Lu}/u.test(word)).length;
	if (words.length >= 3 && capitalised / words.length > 0.6) return found;
	for (const match of text.matchAll(namePattern)) {
		// The first word of a sentence is capitalised anyway: not a name by itself.
		const start = match.index;
		const before = text.slice(Math.max(0, start - 3), start);
		let name = match[0];
		if (start === 0 || /[.!?:"“«]\s*$/.test(before)) {
			const space = name.search(/\s/);
			if (space < 0) continue;
			name = name.slice(space).trim();
		}

		found.push({kind: monthOrDay.test(name) ? 'date' : 'name', text: name});
	}

	return found;
};

/** Facts and words of texts met before (a base sentence is met once per copy). */
export type FactCache = Map<string, [Found[], Set<string>]>;

const analysed = (text: string, seen?: FactCache): [Found[], Set<string>] => {
	let entry = seen?.get(text);
	if (!entry) {
		entry = [factsIn(text), wordsOf(text)];
		if (seen && seen.size < 50_000) seen.set(text, entry);
	}

	return entry;
};

const wordsOf = (text: string): Set<string> => new Set((text.toLowerCase().match(/[\p{L}\p{M}\p{Nd}]+/gu) ?? []).map(stem));
/** Possessives aside ("Syria's" is Syria). */
const stem = (word: string) => word.replace(/['’]s$/u, '');

/** Does the other side lack a word of this fact (case aside)? Then the fact is not on that side. */
const missingFrom = (fact: Found, words: Set<string>): boolean =>
	(fact.text.toLowerCase().match(/[\p{L}\p{M}\p{Nd}]+(?:['’]s)?/gu) ?? []).some(word => !words.has(stem(word)));

/**
 * Facts present on one side of a paired passage and not on the other, paired
 * in order by kind when both sides have as many ("12" → "21"); otherwise each
 * pairs with ''.
 * Numbers compare as written; names and dates count as present when each of
 * their words appears on the other side in any case (a title in title case is
 * not a name change). Bounded: linear in the passage's length.
 */
export const derivedFacts = (baseText: string, copyText: string, seen?: FactCache): FactChange[] => {
	if (baseText === copyText) return [];
	const [base, baseWords] = analysed(baseText, seen);
	const [copy, copyWords] = analysed(copyText, seen);
	const counts = (facts: Found[]) => {
		const map = new Map<string, number>();
		for (const fact of facts) if (fact.kind === 'number') map.set(fact.text, (map.get(fact.text) ?? 0) + 1);
		return map;
	};

	const only = (facts: Found[], otherCounts: Map<string, number>, otherWords: Set<string>): Found[] =>
		facts.filter(fact => {
			if (fact.kind !== 'number') return missingFrom(fact, otherWords);
			const left = otherCounts.get(fact.text) ?? 0;
			if (left > 0) {
				otherCounts.set(fact.text, left - 1);
				return false;
			}

			return true;
		});
	const onlyBase = only(base, counts(copy), copyWords);
	const onlyCopy = only(copy, counts(base), baseWords);
	const changes: FactChange[] = [];
	for (const kind of ['number', 'date', 'name', 'quote'] as const) {
		const from = onlyBase.filter(fact => fact.kind === kind);
		const to = onlyCopy.filter(fact => fact.kind === kind);
		// Paired only when the counts agree ("12 … 48" → "21 … 50"); otherwise each stands alone,
		// rather than claim that one name replaced another.
		if (from.length === to.length) {
			for (const [index, fact] of from.entries()) changes.push({kind, base: fact.text, copy: to[index]!.text});
		} else {
			for (const fact of from) changes.push({kind, base: fact.text, copy: ''});
			for (const fact of to) changes.push({kind, base: '', copy: fact.text});
		}
	}

	return changes;
};

/**
 * The facts changed in one row of a comparison (base on the left, copy on the
 * right): the engine's when `engineFacts` is given, else derived from the two
 * sides' text. One-sided and unchanged rows have none.
 */
export const rowFacts = (row: Row, rowIndex: number, baseText: string, copyText: string, engineFacts?: Map<number, FactChange[]>, seen?: FactCache): FactChange[] => {
	if (engineFacts) return engineFacts.get(rowIndex) ?? [];
	if (!row.left || !row.right || row.kind === 'same' || row.kind === 'boilerplate') return [];
	if (row.kind === 'moved' && row.similarity === 1) return [];
	return derivedFacts(baseText.slice(row.left.start, row.left.end), copyText.slice(row.right.start, row.right.end), seen);
};

/** A fact changed somewhere in a comparison: the row it is in, and the text on each side. */
export type ComparisonFact = FactChange & {row: number};

/**
 * Every fact changed between the two sides of a comparison (base/left vs
 * copy/right), in row order: the engine's list when it carries one, else
 * derived row by row as `rowFacts` does.
 */
export const comparisonFacts = (comparison: Comparison, leftText: string, rightText: string): ComparisonFact[] => {
	const engine = engineFactsByRow(comparison, leftText, rightText);
	const facts: ComparisonFact[] = [];
	for (const [index, row] of comparison.rows.entries()) for (const fact of rowFacts(row, index, leftText, rightText, engine)) facts.push({...fact, row: index});
	return facts;
};
