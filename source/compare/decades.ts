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
 * A possessive before a span of life ("in her 40s", "in his early forties", "in their twenties"): an age, no decade of the
 * calendar. English; the part word, if any, stands between (partBefore reads it).
 */
const possessiveBefore = /(?<![\p{L}\p{M}])(?:his|her|their|its|my|your|our|whose)\s+(?:(?:early|mid|late)(?:[-\u2010]|\s+))?['’]?$/iu;

/** A decade or age found: its span, its key ("decade:1990~early", "age:40"), and whether it is an age (a number, no date). */
export type DecadeFound = {start: number; end: number; key: string; age?: true};

/**
 * The decade whose digits stand at [start, end) of `text` ("1990" of "the early 1990s"; "90" of "the ’90s"): its span
 * from its part (if one is named) to its suffix, and its key, "decade:1990" or "decade:90" (the century unsaid), with
 * the part after a "~" ("decade:1990~early"), as a month keeps its part. Two digits after a possessive are an age ("in
 * her 40s": "age:40", `age` set), as the same span in words is (decadeWordsOf). Undefined when the digits are no decade
 * (not two or four ASCII digits ending in 0, or no suffix after them). Reads at most 24 characters either side.
 */
export const decadeAt = (text: string, start: number, end: number): DecadeFound | undefined => {
	const digits = text.slice(start, end);
	if (!/^(?:\d{2}|\d{4})$/.test(digits) || !digits.endsWith('0')) return undefined;
	const suffix = suffixAfter.exec(text.slice(end, end + 24));
	if (!suffix) return undefined;
	// An apostrophe before two digits is the decade's own ("’90s").
	const apostrophe = digits.length === 2 && /['’]$/u.test(text.slice(0, start)) ? 1 : 0;
	const head = text.slice(Math.max(0, start - apostrophe - 24), start - apostrophe);
	const part = partBefore.exec(head);
	const partKey = part ? `~${decadeParts.get(part[1]!.toLowerCase())}` : '';
	const from = part ? start - apostrophe - head.length + part.index : start - apostrophe;
	if (digits.length === 2 && possessiveBefore.test(text.slice(Math.max(0, start - 24), start))) return {start: from, end: end + suffix[0].length, key: `age:${digits}${partKey}`, age: true};
	return {start: from, end: end + suffix[0].length, key: `decade:${digits}${partKey}`};
};

/** English decades in words ("the nineties", "the early Twenties"), by the value of their two digits. */
const decadeWords = new Map<string, number>([
	['twenties', 20], ['thirties', 30], ['forties', 40], ['fifties', 50], ['sixties', 60], ['seventies', 70], ['eighties', 80], ['nineties', 90],
]);
const decadeWord = /(?<![\p{L}\p{M}])(?:(early|mid|late)(?:[-\u2010]|\s+))?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\p{L}\p{M}])/giu;

/**
 * The decades written in English words in `text` ("the nineties", "the early eighties", "mid-seventies"), keyed as the
 * same decade in two digits is ("decade:90~early", as "the early ’90s"); after a possessive an age ("in her forties":
 * "age:40", as "in her 40s"). In text order; linear in the text.
 */
export const decadeWordsOf = (text: string): DecadeFound[] => {
	if (!/ties(?![\p{L}])/iu.test(text)) return [];
	const found: DecadeFound[] = [];
	for (const match of text.matchAll(decadeWord)) {
		const value = decadeWords.get(match[2]!.toLowerCase())!;
		const part = match[1] === undefined ? '' : `~${match[1].toLowerCase()}`;
		const age = possessiveBefore.test(text.slice(Math.max(0, match.index - 24), match.index + match[0].length - match[2]!.length));
		found.push({start: match.index, end: match.index + match[0].length, key: `${age ? 'age' : 'decade'}:${value}${part}`, ...(age ? {age: true as const} : {})});
	}
	return found;
};

/**
 * Keys of a row side's decades written with two digits ("decade:90~early", the century unsaid) as the four-digit decade
 * the other side writes with the same last digits and part ("decade:1990~early"): "the early ’90s" is "the early 1990s"
 * where the other copy says which century. `keys`: the other side's keys. Any other key as it is.
 */
export const withCentury = (key: string, keys: ReadonlySet<string>): string => {
	const short = /^decade:(\d\d)(~\w+)?$/.exec(key);
	if (short === null) return key;
	for (const century of ['19', '20', '18']) {
		const full = `decade:${century}${short[1]}${short[2] ?? ''}`;
		if (keys.has(full)) return full;
	}
	return key;
};
