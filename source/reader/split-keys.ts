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

/** Whether a key is one of the special keys Ink names (arrows, Page Up, Return …), not text. */
const isNamedKey = (key: Key): boolean =>
	key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end || key.return || key.escape || key.tab || key.backspace || key.delete;

/**
 * Ink delivers a run of plain characters read in one chunk (fast typing,
 * keys sent by a script, a paste) as one `input` string, and Escape followed
 * at once by a key as that key with Meta. Splits them back into single
 * keypresses so each runs its own command.
 *
 * `raw`: the bytes Ink read for this key (its 'input' event), when known.
 * Escape then `[` or `]` read together reach useInput as `[` or `]` (with
 * what followed) and no Meta: Ink takes ESC [ for the start of a terminal's
 * control sequence (ESC [ j is one, of no key) and ESC ] for one it does not
 * know, and strips the Escape. A sequence that names no key is what was
 * typed: Escape, then its characters. A complete sequence of a key (ESC [ A,
 * the ↑ key) stays that key: Escape, `[` and `A` typed within one read of the
 * terminal cannot be told from it, as in vim without its timeout.
 */
export const splitKeys = (input: string, key: Key, raw?: string): Array<[string, Key]> => {
	if (raw !== undefined && raw.length > 1 && raw.startsWith('\u001B') && raw.slice(1) === input && !key.meta && !key.ctrl && !isNamedKey(key)) {
		return [['', {...noKey, escape: true, meta: true}], ...splitKeys(input, {...key, shift: false})];
	}
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
