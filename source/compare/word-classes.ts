import {detectLanguage} from '../boilerplate/language.js';
import {normalizeForMatch} from '../text/normalize.js';
import {weekdayCases} from '../text/weekday-cases.js';
import {functionWordsFor, generalWordsFor} from './function-words.js';
import {numberWordsFor} from './number-words.js';

/**
 * Which words may count as evidence that two sentences say the same thing.
 * Function words (the closed-class list of each side's language, function-words.ts:
 * "the", "on", "which", "would"…) and calendar words (weekday and month
 * names, "yesterday"/"today", years) are shared by unrelated sentences all the
 * time: "…on Monday night", "…, the police said". They never pair two sentences
 * on their own. Calendar words come from the platform's CLDR data (Intl), so
 * they exist for every language Intl knows, not only English.
 */

/**
 * A word set per language, made by `make` on first use and kept, with `seed` to install one made
 * elsewhere (start-data.ts, from the same CLDR data: the first Intl date formats of a process cost
 * ~15 ms). Seeding a language already known has no effect.
 */
const perLanguage = (make: (language: string) => Set<string>) => {
	const cache = new Map<string, Set<string>>();
	return {
		of(language: string): Set<string> {
			let words = cache.get(language);
			if (!words) cache.set(language, (words = make(language)));
			return words;
		},
		seed(language: string, words: readonly string[]): void {
			if (!cache.has(language)) cache.set(language, new Set(words));
		},
	};
};

/** One word of letters joined by hyphens: "terça-feira". */
const hyphenatedName = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)+$/u;

const calendarByLanguage = perLanguage((language) => {
	const words = new Set<string>();
	const add = (phrase: string) => {
		const normal = normalizeForMatch(phrase);
		for (const word of normal.split(/[^\p{L}\p{M}]+/u)) if (word.length > 1) words.add(word);
		// A name written as one hyphenated word (Portuguese "terça-feira") is also that whole word, as a text's words keep their hyphens.
		if (hyphenatedName.test(normal)) words.add(normal);
	};
	for (const [form] of weekdayCases(language)) add(form);
	try {
		const locale = language === 'und' ? 'en' : language;
		for (const style of ['long', 'short'] as const) {
			const weekday = new Intl.DateTimeFormat(locale, {weekday: style, timeZone: 'UTC'});
			// 2024-01-01 was a Monday.
			for (let day = 1; day <= 7; day++) add(weekday.format(Date.UTC(2024, 0, day)));
			const month = new Intl.DateTimeFormat(locale, {month: style, timeZone: 'UTC'});
			for (let m = 0; m < 12; m++) add(month.format(Date.UTC(2024, m, 15)));
		}
		const relative = new Intl.RelativeTimeFormat(locale, {numeric: 'auto'});
		for (const offset of [-1, 0, 1]) add(relative.format(offset, 'day'));
	} catch {
		// An unknown locale: no calendar words beyond the English ones.
	}
	return words;
});

/** Weekday and month names (long and short), and yesterday/today/tomorrow, of a language, normalised. */
export const calendarWords = (language: string): Set<string> => calendarByLanguage.of(language);

/** Installs a language's calendar words computed elsewhere by calendarWords (perLanguage). */
export const seedCalendarWords = (language: string, words: readonly string[]): void => calendarByLanguage.seed(language, words);

/** English abbreviations CLDR does not give (it gives "Tue", "Sep"): "Tues.", "Weds.", "Thurs.", "Sept.". */
export const extraCalendarAbbreviations = new Map<string, string>([
	['tues', 'weekday:2'],
	['weds', 'weekday:3'],
	['thur', 'weekday:4'],
	['thurs', 'weekday:4'],
	['sept', 'month:9'],
]);

const calendarKeys = new Map<string, Map<string, string>>();

/**
 * calendarKey's table of `language`: its weekday and month names (and English's) by key. Built
 * from CLDR through Intl (~70 ms in a fresh process, loading ICU's date formats), so the build
 * keeps English's in the start-up data (start-data.ts, seedCalendarKeys).
 */
export const calendarKeyTable = (language: string): ReadonlyMap<string, string> => {
	let keys = calendarKeys.get(language);
	if (!keys) {
		keys = new Map(extraCalendarAbbreviations);
		for (const locale of new Set(['en', language === 'und' ? 'en' : language])) {
			try {
				for (const style of ['long', 'short'] as const) {
					const weekday = new Intl.DateTimeFormat(locale, {weekday: style, timeZone: 'UTC'});
					// 2024-01-01 was a Monday.
					for (let day = 1; day <= 7; day++) {
						const name = weekday.format(Date.UTC(2024, 0, day)).toLowerCase().replace(/\.$/, '');
						keys.set(name, `weekday:${day}`);
						// Portuguese "-feira" names alone: their first parts ("segunda", "quarta", "quinta", "sexta") are the ordinals every text
						// writes ("a segunda vez"), so they are not keyed as weekdays here (review R10).
					}
					const month = new Intl.DateTimeFormat(locale, {month: style, timeZone: 'UTC'});
					for (let m = 0; m < 12; m++) keys.set(month.format(Date.UTC(2024, m, 15)).toLowerCase().replace(/\.$/, ''), `month:${m + 1}`);
					// The form a month takes beside its day ("3 marca", "3 марта": Polish and Russian genitive), where it differs.
					const dated = new Intl.DateTimeFormat(locale, {day: 'numeric', month: style, timeZone: 'UTC'});
					for (let m = 0; m < 12; m++) {
						const written = dated.formatToParts(Date.UTC(2024, m, 15)).find(part => part.type === 'month')?.value.toLowerCase().replace(/\.$/, '');
						if (written && /^\p{L}+$/u.test(written) && !keys.has(written)) keys.set(written, `month:${m + 1}`);
					}
				}
			} catch {
				// An unknown locale: English only.
			}
		}
		// The weekday in the cases a date takes where CLDR gives the nominative only ("w środę", "ve středu": text/weekday-cases.ts).
		for (const [form, day] of weekdayCases(language)) if (!keys.has(form)) keys.set(form, `weekday:${day}`);
		calendarKeys.set(language, keys);
	}
	return keys;
};

const shortCalendarByLanguage = perLanguage(language => {
	const short = new Set<string>(extraCalendarAbbreviations.keys());
	const long = new Set<string>();
	for (const locale of new Set(['en', language === 'und' ? 'en' : language])) {
		try {
			for (const style of ['long', 'short'] as const) {
				const into = style === 'long' ? long : short;
				const weekday = new Intl.DateTimeFormat(locale, {weekday: style, timeZone: 'UTC'});
				for (let day = 1; day <= 7; day++) into.add(weekday.format(Date.UTC(2024, 0, day)).toLowerCase().replace(/\.$/, ''));
				const month = new Intl.DateTimeFormat(locale, {month: style, timeZone: 'UTC'});
				const dated = new Intl.DateTimeFormat(locale, {day: 'numeric', month: style, timeZone: 'UTC'});
				for (let m = 0; m < 12; m++) {
					into.add(month.format(Date.UTC(2024, m, 15)).toLowerCase().replace(/\.$/, ''));
					const written = dated.formatToParts(Date.UTC(2024, m, 15)).find(part => part.type === 'month')?.value.toLowerCase().replace(/\.$/, '');
					if (written) into.add(written);
				}
			}
		} catch {
			// An unknown locale: English only.
		}
	}
	for (const word of long) short.delete(word);
	return short;
});

/**
 * The weekday and month names of English and `language` (CLDR through Intl) written only in their short form,
 * lower case, without their stop: "sept" (French "sept.", a number word "sept" alone), "sep", "tue",
 * "sun", "mar" (Spanish "mar", the sea), and the English abbreviations CLDR lacks ("tues", "sept");
 * not a word that is also a long form in either ("mai", "may", "juin": Spanish "may" is May in English).
 */
export const shortCalendarWords = (language: string): Set<string> => shortCalendarByLanguage.of(language);

/** Installs a language's shortCalendarWords computed elsewhere (the start-up data). */
export const seedShortCalendarWords = (language: string, words: readonly string[]): void => shortCalendarByLanguage.seed(language, words);

/** Installs a language's calendarKeyTable computed elsewhere (the start-up data), as [word, key] entries; a language already known is kept. */
export const seedCalendarKeys = (language: string, entries: ReadonlyArray<readonly [string, string]>): void => {
	if (!calendarKeys.has(language)) calendarKeys.set(language, new Map(entries));
};

const timeByLanguage = perLanguage((language) => {
	const words = new Set<string>();
	// Whole words only: a compound's parts are other words ("l’après-midi" is no "après").
	const add = (phrase: string) => {
		for (const word of normalizeForMatch(phrase).split(/\s+/u)) if (word.length > 1 && /^[\p{L}\p{M}]+$/u.test(word)) words.add(word);
	};
	try {
		const locale = language === 'und' ? 'en' : language;
		// A 12-hour clock, so that every locale names its day periods.
		const period = new Intl.DateTimeFormat(locale, {hour: 'numeric', hourCycle: 'h12', dayPeriod: 'long', timeZone: 'UTC'});
		for (let hour = 0; hour < 24; hour++) for (const part of period.formatToParts(Date.UTC(2024, 0, 1, hour))) if (part.type === 'dayPeriod') add(part.value);
	} catch {
		// An unknown locale: no time words beyond the English ones.
	}
	// The phrases' function words ("in the", "last") stay function words: with an undetected
	// language they would otherwise stop counting as content in English alone.
	const stop = functionWordsFor(language === 'und' ? 'en' : language);
	if (stop) for (const word of words) if (stop.has(word)) words.delete(word);
	return words;
});

/**
 * Words of time phrases that are not calendar names, of a language, normalised: the parts of
 * the day ("in the morning", "at night": CLDR's day periods). They never count among the
 * shared words two sentences need to pair ("…on Monday night" in two unrelated stories),
 * though they keep their weight (they are the story's words as much as the others: taking
 * them out of the content moved a real COUNTER pair), and they are not dates, so they are no
 * fact (facts.ts reads calendar words only).
 */
export const timeWords = (language: string): Set<string> => timeByLanguage.of(language);

/** Installs a language's time words computed elsewhere by timeWords (as seedCalendarWords). */
export const seedTimeWords = (language: string, words: readonly string[]): void => timeByLanguage.seed(language, words);

/** A year as news writes it (1800–2199): a date, not a figure. */
const year = /^(?:1[89]|2[01])\d\d$/;

/** Whether a number word's key (number-words.ts: `=6`) is a whole count of two or more. */
const cardinalAtLeastTwo = (key: string | undefined): boolean => key !== undefined && /^=\d+$/u.test(key) && Number(key.slice(1)) >= 2;

/** contentMask's value for a time word (timeWords): content, weighed as any, but never one of the shared words two sentences need to pair (similarity.ts, minSharedWords). */
export const weakContent = 2;

/**
 * contentMask's value for a general word (function-words.ts generalWordsFor: "high", "placed", "serious",
 * "call", "fire"): content, one of the shared words two sentences may pair on, but weighed generalWeight
 * times a story word in a sentence's profile (similarity.ts). The weight of a word is its IDF over the
 * sentences of the two texts alone, where a general word seen once weighs as much as the rarest name:
 * counted in full, the general words of a spun sentence ("… have been placed on high alert, but there is
 * currently no serious threat") outweighed the story words it shares with its original ("Russian military
 * bases in Syria"), and it paired a sentence sharing only a speaker's name ("…, the Russian Foreign
 * Ministry said") instead.
 */
export const generalContent = 3;

/**
 * Share of its weight a general word (generalContent) keeps as pairing evidence. Chosen on dev-data/align (French,
 * whose general words are those of stopwords-iso's list beyond Snowball's) among 1 (counted in full), 0.5, 0.35
 * and 0.25 (`npm run fit:alignment -- --current`, each value): 0.35 is best on three of the four chunks held out
 * from the others, strict / lax F1 0.869 / 0.981 at 1 → 0.882 / 0.981 (stopwords-iso's list as function words:
 * 0.874 / 0.974). The relations of the reuse sets do not move between 1 and 0.25 (npm run train:relations).
 */
export const generalWeight = 0.35;

/**
 * Words of attribution in English news: "say" and "according" ("…, the police said", "according to
 * officials"). Unrelated stories attribute their sentences alike, as they date them ("…on Monday
 * night"), so these are no evidence that two sentences say the same thing: contentMask counts them
 * as it counts function words (weighed, "…, the police said" paired two unrelated sentences by
 * its weight). They are no function words (a verb, and "according"), so the closed-class lists
 * (function-words.ts) lack them; stopwords-iso's English list held them. Other verbs of speech
 * ("announced", "warned", "denied") say what happened: content.
 */
export const attributionWords: ReadonlySet<string> = new Set(['say', 'says', 'said', 'saying', 'according']);

/**
 * Per vocabulary id: 1 when the word is content (evidence for pairing), 0 for
 * punctuation, function words, words of attribution and calendar words, weakContent for time words, generalContent for
 * general words. A count of two or
 * more written out is content, though the stop lists hold it, and every other number word a function word ("one", "half"): "six hours" / "six days" share
 * the figure as "6 hours" / "6 days" do. `sides` are the normalised
 * word lists of each text (for language detection).
 */
export const contentMask = (words: readonly string[], wordLike: readonly number[], sides: ReadonlyArray<readonly string[]>): Uint8Array => {
	const languages = new Set(sides.map(list => detectLanguage(list)));
	const stop: Array<ReadonlySet<string>> = [];
	const general: Array<ReadonlySet<string>> = [];
	const calendar: Array<Set<string>> = [calendarWords('en')];
	const time: Array<Set<string>> = [timeWords('en')];
	for (const language of languages) {
		const list = functionWordsFor(language);
		if (list) stop.push(list);
		general.push(generalWordsFor(language));
		if (language !== 'und' && language !== 'en') (calendar.push(calendarWords(language)), time.push(timeWords(language)));
	}
	const numbers = [...languages].map(language => numberWordsFor(language === 'und' ? 'en' : language));
	const mask = new Uint8Array(words.length);
	for (let id = 0; id < words.length; id++) {
		if (!wordLike[id]) continue;
		const word = words[id];
		if (year.test(word)) continue;
		// A count written out ("six", "zwölf", "hundred") is a figure, content as its digits are; stopwords-iso's
		// lists have most of them (ordinals from "second" on too). Every other number word is a function word,
		// in a list or not: "one", "first", "zero" and fractions ("one of", "half").
		const count = numbers.some(table => cardinalAtLeastTwo(table.get(word)));
		if (!count && (stop.some(list => list.has(word)) || numbers.some(table => table.has(word)))) continue;
		if (calendar.some(list => list.has(word))) continue;
		if (attributionWords.has(word)) continue;
		mask[id] = time.some(list => list.has(word)) ? weakContent : general.some(list => list.has(word)) && !count ? generalContent : 1;
	}
	return mask;
};
