import {stopwords as danish} from '@orama/stopwords/danish';
import {stopwords as dutch} from '@orama/stopwords/dutch';
import {stopwords as english} from '@orama/stopwords/english';
import {stopwords as finnish} from '@orama/stopwords/finnish';
import {stopwords as french} from '@orama/stopwords/french';
import {stopwords as german} from '@orama/stopwords/german';
import {stopwords as italian} from '@orama/stopwords/italian';
import {stopwords as norwegian} from '@orama/stopwords/norwegian';
import {stopwords as portuguese} from '@orama/stopwords/portuguese';
import {stopwords as russian} from '@orama/stopwords/russian';
import {stopwords as swedish} from '@orama/stopwords/swedish';
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
 * Danish, Dutch, Finnish, French, German, Italian, Norwegian, Portuguese, Russian and Swedish: Snowball's
 * stop list of each (@orama/stopwords ships them), for their stopwords-iso lists hold content words as
 * Glasgow's does: German "jahr", "mann", "gott", "gross"; French "gens", "force", "haut"; Italian "anno",
 * "città", "consiglio", "gruppo", "mondo"; Portuguese "ano", "dia", "grupo", "estado", "noite"; Russian
 * "война" (war), "город" (city), "дом", "деньги"; Swedish "beslut". Snowball's Russian list, drawn from
 * word frequencies, holds two nouns, "человек" (person) and "жизнь" (life): left out here. Not Spanish or
 * Hungarian: @orama/stopwords' lists of them are no Snowball list (its Spanish holds "acuerdo", "estados",
 * "general", "lugar"), and stopwords-iso's Spanish list is Snowball's with verb forms added.
 * The words of a language's stopwords-iso list that its closed-class list lacks are its general words
 * (generalWordsFor): weaker evidence, not none. Snowball's lists lack some closed-class words
 * stopwords-iso holds (French "avant", "chez", "dont"; German "dass", "wegen"): they are general words
 * then, with a share of a word's weight (word-classes.ts generalWeight).
 *
 * Other languages keep their stopwords-iso list (Urdu, Polish, Czech…: no closed-class list on npm).
 */

/** The closed-class lists by ISO 639-1 code (see above). */
const snowball: Readonly<Record<string, readonly string[]>> = {
	en: [...english, 'a', ...englishClosedClass],
	da: danish,
	de: german,
	fi: finnish,
	fr: french,
	it: italian,
	nl: dutch,
	no: norwegian,
	pt: portuguese,
	ru: russian.filter(word => word !== 'человек' && word !== 'жизнь'),
	sv: swedish,
};

const sets = new Map<string, Set<string>>();

/**
 * The function words of a language (ISO 639-1), NFC and lower case with quotes folded as
 * normalizeForMatch folds them ("don’t" is "don't"): its closed-class list where there is one (English and the Snowball languages,
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

const general = new Map<string, ReadonlySet<string>>();

/**
 * General words of a language (ISO 639-1): the words of its stopwords-iso list that are no function word
 * (functionWordsFor), NFC lower case as that list. Such a list gathers the words frequent in any text of
 * the language (Glasgow's English list came from word frequencies in a corpus of abstracts), so besides
 * the closed classes it holds the open-class words every story uses ("high", "placed", "serious", "call",
 * "problems", "groups", and "fire", "bill"): evidence that two sentences say the same thing, but weaker
 * than a word of the story (word-classes.ts generalContent). Empty for a language whose function words
 * are its stopwords-iso list, or without a list.
 */
export const generalWordsFor = (language: string): ReadonlySet<string> => {
	let set = general.get(language);
	if (set) return set;
	const stop = stopwordsFor(language);
	const own = functionWordsFor(language);
	set = stop && own && own !== stop ? new Set([...stop].filter(word => !own.has(word))) : new Set<string>();
	general.set(language, set);
	return set;
};

/** The languages whose function words are a closed-class list, not the stopwords-iso fallback. */
export const closedClassLanguages: readonly string[] = Object.keys(snowball);
