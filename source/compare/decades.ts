// A decade written in figures ("the 1990s", "the ’90s", German "die 1990er", "90er-Jahre"), and
// the part of it named before it ("early 1990s", "mid-1990s", "late 1990s", "Anfang der 1990er"):
// a date of its own, not the year its digits spell. "1990" → "1990s" and "early 1990s" → "late
// 1990s" are changed dates, as "early March" → "late March" is (facts.ts monthParts).

/** The part of a decade named before it, by the part: English "early", "mid", "late"; German "Anfang", "Mitte", "Ende" (before "der"). Lower case. */
const decadeParts = new Map<string, string>([
	['early', 'early'], ['mid', 'mid'], ['late', 'late'],
	['anfang', 'early'], ['mitte', 'mid'], ['ende', 'late'],
]);

/** The decade's suffix right after its digits: English "s" ("1990s", "1990's", "’90s"), German "er" ("1990er", "90er-Jahre", "1990er Jahren"). */
const suffixAfter = /^(?:['’]?s|er(?:[-\u2010]?jahre(?:n)?|\s+jahre(?:n)?)?)(?![\p{L}\p{N}])/iu;
/** A part before the decade: "early ", "mid-", "the late ", "Anfang der ", "Mitte der"; group 1 the part word. */
const partBefore = /(?<![\p{L}\p{M}])(early|mid|late|anfang|mitte|ende)(?:[-\u2010]|\s+(?:the\s+|der\s+)?)['’]?$/iu;

/**
 * The decade whose digits stand at [start, end) of `text` ("1990" of "the early 1990s"; "90" of "the ’90s"): its span
 * from its part (if one is named) to its suffix, and its key, "decade:1990" or "decade:90" (the century unsaid), with
 * the part after a "~" ("decade:1990~early"), as a month keeps its part. Undefined when the digits are no decade (not
 * two or four ASCII digits ending in 0, or no suffix after them). Reads at most 24 characters either side.
 */
export const decadeAt = (text: string, start: number, end: number): {start: number; end: number; key: string} | undefined => {
	const digits = text.slice(start, end);
	if (!/^(?:\d{2}|\d{4})$/.test(digits) || !digits.endsWith('0')) return undefined;
	const suffix = suffixAfter.exec(text.slice(end, end + 24));
	if (!suffix) return undefined;
	// An apostrophe before two digits is the decade's own ("’90s").
	const apostrophe = digits.length === 2 && /['’]$/u.test(text.slice(0, start)) ? 1 : 0;
	const head = text.slice(Math.max(0, start - apostrophe - 24), start - apostrophe);
	const part = partBefore.exec(head);
	const key = `decade:${digits}${part ? `~${decadeParts.get(part[1]!.toLowerCase())}` : ''}`;
	return {start: part ? start - apostrophe - head.length + part.index : start - apostrophe, end: end + suffix[0].length, key};
};
