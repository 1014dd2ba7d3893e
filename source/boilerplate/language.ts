import {stopwordHits} from './stopwords.js';

/** Fewer words than this say too little to name a language. */
const minimumWords = 8;
/** Below this share of stopwords no list fits: the language has no list, or the text is not prose. */
const minimumCoverage = 0.08;

/**
 * The language whose stopword list covers the most of the words (ISO 639-1),
 * or 'und'. Language-independent: it only counts, so any language with a
 * list can win, and one without a list yields 'und' rather than a wrong guess.
 */
export const detectLanguage = (words: readonly string[]): string => {
	if (words.length < minimumWords) {
		return 'und';
	}

	let best = 'und';
	let bestHits = 0;
	for (const [language, hits] of stopwordHits(words)) {
		// Ties go to the alphabetically first code, so the answer is deterministic.
		if (hits > bestHits || (hits === bestHits && language < best)) {
			best = language;
			bestHits = hits;
		}
	}

	return bestHits / words.length >= minimumCoverage ? best : 'und';
};
