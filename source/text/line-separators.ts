// Unicode's own line ends (UAX #14: U+2028 LINE SEPARATOR, U+2029 PARAGRAPH
// SEPARATOR) written by word processors and page-layout exports and kept raw
// by JSON.stringify: the toolkit reads lines at CR, LF and CRLF, so a text
// separated by them was one line — its headline run into the lead.

/** Unicode's line and paragraph separators. NEL (U+0085) is left as it is: in text decoded as Latin-1 it is windows-1252's ellipsis byte, far more often than a line end. */
const separators = /[\u2028\u2029]/g;

/**
 * `text` with each U+2028 and U+2029 written as LF: one UTF-16 unit for one, so every offset into the text is the
 * same in both (the reader highlights the original lines by them). A paragraph separator becomes a line end, as a
 * paragraph per line is how most page dumps are written. The same string when it has none. O(n).
 */
export const withLineFeeds = (text: string): string => (text.includes('\u2028') || text.includes('\u2029') ? text.replace(separators, '\n') : text);
