// Figures of a text, read one way for every pass that needs them: the facts
// that changed between two copies (compare/facts.ts) and the grouping records'
// figure hashes (groups/member.ts), which estimate the same cap the facts set.
// Two patterns once drifted apart here ("COVID-19" read as -19 by one of them).
import {calendarKeyTable, calendarWords, extraCalendarAbbreviations} from './word-classes.js';

export {extraCalendarAbbreviations} from './word-classes.js';
import {asciiDigit} from '../text/fold.js';
import {monthOfName, weekdayNames, weekdayOfName} from '../text/dates.js';
import {compileAtOnce} from '../text/regexp-tier.js';
import {decadeAt, decadeWordsOf} from './decades.js';
import {functionWordsFor} from './function-words.js';
import {englishPluralNouns} from './english-plural-nouns.js';
import {ratePeriodAfter} from './rate-period.js';
import {currencyBeforeSource, gap, isSpace, prefixCharacters, readSign, readUnit, readUnitEnd, signSource} from './figure-units.js';

/**
 * A digit of any script, not a superscript one ("2019²" is 2019 and a note mark; "m³" a power): `\p{N}` but those. A
 * subscript digit is a digit ("CO₂", "PM₂.₅" and "H₂O" are "CO2", "PM2.5" and "H2O", as NFKC and the word diff read them;
 * asciiOf reads its value).
 */
const digit = String.raw`(?:(?![\u00B2\u00B3\u00B9\u2070-\u207F\u208A-\u209F])\p{N})`;

/**
 * Separators that group thousands in one figure only (the no-break, narrow no-break, thin and figure spaces of French
 * and SI typesetting, the Swiss apostrophe: "1 250 000", "12'500"), and the plain space, which groups them too in
 * French copy ("12 500 habitants"). A line break is none here: in a page dump it parts a table's cells ("36\n139,99 €");
 * inside a compared sentence a hard wrap is a space already (facts.ts, text/normalize.ts withoutHardWraps), and the
 * fillers after it (wrapFiller: what a trailing space, an indent or a carriage return beside the break held) are none
 * of the figure's: "1 \n159" of `fold -s` is "1 159" (fresh user L1). Two spaces are none either: a dump's table columns.
 */
const groupSeparators = [' \uFEFF*', '\u00A0', '\u202F', '\u2009', '\u2007', "'", '’'];
/** Separators groupSeparators adds, removed to read a figure's value. */
export const groupSeparatorPattern = /(?<=\d)(?: \uFEFF*|[\u00A0\u202F\u2009\u2007'’])(?=\d{3})/gu;

/**
 * A figure's digits: groups of three after one separator of groupSeparators, used alike through the figure ("1 250 000",
 * "12'500,50"; one to three digits first, exactly three in each group and no digit after: "in 2024 500 people" is a year
 * and a number; after a space, no hyphen and letter either: in "the top 10 500-metre runners" the 500 opens a compound,
 * "500-metre", and is no group of the 10); else digits with points, commas and colons ("8.847,60", "10:30"); after a space, a leading point of
 * a decimal (".5 percent" is 0.5).
 */
const digitsSource = String.raw`(?:${groupSeparators.map(separator => String.raw`${digit}{1,3}(?:${separator}${digit}{3})+(?:[.,]${digit}+)?(?![\p{N}]${/\s/u.test(separator) ? String.raw`|[-\u2010\u2011]\p{L}` : ''})`).join('|')}|(?:(?<![\p{L}\p{N}.,])\.(?=\p{Nd}))?${digit}+(?:[.,:٫٬]${digit}+)*)`;

/** A superscript digit ("¹", "²", "⁶"): after a figure, a note mark (HTML <sup>: "12¹ percent", "2019²"); after 10, a power. */
const superscript = '[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]';

/**
 * A figure up to its unit: a date written in figures ("3/4/1990", "03.04.1990", "1990-04-03", Chinese, Japanese and Korean "3月4日", "2024年": `numeric`; read as
 * written, since "3/4" is 3 April or 4 March by the writer's convention), or a sign (not after a letter or digit: "COVID-19" is 19), a currency symbol, the digits
 * (and a power of ten: "10⁶"). Between the parts stand spaces, or a line break after at most one space (`gap`): a hard wrap there
 * ("$ \n5", as `fold -s` and format=flowed leave it) is the same figure as on one line. The unit after the digits is read
 * by figure-units.ts readUnitEnd (figureMatches): as one pattern with this one, its tables took it past the 20 KiB of
 * source V8 optimises (kRegExpTooLargeToOptimize), and reading figures was several times slower.
 */
export const figurePatternSource = String.raw`(?<numeric>(?:\p{N}{1,4}[年년](?:\p{N}{1,2}[月월](?:\p{N}{1,2}[日일])?)?|\p{N}{1,2}[月월](?:\p{N}{1,2}[日일])?|\p{N}{1,2}[日일](?![\p{N}]))|(?<![\p{L}\p{N}/.\-])(?:\p{N}{4}-\p{N}{1,2}-\p{N}{1,2}|\p{N}{1,2}\/\p{N}{1,2}\/(?:\p{N}{4}|\p{N}{2})|\p{N}{1,2}[.\-]\p{N}{1,2}[.\-]\p{N}{4})(?![\p{N}]|[/.\-]\p{N}))|(?<sign>${signSource(gap)})?(?<currency>${currencyBeforeSource(gap)})?(?<digits>${digitsSource})(?<power>(?<=(?<![\p{N}.,])10)(?:⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^[-−]?\d{1,2})(?![\p{N}]))?(?<mark>${superscript}+(?=${gap}?\p{L}|${gap}?[%°]))?`;

/** The figure pattern's flags (figurePatternSource). */
export const figurePatternFlags = 'gu';

/**
 * The figure pattern for figureMatches, whose lastIndex it moves: made on its first use and compiled to machine code then
 * (text/regexp-tier.ts). Not at load: V8 parses a pattern when it is made, and this one (~20,000 characters) cost every
 * diff a parse at start-up and another for this copy.
 */
let figureSearch: RegExp | undefined;
/** A character every figure holds: its digits (`digits`), or the first of a date's (`numeric`). */
const numeral = /\p{N}/gu;

/** The parts of a figure as written (figurePattern's groups and the unit after them); undefined where none is written. */
export type FigureParts = {numeric?: string; sign?: string; currency?: string; digits?: string; power?: string; mark?: string; unit?: string};
/** A figure found in a text: where it starts (UTF-16 code units), what is written (`text`), and its parts. */
export type FigureMatch = {index: number; text: string; groups: FigureParts};

/**
 * The figures of `text`, in order: each a match of figurePattern, then (after digits) the unit written after it
 * (figure-units.ts readUnitEnd: a clock's half, "a.m."; a scale, "million"; a measure, a currency word or symbol),
 * kept in the figure, so "$4.5 million" → "$4.5 billion", "9:30 a.m." → "9:30 p.m." and "-5 °C" → "5 °C" are changed
 * figures. The pattern is tried only near digits: every match holds a digit (`\p{N}`) and starts at most
 * `prefixCharacters` characters other than white space before its first one (a sign and a currency; no digit among
 * them), so the search starts there: no match can start before it. Lookbehinds still read the whole text. One copy of
 * the pattern is kept (matchAll would clone it on every call). No match is empty.
 */
export const figureMatches = (text: string): FigureMatch[] => {
	const matches: FigureMatch[] = [];
	let from = 0;
	for (;;) {
		numeral.lastIndex = from;
		const digit = numeral.exec(text);
		if (digit === null) return matches;
		// Made on the first digit met, not the first text: a diff of texts without figures never compiles it (~10 ms of CPU).
		const search = (figureSearch ??= compileAtOnce(new RegExp(figurePatternSource, figurePatternFlags)));
		let start = digit.index;
		for (let budget = prefixCharacters; start > from; start--) {
			const code = text.charCodeAt(start - 1);
			if (isSpace(code)) continue;
			if (budget === 0) break;
			budget--;
		}
		// Never inside a surrogate pair (the pattern reads code points): a step back only adds a position to try.
		if (start > from && (text.charCodeAt(start) & 0xfc00) === 0xdc00 && (text.charCodeAt(start - 1) & 0xfc00) === 0xd800) start--;
		search.lastIndex = start;
		const match = search.exec(text);
		// Digits alone match at the digit: the search never passes it.
		if (match === null) return matches;
		const groups = match.groups as FigureParts;
		let end = match.index + match[0].length;
		const unitEnd = groups.numeric === undefined ? readUnitEnd(text, end, true) : -1;
		groups.unit = unitEnd < 0 ? undefined : text.slice(end, unitEnd);
		if (unitEnd >= 0) end = unitEnd;
		matches.push({index: match.index, text: text.slice(match.index, end), groups});
		from = end;
	}
};

/**
 * A figure found in a text: a `number`, or a `date` (a year, a clock time, a day beside a month name); offsets in UTF-16
 * code units. `code`: digits of a code or formula ("NO2", "COVID-19": codeAt), keyed "code:NO2", no count of the story.
 * `range`: an end of a year range, the whole range as written ("2023-24"), which a fact shows for either end; `rangeStart`:
 * where that range starts (its first end's `start`), the same for both ends, so a fact lists one range once.
 */
export type FoundFigure = {kind: 'number' | 'date'; text: string; key: string; start: number; end: number; code?: true; range?: string; rangeStart?: number};

/** Capitals glued to a figure's digits, or a word of capitals and a hyphen ("COVID-", "F-", "MH-"): group 0 ends at the digits. */
const codeHead = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Lu}\p{N}]*(?:[-\u2010]|(?<=\p{Lu}))|(\p{Lu}\p{Ll}+)[-\u2010])$/u;
/** Letters and digits glued after a code's digits ("H2O", "B737MAX"). */
const codeTail = /^[\p{L}\p{N}\u2080-\u2089]*/u;

/**
 * The code or formula whose digits start at `start` of `text` and end at `digitsEnd`, as a span: capitals glued before
 * them, or a word in capitals or a capitalised word and a hyphen ("NO2", "CO₂", "PM2.5", "H2O", "COVID-19", "Covid-19", "F-35", "G7", "A380"; not a month's "March-2024"), with the
 * letters and digits glued after. A chemical formula, a disease, an aircraft or a summit is a name: its digits are no
 * count of the story, and spelling it out ("nitrogen dioxide", "coronavirus") drops no figure. Undefined when no
 * capital stands glued before the digits (reads at most 12 characters before them).
 */
const codeAt = (text: string, start: number, digitsEnd: number, calendar: ReadonlySet<string>): {start: number; end: number} | undefined => {
	const head = codeHead.exec(text.slice(Math.max(0, start - 12), start));
	// A capitalised word before a hyphen is a name's ("Covid-19", "Euro-2024"), not a month's or weekday's ("March-2024").
	if (head === null || (head[0].length === 1 && /[-\u2010]/u.test(head[0])) || (head[1] !== undefined && calendar.has(head[1].toLowerCase()))) return undefined;
	const tail = codeTail.exec(text.slice(digitsEnd, digitsEnd + 12))![0];
	return {start: start - head[0].length, end: digitsEnd + tail.length};
};

/**
 * Languages that write a date day first with full stops and may leave out its year ("03.03.", "1.9."; CLDR's short dates:
 * German, Czech, Slovak, Polish, Danish, Norwegian, Finnish, Croatian, Slovenian, Serbian, Estonian, Latvian).
 */
const dottedDayLanguages: ReadonlySet<string> = new Set(['de', 'cs', 'sk', 'pl', 'da', 'nb', 'nn', 'no', 'fi', 'hr', 'sl', 'sr', 'et', 'lv']);
/** A day and a month in figures parted by a full stop ("03.03", "1.9"; the stop after the month is read apart): day in group 1, month in group 2. ASCII digits. */
const dottedDayMonth = /^(\d{1,2})\.(\d{1,2})$/u;

/** Languages whose quarter of the year is a "trimestre" and is coded "T1"–"T4" (French, Spanish, Italian, Portuguese). */
const trimestreLanguages: ReadonlySet<string> = new Set(['fr', 'es', 'it', 'pt']);

/** The word just before an offset (a month before a day: "March 5"). */
const wordBefore = /([\p{L}]+)\.?\s+$/u;
/** The word just after (a month after a day: "5 March", "5 de marzo", after a day's ordinal stop, "5. März", and after an English ordinal's letters, "8th December", "8th of December"). */
const wordAfter = /^(?:(?:st|nd|rd|th)\s+of\s+|(?:st|nd|rd|th)?\.?\s+(?:de\s+)?)([\p{L}]+)/u;
/** A year after a day and month ("3 March 2025", "March 3, 2025", "3 de marzo de 2025", "3 марта 2025 г."). */
const yearAfter = /^,?\s+(?:de\s+|del\s+)?((?:1[89]|2[01])\d\d)(?![\p{L}\p{N}])/u;

/** A day as compared, whatever the notation: "day:2025-3-3"; undefined when not a day of the calendar. */
const canonicalDay = (year: number, month: number, day: number): string | undefined =>
	month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate() ? `day:${year}-${month}-${day}` : undefined;

/**
 * A year of two digits as POSIX strptime's %y reads it (the C library's, Python's and JavaScript
 * Date's convention): 69–99 are 1969–1999, 00–68 are 2000–2068.
 */
export const fullYear = (twoDigits: number): number => (twoDigits >= 69 ? 1900 + twoDigits : 2000 + twoDigits);

/**
 * The day a date written in figures names (canonicalDay), when it reads one way only: year first
 * ("2025-03-03", "2025年3月3日"), day first with full stops ("03.03.2025", as the languages that write
 * it so read it), or with slashes or hyphens when the day and month cannot be swapped (equal, or one
 * above 12: "25/03/2025", "03/25/2025", "03/03/2025", and with a year of two digits, read as fullYear
 * reads it: "3/3/25" is 3 March 2025); "03/04/2025" (3 April or 4 March) has none. ASCII digits.
 */
const dayKey = (date: string): string | undefined => {
	const yearFirst = /^(\d{4})(?:-|年|년)(\d{1,2})(?:-|月|월)(\d{1,2})(?:日|일)?$/.exec(date);
	if (yearFirst) return canonicalDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
	const parts = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(date);
	if (!parts) return undefined;
	const [first, second] = [Number(parts[1]), Number(parts[3])];
	const year = parts[4]!.length === 2 ? fullYear(Number(parts[4])) : Number(parts[4]);
	if (parts[2] === '.' || first === second || first > 12) return canonicalDay(year, second, first);
	return second > 12 ? canonicalDay(year, first, second) : undefined;
};
/** The order of day and month in a text's dates written with slashes or hyphens: day first ("25/03/2025") or month first ("03/25/2025"). */
export type SlashOrder = 'day-first' | 'month-first';

/**
 * The order a text's slash dates follow: by the slash dates that read one way only (figurePattern's dates; a part above
 * 12 is the day), day first when some read so and none month first, and the other way round; where none reads one way,
 * by the convention of `language` (CLDR's short date patterns: d/M/y in every language but English and Filipino, which
 * write M/d/y, the American form, beside the British d/M/y: English tells nothing). `texts`: both copies, so the pair's
 * own dates decide. Undefined when its slash dates disagree, or none tells. Linear in the texts.
 */
export const slashOrderOf = (texts: readonly string[], language?: string): SlashOrder | undefined => {
	let [dayFirst, monthFirst] = [false, false];
	for (const text of texts) {
		for (const match of text.matchAll(/(?<![\p{N}/.-])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\p{N}]|[/-]\p{N})/gu)) {
			const [first, second] = [Number(match[1]), Number(match[3])];
			if (first > 12 && second <= 12) dayFirst = true;
			else if (second > 12 && first <= 12) monthFirst = true;
		}
	}
	if (dayFirst || monthFirst) return dayFirst === monthFirst ? undefined : dayFirst ? 'day-first' : 'month-first';
	const base = language?.toLowerCase().split(/[-_]/)[0];
	return base === undefined || base === 'und' || monthFirstOrEither.has(base) ? undefined : 'day-first';
};

/** Languages whose short dates may put the month first (CLDR's M/d/y): English (American; British writes d/M/y) and Filipino. */
const monthFirstOrEither: ReadonlySet<string> = new Set(['en', 'fil', 'tl']);

/**
 * The key of a date in figures that reads two ways ("8/9/2025": 8 September or 9 August, figuresOf keys it so) read
 * in `order`: the day it names ("day:2025-9-8"). Any other key as it is.
 */
export const slashDateKey = (key: string, order: SlashOrder | undefined): string => {
	const parts = order === undefined ? null : /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(key);
	if (!parts) return key;
	const [first, second] = [Number(parts[1]), Number(parts[2])];
	const year = parts[3]!.length === 2 ? fullYear(Number(parts[3])) : Number(parts[3]);
	return (order === 'day-first' ? canonicalDay(year, second, first) : canonicalDay(year, first, second)) ?? key;
};

const year = /^(?:1[89]|2[01])\d\d$/;
const clock = /^\p{N}{1,2}:\p{N}{2}$/u;

/** After an age's digits: "-year-old", " years old", "-yr-old" (group 0 read into the figure); an age in months, weeks or days ("12-week-old") with its unit in group 1. */
const yearsOld = /^[-\u2010 ](?:years?|yrs?|(months?|weeks?|days?))[-\u2010 ]old(?![\p{L}])/iu;
/** Before an age's digits: "aged", "age", "the age of" ("aged 45", "at the age of 45"). */
const agedBefore = /(?<![\p{L}])(?:aged?|age[^\S\n]+of)[^\S\n]+$/iu;
/** German ages: after the digits "-Jährige" (declined: "Der 84-Jährige", "einen 84-jährigen Mann") or " Jahre alt"; before them "im Alter von" (its " Jahren" is read as the figure's unit). */
const germanYearsOld = /^(?:[-\u2010\u2011]j[äa]hrige[rnms]?|[^\S\n]+Jahre[^\S\n]+alt)(?![\p{L}])/iu;
const germanAgeBefore = /(?<![\p{L}])Alter[^\S\n]+von[^\S\n]+$/iu;
/** An age in apposition: a word, a comma, the digits, then a comma or closing bracket (AP style "Smith, 45, was"), or the digits in brackets after a name (British style "Smith (45) said"). */
const appositionBefore = /\p{L}[,，][^\S\n]*$/u;
const appositionAfter = /^[^\S\n]*[,)]/u;
const bracketBefore = /\p{L}[^\S\n]*\($/u;

/**
 * Where a person's age written at [start, digitsEnd) of `text` ends, and its unit (ageUnit), (English, 1–3 digits): "45-year-old", "45 years
 * old" (to the end of "old"), "aged 45", and the apposition "Smith, 45, said", "Smith (45) said" (to the end of the digits).
 * An age is "age:45" whichever way it is written, so "The woman, 45," / "The 45-year-old woman" is one figure, and "aged 84" /
 * "at the age of 84" too. German (`language` "de"): "der 84-Jährige", "84 Jahre alt", "im Alter von 84 Jahren".
 * Undefined when the digits are no age by these words.
 */
const ageAt = (text: string, start: number, digitsEnd: number, language = 'en'): {end: number; unit: string} | undefined => {
	if (language === 'de') {
		const old = germanYearsOld.exec(text.slice(digitsEnd, digitsEnd + 16));
		if (old !== null) return {end: digitsEnd + old[0].length, unit: ''};
		return germanAgeBefore.test(text.slice(Math.max(0, start - 16), start)) ? {end: digitsEnd, unit: ''} : undefined;
	}
	const old = yearsOld.exec(text.slice(digitsEnd, digitsEnd + 16));
	if (old !== null) return {end: digitsEnd + old[0].length, unit: ageUnit(old[1])};
	const before = text.slice(Math.max(0, start - 12), start);
	const after = text.slice(digitsEnd, digitsEnd + 3);
	if (agedBefore.test(before) || (appositionBefore.test(before) && appositionAfter.test(after)) || (bracketBefore.test(before) && after.startsWith(')'))) return {end: digitsEnd, unit: ''};
	return undefined;
};
/** The unit an age is keyed with after its value: none for years, else "month", "week", "day" ("age:12week"). */
const ageUnit = (written: string | undefined): string => (written === undefined ? '' : written.toLowerCase().replace(/s$/u, ''));

/** English collective nouns counted bare ("2000 people", "1850 police"), beside the plural nouns of english-plural-nouns.ts. */
const countedCollectives: ReadonlySet<string> = new Set(['people', 'police', 'staff', 'personnel', 'troops', 'cattle', 'children', 'men', 'women', 'persons']);
let pluralNouns: ReadonlySet<string> | undefined;
/** The lower-case word right after a figure (after one space), and the word before it that dates what follows ("the 2024 elections", "in 2000", "since 1850"). */
const nounAfter = /^[^\S\n]+(\p{Ll}+)(?![\p{L}\p{N}-])/u;
const yearBefore = /(?<![\p{L}])(?:the|in|since|until|till|by|from|of|during|before|after|this|that|its|their|his|her|our|circa|mid|early|late)[^\S\n]+$|['’]s[^\S\n]+$/iu;

/**
 * Whether a figure of four digits that looks like a year (1800–2199) is written as a count: in English, right before a
 * counted noun (a plural noun of the Brill lexicon, english-plural-nouns.ts, or a collective: "2000 people", "1850 homes",
 * "some 2150 workers") and after no word that dates what follows ("the 2024 elections", "in 2000 homes were…", "since
 * 1850"). A year needs year context; a count before its noun is a count, as "2,000 people" is.
 */
const writtenAsCount = (text: string, start: number, end: number, language: string): boolean => {
	if (language !== 'en' || !countedNounAfter(text, end)) return false;
	return !yearBefore.test(text.slice(Math.max(0, start - 12), start));
};

/** Whether an English counted noun follows `end` of `text` after one space: a plural noun of the Brill lexicon (english-plural-nouns.ts) or a collective ("people"). */
const countedNounAfter = (text: string, end: number): boolean => {
	const noun = nounAfter.exec(text.slice(end, end + 40))?.[1];
	return noun !== undefined && (countedCollectives.has(noun) || (pluralNouns ??= new Set(englishPluralNouns.split(' '))).has(noun));
};

/**
 * Plural nouns a length in metres modifies ("the 100m hurdles", "50m cables", "10m waves"): before one, "m" glued to the
 * figure is metres, not million (review13 R6). A judgement: the events and things news measures so.
 */
const measuredNouns: ReadonlySet<string> = new Set('hurdles cables pipes pipelines wires ropes lengths laps waves walls fences poles towers trenches tunnels relays sprints races swims dives jumps'.split(' '));

/** Whether the noun after `end` (as countedNounAfter reads it) is one a length modifies. */
const measuredNounAfter = (text: string, end: number): boolean => measuredNouns.has(nounAfter.exec(text.slice(end, end + 40))?.[1] ?? '');

/** The word right after a figure (after one space), as countsWordAfter reads it. */
const wordRightAfter = /^[^\S\n]+(\p{L}+)(?![\p{L}\p{N}])/u;

/** Whether the word right after `end` of `text` is one a figure counts: a word that is no function word of `language` or English (function-words.ts: so not "and", "und", "at"). */
const countsWordAfter = (text: string, end: number, language: string): boolean => {
	const word = wordRightAfter.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
	return word !== undefined && !functionWordsFor(language)?.has(word) && !functionWordsFor('en')?.has(word);
};

/** Scale letters glued to a count, by the scale word they stand for ("2.5m people", "12k workers"). */
const gluedScale = new Map<string, string>([['m', 'million'], ['k', 'thousand'], ['bn', 'billion']]);

/**
 * A time of day as compared ("time:21:00"), when it reads one way only: with a.m. or p.m. ("9 pm",
 * "9:00 p.m.": the twelve-hour clock, 12 a.m. midnight), or on the 24-hour clock where the twelve-hour
 * one cannot write it (an hour of 13–23 or 0, or written with a leading zero: "21:00", "09:30"), or at noon ("12:00", "12:30": see below).
 * "9:30" alone (morning, or evening written without p.m.) has none and is compared as written.
 * `digits` ASCII, `unit` the a.m./p.m. as figureMatches read it.
 */
const clockKey = (digits: string, unit: string | undefined): string | undefined => {
	const parts = /^(\d{1,2})(?::(\d{2}))?$/.exec(digits);
	if (!parts) return undefined;
	const hour = Number(parts[1]);
	const minutes = parts[2] ?? '00';
	if (Number(minutes) > 59) return undefined;
	const half = unit === undefined ? undefined : /^\s*([ap])/i.exec(unit)?.[1]?.toLowerCase();
	if (half !== undefined) return hour >= 1 && hour <= 12 ? `time:${(hour % 12) + (half === 'p' ? 12 : 0)}:${minutes}` : undefined;
	if (parts[2] === undefined) return undefined;
	// "12:00" with no half is noon: on the 24-hour clock it can be nothing else, and the twelve-hour clock marks midnight ("12 a.m.", "midnight").
	return (hour >= 12 && hour <= 23) || hour === 0 || (parts[1]!.length === 2 && parts[1]!.startsWith('0')) ? `time:${hour}:${minutes}` : undefined;
};
/**
 * The part of the day after a clock time, which names its half of the twelve-hour clock as "a.m." and "p.m." do ("9:30
 * in the morning" is 9:30 a.m., "8 o'clock in the evening" 8 p.m.; French "du matin", "de l'après-midi", "du soir";
 * Spanish "de la mañana", "de la tarde", "de la noche"), "o'clock" before it or not: the part's word is group 1. The part
 * ends its phrase (punctuation, the end, or a preposition, conjunction or article after it): "10 in the morning raids"
 * is a count before a noun the part of the day qualifies (review12 R4).
 */
const partOfDay = /^(?:[^\S\n]?\uFEFF*o['’]clock)?[^\S\n]+(?:in[^\S\n]+the[^\S\n]+(morning|afternoon|evening)|at[^\S\n]+(night)|(?:du|de[^\S\n]+l['’]|de[^\S\n]+la)[^\S\n]*(matin|après-midi|soir|mañana|tarde|noche))(?![\p{L}\p{N}])(?=[^\S\n]*(?:[.,;:!?)"”]|$)|[^\S\n]+(?:on|at|in|and|when|with|of|before|after|until|till|local|as|to|from|the|a|an|y|et|el|le|la|del|de|du|cuando|quand|und|am)(?![\p{L}\p{N}]))/iu;
/** Parts of the day before noon; "night" and "noche" are before it from midnight to five ("3 at night"), else after. */
const morningWords: ReadonlySet<string> = new Set(['morning', 'matin', 'mañana']);
const nightWords: ReadonlySet<string> = new Set(['night', 'noche']);
/** A word before an hour written without minutes that makes it a time ("at 9 in the morning"; "killed 9 in the morning raid" is a count; "about" and "by" count as often as they time: review12 R4). */
const hourBefore = /(?<![\p{L}])(?:at|around|until|till|before|after|since|from|à|vers|a[^\S\n]+las?|hacia)[^\S\n]+$/iu;
/** The a.m. or p.m. a part of the day (partOfDay's match) gives an hour of 1–12. */
const halfOfDay = (part: RegExpExecArray, hour: number): 'am' | 'pm' => {
	const word = (part[1] ?? part[2] ?? part[3])!.toLowerCase();
	return morningWords.has(word) || (nightWords.has(word) && (hour === 12 || hour < 6)) ? 'am' : 'pm';
};
const dayOfMonth = /^\p{N}{1,2}$/u;
/** An hour of the day, 0–23, in one or two digits. */
const hourOfDay = /^(?:[01]?\d|2[0-3])$/;
/** After an hour: "h" and two digits of minutes, each after at most one space ("9h30", "9 h 30"; a hard wrap's fillers after it, text/normalize.ts wrapFiller), or "h" alone ("21h"). */
const frenchClock = /^(?: \uFEFF*)?h(?:(?: \uFEFF*)?([0-5]\d))?(?![\p{L}\p{N}])/u;
/** A French preposition of time before an hour written "21h" without minutes ("à 21h", "vers 8h", "dès 6h"): without one, "24h" may be a duration. */
const frenchTimeBefore = /(?<![\p{L}])(?:à|vers|dès|avant|après|jusqu['’]à)\s+$/iu;
/** Digits that may be a clock time written with a full stop: an hour of 0–23, two digits of minutes ("10.30", "9.05"). */
const dottedClock = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;
/**
 * A time word right after a figure: "Uhr" (German), "h", "hrs", "o'clock", a time zone's abbreviation ("BST", "GMT",
 * "UTC", "CET", "EDT": two to four capitals ending in T), or "local time"; a hard wrap's fillers after the space as the space (text/normalize.ts wrapFiller).
 */
const timeWordAfter = /^\s?\uFEFF*(?:Uhr|h|hrs|o['’]clock|[A-Z]{1,3}T|UTC|local time)(?![\p{L}\p{N}])/u;

/**
 * Languages whose news copy writes times on the 24-hour clock (CLDR's time formats for them use "HH:mm"): there "9:30" is
 * morning and "21:30" evening, so a time without a.m. or p.m. reads one way ("9:30" and "9.30 Uhr" one time).
 */
const twentyFourHour: ReadonlySet<string> = new Set(['de', 'fr', 'es', 'it', 'pt', 'nl', 'da', 'sv', 'nb', 'nn', 'no', 'fi', 'pl', 'cs', 'sk', 'ru', 'uk', 'hu', 'ro', 'hr', 'sl', 'sr', 'bg', 'tr', 'ca', 'lt', 'lv', 'et']);

/** "Uhr" right after an hour's digits (German: the 24-hour clock); a space between, and a hard wrap's fillers after it (text/normalize.ts wrapFiller: "7 ⏎Uhr" of `fold -s`). */
const uhrAfter = /^[^\S\n]?\uFEFF*Uhr(?![\p{L}\p{N}])/u;

/** A German part of the day after "Uhr" ("7 Uhr abends", "3 Uhr nachts", "9 Uhr morgens"), ending its phrase as partOfDay's does: the word is group 1. */
const germanPartOfDay = /^[^\S\n]?\uFEFF*Uhr[^\S\n]+(morgens|früh|vormittags|mittags|nachmittags|abends|nachts)(?![\p{L}\p{N}])/iu;
/** German parts of the day before noon. */
const germanMorning: ReadonlySet<string> = new Set(['morgens', 'früh', 'vormittags']);

/**
 * The time an hour names with "Uhr" after it (`digits` as written, in ASCII: "14", "14:00", "9.30"; "Uhr" at `end` of `text`):
 * the 24-hour clock ("14 Uhr" is 14:00, so one time whichever way the minutes are written), or with a part of the day after
 * "Uhr" an hour of 1–12 on the twelve-hour clock ("7 Uhr abends" is 19:00, "3 Uhr nachts" 3:00; `part`). Its key, and where
 * "Uhr" or its part of the day ends. Undefined with no "Uhr" after the digits, or digits that are no such time. Read alike
 * for digits (figuresOf) and an hour in words ("acht Uhr", numberWordFigure).
 */
const uhrClock = (digits: string, text: string, end: number): {key: string; end: number; part: boolean} | undefined => {
	const uhr = uhrAfter.exec(text.slice(end, end + 16));
	const key = uhr === null ? undefined : dayClockKey(digits.replace('.', ':'));
	if (key === undefined) return undefined;
	const germanPart = germanPartOfDay.exec(text.slice(end, end + 40));
	const hour = Number(digits.split(/[.:]/u)[0]);
	if (germanPart !== null && hour >= 1 && hour <= 12) {
		const word = germanPart[1]!.toLowerCase();
		const half = germanMorning.has(word) || (word === 'nachts' && (hour === 12 || hour < 6)) ? 'am' : 'pm';
		const partKey = clockKey(digits.replace('.', ':'), half);
		if (partKey !== undefined) return {key: partKey, end: end + germanPart[0].length, part: true};
	}
	return {key, end: end + uhr![0].length, part: false};
};

/** Where "Uhr" after a clock time ending at `end` of `text` ends ("8 Uhr": the time's word, no name), or `end` when none follows. */
export const uhrEnd = (text: string, end: number): number => end + (uhrAfter.exec(text.slice(end, end + 16))?.[0].length ?? 0);

/** An hour (0–24) and maybe minutes ("14", "14:00", "9:30") on the 24-hour clock, keyed as clockKey keys a time ("time:14:00"); undefined when the digits are no such time. */
const dayClockKey = (digits: string): string | undefined => {
	const parts = /^(\d{1,2})(?::([0-5]\d))?$/.exec(digits);
	return parts === null || Number(parts[1]) > 24 ? undefined : `time:${Number(parts[1])}:${parts[2] ?? '00'}`;
};

/**
 * A figure's digits as compared: in ASCII (asciiOf), thousands separators of a group of three (groupSeparatorPattern)
 * left out, a leading point read as a decimal of zero (".5" is "0.5"), and 10 with a power, a superscript or after a
 * caret, as the power ("10⁶" and "10^6" are 1000000, not 106 or 10 and 6; "10⁻³" and "10^-3" are 0.001).
 */
const digitsOf = (written: string, power: string | undefined): string => {
	const digits = asciiOf(written).replace(groupSeparatorPattern, '');
	if (power !== undefined) {
		const exponent = Number(power.replace(/^\^/, '').replace(/[⁻−]/gu, '-').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/gu, superscript => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(superscript))));
		// A negative power is a decimal ("10⁻³", "10^-3": 0.001), which reads one way (figureValue: a group of zero is none).
		if (Math.abs(exponent) <= maxPower) return exponent >= 0 ? `1${'0'.repeat(exponent)}` : `0.${'0'.repeat(-exponent - 1)}1`;
	}
	return digits.startsWith('.') ? `0${digits}` : digits;
};
/** The largest power of ten, either sign, read from a superscript or a caret ("10⁶", "10^-3"); a longer one stays as written. */
const maxPower = 30;

const calendars = new Map<string, Set<string>>();
/** Weekday and month names of English and `language` (compare/word-classes.ts), the weekdays of other scripts (text/dates.ts weekdayOfName), and the English abbreviations CLDR does not give (extraCalendarAbbreviations: "Sept."), lower-cased. */
export const calendarOf = (language: string): Set<string> => {
	let set = calendars.get(language);
	if (!set) calendars.set(language, (set = new Set([...calendarWords('en'), ...calendarWords(language), ...weekdayNames(), ...extraCalendarAbbreviations.keys()])));
	return set;
};

/**
 * A calendar word as compared: a weekday or month name, long or short, of English or `language`
 * (CLDR, through Intl), or an English abbreviation (extraCalendarAbbreviations), as the day or
 * month it names ("weekday:2" for "Tuesday", "Tue", "Tues"; "month:3" for "March", "Mar",
 * "mars"), or a weekday of another script in any language ("среду": text/dates.ts weekdayOfName);
 * any other word (yesterday, today) as itself. `word` lower-cased.
 */
export const calendarKey = (word: string, language = 'en'): string => {
	const key = calendarKeyTable(language).get(word);
	if (key !== undefined) return key;
	const weekday = weekdayOfName(word);
	return weekday === undefined ? word : `weekday:${weekday}`;
};


/** Letters a month name of text/dates.ts in ASCII letters must have, at least, to be read beside a day in any language ("3 out of 5", "3 set" are no dates; "3 marzo", "3 marca", "3 мая" are). */
const anyLanguageMonth = 4;

/**
 * The key of a month word beside a day ("month:3"): a month of English or `language` (calendarKey),
 * else a month name of the languages text/dates.ts knows (monthOfName; in ASCII letters, of anyLanguageMonth
 * letters or more), as a short text's language may be misread ("il 3 marzo" read as French).
 * Undefined for any other word. `word` lower-cased.
 */
const monthKey = (word: string, language: string): string | undefined => {
	const key = calendarKey(word, language);
	if (key.startsWith('month:')) return key;
	const month = word.length >= anyLanguageMonth || !/^[a-z]+$/.test(word) ? monthOfName(word) : undefined;
	return month === undefined ? undefined : `month:${month}`;
};

/**
 * The value of a figure's digits as a plain decimal ("8.847,60" → "8847.6", "1,500.25" →
 * "1500.25", "1,5" → "1.5"), when they read one way only: every reading they have under the
 * English convention (comma groups of three, point decimal) and the continental one (point
 * groups of three, comma decimal) gives one value. "1,234" (1234 or 1.234) and "1.500" (1.5 or
 * 1500) read two ways and have none: they are compared as written, so a change is never hidden
 * by choosing a reading — unless the text's language fixes the `convention` (conventionOf): then
 * they read its way ("1,234" is 1234 in English, 1.234 in German). ASCII digits only; undefined
 * otherwise (a clock time, a version "1.2.3").
 */
export const figureValue = (digits: string, convention?: Convention): string | undefined => {
	// Digits alone read one way under both conventions: the number without leading zeros (most figures; the general reading below gives the same).
	if (asciiDigits.test(digits)) return digits.replace(leadingZeros, '');
	// Whole digits and a vulgar fraction ("1½", "2¾", "½"): its decimal, where one is finite ("1½" is 1.5, as a copy re-edits it: breaker13 M24).
	const vulgar = /^(\d*)(\p{No})$/u.exec(digits);
	if (vulgar) {
		const fraction = vulgarFractions.get(vulgar[2]!);
		return fraction === undefined ? undefined : `${vulgar[1]!.replace(leadingZeros, '') || '0'}.${fraction}`;
	}
	if (!/^[\d.,]+$/.test(digits)) return undefined;
	const english = readAs(digits, ',', '.');
	const continental = readAs(digits, '.', ',');
	if (english !== undefined && continental !== undefined) return english === continental ? english : convention === 'point' ? english : convention === 'comma' ? continental : undefined;
	return english ?? continental ?? readIndian(digits);
};

/** The decimal digits of the vulgar fractions whose decimal is finite (Unicode's Number Forms: ½ ¼ ¾ ⅕ ⅖ ⅗ ⅘ ⅛ ⅜ ⅝ ⅞); thirds and sixths have none. */
const vulgarFractions = new Map<string, string>([['½', '5'], ['¼', '25'], ['¾', '75'], ['⅕', '2'], ['⅖', '4'], ['⅗', '6'], ['⅘', '8'], ['⅛', '125'], ['⅜', '375'], ['⅝', '625'], ['⅞', '875']]);

/**
 * The Indian numbering system's grouping: the last three digits, then groups of two ("1,20,000" is 120,000, "15,00,000"
 * 1,500,000, "1,23,45,678.50"), as Indian English papers print every figure. It reads no other way (no convention
 * groups in twos, and a second comma is no decimal), so it is a value where readAs reads none.
 */
const indianGrouping = /^[1-9]\d?(?:,\d\d)+,\d{3}(?:\.\d+)?$/;
const readIndian = (digits: string): string | undefined => (indianGrouping.test(digits) ? readAs(digits.replaceAll(',', ''), ',', '.') : undefined);

/** How a language writes a decimal: with a point ("1,234.5": English) or a comma ("1.234,5": German, French…). */
export type Convention = 'point' | 'comma';

/** Languages (ISO 639-1) that write a decimal point; those of decimalComma a decimal comma (CLDR's number symbols). Others have none here. */
const decimalPoint = new Set(['en', 'ja', 'zh', 'ko', 'he', 'th', 'hi', 'ms', 'ga', 'mt', 'tl']);
const decimalComma = new Set(['de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'bg', 'uk', 'ro', 'hu', 'el', 'tr', 'da', 'sv', 'nb', 'nn', 'no', 'fi', 'et', 'lv', 'lt', 'id', 'ca', 'eu', 'gl', 'is']);

/**
 * The convention of a text's `language`: a figure that reads two ways in general ("1,200": 1200 or 1.2) reads one way
 * in a text whose language fixes its separators (figureValue), so "1,200" and "1200" are one figure in English, "1.500
 * Mio." and "1,5 Mrd." one in German. Undefined for a language not listed (no reading is chosen).
 */
export const conventionOf = (language: string): Convention | undefined => {
	const base = language.toLowerCase().split(/[-_]/)[0]!;
	return decimalPoint.has(base) ? 'point' : decimalComma.has(base) ? 'comma' : undefined;
};

const asciiDigits = /^\d+$/;
const leadingZeros = /^0+(?=\d)/;

/** `digits` read with `group` as the thousands separator and `decimal` as the decimal one, as a plain decimal; undefined when not written that way. */
const readAs = (digits: string, group: string, decimal: string): string | undefined => {
	const parts = digits.split(decimal);
	if (parts.length > 2) return undefined;
	const [whole, fraction] = parts as [string, string | undefined];
	if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
	const groups = whole.split(group);
	if (groups.some(part => !/^\d+$/.test(part))) return undefined;
	// Groups of three after one to three digits, the first not 0 ("0.001" groups nothing: it is a decimal).
	if (groups.length > 1 && (groups[0]!.length > 3 || groups[0] === '0' || groups.slice(1).some(part => part.length !== 3))) return undefined;
	const integer = groups.join('').replace(/^0+(?=\d)/, '');
	const decimals = (fraction ?? '').replace(/0+$/, '');
	return decimals === '' ? integer : `${integer}.${decimals}`;
};

/**
 * A figure as compared: its sign, its currency by key ("US$", "USD" and "US dollars" are "usd";
 * "$" and "dollars" alone "dollar", a dollar of no one country), its digits by value when they read one way only (figureValue: "8.847,60" and "8847,6"
 * are one figure; "1,234" and "1.234" stay two, as written), times its scale ("$35 billion",
 * "$35bn", "35 mil millones de dólares" and "$35,000 million" are one value), and its measure
 * by symbol ("40 km" and "40 kilometres"; "per cent" is "%"): compare/figure-units.ts holds the
 * tables. So "$5 million" is "5 million dollars", "40 km" is not "40 miles".
 */
const figureKey = (sign: string | undefined, digits: string, currency: string | undefined, unitWords: string | undefined, convention?: Convention): string => {
	// A bare number ("12", "2024"): what the general steps below give it, without them.
	if (sign === undefined && currency === undefined && unitWords === undefined && asciiDigits.test(digits)) return `=${digits.replace(leadingZeros, '')}`;
	const unit = readUnit(currency, unitWords);
	const value = figureValue(digits, convention);
	// A measure with a decimal prefix is its base unit times the prefix's power ("500 ml" is "0.5 l", "5 MW" "5,000 kW"), when the value reads one way.
	const base = value === undefined || unit.measure === undefined ? undefined : prefixedMeasures.get(unit.measure);
	const power = (unit.scale ?? 0) + (base?.[1] ?? 0);
	const measure = base?.[0] ?? unit.measure;
	const amount = value === undefined ? `~${digits}${unit.scale === undefined ? '' : `e${unit.scale}`}` : `=${power === 0 ? value : shiftDecimal(value, power)}`;
	return `${readSign(sign) ?? ''}${unit.currency ?? ''}${amount}${measure ?? ''}${unit.rest}`;
};

/**
 * Measures (figure-units.ts symbols) written with a decimal prefix, by their base unit and the prefix's power of ten:
 * volume, mass, length (and speed in km/h: "120 km/h" is "120 km an hour"), power and energy. Data sizes are left out (kB is 1,000 or 1,024 bytes by the writer).
 */
const prefixedMeasures = new Map<string, readonly [string, number]>([
	['ml', ['l', -3]], ['mg', ['g', -3]], ['µg', ['g', -6]], ['kg', ['g', 3]], ['t', ['g', 6]],
	['km', ['m', 3]], ['cm', ['m', -2]], ['mm', ['m', -3]], ['km/h', ['m/h', 3]],
	['mW', ['W', -3]], ['kW', ['W', 3]], ['MW', ['W', 6]], ['GW', ['W', 9]], ['TW', ['W', 12]],
	['kWh', ['Wh', 3]], ['MWh', ['Wh', 6]], ['GWh', ['Wh', 9]], ['TWh', ['Wh', 12]],
]);

/** A plain decimal ("35", "4.5") times 10^power, either sign, as a plain decimal ("35000000000", "4500000"; "500" times 10⁻³ is "0.5"). */
const shiftDecimal = (value: string, power: number): string => {
	const [whole, fraction = ''] = value.split('.') as [string, string?];
	let digits = whole + fraction;
	let point = whole.length + power;
	if (point < 0) (digits = '0'.repeat(-point) + digits), (point = 0);
	digits = digits.padEnd(point, '0');
	const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
	const decimals = digits.slice(point).replace(/0+$/, '');
	return decimals ? `${integer}.${decimals}` : integer;
};

/**
 * Decimal digits of every script as ASCII digits ("１２" full-width, "١٢" Arabic-Indic, "१२"
 * Devanagari are 12; text/fold.ts `asciiDigit`), subscript digits too ("₂" is 2), and the Arabic decimal and thousands separators
 * (U+066B ٫, U+066C ٬) as "." and ",": for facts a number is its value, whatever script writes it
 * ("١٢٫٥" is 12.5, "١٢٬٥٠٠" is 12,500).
 */
export const asciiOf = (text: string): string => (asciiOnly.test(text) ? text : text.replace(/[\p{Nd}\u2080-\u2089]/gu, asciiDigit).replace(/[٫٬]/gu, separator => (separator === '٫' ? '.' : ',')));

const asciiOnly = /^[\x00-\x7f]*$/;

/** A figure as shown: trimmed, a line break inside it (a hard wrap) as one space. */
const asWritten = (figure: string): string => figure.trim().replace(/\s+/gu, ' ');

/**
 * A number in square brackets glued to a word: a text browser's link mark (lynx -dump's
 * "[12]word") or a citation mark ("fell sharply.[3]"), not a figure of the story. Glued means
 * a letter right after the `]`, or a letter or punctuation right before the `[`.
 */
const isReferenceMark = (text: string, at: number, written: string): boolean => {
	const trimmed = written.trim();
	if (!/^\d+$/u.test(trimmed)) return false;
	const start = at + written.indexOf(trimmed);
	const end = start + trimmed.length;
	if (text[start - 1] !== '[' || text[end] !== ']') return false;
	return /\p{L}/u.test(text[end + 1] ?? '') || /[\p{L}\p{P}]/u.test(text[start - 2] ?? '');
};

/**
 * The figures of a text, in order: each number with its sign, currency and unit (figurePattern),
 * and whether it is a `date` — a plain year or clock time, or a day beside a month name of English
 * or `language` ("March 5", "5 March"), a decade ("the 1990s", "the nineties") — or a `number` (an age: "in her 40s").
 * Link and citation marks (isReferenceMark) are left out. Linear in the text.
 */
export const figuresOf = (text: string, language = 'en'): FoundFigure[] => {
	const found: FoundFigure[] = [];
	let calendar: Set<string> | undefined;
	const convention = conventionOf(language);
	// The end of a year read into the date before it ("3 March 2025"): not a figure of its own.
	let consumed = 0;
	for (const match of figureMatches(text)) {
		const {numeric, sign, currency, unit, mark} = match.groups;
		// A note mark glued to the digits belongs to the figure only between them and their unit ("12¹ percent"); else it is left after it ("2019²").
		const written = mark !== undefined && unit === undefined ? match.text.slice(0, -mark.length) : match.text;
		const end = match.index + written.length;
		if (match.index < consumed) continue;
		if (numeric !== undefined) {
			// A date in figures: its day when it reads one way only ("2025-03-03", "03.03.2025", "25/03/2025" and "3 March 2025" are one),
			// else its parts by value ("03/04/1990" is "3/4/1990", "3.4.1990" too), in the order written.
			const ascii = asciiOf(numeric);
			found.push({kind: 'date', text: numeric, key: dayKey(ascii) ?? ascii.replace(/(?<!\d)0+(?=\d)/g, '').replace(/[.-]/g, '/'), start: match.index, end});
			continue;
		}
		// Digits glued to capitals are part of a code or formula ("NO2", "CO₂", "PM2.5", "COVID-19", "G7", "A380"): one code, no count.
		const code = sign === undefined && !currency ? codeAt(text, match.index, match.index + match.text.indexOf(match.groups.digits!) + match.groups.digits!.length, (calendar ??= calendarOf(language))) : undefined;
		if (code !== undefined) {
			consumed = code.end;
			const written = asciiOf(text.slice(code.start, code.end)).toUpperCase();
			// A quarter of the year written as its code ("Q3") is that quarter's rank, as "the third quarter" is (facts.ts numberWordsOf reads its ordinal);
			// so is "T3" where the quarter is a trimestre (French, Spanish, Italian, Portuguese: "au T3" is "au troisième trimestre", breaker16 B3).
			const quarter = (trimestreLanguages.has(language) ? /^[QT]([1-4])$/u : /^Q([1-4])$/u).exec(written)?.[1];
			found.push({kind: 'number', text: text.slice(code.start, code.end), key: quarter === undefined ? `code:${written}` : `=${quarter}`, start: code.start, end: code.end, code: true});
			continue;
		}
		const digits = digitsOf(match.groups.digits!, match.groups.power);
		const plain = !currency && !unit;
		if (plain && isReferenceMark(text, match.index, written)) continue;
		// A clock time written the French way, the hour, "h" and its minutes ("9h30", "9 h 30", "21h"): one time, keyed as "9:30" is.
		const hours = plain && sign === undefined && hourOfDay.test(digits) ? frenchClock.exec(text.slice(end, end + 24)) : null;
		if (hours !== null && (hours[1] !== undefined || frenchTimeBefore.test(text.slice(Math.max(0, match.index - 12), match.index)))) {
			const to = end + hours[0].length;
			consumed = to;
			found.push({kind: 'date', text: asWritten(text.slice(match.index, to)), key: `time:${Number(digits)}:${hours[1] ?? '00'}`, start: match.index, end: to});
			continue;
		}
		// A day and month in figures with their full stops and no year ("am 03.03.", "bis 1.9."), as languages that write dates day
		// first with full stops write them: that day of that month, keyed as "3. März" is (breaker16 B3: "03.03." read as 3.03).
		const dayMonth = plain && sign === undefined && dottedDayLanguages.has(language) ? dottedDayMonth.exec(digits) : null;
		if (dayMonth !== null && text[end] === '.' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '') && !/[\p{N}.,]/u.test(text[match.index - 1] ?? '')) {
			const [day, month] = [Number(dayMonth[1]), Number(dayMonth[2])];
			if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
				found.push({kind: 'date', text: `${asWritten(written)}.`, key: `month:${month}/${day}`, start: match.index, end: end + 1});
				consumed = end + 1;
				continue;
			}
		}
		// The month word just before or after a day, with its span and its key (calendarKey).
		const monthBeside = (from: number, to: number): {start: number; end: number; key: string} | undefined => {
			calendar ??= calendarOf(language);
			const head = text.slice(Math.max(0, from - 16), from);
			const before = wordBefore.exec(head);
			const after = wordAfter.exec(text.slice(to, to + 16));
			// A month after the day wins over a weekday before it ("mardi 3 mars" is 3 March).
			// A month of another language only after its day and in lower case, as the languages that write it so do ("3 marzo", "3 марта"; "the Mars 2 rover" is no date).
			const monthAfter = after === null ? undefined : after[1] === after[1]!.toLowerCase() ? monthKey(after[1]!, language) : calendarKey(after[1]!.toLowerCase(), language);
			// A weekday before a figure with no month is its day only when the figure counts no word after it ("Tuesday 20", "Montag, 3."; not
			// "on Monday 3 people", "am Montag 3 Menschen": the count of the noun after it).
			const weekdayBefore = before !== null && calendarKey(before[1]!.toLowerCase(), language).startsWith('weekday:');
			if (before && weekdayBefore && !monthAfter?.startsWith('month:') && countsWordAfter(text, to, language)) return undefined;
			if (before && calendar.has(before[1]!.toLowerCase()) && !monthAfter?.startsWith('month:')) return {start: from - head.length + before.index, end: from - head.length + before.index + before[1]!.length, key: calendarKey(before[1]!.toLowerCase(), language)};
			if (after && (calendar.has(after[1]!.toLowerCase()) || monthAfter?.startsWith('month:'))) return {start: to + after[0].length - after[1]!.length, end: to + after[0].length, key: monthAfter?.startsWith('month:') ? monthAfter : calendarKey(after[1]!.toLowerCase(), language)};
			return undefined;
		};
		// A decade ("the 1990s", "the early 1990s", "mid-1990s", "die 1990er"): a date of its own, with its part (compare/decades.ts).
		const decade = plain && sign === undefined ? decadeAt(text, match.index, end) : undefined;
		if (decade) {
			found.push({kind: decade.age ? 'number' : 'date', text: asWritten(text.slice(decade.start, decade.end)), key: decade.key, start: decade.start, end: decade.end});
			continue;
		}
		// A clock time, or an hour after "at", "around" …, followed by its part of the day ("9:30 in the morning", "at 8 o'clock in the
		// evening"): one time, keyed as with a.m. or p.m.
		const part = plain && sign === undefined && (clock.test(digits) || (/^\d{1,2}$/.test(digits) && (/^[^\S\n]?\uFEFF*o['’]clock/iu.test(text.slice(end, end + 20)) || hourBefore.test(text.slice(Math.max(0, match.index - 12), match.index))))) ? partOfDay.exec(text.slice(end, end + 32)) : null;
		const partKey = part ? clockKey(digits, halfOfDay(part, Number(digits.split(':')[0]))) : undefined;
		if (part && partKey) {
			const to = end + part[0].length;
			consumed = to;
			found.push({kind: 'date', text: asWritten(text.slice(match.index, to)), key: partKey, start: match.index, end: to});
			continue;
		}
		const time = !currency && unit !== undefined && /^\s*[ap]\.?\s?m\.?$/i.test(unit);
		// An hour named by "Uhr" after it ("14 Uhr", "14:00 Uhr", "9.30 Uhr", "7 Uhr abends"): the time uhrClock reads; shown with its
		// part of the day, which it reads past, or as the digits alone.
		const uhr = plain && sign === undefined ? uhrClock(digits, text, end) : undefined;
		if (uhr?.part) {
			consumed = uhr.end;
			found.push({kind: 'date', text: asWritten(text.slice(match.index, uhr.end)), key: uhr.key, start: match.index, end: uhr.end});
			continue;
		}
		if (uhr !== undefined) {
			found.push({kind: 'date', text: asWritten(written), key: uhr.key, start: match.index, end});
			continue;
		}
		// An hour of 13–23 or 0 before "o'clock" ("at 16 o'clock"): the 24-hour clock, so one time, as "4 pm" is.
		const oClock = plain && sign === undefined && /^\d{1,2}$/.test(digits) && (Number(digits) >= 13 || Number(digits) === 0) && /^[^\S\n]?\uFEFF*o['’]clock(?![\p{L}\p{N}])/iu.exec(text.slice(end, end + 20));
		if (oClock) {
			found.push({kind: 'date', text: asWritten(text.slice(match.index, end + oClock[0].length)), key: dayClockKey(digits)!, start: match.index, end: end + oClock[0].length});
			consumed = end + oClock[0].length;
			continue;
		}
		// A clock time written with a full stop ("10.30am", "10.30 Uhr", "10.30 BST", as British and German copy write it) where a time word follows: as with a colon.
		const dotted = (time || (plain && timeWordAfter.test(text.slice(end, end + 24)))) && sign === undefined && dottedClock.test(digits) ? digits.replace('.', ':') : undefined;
		if (time || dotted !== undefined || (plain && ((year.test(digits!) && !writtenAsCount(text, match.index, end, language)) || clock.test(digits!)))) {
			// A time of day by the hour it names when it reads one way ("21:00" is "9 pm"), else as written.
			const clockDigits = dotted ?? digits;
			// In a language whose copy writes the 24-hour clock ("10:30" is morning, "um 10.30 Uhr"), a time with no half reads one way too.
			const key = (time || clock.test(clockDigits)) && sign === undefined ? (clockKey(clockDigits, unit) ?? (time || !twentyFourHour.has(language) ? undefined : dayClockKey(clockDigits))) : undefined;
			found.push({kind: 'date', text: asWritten(written), key: key ?? figureKey(sign, clockDigits, currency, unit, convention), start: match.index, end});
			continue;
		}
		const month = plain && dayOfMonth.test(digits!) ? monthBeside(match.index, end) : undefined;
		if (month) {
			// The whole date, so a reader sees "March 3 → March 4", not "3 → 4"; with its year when one follows ("3 March 2025", "March 3, 2025",
			// "3 de marzo de 2025"): then it is that day, as in figures ("2025-03-03").
			const start = Math.min(month.start, match.index);
			let to = Math.max(month.end, end);
			const withYear = month.key.startsWith('month:') ? yearAfter.exec(text.slice(to, to + 16)) : null;
			const key = withYear ? canonicalDay(Number(withYear[1]), Number(month.key.slice('month:'.length)), Number(digits)) : undefined;
			if (withYear && key) (to += withYear[0].length), (consumed = to);
			found.push({kind: 'date', text: asWritten(text.slice(start, to)), key: key ?? `${month.key}/${Number(digits)}`, start, end: to});
			continue;
		}
		// A person's age, however written ("Smith, 45,", "aged 45", "the 45-year-old", "45 years old"): one figure, "age:45".
		const age = (language === 'en' || language === 'de') && sign === undefined && !currency && /^\d{1,3}$/.test(digits) ? ageAt(text, match.index, match.index + match.groups.digits!.length + (match.text.indexOf(match.groups.digits!)), language) : undefined;
		if (age !== undefined) {
			// "im Alter von 84 Jahren": the unit read after the digits is the age's.
			const ageEnd = Math.max(age.end, language === 'de' ? end : age.end);
			consumed = ageEnd;
			found.push({kind: 'number', text: asWritten(text.slice(match.index, ageEnd)), key: `age:${Number(digits)}${age.unit}`, start: match.index, end: ageEnd});
			continue;
		}
		// A rate's period after the figure ("$12 an hour", "500 euros per month", "2 million barrels a day"): part of it, kept in its key (compare/rate-period.ts).
		const rate = ratePeriodAfter(text, end);
		const to = rate?.end ?? end;
		// "m" or "k" glued to a count before its counted noun is a scale ("2.5m people", "12k workers": 2.5 million, 12,000), as after a currency; else metres ("a 5m wall").
		const scale = !currency && unit !== undefined && gluedScale.has(unit) && countedNounAfter(text, end) && !(unit === 'm' && measuredNounAfter(text, end)) ? gluedScale.get(unit) : undefined;
		found.push({kind: 'number', text: asWritten(text.slice(match.index, to)), key: figureKey(sign, digits, currency, scale ?? unit, convention) + (rate ? `/${rate.period}` : ''), start: match.index, end: to});
	}
	// Decades and ages in English words ("the nineties", "in her forties"), keyed as in figures (compare/decades.ts).
	const words = language === 'en' ? decadeWordsOf(text) : [];
	if (words.length === 0) return withRanges(joinedMyriads(found, text), text);
	for (const decade of words) found.push({kind: decade.age ? 'number' : 'date', text: asWritten(text.slice(decade.start, decade.end)), key: decade.key, start: decade.start, end: decade.end});
	return withRanges(joinedMyriads(found.sort((x, y) => x.start - y.start), text), text);
};

/** The mark between a year and the shortened year ending its range ("2023-24", "1914–18", "1952/53"). */
const yearRangeMark = /^[-\u2010\u2011\u2013/]$/u;
/** Years a range with a two-digit end spans, at most (a war, a term, a season: "1914-18", "1961-89"); a longer one is read as written. */
const maxRangeYears = 50;
/** The words between the two ends of a range whose unit is written once ("from 5 to 3 percent", "zwischen 2 und 4 Prozent"). */
const rangeWords = /^[^\S\n]*(?:to|and|or|-|\u2013|\u2014|bis|und|oder|à|et|ou|a|y|o|e|al|hasta)[^\S\n]*$/iu;
/** A figure's key read as its currency, value and the unit after it ("=5%": "", "5", "%"); no scale, sign or approximate value. */
const unitKey = /^(\p{L}*)=(\d+(?:\.\d+)?)(\D.*)$/u;

/**
 * `found` (in text order) with the ends of ranges read whole: a year range's end written with two digits is the full year
 * ("2023-24" ends in 2024, "1914-18" in 1918, "1999–00" in 2000: the first year after the start that ends in those digits),
 * keyed so, as "2023-2024" is; and the first end of a range whose unit or currency is written only with the last ("from 5
 * to 3 percent": 5 percent, as in "from 5% to 3%") keyed with that unit. So a range written either way is no changed
 * figure. Others as they are. Linear.
 */
const withRanges = (found: FoundFigure[], text: string): FoundFigure[] => {
	for (let k = 1; k < found.length; k++) {
		const [first, last] = [found[k - 1]!, found[k]!];
		const between = text.slice(first.end, last.start);
		const startYear = first.kind === 'date' && year.test(first.key.slice(1)) && first.key.startsWith('=') ? Number(first.key.slice(1)) : undefined;
		if (startYear !== undefined && yearRangeMark.test(between) && /^\d\d$/.test(last.text)) {
			let full = startYear - (startYear % 100) + Number(last.text);
			if (full <= startYear) full += 100;
			// Far ends are no range ("2020-10" is a year and its month, not 2020 to 2110).
			if (full - startYear <= maxRangeYears) {
				// Each end is shown as the whole range ("2023-24" → "2024-25", not "2023" → "25"; breaker16 B12).
				const range = asWritten(text.slice(first.start, last.end));
				found[k - 1] = {...first, range, rangeStart: first.start};
				found[k] = {...last, kind: 'date', key: `=${full}`, range, rangeStart: first.start};
				continue;
			}
		}
		// A range of hours whose half of the day or "Uhr" is written once, with its end ("from 9 to 11 a.m.", "von 9 bis 11 Uhr"): the
		// start is on the same clock, as in "from 9 a.m. to 11 a.m." (breaker16 B3), where it is the earlier hour of that half.
		const startHour = first.kind === 'number' && last.kind === 'date' && rangeWords.test(between) ? /^=(\d{1,2})$/.exec(first.key) : null;
		const endClock = startHour === null ? null : /^time:(\d{1,2}):\d\d$/.exec(last.key);
		const endHour = endClock === null ? null : /^\d{1,2}/.exec(asciiOf(last.text));
		if (startHour !== null && endClock !== null && endHour !== null) {
			const [hour, written, offset] = [Number(startHour[1]), Number(endHour[0]), Number(endClock[1]) - Number(endHour[0])];
			if (hour >= 1 && hour < written && (offset === 0 || offset === 12)) {
				found[k - 1] = {...first, kind: 'date', key: `time:${hour + offset}:00`};
				continue;
			}
		}
		const bare = first.kind === 'number' && last.kind === 'number' && rangeWords.test(between) ? /^=(\d+(?:\.\d+)?)$/.exec(first.key) : null;
		const unit = bare === null ? null : unitKey.exec(last.key);
		if (bare && unit) found[k - 1] = {...first, key: `${unit[1]}=${bare[1]}${unit[3]}`};
	}
	return found;
};

/** The power of ten of each CJK myriad scale a figure may end with (万 10⁴, 億 10⁸, 兆 10¹²; Korean 만, 억, 조). */
const myriadPowers = new Map<string, number>([['万', 4], ['萬', 4], ['만', 4], ['亿', 8], ['億', 8], ['억', 8], ['兆', 12], ['조', 12]]);

/**
 * `found` (in text order) with each figure that ends in a myriad scale and the figure right after it, below that scale,
 * joined into one: "1万2000" is 12,000 and "3亿5000万元" 350 million yuan, as Japanese, Chinese and Korean papers write
 * large numbers (breaker13 M39: "1万2000" read as 10,000 and the year 2000). Whole values only; others are left apart.
 */
const joinedMyriads = (found: FoundFigure[], text: string): FoundFigure[] => {
	if (found.length < 2 || !/[万萬만亿億억兆조]/u.test(text)) return found;
	const out: FoundFigure[] = [];
	for (const figure of found) {
		const previous = out.at(-1);
		const high = previous === undefined ? undefined : /^=(\d+)$/.exec(previous.key)?.[1];
		const power = previous === undefined ? undefined : myriadPowers.get(previous.text.at(-1) ?? '');
		const low = /^(\p{L}*)=(\d+)(.*)$/u.exec(figure.key);
		if (previous && high !== undefined && power !== undefined && previous.kind === 'number' && figure.start === previous.end && /^\d/u.test(figure.text) && low && BigInt(low[2]!) < 10n ** BigInt(power)) {
			out[out.length - 1] = {kind: 'number', text: asWritten(text.slice(previous.start, figure.end)), key: `${low[1]}=${BigInt(high) + BigInt(low[2]!)}${low[3]}`, start: previous.start, end: figure.end};
			continue;
		}

		out.push(figure);
	}

	return out;
};

/**
 * A number written as a word, keyed `key` by its value ("six" → "=6"), keyed as its figure in digits would be with the
 * unit written right after it in `text` at `end` ("six hours" is "6 hours", not "6 years"), or as an age ("seven-year-old"
 * is "age:7", as "7-year-old" is), or as a clock time before "Uhr" ("acht Uhr" is 8:00, as "8 Uhr" is: uhrClock): the key and the
 * end of the unit. A key that is no plain value ("=6"), or no unit after the word: `key` and `end` unchanged.
 */
export const numberWordFigure = (key: string, text: string, end: number, sign?: string): {key: string; end: number} => {
	const value = /^=(\d+(?:\.\d+)?)$/.exec(key)?.[1];
	// An hour in words before "Uhr" ("acht Uhr", "sieben Uhr abends"): the time, as "8 Uhr" is (fresh user L9: "acht Uhr" / "8 Uhr" was "acht → 8").
	const clock = value === undefined || sign !== undefined || !/^\d{1,2}$/.test(value) ? undefined : uhrClock(value, text, end);
	if (clock !== undefined) return {key: clock.key, end: clock.end};
	// An age ("seven-year-old", "seven years old"), as in digits ("7-year-old": ageAt).
	const old = value === undefined || sign !== undefined || !/^\d{1,3}$/.test(value) ? null : yearsOld.exec(text.slice(end, end + 16));
	if (old !== null) return {key: `age:${value}${ageUnit(old[1])}`, end: end + old[0].length};
	// The unit as read in the forty characters after the word (a longer one is no unit of it).
	const after = value === undefined ? '' : text.slice(end, end + 40);
	const unitEnd = value === undefined ? -1 : readUnitEnd(after, 0, false);
	const unit = unitEnd < 0 ? undefined : after.slice(0, unitEnd);
	if (unit === undefined && (sign === undefined || value === undefined)) return {key, end};
	return {key: figureKey(sign, value!, undefined, unit), end: end + (unit?.length ?? 0)};
};

const signAtEnd = new RegExp(String.raw`(?:${signSource(gap)})$`, 'u');

/**
 * A sign written just before `start` in `text`, as figurePattern reads one before digits (figure-units.ts signSource:
 * "minus", "moins", "menos", "−"; not "au moins"): a number word after it takes it ("minus five" is −5, as "minus 5"
 * and "-5" are). The sign as written and where it starts; undefined when none.
 */
export const signBefore = (text: string, start: number): {sign: string; start: number} | undefined => {
	const from = Math.max(0, start - 24);
	const match = signAtEnd.exec(text.slice(from, start));
	// Only a word sign: "-five" or "+ five" is punctuation more often than a sign.
	return match === null || !/\p{L}/u.test(match[0]) ? undefined : {sign: match[0], start: from + match.index};
};
