// Word tokenisation for line features. Scripts written without spaces (Han,
// Kana, Thai, Lao, Khmer, Myanmar) go through Intl.Segmenter, one line at a
// time (segmenting a whole document at once is very slow in V8); everything
// else uses a regular expression, which is much faster.

const noSpaceScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

let segmenter: Intl.Segmenter | undefined;

/** True when the string contains a script written without spaces between words. */
export const hasNoSpaceScript = (text: string): boolean => noSpaceScript.test(text);

/** Lower-cased words of one line. */
export const lineWords = (line: string): string[] => {
	if (!hasNoSpaceScript(line)) {
		return (line.match(wordPattern) ?? []).map((word) => word.toLowerCase());
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
