import {readStopwords} from './stopword-source.js';

// stopwords-iso: stopword lists for ~58 languages (ISO 639-1). The JSON is
// ~200 KB, so it is loaded once, on first use, not at import time; in dist/
// it is inside the bundle (stopword-source.ts).

type StopwordIndex = {
	languages: string[];
	lists: string[][];
	/**
	 * word → the lists that contain it: a language index (into `languages`)
	 * when one list does, as most words are in one list only; else -1 - k, `shared[k]` the indices.
	 */
	byWord: Map<string, number>;
	shared: number[][];
	/** Each language's set, made when first asked for (a run needs one or two of the 58). */
	sets: Map<string, Set<string>>;
};

let index: StopwordIndex | undefined;

/** The stopword lists as the index holds them: languages sorted, each list NFC lower case, letters only, without repeats. */
export type StopwordLists = {languages: string[]; lists: string[][]};

/** Indexes lists already normalised (see StopwordLists). */
const indexLists = ({languages, lists}: StopwordLists): StopwordIndex => {
	const byWord = new Map<string, number>();
	const shared: number[][] = [];
	for (let i = 0; i < languages.length; i++) {
		for (const word of lists[i]!) {
			const holders = byWord.get(word);
			if (holders === undefined) byWord.set(word, i);
			else if (holders >= 0) {
				byWord.set(word, -1 - shared.length);
				shared.push([holders, i]);
			} else shared[-1 - holders]!.push(i);
		}
	}

	return {languages, lists, byWord, shared, sets: new Map()};
};

const lowerAscii = /^[\u0000-\u0040\u005B-\u007F]*$/;
const asciiLetter = /[a-z]/;

const loadStopwords = (): StopwordIndex => {
	if (index) {
		return index;
	}

	// Throws when they cannot be read: without them every article would be labelled differently.
	const raw = readStopwords();

	const languages = Object.keys(raw).sort();
	const lists = languages.map(language => {
		const set = new Set<string>();
		for (const entry of raw[language]!) {
			// Half the words are lower-case ASCII: already NFC and lower case, a letter among them is a-z.
			const plain = lowerAscii.test(entry);
			const word = plain ? entry : entry.normalize('NFC').toLowerCase();
			// Digits and punctuation in some lists say nothing about a language.
			if (plain ? asciiLetter.test(word) : /\p{L}/u.test(word)) set.add(word);
		}

		return [...set];
	});
	index = indexLists({languages, lists});
	return index;
};

/** The normalised lists (loading them if need be), for a start-up data file (source/start-data.ts). */
export const stopwordLists = (): StopwordLists => {
	const {languages, lists} = loadStopwords();
	return {languages, lists};
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
export const stopwordsFor = (language: string): Set<string> | undefined => {
	const {languages, lists, sets} = loadStopwords();
	let set = sets.get(language);
	if (!set) {
		const at = languages.indexOf(language);
		if (at === -1) return undefined;
		sets.set(language, (set = new Set(lists[at])));
	}

	return set;
};

/** Number of words of each language's list among `words`, by language. */
export const stopwordHits = (words: Iterable<string>): Map<string, number> => {
	const {languages, byWord, shared} = loadStopwords();
	const counts = new Array<number>(languages.length).fill(0);
	for (const word of words) {
		const holders = byWord.get(word);
		if (holders === undefined) continue;
		if (holders >= 0) counts[holders]++;
		else for (const i of shared[-1 - holders]!) counts[i]++;
	}

	const hits = new Map<string, number>();
	counts.forEach((count, i) => {
		if (count > 0) {
			hits.set(languages[i], count);
		}
	});
	return hits;
};
