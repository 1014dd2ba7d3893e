import {createRequire} from 'node:module';

// stopwords-iso: stopword lists for ~58 languages (ISO 639-1). The JSON is
// ~200 KB, so it is loaded once, on first use, not at import time.

type StopwordIndex = {
	languages: string[];
	/** word → indices (into `languages`) of the lists that contain it. */
	byWord: Map<string, number[]>;
	sets: Map<string, Set<string>>;
};

let index: StopwordIndex | undefined;

/** The stopword lists as the index holds them: languages sorted, each list NFC lower case, letters only, without repeats. */
export type StopwordLists = {languages: string[]; lists: string[][]};

/** Indexes lists already normalised (see StopwordLists). */
const indexLists = ({languages, lists}: StopwordLists): StopwordIndex => {
	const byWord = new Map<string, number[]>();
	const sets = new Map<string, Set<string>>();
	languages.forEach((language, i) => {
		const set = new Set<string>();
		for (const word of lists[i]!) {
			set.add(word);
			const holders = byWord.get(word);
			if (holders) {
				holders.push(i);
			} else {
				byWord.set(word, [i]);
			}
		}

		sets.set(language, set);
	});
	return {languages, byWord, sets};
};

const load = (): StopwordIndex => {
	if (index) {
		return index;
	}

	const require = createRequire(import.meta.url);
	let raw: Record<string, string[]> = {};
	try {
		raw = require('stopwords-iso') as Record<string, string[]>;
	} catch {
		// Without the lists, language detection answers 'und' and the
		// classifier uses evidence that needs no stopwords.
	}

	const languages = Object.keys(raw).sort();
	const lists = languages.map(language => {
		const set = new Set<string>();
		for (const entry of raw[language]!) {
			const word = entry.normalize('NFC').toLowerCase();
			// Digits and punctuation in some lists say nothing about a language.
			if (/\p{L}/u.test(word)) set.add(word);
		}

		return [...set];
	});
	index = indexLists({languages, lists});
	return index;
};

/** The normalised lists (loading them if need be), for a start-up data file (source/start-data.ts). */
export const stopwordLists = (): StopwordLists => {
	const {languages, sets} = load();
	return {languages, lists: languages.map(language => [...sets.get(language)!])};
};

/**
 * Installs lists normalised elsewhere by stopwordLists() (the caller makes sure
 * they come from the same stopwords-iso and Unicode data): the ~20 ms of
 * normalising 21,000 words at start-up are skipped. No effect once loaded.
 */
export const seedStopwordLists = (lists: StopwordLists): void => {
	index ??= indexLists(lists);
};

/** The stopword set of a language (ISO 639-1), or undefined when there is no list. */
export const stopwordsFor = (language: string): Set<string> | undefined => load().sets.get(language);

/** Number of words of each language's list among `words`, by language. */
export const stopwordHits = (words: Iterable<string>): Map<string, number> => {
	const {languages, byWord} = load();
	const counts = new Array<number>(languages.length).fill(0);
	for (const word of words) {
		const holders = byWord.get(word);
		if (holders) {
			for (const i of holders) {
				counts[i]++;
			}
		}
	}

	const hits = new Map<string, number>();
	counts.forEach((count, i) => {
		if (count > 0) {
			hits.set(languages[i], count);
		}
	});
	return hits;
};
