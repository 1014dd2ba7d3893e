// Start-up data: tables every process builds before its first comparison —
// the character classes of the BMP (nine Unicode regular expressions over
// 65,536 code units), the normalised stopword lists of stopwords-iso, English
// calendar words from CLDR — computed once by `npm run build` into
// dist/start-data.json and read back in ~1 ms instead of ~50 ms of work. Node
// 20 has neither a compile cache for ES modules nor a start-up snapshot that
// runs without a second process, so data is what can be kept. The file is
// keyed by everything the tables depend on (Node, ICU, Unicode and CLDR
// versions, the stopwords-iso version, this format): a missing, stale or
// damaged file is ignored and the tables are computed as before, so the file
// only ever saves time, never changes an answer.
import {readFileSync, renameSync, writeFileSync} from 'node:fs';
import {stopwordsVersion} from './boilerplate/stopword-source.js';
import {packedStopwords, seedStopwordLists, type PackedStopwords} from './boilerplate/stopwords.js';
import {calendarKeyTable, calendarWords, seedCalendarKeys, seedCalendarWords, seedShortCalendarWords, seedTimeWords, shortCalendarWords, timeWords} from './compare/word-classes.js';
import {classTableRuns, seedClassTable} from './text/character-classes.js';

export type StartData = {
	key: string;
	/** character-classes.ts's table as runs (classTableRuns). */
	classRuns: number[];
	/** The stopword lists, packed (stopwords.ts PackedStopwords). */
	stopwords: PackedStopwords;
	/** Calendar words by language (English: every comparison needs it). */
	calendar: Record<string, string[]>;
	/** Time words by language (word-classes.ts, timeWords). */
	time: Record<string, string[]>;
	/** Calendar words' keys by language (word-classes.ts calendarKeyTable, which figures.ts calendarKey reads; English: the facts of most pairs read it), as [word, key]. */
	calendarKeys: Record<string, Array<[string, string]>>;
	/** Weekday and month names written only in their short form, by language (word-classes.ts shortCalendarWords; English: the facts of most pairs read it). */
	shortCalendar: Record<string, string[]>;
};

/** Bumped when the shape or meaning of the data changes. */
const format = 6;

/** The default place: beside the bundle (dist/start-data.json); in source/ (tests under tsx) there is none. */
const defaultFile = new URL('start-data.json', import.meta.url);

/** The lists' version, 'none' when they are missing (the data is then not used, and reading the lists says why). */
const listsVersion = (): string => {
	try {
		return stopwordsVersion();
	} catch {
		return 'none';
	}
};

/** What the data depends on, as one string: data under another key is not used. */
export const startDataKey = (): string =>
	[format, process.versions.node, process.versions.icu, process.versions.unicode, process.versions.cldr, listsVersion()].join('|');

/** The tables, computed here and now. */
export const computeStartData = (): StartData => ({
	key: startDataKey(),
	classRuns: classTableRuns(),
	stopwords: packedStopwords(),
	calendar: {en: [...calendarWords('en')]},
	time: {en: [...timeWords('en')]},
	calendarKeys: {en: [...calendarKeyTable('en')]},
	shortCalendar: {en: [...shortCalendarWords('en')]},
});

/** Writes the data (atomically: a temporary file renamed over the old one). */
export const writeStartData = (file: string | URL = defaultFile): void => {
	const temporary = `${file instanceof URL ? file.pathname : file}.${process.pid}.tmp`;
	writeFileSync(temporary, JSON.stringify(computeStartData()));
	renameSync(temporary, file);
};

/**
 * Installs the tables from the file when its key matches this process (see
 * the top of this file). Returns whether it did; never throws.
 */
export const seedStartData = (file: string | URL = defaultFile): boolean => {
	let data: StartData;
	try {
		data = JSON.parse(readFileSync(file, 'utf8')) as StartData;
	} catch {
		return false;
	}

	if (data?.key !== startDataKey() || !Array.isArray(data.classRuns) || !Array.isArray(data.stopwords?.languages) || !Array.isArray(data.stopwords.lists) || !Array.isArray(data.stopwords.buckets) || typeof data.calendar !== 'object' || typeof data.time !== 'object' || typeof data.calendarKeys !== 'object' || typeof data.shortCalendar !== 'object') return false;
	seedClassTable(data.classRuns);
	seedStopwordLists(data.stopwords);
	for (const [language, words] of Object.entries(data.calendar)) seedCalendarWords(language, words);
	for (const [language, words] of Object.entries(data.time)) seedTimeWords(language, words);
	for (const [language, entries] of Object.entries(data.calendarKeys)) seedCalendarKeys(language, entries);
	for (const [language, words] of Object.entries(data.shortCalendar)) seedShortCalendarWords(language, words);
	return true;
};
