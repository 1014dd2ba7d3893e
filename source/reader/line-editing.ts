// Editing a one-line input (the list's filter, the comparison's search) as a shell's line editor does: Backspace
// erases the last character as it is seen (a grapheme: "é" written as e + a combining accent, a flag, a family
// emoji go at once), Ctrl-W the last word and the blanks after it (readline's unix-word-rubout), Ctrl-U the whole
// line (readline's unix-line-discard, with the cursor always at the end).

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** `text` without its last grapheme cluster (Intl.Segmenter); '' stays ''. Pure. */
export const eraseLastCharacter = (text: string): string => {
	let last = 0;
	for (const {index} of graphemes.segment(text)) last = index;
	return text.slice(0, last);
};

/**
 * `text` without its last word: the whitespace at its end, then the run of non-whitespace before it (readline's
 * unix-word-rubout, bound to Ctrl-W in bash, zsh and less). '' stays ''. Pure.
 */
export const eraseLastWord = (text: string): string => text.replace(/\S*\s*$/u, '');
