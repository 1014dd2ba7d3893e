import type {Key} from 'ink';

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
} as Key;

/**
 * Ink delivers a run of plain characters read in one chunk (fast typing,
 * keys sent by a script, a paste) as one `input` string, and Escape followed
 * at once by a key as that key with Meta. Splits them back into single
 * keypresses so each runs its own command.
 */
export const splitKeys = (input: string, key: Key): Array<[string, Key]> => {
	// Escape then a key read in one chunk (typed quickly, or sent by a script) reaches us as that key with Meta, the
	// bytes of Alt+key: the reader binds no Alt key, so it is what was typed, Escape and then the key (as vim reads it).
	if (key.meta && !key.escape) return [['', {...noKey, escape: true, meta: true}], ...splitKeys(input, {...key, meta: false})];
	const chars = [...input];
	if (chars.length <= 1 || key.ctrl || key.meta || key.escape) return [[input, key]];
	return chars.map((char): [string, Key] => {
		const code = char.codePointAt(0)!;
		if (char === '\r' || char === '\n') return ['', {...noKey, return: true}];
		if (char === '\t') return ['', {...noKey, tab: true}];
		if (char === '\u007F' || char === '\b') return ['', {...noKey, delete: true}];
		if (code < 0x20) return [String.fromCharCode(code + 0x60), {...noKey, ctrl: true}];
		return [char, {...noKey, shift: /[A-Z]/.test(char)}];
	});
};
