// The period a rate is counted by, written after its figure: "$12 an hour", "$12/hour", "500 euros per
// month", "2 million barrels a day", "€40,000 a year", "5 km/h" aside (a unit of its own).
// A wage, price or output is a figure over a time span; "$12 an hour" and "$12 a day" are two
// figures, off by a factor of eight, as "30 km/h" and "30 km" are.
import {timeSpanOf} from './figure-units.js';

/**
 * Words that make the time span after them the period of the figure before (English "a", "an",
 * "per", "each", "every"; German "pro", "je", "im"; French "par"; Spanish "por", "al"; Italian
 * "al", "all'"; Portuguese "por", "ao"), and the adverbs and phrases that name a period by
 * themselves ("hourly", "annually", "per annum"), by the time span's symbol (figure-units.ts).
 */
const periodWords = ['a', 'an', 'per', 'each', 'every', 'pro', 'je', 'im', 'par', 'por', 'al', 'ao'];
const periodAdverbs = new Map<string, string>([
	['hourly', 'h'], ['daily', 'day'], ['weekly', 'week'], ['monthly', 'month'], ['yearly', 'year'], ['annually', 'year'],
	['per annum', 'year'], ['a head', 'head'], ['per head', 'head'], ['per capita', 'head'], ['per person', 'head'],
]);

/**
 * What after a time span makes it a moment, not a period: "a week ago", "a day later", "a year after the crash", and in
 * other languages "im Jahr 2023", "im Jahr zuvor", "im Jahr der Wahl", "al día siguiente" (review R3): a figure, or a
 * word that dates the span. "after tax", "before tax" (and inflation, interest, costs) say what the rate is net of, not
 * when: "$2 billion a year after tax" is a rate (breaker12b L10).
 */
const momentAfter = /^\s+(?:\p{N}|(?:ago|earlier|later|(?:before|after)(?!\s+(?:tax|taxes|taxation|inflation|interest|costs|expenses|deductions)(?![\p{L}\p{N}]))|since|from|prior|zuvor|davor|danach|darauf|der|des|vor|nach|siguiente|anterior|después|antes|seguente|precedente|dopo|prima|suivant|précédent|seguinte|anterior|depois)(?![\p{L}\p{N}]))/iu;

/** A time span after a slash, glued or spaced by one space ("/hour", " / month"): the span's word in group 1. */
const slashPeriod = /^[^\S\n]?\/[^\S\n]?(\p{L}+)(?![\p{L}\p{N}])/u;
/** Abbreviations of a time span written only after a slash ("/yr", "/mo", "/wk", "/annum"), by the span's symbol. */
const slashAbbreviations = new Map<string, string>([['yr', 'year'], ['annum', 'year'], ['mo', 'month'], ['mth', 'month'], ['wk', 'week'], ['d', 'day']]);

/** At most one word between the figure's unit and the period ("2 million barrels a day", "12 people a day"). */
const rateAfter = new RegExp(String.raw`^(?:[^\S\n]+(?!(?:${periodWords.join('|')})[^\S\n])([\p{L}]+))?[^\S\n]+(?:(${periodWords.join('|')})[^\S\n]+|all['’])([\p{L}]+)(?![\p{L}\p{N}])`, 'iu');
const adverbAfter = new RegExp(String.raw`^(?:[^\S\n]+(?!(?:${periodWords.join('|')})[^\S\n])([\p{L}]+))?[^\S\n]+(${[...periodAdverbs.keys()].map(phrase => phrase.replace(' ', String.raw`[^\S\n]+`)).join('|')})(?![\p{L}\p{N}])`, 'iu');

/**
 * The period of a rate written at `at` of `text`, just after a figure (and its unit): the period's
 * symbol ("h", "day", "month", "year", "head") and the end of what names it (UTF-16 offset), with
 * at most one word between ("barrels"); undefined when none is written, or when the time span is a
 * moment ("a week ago", "a year after"). Bounded: reads at most 60 characters.
 */
export const ratePeriodAfter = (text: string, at: number): {period: string; end: number} | undefined => {
	const after = text.slice(at, at + 60);
	// A period after a slash ("$12/hour", "$12/hr", "500 euros/month", "€40,000/yr"), as written in words.
	const slash = slashPeriod.exec(after);
	const slashed = slash === null ? undefined : (timeSpanOf(slash[1]!) ?? slashAbbreviations.get(slash[1]!.toLowerCase()));
	if (slashed !== undefined) return {period: slashed, end: at + slash![0].length};
	const adverb = adverbAfter.exec(after);
	if (adverb) return {period: periodAdverbs.get(adverb[2]!.toLowerCase().replace(/\s+/gu, ' '))!, end: at + adverb[0].length};
	const rate = rateAfter.exec(after);
	if (!rate) return undefined;
	// French "par an": the singular "an" is no measure name (figure-units.ts), as it is English's article, so read here after "par" only.
	const period = timeSpanOf(rate[3]!) ?? (rate[2]?.toLowerCase() === 'par' && rate[3]!.toLowerCase() === 'an' ? 'year' : undefined);
	// "a" and "an" before a span only where the span is one ("an hour", "a day"), not "a days"; a moment is no period.
	if (period === undefined || momentAfter.test(after.slice(rate[0].length))) return undefined;
	return {period, end: at + rate[0].length};
};
