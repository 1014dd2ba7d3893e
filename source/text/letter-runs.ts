/** The runs of letters, marks and digits of a text: what /[\p{L}\p{M}\p{N}]+/gu matches, looked up one word at a time. */

const runCharacter = /[\p{L}\p{M}\p{N}]/u;

/** Whether the code point ending just before `at` (a surrogate pair read whole) is a letter, mark or digit. */
const runCharacterBefore = (text: string, at: number): boolean => {
	const low = text.charCodeAt(at - 1);
	const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
	const code = low >= 0xDC00 && low <= 0xDFFF && high >= 0xD800 && high <= 0xDBFF ? text.codePointAt(at - 2)! : low;
	return runCharacter.test(String.fromCodePoint(code));
};

/**
 * Whether `word` is one of the runs /[\p{L}\p{M}\p{N}]+/gu matches in `text` (a maximal run of
 * letters, marks and digits), without matching every run of `text`: an occurrence of `word` with no
 * letter, mark or digit on either side. `word` is whole code points; '' is never a run. Cost: the
 * native searches for `word`, two code points read per occurrence.
 */
export const isLetterRun = (text: string, word: string): boolean => {
	if (word === '') return false;
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		if (at > 0 && runCharacterBefore(text, at)) continue;
		const end = at + word.length;
		if (end < text.length && runCharacter.test(String.fromCodePoint(text.codePointAt(end)!))) continue;
		return true;
	}
	return false;
};
