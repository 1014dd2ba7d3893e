import {stopwords as english} from '@orama/stopwords/english';
import {stopwordsFor} from '../boilerplate/stopwords.js';
import {englishClosedClass} from './english-closed-class.js';

/**
 * Function words: the closed classes of a language (articles and determiners, pronouns,
 * prepositions, conjunctions, auxiliary and modal verbs, particles), which two sentences on
 * unrelated subjects share all the time, as against the content words that say what a sentence
 * is about. They decide which words pair two sentences (word-classes.ts, contentMask) and which
 * capitalised words are no names (facts.ts).
 *
 * English: the Snowball project's stop list (Porter, snowballstem.org, a list of function words)
 * as the @orama/stopwords package ships it (with the modal verbs "will", "can", "may", "must"… and
 * "us" added, and without "a", added back here), and the prepositions, conjunctions and
 * determiners it lacks ("among", "despite", "although", "whether", "every"): the words of
 * stopwords-iso's English list that the Brill tagger's lexicon tags first as a closed class
 * (english-closed-class.ts, derived by scripts/english-closed-class.ts).
 *
 * Not stopwords-iso's English list, which the boilerplate labeller reads (stopwords.ts): it is
 * Glasgow's list for indexing abstracts, and holds content words ("fire", "bill", "system",
 * "interest", "computer", "found", "part") and names ("microsoft", "netscape"). With it, "Later the
 * fire was out in the town." and "… in the city." shared no content word, and "Bill Gates" opening
 * a sentence was the name "Gates".
 *
 * Other languages keep their stopwords-iso list. Snowball's lists of them (Orama ships French,
 * German, Dutch, Italian…) lack closed-class words their stopwords-iso lists hold (French "avant",
 * "chez", "dont", "où"; German "dass", "wegen", "wurde"), and no lexicon on npm tags them by class
 * as brill does English: measured on the dev alignment set (French), Snowball's French list moved
 * strict F1 0.874 → 0.869 and lax 0.974 → 0.981 (eleventh session).
 */

/** The closed-class lists by ISO 639-1 code (see above). */
const snowball: Readonly<Record<string, readonly string[]>> = {
	en: [...english, 'a', ...englishClosedClass],
};

const sets = new Map<string, Set<string>>();

/**
 * The function words of a language (ISO 639-1), NFC and lower case with quotes folded as
 * normalizeForMatch folds them ("don’t" is "don't"): its closed-class list where there is one (English,
 * see above), else its stopwords-iso list, else undefined.
 */
export const functionWordsFor = (language: string): ReadonlySet<string> | undefined => {
	let set = sets.get(language);
	if (set) return set;
	const list = snowball[language];
	if (!list) return stopwordsFor(language);
	set = new Set(list.map(word => word.normalize('NFC').toLowerCase().replaceAll('’', "'")).filter(word => /\p{L}/u.test(word)));
	sets.set(language, set);
	return set;
};

/** The languages whose function words are a closed-class list, not the stopwords-iso fallback. */
export const closedClassLanguages: readonly string[] = Object.keys(snowball);
