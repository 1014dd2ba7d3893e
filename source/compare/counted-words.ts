import {functionWordsFor} from './function-words.js';
import {numberWordsFor} from './number-words.js';
import {normalizeForMatch} from '../text/normalize.js';

/**
 * The words a figure goes with in its sentence: what it counts and what is said of it ("12 people were hurt": people,
 * hurt; "3 killed": killed). Two copies that list the same figures in another order ("12 people were hurt and 3 killed" /
 * "3 were killed and 12 hurt") keep each figure with its words; two that swapped figures ("12 hurt and 3 killed" / "3 hurt
 * and 12 killed") keep the words in place and move the figures (facts.ts changedFigures, fresh user K2).
 */

/** Words read after a figure, at most (function words included): its noun, an auxiliary and a participle ("people were hurt"). */
export const countedReach = 3;

/** Marks that end a figure's phrase: a clause's or sentence's punctuation, a bracket, a dash, a quotation mark. */
const phraseEnd = /[,;:.!?()[\]{}"“”„«»–—]|\s-\s/u;

/** Words that join two figures' phrases ("12 hurt and 3 killed"), in the languages facts.ts reads lists in. */
const joiningWords: ReadonlySet<string> = new Set(['and', 'or', 'but', 'und', 'oder', 'aber', 'et', 'ou', 'mais', 'y', 'o', 'pero', 'e', 'ed', 'ma', 'en', 'i', 'и', 'или']);

const wordPattern = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/**
 * The content words of a figure's phrase in `span`, lower case: the words after the figure (`end`), up to countedReach words,
 * the next figure (`stops`: the spans of the span's figures, in any order), a mark of phraseEnd or a joining word; where
 * those hold no content word, the words before it (`start`) back to the same bounds ("killed 3 and injured 12": killed;
 * "voted 52 to 48": voted, for 52). Content words are none of `language`'s function words (function-words.ts; English's
 * where it has none) nor number words, and only those `counts` allows (given a word's start and end in `span`; all when
 * not given). Empty when the figure stands alone ("52 to 48": nothing for 48 before "on"). Linear in the span.
 */
export const countedWords = (span: string, start: number, end: number, stops: ReadonlyArray<{start: number; end: number}>, language: string, counts: (start: number, end: number) => boolean = () => true): Set<string> => {
	const after = readPhrase(span, end, nextStop(stops, end, span.length), language, 'after', counts);
	return after.size > 0 ? after : readPhrase(span, previousStop(stops, start), start, language, 'before', counts);
};

/** Where the first figure at or after `at` starts (the span's end if none). */
const nextStop = (stops: ReadonlyArray<{start: number; end: number}>, at: number, length: number): number => stops.reduce((best, stop) => (stop.start >= at && stop.start < best ? stop.start : best), length);

/** Where the last figure ending at or before `at` ends (0 if none). */
const previousStop = (stops: ReadonlyArray<{start: number; end: number}>, at: number): number => stops.reduce((best, stop) => (stop.end <= at && stop.end > best ? stop.end : best), 0);

/** The content words of `span.slice(from, to)` nearest the figure (at `to` reading 'before', at `from` reading 'after'), up to countedReach words and the first phraseEnd mark or joining word. */
const readPhrase = (span: string, from: number, to: number, language: string, side: 'before' | 'after', counts: (start: number, end: number) => boolean): Set<string> => {
	const words = new Set<string>();
	const text = span.slice(from, to);
	const cut = side === 'after' ? (phraseEnd.exec(text)?.index ?? text.length) : lastEnd(text);
	const at = side === 'after' ? from : from + cut;
	const found = [...(side === 'after' ? text.slice(0, cut) : text.slice(cut)).matchAll(wordPattern)];
	const ordered = side === 'after' ? found : found.reverse();
	const functionWords = functionWordsFor(language) ?? functionWordsFor('en');
	const numberWords = numberWordsFor(language);
	for (const match of ordered.slice(0, countedReach)) {
		const word = normalizeForMatch(match[0].replace(/['’]s$/u, ''));
		if (joiningWords.has(word)) break;
		if (functionWords?.has(word) || numberWords.has(word) || !counts(at + match.index, at + match.index + match[0].length)) continue;
		words.add(word);
	}
	return words;
};

/** Where the text after the last phraseEnd mark of `text` starts (0 if none). */
const lastEnd = (text: string): number => {
	let at = 0;
	for (const match of text.matchAll(new RegExp(phraseEnd.source, 'gu'))) at = match.index + match[0].length;
	return at;
};
