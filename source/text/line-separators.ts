import {lineFeedFile} from './lines.js';

// Unicode's own line ends (UAX #14: U+2028 LINE SEPARATOR, U+2029 PARAGRAPH
// SEPARATOR) written by word processors and page-layout exports and kept raw
// by JSON.stringify: the toolkit reads lines at CR, LF and CRLF, so a text
// separated by them was one line — its headline run into the lead.
//
// And the other way: in a file whose lines end at line feeds, a lone carriage return is no line end (for vim,
// less and `grep -n`, and for copydesk's file line numbers: lines.ts lineStartOffsets), yet the toolkit's
// splitLines ends a line at it, so a stray CR cut a sentence in two and the labeller could drop its tail as
// "far from the article" (breaker17a K1). On a terminal it is the overwrite of the line by what follows it.

/** Unicode's line and paragraph separators. NEL (U+0085) is left as it is: in text decoded as Latin-1 it is windows-1252's ellipsis byte, far more often than a line end. */
const separators = /[\u2028\u2029]/g;

/**
 * `text` with each U+2028 and U+2029 written as LF: one UTF-16 unit for one, so every offset into the text is the
 * same in both (the reader highlights the original lines by them). A paragraph separator becomes a line end, as a
 * paragraph per line is how most page dumps are written. A line separator becomes one only where the text's lines
 * are its own; in a text whose lines end at line feeds it is read as a lone CR is there (withoutStraySeparators).
 * And in such a text a lone CR is a space (withoutStrayCarriageReturns). The same string when it has none. O(n).
 */
export const withLineFeeds = (text: string): string => withoutStrayCarriageReturns(text.includes('\u2028') || text.includes('\u2029') ? withoutStraySeparators(text).replace(separators, '\n') : text);

/** How many times `unit` is in `text`, counting at most to `limit`. */
const countUpTo = (text: string, unit: string, limit: number): number => {
	let count = 0;
	for (let index = text.indexOf(unit); index !== -1 && count < limit; index = text.indexOf(unit, index + 1)) count++;
	return count;
};

/**
 * `text` with each U+2028 LINE SEPARATOR written as a space when its lines end at line feeds (LSs do not outnumber
 * LFs), as a lone CR is there: no line end for vim, less or `grep -n`, and one that cut a sentence in two (fresh
 * users, eighteenth session, K6: strip dropped the tail). Kept (as line ends, after) as lone CRs are: in a line
 * holding two in a row (a blank line written in LSs: a pasted block whose byline and date lines must stay lines),
 * and in a text with no line feed, or fewer than LSs (a word processor's export, its lines written in LSs). One unit
 * for one. O(n).
 */
const withoutStraySeparators = (text: string): string => {
	if (!text.includes('\u2028')) return text;
	const lineSeparators = countUpTo(text, '\u2028', Number.POSITIVE_INFINITY);
	if (countUpTo(text, '\n', lineSeparators) < lineSeparators) return text;
	return text.replace(/[^\n\u2029]+/gu, line => (line.includes('\u2028\u2028') ? line : line.replaceAll('\u2028', ' ')));
};

/**
 * `text` with each lone CR written as a space when its lines end at line feeds (lines.ts lineFeedFile: lone CRs do
 * not outnumber LFs), as white space inside the line it is in; one unit for one, so offsets are kept. Kept as line
 * ends: an old-Mac text's CRs, the CRs of a line-feed line that holds "\r\r" (a blank line written in CRs: a block
 * pasted from an old-Mac text, whose byline and date lines must stay lines: breaker17b L5), and a CR ending the text.
 * O(n).
 */
const withoutStrayCarriageReturns = (text: string): string =>
	text.includes('\r') && text.includes('\n') && lineFeedFile(text) ? text.replace(/[^\n]+/gu, line => (line.includes('\r\r') ? line : line.replace(/\r(?=[^\n])/gu, ' '))) : text;
