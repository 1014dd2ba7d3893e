// Word tokenisation for line features. Most lines take a regular expression
// (an ASCII fast path first). Chinese and Japanese are cut into single Han
// and Hiragana characters and Katakana runs: Intl.Segmenter would find real
// words but runs at about 1 MB/s, too slow for large corpora, and the
// stopword lists hold the single-character function words (的, 了, の, は)
// that the features need. Thai, Lao, Khmer and Myanmar, with no such
// shortcut, go through Intl.Segmenter, one line at a time.

import {classTable, digit, letterOrMark, surrogate} from './character-classes.js';

const nonAscii = /[^\u0000-\u007F]/;
const asciiWordPattern = /[a-z0-9]+(?:'[a-z]+)*/g;
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** Code ranges of the scripts without spaces (and surrogates, for rare Han): a cheap pre-test. */
const mayLackSpaces = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u2E80-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F\uD840-\uD87F]/;
const noSpaceScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const segmentedScript = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const chineseJapanesePattern = /[\p{Script=Han}\p{Script=Hiragana}ー]|\p{Script=Katakana}+ー*|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}])+/gu;

let segmenter: Intl.Segmenter | undefined;

/**
 * `line.match(wordPattern)` for BMP text, as one pass over char codes (the
 * Unicode regular expression is the tokenizer's hot spot). Undefined when
 * the line has astral characters: the regular expression handles those.
 */
const bmpWords = (line: string): string[] | undefined => {
	const table = classTable();
	const words: string[] = [];
	const {length} = line;
	let i = 0;
	while (i < length) {
		const kind = table[line.charCodeAt(i)];
		if (kind === surrogate) {
			return undefined;
		}

		if (kind === 0) {
			i++;
			continue;
		}

		const start = i;
		while (i < length && (table[line.charCodeAt(i)] === letterOrMark || table[line.charCodeAt(i)] === digit)) {
			i++;
		}

		// Apostrophe continuations: "l'état", "don’t"; only letters and marks after one.
		while (i + 1 < length && (line.charCodeAt(i) === 0x27 || line.charCodeAt(i) === 0x2019) && table[line.charCodeAt(i + 1)] === letterOrMark) {
			i += 2;
			while (i < length && table[line.charCodeAt(i)] === letterOrMark) {
				i++;
			}
		}

		words.push(line.slice(start, i));
	}

	return words;
};

/** True when the string contains a script written without spaces between words. */
export const hasNoSpaceScript = (text: string): boolean => mayLackSpaces.test(text) && noSpaceScript.test(text);

/** Lower-cased words of one line (`lowerCase`: the line is lower case already). */
export const lineWords = (line: string, lowerCase = false): string[] => {
	if (!nonAscii.test(line)) {
		return (lowerCase ? line : line.toLowerCase()).match(asciiWordPattern) ?? [];
	}

	// Lower-casing is idempotent (checked for every code point; Final_Sigma needs a capital sigma), so a lower-case line is not lower-cased again.
	const lower = lowerCase ? line : line.toLowerCase();
	if (!hasNoSpaceScript(line)) {
		return bmpWords(lower) ?? lower.match(wordPattern) ?? [];
	}

	if (!segmentedScript.test(line)) {
		return lower.match(chineseJapanesePattern) ?? [];
	}

	segmenter ??= new Intl.Segmenter(undefined, {granularity: 'word'});
	const words: string[] = [];
	for (const segment of segmenter.segment(line)) {
		if (segment.isWordLike) {
			words.push(segment.segment.toLowerCase());
		}
	}

	return words;
};
