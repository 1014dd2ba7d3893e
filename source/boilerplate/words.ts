// Word tokenisation for line features. Most lines take a regular expression
// (an ASCII fast path first). Chinese and Japanese are cut into single Han
// and Hiragana characters and Katakana runs: Intl.Segmenter would find real
// words but runs at about 1 MB/s, too slow for large corpora, and the
// stopword lists hold the single-character function words (的, 了, の, は)
// that the features need. Thai, Lao, Khmer and Myanmar, with no such
// shortcut, go through Intl.Segmenter, one line at a time.

const nonAscii = /[^\u0000-\u007F]/;
const asciiWordPattern = /[a-z0-9]+(?:'[a-z]+)*/g;
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** Code ranges of the scripts without spaces (and surrogates, for rare Han): a cheap pre-test. */
const mayLackSpaces = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u2E80-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F\uD840-\uD87F]/;
const noSpaceScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const segmentedScript = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const chineseJapanesePattern = /[\p{Script=Han}\p{Script=Hiragana}ー]|\p{Script=Katakana}+ー*|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}])+/gu;

let segmenter: Intl.Segmenter | undefined;

/** True when the string contains a script written without spaces between words. */
export const hasNoSpaceScript = (text: string): boolean => mayLackSpaces.test(text) && noSpaceScript.test(text);

/** Lower-cased words of one line (`lowerCase`: the line is lower case already). */
export const lineWords = (line: string, lowerCase = false): string[] => {
	if (!nonAscii.test(line)) {
		return (lowerCase ? line : line.toLowerCase()).match(asciiWordPattern) ?? [];
	}

	if (!hasNoSpaceScript(line)) {
		return line.toLowerCase().match(wordPattern) ?? [];
	}

	if (!segmentedScript.test(line)) {
		return line.toLowerCase().match(chineseJapanesePattern) ?? [];
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
