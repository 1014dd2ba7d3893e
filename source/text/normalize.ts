/**
 * Normalisation for matching. Display always shows the original text; matching
 * works on a normalised copy whose every character maps back to a span of the
 * original, so differences that are only typography, markup, wrapping or case
 * can be recognised as trivial.
 */

/** A normalised copy of (part of) a text, with a map back to the original. */
export type NormalizedText = {
	text: string;
	/** For each UTF-16 unit of `text`, the original span it came from (start / exclusive end). */
	starts: Int32Array;
	ends: Int32Array;
};

// Typographic variants folded to their ASCII counterparts (NFKC keeps them apart).
const foldedPunctuation: Record<string, string> = {
	'\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '`': "'", '\u00B4': "'",
	'\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
	'\u2039': '"', '\u203A': '"', '\u300C': '"', '\u300D': '"', '\u300E': '"', '\u300F': '"',
	'\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
	'\u00AD': '', '\u200B': '', '\u200C': '', '\u200D': '', '\u2060': '', '\uFEFF': '',
};

/**
 * Markdown markup that carries no words: emphasis markers, heading and quote
 * markers, list bullets, link/image syntax (the link text stays), autolink brackets.
 * Returns a mask of the code units to drop.
 */
const markupMask = (text: string, from: number, to: number): Uint8Array => {
	const mask = new Uint8Array(to - from);
	const drop = (start: number, end: number) => {
		for (let i = Math.max(start, from); i < Math.min(end, to); i++) mask[i - from] = 1;
	};
	const slice = text.slice(from, to);
	const patterns: Array<[RegExp, (m: RegExpExecArray) => void]> = [
		// Line-leading heading, quote and bullet markers.
		[/(^|[\r\n])([ \t]{0,3})((?:#{1,6}|>+|[-*+•])[ \t]+)/g, m => drop(from + m.index + m[1].length + m[2].length, from + m.index + m[0].length)],
		// [text](url) and ![alt](url): keep the text, drop brackets and target.
		[/!?\[([^\]\r\n]*)\]\(([^)\s]*)(?:\s+"[^"\r\n]*")?\)/g, m => {
			const start = from + m.index;
			const open = m[0].indexOf('[');
			drop(start, start + open + 1);
			drop(start + open + 1 + m[1].length, start + m[0].length);
		}],
		// <https://...> autolinks: keep the address.
		[/<((?:https?|mailto|ftp):[^>\s]*)>/g, m => {
			const start = from + m.index;
			drop(start, start + 1);
			drop(start + m[0].length - 1, start + m[0].length);
		}],
		// Emphasis runs (*, _, ~) touching a word on one side.
		[/(\*{1,3}|_{1,3}|~~)(?=[^\s*_~])|(?<=[^\s*_~])(\*{1,3}|_{1,3}|~~)/g, m => drop(from + m.index, from + m.index + m[0].length)],
	];
	for (const [pattern, onMatch] of patterns) {
		for (const match of slice.matchAll(pattern)) onMatch(match as RegExpExecArray);
	}
	return mask;
};

const isCombining = /\p{M}/u;
const isSpace = /\s/u;

/**
 * Normalise `text.slice(from, to)` for matching: markup dropped, NFKC, quotes,
 * apostrophes and dashes folded, whitespace runs (line breaks included) collapsed
 * to one space, lower case. Leading/trailing whitespace is dropped.
 */
// Only run the markup patterns when a slice has a character they need.
const markupHint = /[*_~#>[<\u2022]|(?:^|[\r\n])[ \t]*[-+][ \t]/;

export const normalizeMapped = (text: string, from = 0, to = text.length): NormalizedText => {
	const mask = markupHint.test(text.slice(from, to)) ? markupMask(text, from, to) : undefined;
	let capacity = to - from + 16;
	let codes = new Uint16Array(capacity);
	let starts = new Int32Array(capacity);
	let ends = new Int32Array(capacity);
	let n = 0;
	let pendingSpace = -1;
	// Dropped markup touching a word is absorbed into that word's span, so `**x**`
	// vs `x` is seen as a trivial difference rather than lost.
	let dropStart = -1;
	let lastWasText = false;
	const grow = () => {
		capacity *= 2;
		const bigger = (array: Int32Array) => {
			const copy = new Int32Array(capacity);
			copy.set(array);
			return copy;
		};
		const moreCodes = new Uint16Array(capacity);
		moreCodes.set(codes);
		codes = moreCodes;
		starts = bigger(starts);
		ends = bigger(ends);
	};
	const push = (code: number, start: number, end: number) => {
		if (n + 2 >= capacity) grow();
		if (pendingSpace >= 0) {
			if (n > 0) {
				codes[n] = 32;
				starts[n] = pendingSpace;
				ends[n++] = start;
			}
			pendingSpace = -1;
		}
		if (dropStart >= 0) {
			start = dropStart;
			dropStart = -1;
		}
		codes[n] = code;
		starts[n] = start;
		ends[n++] = end;
		lastWasText = true;
	};
	const space = (at: number) => {
		if (pendingSpace < 0) pendingSpace = at;
		dropStart = -1;
		lastWasText = false;
	};
	let i = from;
	while (i < to) {
		const code = text.charCodeAt(i);
		if (mask && mask[i - from]) {
			// Dropped whitespace (inside a link target) joins nothing: a word's span never starts on it.
			if (lastWasText && pendingSpace < 0) ends[n - 1] = i + 1;
			else if (dropStart < 0 && !(code === 32 || (code >= 9 && code <= 13))) dropStart = i;
			i++;
			continue;
		}
		if (code < 0x80) {
			if (code === 32 || (code >= 9 && code <= 13)) space(i);
			else push(code >= 65 && code <= 90 ? code + 32 : code === 96 ? 39 : code, i, i + 1);
			i++;
			continue;
		}
		// A code point and its combining marks normalise together.
		const low = i + 1 < to ? text.charCodeAt(i + 1) : 0;
		let end = i + (code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1);
		while (end < to && !(mask && mask[end - from])) {
			const next = text.codePointAt(end)!;
			if (next < 0x300 || !isCombining.test(String.fromCodePoint(next))) break;
			end += next > 0xffff ? 2 : 1;
		}
		const original = text.slice(i, end);
		let folded = '';
		for (const ch of foldedPunctuation[original] ?? original.normalize('NFKC')) folded += foldedPunctuation[ch] ?? ch;
		folded = folded.toLowerCase();
		for (let k = 0; k < folded.length; k++) {
			const unit = folded.charCodeAt(k);
			if (unit === 32 || isSpace.test(folded[k])) space(i);
			else push(unit, i, end);
		}
		i = end;
	}
	let out = '';
	for (let k = 0; k < n; k += 8192) out += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
	return {text: out, starts: starts.subarray(0, n), ends: ends.subarray(0, n)};
};

/** Single-string form, for hashing lines and sentences. */
export const normalizeForMatch = (text: string): string => normalizeMapped(text).text;
