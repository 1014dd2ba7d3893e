// Figures of a text, read one way for every pass that needs them: the facts
// that changed between two copies (compare/facts.ts) and the grouping records'
// figure hashes (groups/member.ts), which estimate the same cap the facts set.
// Two patterns once drifted apart here ("COVID-19" read as -19 by one of them).
import {calendarWords} from './word-classes.js';

/**
 * A figure: a sign (not after a letter or digit: "COVID-19" is 19), a currency symbol, the digits,
 * then a unit that changes what the figure says — percent, degrees, a scale word ("million",
 * "bn", "m"), a measure or a currency word — kept in the figure, so "$4.5 million" → "$4.5 billion"
 * and "-5 °C" → "5 °C" are changed figures. English unit words only.
 */
export const figurePattern = /(?<sign>(?<![\p{L}\p{N}])[+\-−])?(?<currency>[$£€¥₹]\s?)?(?<digits>\p{N}+(?:[.,:]\p{N}+)*)(?<unit>\s?%|\s?°\s?[CF]?(?![\p{L}\p{N}])|\s?(?:per\s?cent|percent|trillion|billion|million|thousand|bn|tn|km\/h|km|kg|mph|tonnes|tons|m|k)(?![\p{L}\p{N}])(?:\s(?:dollars|euros|pounds|yen|rupees)(?![\p{L}\p{N}]))?|\s(?:dollars|euros|pounds|yen|rupees)(?![\p{L}\p{N}]))?/gu;

/** A figure found in a text: a `number`, or a `date` (a year, a clock time, a day beside a month name); offsets in UTF-16 code units. */
export type FoundFigure = {kind: 'number' | 'date'; text: string; key: string; start: number; end: number};

/** The word just before an offset (a month before a day: "March 5"). */
const wordBefore = /([\p{L}]+)\.?\s+$/u;
/** The word just after (a month after a day: "5 March"). */
const wordAfter = /^\s+([\p{L}]+)/u;
const year = /^(?:1[89]|2[01])\d\d$/;
const clock = /^\p{N}{1,2}:\p{N}{2}$/u;
const dayOfMonth = /^\p{N}{1,2}$/u;

const calendars = new Map<string, Set<string>>();
/** Weekday and month names of English and `language` (compare/word-classes.ts), lower-cased. */
export const calendarOf = (language: string): Set<string> => {
	let set = calendars.get(language);
	if (!set) calendars.set(language, (set = new Set([...calendarWords('en'), ...calendarWords(language)])));
	return set;
};

/**
 * The value of a figure's digits as a plain decimal ("8.847,60" → "8847.6", "1,500.25" →
 * "1500.25", "1,5" → "1.5"), when they read one way only: every reading they have under the
 * English convention (comma groups of three, point decimal) and the continental one (point
 * groups of three, comma decimal) gives one value. "1,234" (1234 or 1.234) and "1.500" (1.5 or
 * 1500) read two ways and have none: they are compared as written, so a change is never hidden
 * by choosing a reading. ASCII digits only; undefined otherwise (a clock time, a version "1.2.3").
 */
export const figureValue = (digits: string): string | undefined => {
	if (!/^[\d.,]+$/.test(digits)) return undefined;
	const english = readAs(digits, ',', '.');
	const continental = readAs(digits, '.', ',');
	if (english !== undefined && continental !== undefined) return english === continental ? english : undefined;
	return english ?? continental;
};

/** `digits` read with `group` as the thousands separator and `decimal` as the decimal one, as a plain decimal; undefined when not written that way. */
const readAs = (digits: string, group: string, decimal: string): string | undefined => {
	const parts = digits.split(decimal);
	if (parts.length > 2) return undefined;
	const [whole, fraction] = parts as [string, string | undefined];
	if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
	const groups = whole.split(group);
	if (groups.some(part => !/^\d+$/.test(part))) return undefined;
	if (groups.length > 1 && (groups[0]!.length > 3 || groups.slice(1).some(part => part.length !== 3))) return undefined;
	const integer = groups.join('').replace(/^0+(?=\d)/, '');
	const decimals = (fraction ?? '').replace(/0+$/, '');
	return decimals === '' ? integer : `${integer}.${decimals}`;
};

/**
 * A figure as compared: spacing and case aside, "per cent" as "%", sign, currency and unit kept,
 * and its digits by value when they read one way only (figureValue: "8.847,60" and "8847,6" are
 * one figure; "1,234" and "1.234" stay two), else as written.
 */
const figureKey = (written: string, digits: string): string => {
	const key = written.replace(/\s/g, '').replace('−', '-').toLowerCase().replace(/per\s?cent|percent/, '%');
	const value = figureValue(digits);
	return value === undefined ? key : key.replace(digits, `=${value}`);
};

/**
 * The figures of a text, in order: each number with its sign, currency and unit (figurePattern),
 * and whether it is a `date` — a plain year or clock time, or a day beside a month name of English
 * or `language` ("March 5", "5 March") — or a `number`. Linear in the text.
 */
export const figuresOf = (text: string, language = 'en'): FoundFigure[] => {
	const found: FoundFigure[] = [];
	let calendar: Set<string> | undefined;
	for (const match of text.matchAll(figurePattern)) {
		const {currency, digits, unit} = match.groups!;
		const end = match.index + match[0].length;
		const plain = !currency && !unit;
		const besideMonth = () => {
			calendar ??= calendarOf(language);
			return calendar.has(wordBefore.exec(text.slice(Math.max(0, match.index - 16), match.index))?.[1]?.toLowerCase() ?? '') || calendar.has(wordAfter.exec(text.slice(end, end + 16))?.[1]?.toLowerCase() ?? '');
		};
		const kind = plain && (year.test(digits!) || clock.test(digits!) || (dayOfMonth.test(digits!) && besideMonth())) ? 'date' : 'number';
		found.push({kind, text: match[0].trim(), key: figureKey(match[0].trim(), digits!), start: match.index, end});
	}
	return found;
};
