// What each BMP code unit is, for the hand-written scanners (line keys,
// word tokenizer): a table lookup per character instead of a Unicode
// regular expression, which is the hot spot of per-line work.

export const letterOrMark = 1;
export const digit = 2;
/** Half of an astral character: scanners either treat it as a letter or hand the line to a regular expression. */
export const surrogate = 3;

let classes: Uint8Array | undefined;

/** Letters and marks, numbers, surrogates, or 0. Built once, lazily, from the runs a regular expression finds in a string of every BMP code unit (a few ms at start-up). */
export const classTable = (): Uint8Array => {
	if (!classes) {
		classes = new Uint8Array(0x10000);
		classes.fill(surrogate, 0xD800, 0xE000);
		const codes = new Uint16Array(0x10000);
		for (let code = 0; code < 0x10000; code++) {
			codes[code] = code;
		}

		// Surrogates stand in as NUL, so the string stays well formed.
		codes.fill(0, 0xD800, 0xE000);
		let all = '';
		for (let from = 0; from < 0x10000; from += 0x1000) {
			all += String.fromCharCode(...codes.subarray(from, from + 0x1000));
		}

		const runs = /[\p{L}\p{M}]+|(\p{N}+)/gu;
		for (let match = runs.exec(all); match; match = runs.exec(all)) {
			classes.fill(match[1] === undefined ? letterOrMark : digit, match.index, match.index + match[0].length);
		}
	}

	return classes;
};
