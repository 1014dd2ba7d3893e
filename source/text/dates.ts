// Calendar dates as news pages write them, read into a day: ISO dates, day and
// month name and year in the European order ("25. Januar 2022", "25 janvier
// 2022", "25 de enero de 2022", "25 January 2022"), the English order
// ("January 25, 2022"), and numeric dates (day first: "25.01.2022").

/** Month names by month (1–12): full and short forms in English, French, German, Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian and Polish (nominative and genitive). */
const monthsByNumber: readonly string[] = [
	'january jan janvier janv januar jänner jän enero ene gennaio gen janeiro januari januar январь января янв січень січня styczeń stycznia',
	'february feb février fevrier févr fevr februar feber febrero febbraio fevereiro fev februari февраль февраля фев лютий лютого luty lutego',
	'march mar mars märz marz marzo março marco maart март марта березень березня marzec marca',
	'april apr avril avr abril aprile abr апрель апреля апр квітень квітня kwiecień kwietnia',
	'may mai mayo maggio mag maio mei май мая травень травня maj maja',
	'june jun juin juni junio giugno giu junho июнь июня червень червня czerwiec czerwca',
	'july jul juillet juil juli julio luglio lug julho июль июля липень липня lipiec lipca',
	'august aug août aout agosto ago augustus август августа авг серпень серпня sierpień sierpnia',
	'september sep sept septembre septiembre setiembre settembre set setembro сентябрь сентября сен вересень вересня wrzesień września',
	'october oct octobre oktober okt octubre ottobre ott outubro out октябрь октября окт жовтень жовтня październik października',
	'november nov novembre noviembre novembro ноябрь ноября ноя листопад листопада listopad listopada',
	'december dec décembre decembre déc dezember dez diciembre dic dicembre dezembro декабрь декабря дек грудень грудня grudzień grudnia',
];

/**
 * Weekday names by day (1 Monday – 7 Sunday) in scripts other than Latin, nominative and the
 * accusative a date takes ("в среду", "у середу"): Russian, Ukrainian, Bulgarian. Read whatever
 * language a text was detected as (a short Russian text is often taken for Bulgarian); Latin-script
 * weekdays come from the text's own language (CLDR), as "martes" or "sabato" are words elsewhere.
 */
const weekdaysByNumber: readonly string[] = [
	'понедельник понеделник понеділок',
	'вторник вівторок',
	'среда среду сряда середа середу',
	'четверг четвер четвъртък',
	'пятница пятницу петък пʼятниця пʼятницю п\'ятниця п\'ятницю',
	'суббота субботу събота субота суботу',
	'воскресенье неделя неділя неділю',
];

const weekdayNumber = new Map<string, number>();
for (const [index, names] of weekdaysByNumber.entries()) for (const name of names.split(' ')) weekdayNumber.set(name, index + 1);

/** The weekday (1 Monday – 7 Sunday) a weekday name of weekdaysByNumber names (lower-cased: "среду"), or undefined. */
export const weekdayOfName = (word: string): number | undefined => weekdayNumber.get(word);

/** Every weekday name of weekdaysByNumber. */
export const weekdayNames = (): Iterable<string> => weekdayNumber.keys();

const monthNumber = new Map<string, number>();
for (const [index, names] of monthsByNumber.entries()) for (const name of names.split(' ')) monthNumber.set(name, index + 1);

/** Every month name of monthsByNumber, lower-cased, full and short forms: the one list of month names (the labeller's date lines read it too). */
export const monthNames = (): Iterable<string> => monthNumber.keys();

/** The month (1–12) a month name of monthsByNumber names (lower-cased: "marzo", "marca", "марта", "mar"), or undefined. */
export const monthOfName = (word: string): number | undefined => monthNumber.get(word);

const name = '([\\p{L}]+)\\.?';
const year = '((?:1[89]|2[01])\\d\\d)';
/**
 * Where a year ends: at anything but a digit, or where a day or a clock time a page glued to it begins (a dump of
 * two elements with no space between: "31. Oktober 202331. Oktober 2023", "March 7, 201810:15 am").
 */
const yearEnd = '(?=$|\\P{N}|\\d{1,2}(?:\\.\\s*\\p{L}|:\\d\\d))';
/** 25. Januar 2022 · 25 janvier 2022 · 25 de enero de 2022 · 1er mars 2022 · 3rd of May 2022 */
const dayMonthYear = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:(?:de|of)\\s+)?${name},?\\s+(?:de\\s+|del\\s+)?${year}${yearEnd}`, 'u');
/** January 25, 2022 · Jan. 25 2022 */
const monthDayYear = new RegExp(`(?<![\\p{L}])${name}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${year}${yearEnd}`, 'u');
const iso = /(?<!\p{N})((?:1[89]|2[01])\d\d)-(\d{1,2})-(\d{1,2})(?!\p{N})/u;
/** 25.01.2022 · 25/01/2022 · 25-01-2022 (day first, as most of the world writes it; 01/25/2022 is read month first). */
const numeric = /(?<![\p{N}.])(\d{1,2})([./-])(\d{1,2})\2((?:1[89]|2[01])\d\d)(?!\p{N})/u;

const valid = (y: number, m: number, d: number): number | undefined => {
	if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
	const time = Date.UTC(y, m - 1, d);
	return new Date(time).getUTCDate() === d ? time : undefined;
};

/** How much of the calendar a date names: one day, a whole month, a whole year. */
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * A date as the interval it names: `start` inclusive, `end` exclusive, both UTC timestamps (milliseconds); with
 * `instant` (a UTC timestamp) when the text is a machine's timestamp, ISO 8601 with a time and a zone
 * ("2025-03-03T10:00:00+00:00", "…Z": a JSON Lines `date`, a WARC-Date), which says the moment, not only the day.
 */
export type DateSpan = {start: number; end: number; precision: DatePrecision; instant?: number};

/** An ISO 8601 timestamp with a time and a zone, the whole text: date, time, zone. */
const isoInstant = /^\s*((?:1[89]|2[01])\d\d-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)\s*$/iu;

/** The moment `raw` names when it is an ISO 8601 timestamp with a zone (isoInstant), else undefined. */
const instantOf = (raw: string): number | undefined => {
	const match = isoInstant.exec(raw);
	if (match === null) return undefined;
	const zone = match[3]!.toUpperCase() === 'Z' ? 'Z' : match[3]!.length === 3 ? `${match[3]}:00` : match[3]!.includes(':') ? match[3]! : `${match[3]!.slice(0, 3)}:${match[3]!.slice(3)}`;
	const time = Date.parse(`${match[1]}T${match[2]}${zone}`);
	return Number.isFinite(time) ? time : undefined;
};

const dayMs = 86_400_000;
const daySpan = (time: number | undefined): DateSpan | undefined => (time === undefined ? undefined : {start: time, end: time + dayMs, precision: 'day'});
const monthSpan = (y: number, m: number): DateSpan => ({start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1), precision: 'month'});
const yearSpan = (y: number): DateSpan => ({start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1), precision: 'year'});

/** Dezember 2024 · Dec. 2024 · 2024-12 (a month with no day). */
const monthYear = new RegExp(`(?<![\\p{L}])${name},?\\s+${year}(?!\\p{N})`, 'u');
const isoMonth = /(?<![\p{N}-])((?:1[89]|2[01])\d\d)-(\d{1,2})(?![\p{N}-])/u;
const yearWord = /(?<!\p{N})((?:1[89]|20)\d\d)(?!\p{N})/u;
const letterWords = /\p{L}+/gu;

/**
 * The interval a date string names, or undefined when none is found. Reads
 * the first day-precise date of the forms above anywhere in the string
 * ("Veröffentlicht am 25. Januar 2022, 10:15 Uhr"), then a month and year
 * ("Dezember 2024"), else whatever `Date.parse` reads (RFC 2822 and the
 * like), keeping only the precision the text gives: a text with a month name
 * and a year but no day ("December news 2024", which V8 reads as 1 December)
 * is that whole month, a text with only a year that whole year. Never throws.
 */
export function parseDateSpan(raw: string): DateSpan | undefined {
	const text = raw.toLowerCase();
	const isoMatch = iso.exec(text);
	if (isoMatch) {
		const span = daySpan(valid(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])));
		const instant = span === undefined ? undefined : instantOf(raw);
		return instant === undefined ? span : {...span!, instant};
	}
	const named = dayMonthYear.exec(text);
	if (named && monthNumber.has(named[2]!)) return daySpan(valid(Number(named[3]), monthNumber.get(named[2]!)!, Number(named[1])));
	const english = monthDayYear.exec(text);
	if (english && monthNumber.has(english[1]!)) return daySpan(valid(Number(english[3]), monthNumber.get(english[1]!)!, Number(english[2])));
	const digits = numeric.exec(text);
	if (digits) {
		const first = Number(digits[1]);
		const second = Number(digits[3]);
		// Month first only where day first cannot be (01/25/2022).
		return daySpan(second > 12 && digits[2] === '/' ? valid(Number(digits[4]), first, second) : valid(Number(digits[4]), second, first));
	}

	const month = monthYear.exec(text);
	if (month && monthNumber.has(month[1]!)) return monthSpan(Number(month[2]), monthNumber.get(month[1]!)!);
	const isoMonthMatch = isoMonth.exec(text);
	if (isoMonthMatch && Number(isoMonthMatch[2]) >= 1 && Number(isoMonthMatch[2]) <= 12) return monthSpan(Number(isoMonthMatch[1]), Number(isoMonthMatch[2]));

	// Date.parse is lenient in V8 ("Chapter 1" is 2001-01-01): only a text naming a year is left to it.
	const yearMatch = yearWord.exec(raw);
	if (!yearMatch) return undefined;
	const parsed = Date.parse(raw);
	if (!Number.isFinite(parsed)) return undefined;
	// V8 fills what the text leaves out with the first day (of the month, of the year): keep only what it names.
	const rest = raw.slice(0, yearMatch.index) + raw.slice(yearMatch.index + yearMatch[0].length);
	const namesDay = /(?<!\p{N})(?:[1-9]|[12]\d|3[01])(?!\p{N})/u.test(rest);
	if (namesDay) return {start: parsed, end: parsed + dayMs, precision: 'day'};
	const namedMonth = text.match(letterWords)?.find(word => monthNumber.has(word));
	const y = Number(yearMatch[1]);
	return namedMonth ? monthSpan(y, monthNumber.get(namedMonth)!) : yearSpan(y);
}

/**
 * Orders two date spans by the latest moment each can be — a timestamp's moment (`instant`), else the end of its
 * interval (`end`) — then the more precise first: a copy is only known to be earlier when all of its interval is. A
 * month is later than any day inside it ("December 2024" does not precede "December 8, 2024") and earlier than every day
 * after it; two timestamps go by their moments (a copy fetched four hours later is later, on one day or across a date
 * line), and a timestamp before the plain day that holds it. One key per span, so the order is total and the same
 * whatever the order of the input, with plain days and timestamps mixed (review12 R8: it compared two timestamps by
 * moment and a timestamp with a day by the day, which is no order). Negative when `a` comes first, 0 when equal.
 */
export function compareDateSpans(a: DateSpan, b: DateSpan): number {
	return (a.instant ?? a.end) - (b.instant ?? b.end) || a.end - a.start - (b.end - b.start);
}

/** A span written as precisely as it is known: `2024-12-08`, `2024-12`, `2024`. */
export function formatDateSpan(span: DateSpan): string {
	const iso = new Date(span.start).toISOString();
	return iso.slice(0, span.precision === 'day' ? 10 : span.precision === 'month' ? 7 : 4);
}

/**
 * The day a date string names, as a UTC timestamp (milliseconds) at midnight
 * (the first day of a month or year named without a day), or undefined when
 * none is found; see `parseDateSpan`, which keeps the precision. Never throws.
 */
export function parseDate(raw: string): number | undefined {
	return parseDateSpan(raw)?.start;
}
