import {classTable, ignorable, space} from './character-classes.js';
import type {Span} from './span.js';

/** One physical line of a text: CR, LF and CRLF all end a line. */
export type TextLine = Span & {
	/** 1-based. */
	n: number;
	/** The terminator that ends the line ('' for the last line). */
	eol: string;
};

/** A line of a region, with whether it is blank (isBlankAt). */
export type Line = Span & {blank: boolean};

/**
 * Splits `text.slice(from, to)` into lines without copying it; offsets index
 * `text`, terminators excluded. A text ending in a terminator has a last empty
 * line; an empty text is one empty line. Reads only the range: its cost is
 * O(to - from), however long `text` is (sentencesOf splits each paragraph of
 * a long text).
 */
export const splitLines = (text: string, from = 0, to = text.length): TextLine[] => {
	const lines: TextLine[] = [];
	// indexOf scans far faster than a loop over char codes, but it scans to the end of its string: a
	// terminator not in the range was looked for to the end of the whole text, for every range of it
	// (quadratic on a long text of short paragraphs). The range as a string of its own (V8 slices
	// without copying) bounds every search.
	const region = from === 0 && to === text.length ? text : text.slice(from, to);
	const length = region.length;
	let start = 0;
	let n = 1;
	// Each terminator is looked up again only once passed.
	let nextLf = region.indexOf('\n');
	let nextCr = region.indexOf('\r');
	while (nextLf !== -1 || nextCr !== -1) {
		const i = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr;
		const eol = i === nextCr ? (nextLf === i + 1 ? '\r\n' : '\r') : '\n';
		lines.push({n: n++, start: from + start, end: from + i, eol});
		start = i + eol.length;
		if (nextLf !== -1 && nextLf < start) nextLf = region.indexOf('\n', start);
		if (nextCr !== -1 && nextCr < start) nextCr = region.indexOf('\r', start);
	}
	lines.push({n, start: from + start, end: from + length, eol: ''});
	return lines;
};

/** The lines of `text.slice(from, to)` with their blankness; no empty line after a final terminator. */
export const linesOf = (text: string, from = 0, to = text.length): Line[] => {
	const lines = splitLines(text, from, to);
	if (lines.length > 1 && lines[lines.length - 1].start === to) lines.pop();
	else if (lines.length === 1 && from === to) return [];
	return lines.map(line => ({start: line.start, end: line.end, blank: isBlankAt(text, line.start, line.end)}));
};

/**
 * White space as every pass sees it: Unicode White_Space and the invisible
 * format characters the normaliser drops (soft hyphen, zero-width space and
 * joiners, word joiner, BOM). A line of nothing else is blank.
 */
export const isSpaceAt = (text: string, i: number): boolean => {
	const code = text.charCodeAt(i);
	if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
	const kind = classTable()[code];
	return kind === space || kind === ignorable;
};

/** True when `text.slice(start, end)` holds only white space (isSpaceAt). */
export const isBlankAt = (text: string, start = 0, end = text.length): boolean => {
	for (let i = start; i < end; i++) if (!isSpaceAt(text, i)) return false;
	return true;
};

/** True when the line holds only white space (isSpaceAt): spaces, NBSP, U+200B … */
export const isBlank = (line: string): boolean => isBlankAt(line);

/** Shrink a span to its non-whitespace content (empty span at `start` if none). */
export const trimSpan = (text: string, start: number, end: number): Span => {
	while (start < end && isSpaceAt(text, start)) start++;
	while (end > start && isSpaceAt(text, end - 1)) end--;
	return {start, end};
};

/**
 * Offsets where each line of `text` starts, for file line numbers as editors
 * count them: the file's line-end convention is detected as vim's and Emacs's
 * `fileformat` detection does. With any line feed, `\n` ends a line (CRLF is one
 * break; a stray lone CR is none, as for vim, less and `grep -n`); a text whose
 * lone carriage returns outnumber its line feeds (none at all, or a stray CRLF
 * among them) is an old-Mac file, where each CR ends a line (as the reader shows
 * it, and Emacs, vim with `ffs=…,mac`, TextEdit).
 * `[0]` for a text without line ends.
 */
export const lineStartOffsets = (text: string): number[] => {
	if (lineFeedFile(text)) {
		const starts = [0];
		for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
		return starts;
	}

	// An old-Mac file: every line end counts, CR, LF and CRLF (one break), as splitLines and the reader see them.
	return splitLines(text).map(line => line.start);
};

/** True unless lone carriage returns (not before a line feed) outnumber line feeds: then the file is an old-Mac one. */
export const lineFeedFile = (text: string): boolean => {
	let loneCr = 0;
	let lf = 0;
	for (let index = text.indexOf('\r'); index !== -1; index = text.indexOf('\r', index + 1)) if (text.charCodeAt(index + 1) !== 10) loneCr++;
	if (loneCr === 0) return true;
	for (let index = text.indexOf('\n'); index !== -1 && lf < loneCr; index = text.indexOf('\n', index + 1)) lf++;
	return lf >= loneCr;
};

/** The 1-based file line holding character `offset`, from lineStartOffsets (binary search: O(log lines)). */
export const lineNumberAt = (starts: readonly number[], offset: number): number => {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (starts[middle]! <= offset) low = middle;
		else high = middle - 1;
	}
	return low + 1;
};
