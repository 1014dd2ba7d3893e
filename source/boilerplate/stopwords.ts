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

const lowerAscii = /^[\u0000-\u0040\u005B-\u007F]*$/;
const asciiLetter = /[a-z]/;

const loadStopwords = (): StopwordIndex => {
	if (index) {
		return index;
	}

	const require = createRequire(import.meta.url);
	let lists: Record<string, string[]> = {};
	try {
		lists = require('stopwords-iso') as Record<string, string[]>;
	} catch {
		// Without the lists, language detection answers 'und' and the
		// classifier uses evidence that needs no stopwords.
	}

	const languages = Object.keys(lists).sort();
	const byWord = new Map<string, number[]>();
	const sets = new Map<string, Set<string>>();
	languages.forEach((language, i) => {
		const set = new Set<string>();
		for (const raw of lists[language]) {
			// Half the words are lower-case ASCII: already NFC and lower case, a letter among them is a-z.
			const plain = lowerAscii.test(raw);
			const word = plain ? raw : raw.normalize('NFC').toLowerCase();
			// Digits and punctuation in some lists say nothing about a language.
			if (!(plain ? asciiLetter.test(word) : /\p{L}/u.test(word)) || set.has(word)) {
				continue;
			}

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
	index = {languages, byWord, sets};
	return index;
};

/** The stopword set of a language (ISO 639-1), or undefined when there is no list. */
export const stopwordsFor = (language: string): Set<string> | undefined => loadStopwords().sets.get(language);

/** Number of words of each language's list among `words`, by language. */
export const stopwordHits = (words: Iterable<string>): Map<string, number> => {
	const {languages, byWord} = loadStopwords();
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
