// What each BMP code unit is, for the hand-written scanners (line keys,
// word tokenizer): a table lookup per character instead of a Unicode
// regular expression, which is the hot spot of per-line work.

export const letterOrMark = 1;
export const digit = 2;
/** Half of an astral character: scanners either treat it as a letter or hand the line to a regular expression. */
export const surrogate = 3;

let classes: Uint8Array | undefined;

/** Letters and marks, numbers, surrogates, or 0. Built once, lazily, in one regular expression pass over every BMP code unit. */
export const classTable = (): Uint8Array => {
	if (!classes) {
		classes = new Uint8Array(0x10000);
		classes.fill(surrogate, 0xD800, 0xE000);
		let all = '';
		for (let code = 0; code < 0x10000; code += 0x400) {
			// Surrogates stand in as NUL, so the string stays well formed.
			all += String.fromCharCode(...Array.from({length: 0x400}, (_, i) => (code + i >= 0xD800 && code + i < 0xE000 ? 0 : code + i)));
		}

		for (const match of all.matchAll(/[\p{L}\p{M}]|(\p{N})/gu)) {
			classes[match.index] = match[1] === undefined ? letterOrMark : digit;
		}
	}

	return classes;
};
