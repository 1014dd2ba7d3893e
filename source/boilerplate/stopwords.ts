import {readStopwords} from './stopword-source.js';

// stopwords-iso: stopword lists for ~58 languages (ISO 639-1). The JSON is
// ~200 KB, so it is loaded once, on first use, not at import time; in dist/
// it is inside the bundle (stopword-source.ts).

type StopwordIndex = {
	languages: string[];
	/** Each language's list, its words joined by line feeds (split when the language's set is first asked for). */
	joined: string[];
	/** Words by their first two UTF-16 code units (the whole word when shorter): see PackedStopwords' buckets. */
	buckets: Map<string, string>;
	/** The holders of words looked up so far (as in buckets; '' for a word of no list). */
	holders: Map<string, string>;
	/** Each language's set, made when first asked for (a run needs one or two of the 58). */
	sets: Map<string, Set<string>>;
};

let index: StopwordIndex | undefined;

/** The stopword lists as the index holds them: languages sorted, each list NFC lower case, letters only, without repeats. */
export type StopwordLists = {languages: string[]; lists: string[][]};

/**
 * The lists as the start-up data keeps them (start-data.ts), read back with no work per word: parsing 21,500
 * strings and indexing them in a Map was a tenth of a two-sentence diff's CPU (~25 ms), though such a text asks
 * for some twenty words. `lists`: each language's words joined by line feeds. `buckets`: [prefix, lines], every
 * word of every list under its first two UTF-16 code units (the whole word when shorter), each as "\n" + word +
 * "\t" + the indices of the languages that hold it, ascending, as characters (U+0030 + index), so that a word's
 * line is found with one indexOf in a string of some forty words.
 */
export type PackedStopwords = {languages: string[]; lists: string[]; buckets: Array<[string, string]>};

/** The first character of a language index in a bucket's holders (see PackedStopwords): above tab and line feed. */
const holderBase = 0x30;

const bucketOf = (word: string): string => word.slice(0, 2);

/**
 * Packs normalised lists (see PackedStopwords). Throws for a word holding a tab or line feed, or more languages
 * than the holders' characters can name: the packing could not tell them apart (stopwords-iso has none).
 */
export const packStopwords = ({languages, lists}: StopwordLists): PackedStopwords => {
	if (languages.length > 0xff) throw new Error(`stopwords: ${languages.length} languages are more than the packing can name`);
	const holders = new Map<string, string>();
	for (let i = 0; i < languages.length; i++) {
		for (const word of lists[i]!) {
			if (word.includes('\n') || word.includes('\t')) throw new Error(`stopwords: the word ${JSON.stringify(word)} holds a tab or a line feed`);
			holders.set(word, (holders.get(word) ?? '') + String.fromCharCode(holderBase + i));
		}
	}

	const buckets = new Map<string, string>();
	for (const [word, languagesOf] of holders) {
		const key = bucketOf(word);
		buckets.set(key, `${buckets.get(key) ?? ''}\n${word}\t${languagesOf}`);
	}

	return {languages, lists: lists.map(list => list.join('\n')), buckets: [...buckets]};
};

const indexPacked = ({languages, lists, buckets}: PackedStopwords): StopwordIndex => ({languages, joined: lists, buckets: new Map(buckets), holders: new Map(), sets: new Map()});

/** Words whose holders are remembered at most (a 30,000-word article has some 3,000 distinct ones). */
const maxRemembered = 50_000;

/** The holders of `word` (see PackedStopwords; '' when no list holds it), remembered for the next time it is asked. */
const holdersOf = (index: StopwordIndex, word: string): string => {
	let found = index.holders.get(word);
	if (found !== undefined) return found;
	found = '';
	const bucket = index.buckets.get(bucketOf(word));
	if (bucket !== undefined) {
		// Lines are "\n" word "\t" holders: a word is found whole, between a line feed and a tab.
		const at = bucket.indexOf(`\n${word}\t`);
		if (at !== -1) {
			const start = at + word.length + 2;
			const end = bucket.indexOf('\n', start);
			found = bucket.slice(start, end === -1 ? bucket.length : end);
		}
	}

	// Bounded: a long-lived process (the reader, list) asks for ever new words.
	if (index.holders.size >= maxRemembered) index.holders.clear();
	index.holders.set(word, found);
	return found;
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
	index = indexPacked(packStopwords({languages, lists}));
	return index;
};

/** Language `at`'s list as an array (an empty list is joined as ''). */
const listAt = (index: StopwordIndex, at: number): string[] => (index.joined[at] === '' ? [] : index.joined[at]!.split('\n'));

/** The normalised lists (loading them if need be). */
export const stopwordLists = (): StopwordLists => {
	const index = loadStopwords();
	return {languages: index.languages, lists: index.languages.map((_, at) => listAt(index, at))};
};

/** The lists packed (loading them if need be), for a start-up data file (source/start-data.ts). */
export const packedStopwords = (): PackedStopwords => {
	const {languages, joined, buckets} = loadStopwords();
	return {languages, lists: joined, buckets: [...buckets]};
};

/**
 * Installs lists normalised and packed elsewhere by packedStopwords() (the caller makes sure
 * they come from the same stopwords-iso and Unicode data): the ~20 ms of
 * normalising 21,000 words at start-up are skipped. No effect once loaded.
 */
export const seedStopwordLists = (packed: PackedStopwords): void => {
	index ??= indexPacked(packed);
};

/** The stopword set of a language (ISO 639-1), or undefined when there is no list. */
export const stopwordsFor = (language: string): Set<string> | undefined => {
	const index = loadStopwords();
	let set = index.sets.get(language);
	if (!set) {
		const at = index.languages.indexOf(language);
		if (at === -1) return undefined;
		index.sets.set(language, (set = new Set(listAt(index, at))));
	}

	return set;
};

/** Number of words of each language's list among `words`, by language. */
export const stopwordHits = (words: Iterable<string>): Map<string, number> => hitsIn(loadStopwords(), words);

/** stopwordHits over lists packed by packStopwords (for tests: the packing answers as the lists do). */
export const packedStopwordHits = (packed: PackedStopwords, words: Iterable<string>): Map<string, number> => hitsIn(indexPacked(packed), words);

const hitsIn = (index: StopwordIndex, words: Iterable<string>): Map<string, number> => {
	const {languages} = index;
	const counts = new Array<number>(languages.length).fill(0);
	for (const word of words) {
		const holders = holdersOf(index, word);
		for (let k = 0; k < holders.length; k++) counts[holders.charCodeAt(k) - holderBase]++;
	}

	const hits = new Map<string, number>();
	counts.forEach((count, i) => {
		if (count > 0) {
			hits.set(languages[i], count);
		}
	});
	return hits;
};
