import type {Excluded} from './model.js';
import {paragraphsOf} from '../text/paragraphs.js';
import {continuesInto, sentencesOf} from '../text/sentences.js';
import {trimSpan} from '../text/lines.js';
import {normalizeMapped} from '../text/normalize.js';
import {tokenTable, type TokenTable, type Vocabulary} from './tokens.js';
import type {Span} from '../text/span.js';

/** A unit of one side: a sentence of the body, or an excluded (boilerplate/metadata) span. */
export type Unit = Span & {
	/** Position in the side's unit list. */
	index: number;
	paragraph: number;
	excluded?: Excluded;
	/**
	 * A line labelled boilerplate by its position or shape only (see pair-exclusion.ts
	 * `isTentative`): compared as a sentence, and shown as this boilerplate unless it pairs.
	 */
	tentative?: Excluded;
	/** Its tokens: indices [from, to) into the side's token table (empty for excluded units). */
	from: number;
	to: number;
	/** Normalised content: equal keys mean equal after normalisation. */
	key: string;
	/** A piece of a sentence too long to diff whole, cut by text/sentences.ts (a size guard: compare.ts reports it when pieces stay unpaired). */
	cut: boolean;
};

export type Side = {
	text: string;
	units: Unit[];
	/** Indices (in `units`) of the body sentences, in text order. */
	body: number[];
	tokens: TokenTable;
	/** The text looks hard-wrapped (text/paragraphs.ts): a line break inside a paragraph is a space. */
	wrapped?: boolean;
};

/**
 * `item` with another span (and `tentative` mark, or none): the same fields in the same order, set one by one. Not `{...item, span}`: V8 gives
 * every object made by spreading an object that has optional fields and then adding to it a hidden class of its
 * own (a map and its descriptors, ~300 bytes), which on a text of many short lines was most of diff's heap (breaker13 M3).
 */
const withSpan = <T extends Excluded & {tentative?: boolean}>(item: T, span: Span, tentative: boolean | undefined): T => {
	const copy: Excluded & {tentative?: boolean} = {span, label: item.label};
	if (item.category !== undefined) copy.category = item.category;
	if (item.reason !== undefined) copy.reason = item.reason;
	if (tentative !== undefined) copy.tentative = tentative;
	return copy as T;
};

/** Clamp, sort and de-overlap excluded spans so they can become rows of their own. */
const cleanExclusions = <T extends Excluded & {tentative?: boolean}>(text: string, excluded: T[]): T[] => {
	const sorted = excluded
		.map(item => withSpan(item, trimSpan(text, Math.max(0, Math.min(item.span.start, text.length)), Math.max(0, Math.min(item.span.end, text.length))), item.tentative))
		.filter(item => item.span.end > item.span.start)
		.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
	const clean: T[] = [];
	let reached = 0;
	for (const item of sorted) {
		if (item.span.end <= reached) continue;
		const span = trimSpan(text, Math.max(item.span.start, reached), item.span.end);
		if (span.end <= span.start) continue;
		clean.push(withSpan(item, span, item.tentative));
		reached = span.end;
	}
	return clean;
};

const paragraphAt = (starts: number[], offset: number): number => {
	let low = 0;
	let high = starts.length - 1;
	let found = 0;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (starts[middle] <= offset) {
			found = middle;
			low = middle + 1;
		} else high = middle - 1;
	}
	return found;
};

/**
 * Split a text into units: body sentences (sentences broken across paragraphs joined) and
 * excluded spans. Tentative spans are split into sentences like the body, each its own
 * piece (never joined to a neighbour), and their units carry `tentative`.
 */
export const buildSide = (text: string, vocabulary: Vocabulary, excludedInput: Excluded[] = [], tentativeInput: Excluded[] = [], continued?: ReadonlySet<number>): Side => {
	const excluded = cleanExclusions<Excluded & {tentative?: boolean}>(text, [...excludedInput, ...tentativeInput.map(item => withSpan(item, item.span, true))]);
	const {paragraphs, wrapped} = paragraphsOf(text, continued);
	const paragraphStarts = paragraphs.map(p => p.start);
	type Piece = {span: Span; paragraph: number; excluded?: Excluded & {tentative?: boolean}};
	const pieces: Piece[] = [];
	let e = 0;
	let covered = 0;
	for (const paragraph of paragraphs) {
		let cursor = Math.max(paragraph.start, covered);
		while (e < excluded.length && excluded[e].span.start < paragraph.end) {
			const item = excluded[e];
			if (item.span.start > cursor) pieces.push({span: {start: cursor, end: item.span.start}, paragraph: paragraph.index});
			pieces.push({span: item.span, paragraph: paragraphAt(paragraphStarts, item.span.start), excluded: item});
			cursor = Math.max(cursor, item.span.end);
			e++;
		}
		if (cursor < paragraph.end) pieces.push({span: {start: cursor, end: paragraph.end}, paragraph: paragraph.index});
		covered = Math.max(covered, cursor);
	}
	for (; e < excluded.length; e++) pieces.push({span: excluded[e].span, paragraph: paragraphAt(paragraphStarts, excluded[e].span.start), excluded: excluded[e]});

	const units: Unit[] = [];
	const body: number[] = [];
	let previousBodyPiece = false;
	for (const piece of pieces) {
		const tentative = piece.excluded?.tentative ? withoutMark(piece.excluded) : undefined;
		if (piece.excluded && !tentative) {
			units.push({start: piece.span.start, end: piece.span.end, index: units.length, paragraph: piece.paragraph, excluded: piece.excluded, tentative: undefined, from: 0, to: 0, key: '', cut: false});
			previousBodyPiece = false;
			continue;
		}
		const trimmed = trimSpan(text, piece.span.start, piece.span.end);
		if (trimmed.end <= trimmed.start) continue;
		const spans = sentencesOf(text, trimmed.start, trimmed.end, {wrapped, continued});
		let first = 0;
		const last = units[units.length - 1];
		// A paragraph broken mid-sentence: the sentence carries on in the next one.
		if (!tentative && previousBodyPiece && last && !last.tentative && spans.length > 0 && continuesInto(text, last, spans[0])) {
			last.end = spans[0].end;
			first = 1;
		}
		for (let k = first; k < spans.length; k++) {
			body.push(units.length);
			// Same property order for every unit (one object shape), no spread.
			units.push({start: spans[k].start, end: spans[k].end, index: units.length, paragraph: piece.paragraph, excluded: undefined, tentative, from: 0, to: 0, key: '', cut: spans[k].cut === true});
		}
		previousBodyPiece = !tentative;
	}
	// Normalise and tokenise the whole text once, then hand tokens to their sentences.
	// A list item's marker ("1) ", "2. ") is markup to the comparison: a renumbered item is the same item.
	const normalized = normalizeMapped(text, 0, text.length, true);
	// Tokens never straddle a unit boundary (an overlong sentence cut mid-word, an exclusion ending mid-word).
	const cuts: number[] = [];
	for (const unit of units) cuts.push(unit.start, unit.end);
	const tokens = tokenTable(text, normalized, vocabulary, cuts);
	let t = 0;
	for (const index of body) {
		const unit = units[index];
		while (t < tokens.count && tokens.end[t] <= unit.start) t++;
		unit.from = t;
		while (t < tokens.count && tokens.start[t] < unit.end) t++;
		unit.to = t;
		unit.key = keyOf(unit.from, unit.to, tokens, normalized.text, vocabulary);
	}
	return {text, units, body, tokens, wrapped};
};

const withoutMark = (item: Excluded & {tentative?: boolean}): Excluded => withSpan(item, item.span, undefined);

/** The normalised sentence: a slice of the normalised text (whitespace already collapsed), or its forms joined where a token was cut. */
const keyOf = (from: number, to: number, tokens: TokenTable, normalized: string, vocabulary: Vocabulary): string => {
	if (to === from) return '';
	if (tokens.normStart[from] >= 0 && tokens.normEnd[to - 1] >= 0) return normalized.slice(tokens.normStart[from], tokens.normEnd[to - 1]);
	let key = '';
	for (let k = from; k < to; k++) key += (k > from ? ' ' : '') + vocabulary.words[tokens.id[k]];
	return key;
};
