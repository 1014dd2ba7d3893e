/**
 * Normalisation for matching. Display always shows the original text; matching
 * works on a normalised copy whose every character maps back to a span of the
 * original, so differences that are only typography, markup, wrapping, case or
 * Unicode form (composed "é" vs "e" + U+0301) are recognised as trivial. The
 * engine (with the offset map), boilerplate line keys and the word scanner all
 * normalise here, with one fold table (fold.ts).
 */
import {classTable, digit, ignorable, mark, space} from './character-classes.js';
import {closesQuote, extendsCluster, foldCluster, foldCode, isConjoiningJamo, opensQuote} from './fold.js';
import {endsInElision, scanTokens} from './word-boundary.js';
import {wireSlugs} from './wire-slug.js';
import {isListMarker, listMarkers, mayHoldListMarker} from './list-marker.js';

/** A normalised copy of (part of) a text, with a map back to the original. */
export type NormalizedText = {
	text: string;
	/** For each UTF-16 unit of `text`, the original span it came from (start / exclusive end). */
	starts: Int32Array;
	ends: Int32Array;
};

/** A GFM strikethrough run on one line: `~~` before and after text that does not start or end with a space. Bounded. */
const struckRun = /~~(?=[^\s~])[^~\n]{0,300}?[^\s~]~~(?!~)/g;

/**
 * `text` with each strikethrough run (`~~text~~`, markers and all) blanked to spaces, offsets kept: what the facts read,
 * as the word diff reads the text without them (markupPatterns). The same string when it has none.
 */
export const withoutStruck = (text: string): string => (text.includes('~~') ? text.replace(struckRun, run => ' '.repeat(run.length)) : text);

type MarkupPattern = [RegExp, (match: RegExpExecArray, drop: (start: number, end: number) => void) => void, RegExp];

// Each pattern with the characters it needs (most lines need one pattern at most).
const markupPatterns: MarkupPattern[] = [
	// Line-leading heading, quote and bullet markers ("> - item" drops both).
	// A bullet glyph (•, w3m's ◦ □ ▪ for nested lists, ‣ ● ○ ■ ►) is never a word: a marker at any indentation.
	[/(^|[\r\n])([ \t]*(?=[•◦▪▫‣□■●○►])|[ \t]{0,3})((?:(?:#{1,6}|>+|[-*+•◦▪▫‣□■●○►])[ \t]+)+)/g, (m, drop) => {
		if (!continuesWithDash(m)) drop(m.index + m[1].length + m[2].length, m.index + m[0].length);
	}, /[#>\-*+•◦▪▫‣□■●○►]/],
	// [text](url) and ![alt](url): keep the text, drop brackets and target. Bounded, so a line of
	// 100,000 brackets stays linear.
	[/!?\[([^[\]\r\n]{0,500})\]\(([^()\s]{0,2000})(?:\s+"[^"\r\n]{0,500}")?\)/g, (m, drop) => {
		const open = m[0].indexOf('[');
		drop(m.index, m.index + open + 1);
		drop(m.index + open + 1 + m[1].length, m.index + m[0].length);
	}, /\]\(/],
	// A footnote mark glued to the word or stop before it ("said.[^1]", GitHub's footnotes): no words.
	[/(?<=\S)\[\^[^\]\s]{1,40}\]/g, (m, drop) => drop(m.index, m.index + m[0].length), /\[\^/],
	// A citation number after a sentence's stop or a closing quote ("police said.[1]", "year.[2][3]"): a
	// reference mark, no words. Not after a letter: w3m prints a subscript so ("CO[2]", "H[2]O").
	[/(?<=[.,;:!?"'”’)])(?:\[\d{1,3}\])+(?![(:[])/g, (m, drop) => drop(m.index, m.index + m[0].length), /[.,;:!?"'”’)]\[\d/],
	// A text browser's link number glued before the link's first word ("[8]Dhaka", lynx -dump;
	// "By [7]Anna Reporter"): a link mark, as Markdown's link brackets are. Not after a letter or digit
	// (w3m's subscript "H[2]O").
	[/(?<![\p{L}\p{N}\]])\[\d{1,4}\](?=\p{L})/gu, (m, drop) => drop(m.index, m.index + m[0].length), /\[\d{1,4}\]\p{L}/u],
	// A news agency's version slug opening a headline ("UPDATE 2-Factory fire …", wire-slug.ts): which version, not what it says.
	[wireSlugs, (m, drop) => drop(m.index + m[1]!.length, m.index + m[0].length), /[A-Z](?: \d{1,2})?-\S/u],
	// <https://...> autolinks: keep the address.
	[/<((?:https?|mailto|ftp):[^<>\s]{0,2000})>/g, (m, drop) => {
		drop(m.index, m.index + 1);
		drop(m.index + m[0].length - 1, m.index + m[0].length);
	}, /</],
	// Strikethrough (GitHub Flavored Markdown's ~~text~~): text the writer struck, a correction's old figure ("killing
	// ~~12~~ 21 workers"), as HTML's <del> and <s> are (html/dom-words.ts struckTags): no words of the text.
	[struckRun, (m, drop) => drop(m.index, m.index + m[0].length), /~~/],
	// Emphasis runs (*, _, ~) touching a word on one side.
	[/(\*{1,3}|_{1,3}|~~)(?=[^\s*_~])|(?<=[^\s*_~])(\*{1,3}|_{1,3}|~~)/g, (m, drop) => drop(m.index, m.index + m[0].length), /[*_~]/],
];

/** A Markdown link reference definition, "[label]: target" on a line of its own (CommonMark 0.31 §4.7), at most three spaces in. */
const definitionLine = /^[ \t]{0,3}\[([^\]\r\n]{1,100})\]:[ \t]*<?([^\s<>]{1,2000})/gmu;
/** A reference link: "[text][label]", "[text][]" or "[label]" (CommonMark 0.31 §6.3: full, collapsed and shortcut), an image's with "!" before. */
const referenceLink = /!?\[([^[\]\r\n]{1,500})\](?:\[([^[\]\r\n]{0,100})\])?/g;
/** A shortcut reference whose label is a citation number ("[1]", "[^2]"): a mark, not words. */
const citationLabel = /^\^?\d{1,4}$/u;

/** A reference label as CommonMark matches it: white space runs as one space, case folded. */
export const referenceLabel = (label: string): string => label.trim().replace(/\s+/gu, ' ').toLowerCase();

/** The last text's definitions, one slot for a long text (a document) and one for a short one (a line): a document's slices and its lines' keys take turns. */
const definitionCache: Array<{text: string | undefined; found: ReadonlyMap<string, string>}> = [{text: undefined, found: new Map()}, {text: undefined, found: new Map()}];
/** Texts this long or longer take the document slot. */
const documentLength = 512;

/**
 * The link reference definitions of a Markdown text: label (referenceLabel) → target, the first
 * definition of a label winning, as in CommonMark. Empty for a text with none. Kept for the last
 * document and the last line: normalisation asks once per slice of one text. Linear in the text.
 */
export const referenceDefinitions = (text: string): ReadonlyMap<string, string> => {
	const slot = definitionCache[text.length >= documentLength ? 0 : 1]!;
	if (text === slot.text) return slot.found;
	const found = new Map<string, string>();
	if (text.includes(']:')) {
		for (const match of text.matchAll(definitionLine)) {
			const label = referenceLabel(match[1]);
			if (label !== '' && !found.has(label)) found.set(label, match[2]);
		}
	}

	slot.text = text;
	slot.found = found;
	return found;
};

/**
 * Drops the markup of reference links whose label `defined` holds: the brackets and the label
 * ("[industry association][bgmea]" reads "industry association"), or the whole of a citation
 * number ("said.[1]" with "[1]: https://…" below). Brackets with no definition are text, as
 * CommonMark reads them (and as w3m prints images and form fields: "[logo]", "[Search]").
 */
const dropReferenceLinks = (slice: string, defined: ReadonlyMap<string, string>, drop: (start: number, end: number) => void): void => {
	for (const m of slice.matchAll(referenceLink)) {
		const end = m.index + m[0].length;
		const after = slice[end];
		if (m[2] === undefined && (after === '(' || after === ':')) continue;
		const label = m[2] === undefined || m[2] === '' ? m[1] : m[2];
		if (!defined.has(referenceLabel(label))) continue;
		if (m[2] === undefined && citationLabel.test(m[1])) {
			drop(m.index, end);
			continue;
		}

		const open = m[0].indexOf('[');
		drop(m.index, m.index + open + 1);
		drop(m.index + open + 1 + m[1].length, end);
	}
};

/** A line that opens with markup: a list item (bullet or dash), a quote or a heading. */
const itemLine = /^(?:[ \t]*[•◦▪▫‣□■●○►]|[ \t]{0,3}(?:[-*+]|>+|#{1,6}))[ \t]/;
/** A line that stops mid-sentence: a letter, digit or comma last. */
const openEnd = /[\p{L}\p{N},]$/u;

/**
 * Whether a line-leading "- " matched by the marker pattern is a dash of running text, not a bullet:
 * a hard-wrapped sentence broken before its dash ("…the whole community\n- and promised…"). It is when
 * the line before stops mid-sentence (a letter, digit or comma last, or an elided article that joins the
 * next word: word-boundary.ts endsInElision) and is not itself a list item, quote or heading; "- a\n- b" stays a list.
 */
const continuesWithDash = (m: RegExpExecArray): boolean => {
	if (m[1] === '' || m[3][0] !== '-') return false;
	const input = m.input;
	const end = m[1] === '\n' && input[m.index - 1] === '\r' ? m.index - 1 : m.index;
	const start = Math.max(input.lastIndexOf('\n', end - 1), input.lastIndexOf('\r', end - 1)) + 1;
	const previous = input.slice(start, end).trimEnd();
	return previous !== '' && !itemLine.test(previous) && (openEnd.test(previous) || endsInElision(previous));
};

/**
 * Markdown markup that carries no words: emphasis markers, heading and quote
 * markers, list bullets, link/image syntax (the link text stays; reference links when `text`
 * defines their label), footnote and citation marks, a text browser's link numbers, autolink brackets.
 * Returns a mask of the code units of `text.slice(from, to)` to drop.
 */
const markupMask = (text: string, from: number, to: number, defined?: ReadonlyMap<string, string>, items = false): Uint8Array => {
	const mask = new Uint8Array(to - from);
	const slice = text.slice(from, to);
	const drop = (start: number, end: number) => mask.fill(1, start, end);
	for (const [pattern, onMatch, needs] of markupPatterns) {
		if (!needs.test(slice)) continue;
		for (const match of slice.matchAll(pattern)) onMatch(match as RegExpExecArray, drop);
	}
	// A numbered or lettered list item's marker ("1) ", "2. ", "(b) ": list-marker.ts), for a comparison's words only.
	if (items && mayHoldListMarker(slice)) for (const match of slice.matchAll(listMarkers)) if (isListMarker(match)) drop(match.index + match[1]!.length, match.index + match[1]!.length + match[2]!.length);
	if (slice.includes(']')) {
		const labels = defined ?? referenceDefinitions(text);
		if (labels.size > 0) dropReferenceLinks(slice, labels, drop);
	}
	return mask;
};

// Only run the markup patterns when a slice has a character they need.
const markupHint = /[*_~#>[<\u2022◦▪▫‣□■●○►]|(?:^|[\r\n])[ \t]*(?:[-+][ \t]|[A-Z][A-Z +]*(?: \d{1,2})?-\S)/;

/**
 * `line` with its Markdown markup removed (the same markup normalisation drops), otherwise as written: what a reader sees.
 * `defined`: the reference definitions of the document the line is from (referenceDefinitions), for its reference links;
 * without it, the line's own.
 */
export const stripMarkdown = (line: string, defined?: ReadonlyMap<string, string>): string => {
	if (!markupHint.test(line)) return line;
	const marker = leadingMarkerOnly(line);
	if (marker > 0) return line.slice(marker);
	const mask = markupMask(line, 0, line.length, defined);
	let plain = '';
	let kept = 0;
	for (let i = 0; i <= line.length; i++) {
		if (i < line.length && !mask[i]) continue;
		plain += line.slice(kept, i);
		kept = i + 1;
	}
	return plain;
};

const leadingMarker = /^(?:[ \t]*(?=[•◦▪▫‣□■●○►])|[ \t]{0,3})(?:(?:#{1,6}|>+|[-*+•◦▪▫‣□■●○►])[ \t]+)+/;

/** For a one-line text whose only markup is a leading heading, quote or bullet marker, that marker's length; else 0. */
const leadingMarkerOnly = (line: string): number => {
	const marker = leadingMarker.exec(line);
	if (!marker || line.includes('\n') || line.includes('\r')) return 0;
	return markupHint.test(line.slice(marker[0].length)) ? 0 : marker[0].length;
};

const isAsciiSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);
const isAsciiAlphanumeric = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
/** No-break, narrow no-break and thin spaces: French typography puts them before ! ? ; : (« Quoi ? »), plain copies often do not. */
const isTypographicSpace = (code: number): boolean => code === 0xA0 || code === 0x202F || code === 0x2009 || code === 0x200A;
/** '!', '?', ';', ':' */
const isSpacedPunctuation = (code: number): boolean => code === 33 || code === 63 || code === 59 || code === 58;
const isSpace = /\s/u;
const isSpaceCode = (code: number): boolean => (code < 0x80 ? isAsciiSpace(code) : classTable()[code] === space);
const hyphen = 45;

// Scratch buffers shared by every call (normalisation never re-enters itself).
let capacity = 1024;
let codes = new Uint16Array(capacity);
let starts = new Int32Array(capacity);
let ends = new Int32Array(capacity);

const grow = (needed: number) => {
	while (capacity < needed) capacity *= 2;
	const moreCodes = new Uint16Array(capacity);
	moreCodes.set(codes);
	codes = moreCodes;
	const moreStarts = new Int32Array(capacity);
	moreStarts.set(starts);
	starts = moreStarts;
	const moreEnds = new Int32Array(capacity);
	moreEnds.set(ends);
	ends = moreEnds;
};

/**
 * The end of the control sequence starting at `i` (a C0 or C1 control, or ESC): CSI (ESC [ or
 * U+009B) parameters up to the final byte, OSC/DCS/SOS/PM/APC (ESC ] P X ^ _, U+009D …) up to BEL
 * or ST, at most 4,096 code units, ESC with one more character; else the control alone. Never past `to`.
 */
const controlEnd = (text: string, i: number, to: number): number => {
	const code = text.charCodeAt(i);
	const next = code === 0x1b && i + 1 < to ? text.charCodeAt(i + 1) : -1;
	const limit = Math.min(to, i + 4096);
	if (next === 0x5b || code === 0x9b) {
		let k = i + (code === 0x9b ? 1 : 2);
		while (k < limit && text.charCodeAt(k) >= 0x20 && text.charCodeAt(k) <= 0x3f) k++;
		while (k < limit && text.charCodeAt(k) >= 0x20 && text.charCodeAt(k) <= 0x2f) k++;
		return k < limit && text.charCodeAt(k) >= 0x40 && text.charCodeAt(k) <= 0x7e ? k + 1 : k;
	}
	if (next === 0x5d || next === 0x50 || next === 0x58 || next === 0x5e || next === 0x5f || code === 0x9d || code === 0x90 || code === 0x98 || code === 0x9e || code === 0x9f) {
		let k = i + (code === 0x1b ? 2 : 1);
		while (k < limit && text.charCodeAt(k) !== 0x07 && text.charCodeAt(k) !== 0x1b && text.charCodeAt(k) !== 0x9c) k++;
		if (k < limit && text.charCodeAt(k) === 0x1b && k + 1 < to && text.charCodeAt(k + 1) === 0x5c) return k + 2;
		return k < limit && text.charCodeAt(k) !== 0x1b ? k + 1 : k;
	}
	return next >= 0x20 && next <= 0x7e ? i + 2 : i + 1;
};

// eslint-disable-next-line no-control-regex
const controlFree = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]*$/u;

/** A C0 control other than tab and line ends, DEL or a C1 control: where controlEnd starts. */
const isControl = (code: number): boolean => (code <= 0x1f && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);

/**
 * `text` with each terminal control sequence (controlEnd's grammar) blanked by as many spaces,
 * so offsets stay those of `text`: what the facts read, where the parameters of "ESC[31m" are
 * never figures. Linear; `text` itself when it holds no control.
 */
export const withoutControls = (text: string): string => {
	if (controlFree.test(text)) return text;
	let out = '';
	let last = 0;
	for (let i = 0; i < text.length; i++) {
		if (!isControl(text.charCodeAt(i))) continue;
		const end = controlEnd(text, i, text.length);
		out += text.slice(last, i) + ' '.repeat(end - i);
		last = end;
		i = end - 1;
	}

	return out + text.slice(last);
};

/**
 * A line break with no other beside it (only spaces or tabs between), with the spaces and tabs around it: inside a paragraph,
 * where a hard wrap breaks its line — after a trailing space (`fold -s`, format=flowed), before an indent (a text browser's
 * dump), a carriage return and line feed (CRLF) or either alone.
 */
const singleLineBreak = /(?<![\r\n][^\S\r\n]*)[^\S\r\n]*(?:\r\n?|\n)[^\S\r\n]*(?![^\S\r\n]*[\r\n])/g;

/**
 * What fills a hard wrap's characters after its one space (withoutHardWraps): U+FEFF, the zero-width no-break space, which
 * JavaScript's `\s` reads as white space as it reads the space, so a pattern that allows any run of spaces reads the wrap as
 * it reads one space, and one that allows one space at most (a figure's groups, compare/figures.ts) may allow it after.
 */
export const wrapFiller = '\uFEFF';

/**
 * `text` with each line break that has no other beside it (a hard wrap inside a paragraph: `fold`, `w3m -dump`, e-mail and
 * wire copy break lines at a width) read as one space: the break, with the spaces and tabs around it and a carriage return
 * before it (singleLineBreak), becomes one space and as many wrapFiller characters as the rest held, so offsets stay those of
 * `text`; a blank line (two breaks, spaces between) is kept, and so is a break where `joins`, given the offset of the line
 * after it, says the line does not carry on the one before (a text not wrapped, where a line is a headline or a paragraph:
 * text/sentences.ts cuts there). What the facts read of a compared sentence, so the same text wrapped at any width, with
 * `fold -s`, CRLF line ends or indented lines, holds the same figures, dates and names ("1 159", "21 h 30", "7 Uhr abends"
 * broken across lines; breaker16 B6, fresh user L1). Linear; `text` itself when it holds no line break.
 */
export const withoutHardWraps = (text: string, joins: (lineStart: number) => boolean = () => true): string =>
	/[\r\n]/.test(text)
		? text.replace(singleLineBreak, (wrap: string, at: number) => {
				// The line after it starts after the break (its indent is the line's).
				const lineStart = at + Math.max(wrap.lastIndexOf('\n'), wrap.lastIndexOf('\r')) + 1;
				return joins(lineStart) ? ' ' + wrapFiller.repeat(wrap.length - 1) : wrap;
			})
		: text;

// The pass's state, shared by normalizeInto and its two steps (pushCode, gap) as the scratch buffers are: module
// functions, not closures made anew on each call. A one-shot diff normalises each side's whole text in one call,
// and code optimised during the first side's loop, calling that call's closures, was thrown away at the first
// step of the second side's (V8 checks the closure called, not only its code: "wrong call target").
/** Code units written so far. */
let written = 0;
/** The end of the slice being normalised. */
let passEnd = 0;
let passText = '';
/** Where a pending white space run started (-1: none). */
let pendingSpace = -1;
/** The pending space is only no-break or thin spaces (typography before ! ? ; :). */
let typographicSpace = false;
/** After an opening guillemet, white space is typography: no word gap. */
let afterOpeningQuote = false;
/** Dropped markup touching a word is absorbed into that word's span, so `**x**` vs `x` is seen as a trivial difference rather than lost. */
let dropStart = -1;
let lastWasText = false;

/** Writes one normalised code unit from the original span `start`..`end`, after the pending space if any. */
const pushCode = (code: number, start: number, end: number): void => {
	if (written + 2 >= capacity) grow(written + 3);
	if (pendingSpace >= 0) {
		// Only before a mark standing alone ("Quoi ?"): one carrying a combining mark (":" + U+0301) is a joiner of the
		// word scanner's grammar (word-boundary.ts), and the space before it stays a word gap, as the raw text's readers see it.
		if (written > 0 && !(typographicSpace && isSpacedPunctuation(code) && end === start + 1 && (end >= passEnd || isSpaceCode(passText.charCodeAt(end))))) {
			codes[written] = 32;
			starts[written] = pendingSpace;
			ends[written++] = start;
		}
		pendingSpace = -1;
	} else if (code === hyphen && lastWasText && written > 0 && codes[written - 1] === hyphen) {
		// "--" and "---" are how plain text writes a dash: one '-' like "—".
		ends[written - 1] = end;
		return;
	}
	if (dropStart >= 0) {
		start = dropStart;
		dropStart = -1;
	}
	codes[written] = code;
	starts[written] = start;
	ends[written++] = end;
	lastWasText = true;
	afterOpeningQuote = false;
};

/** White space (or what reads as it) at `at`: a word gap, pending until the next code unit. */
const gap = (at: number, code: number): void => {
	dropStart = -1;
	lastWasText = false;
	if (afterOpeningQuote) return;
	if (pendingSpace < 0) {
		pendingSpace = at;
		typographicSpace = isTypographicSpace(code);
	} else if (!isTypographicSpace(code)) typographicSpace = false;
};

/**
 * The normalisation pass: fills the scratch buffers with the normalised code
 * units of `text.slice(from, to)` and their original spans; returns their number.
 */
const normalizeInto = (text: string, from: number, to: number, items = false): number => {
	const mask = markupHint.test(text.slice(from, to)) || (items && mayHoldListMarker(text.slice(from, to))) ? markupMask(text, from, to, undefined, items) : undefined;
	if (capacity < to - from + 16) grow(to - from + 16);
	written = 0;
	passEnd = to;
	passText = text;
	pendingSpace = -1;
	typographicSpace = false;
	afterOpeningQuote = false;
	dropStart = -1;
	lastWasText = false;
	writeNormalized(text, from, to, mask);
	passText = '';
	return joinSpacedWords(written);
};

/**
 * normalizeInto's loop, a function of its own: V8 compiles a long text's loop while it runs (on-stack
 * replacement), and code after the loop that had never run (the call below it) threw that code away
 * at the loop's end; the second side of a diff then started unoptimised again.
 */
const writeNormalized = (text: string, from: number, to: number, mask: Uint8Array | undefined): void => {
	const table = classTable();
	let i = from;
	while (i < to) {
		const code = text.charCodeAt(i);
		// A run of ASCII letters and digits (most of a Latin text) is written straight to the
		// buffers: what `push` does for each, with no space pending, no markup dropped before
		// it and no cluster to extend (the code unit after each is below U+00AD).
		if (pendingSpace < 0 && dropStart < 0 && isAsciiAlphanumeric(code)) {
			// Room for the rest of the slice at one unit each, checked once per run; each code unit is
			// read once and tested inline (a call per character is most of this loop in unoptimised code).
			if (written + (to - i) + 2 >= capacity) grow(written + (to - i) + 3);
			let j = i;
			let unit = code;
			for (;;) {
				if (mask && mask[j - from]) break;
				const next = j + 1 < to ? text.charCodeAt(j + 1) : 0;
				if (next >= 0xAD) break;
				codes[written] = unit <= 90 && unit >= 65 ? unit + 32 : unit;
				starts[written] = j;
				ends[written++] = j + 1;
				j++;
				if (j >= to || !((next >= 97 && next <= 122) || (next >= 48 && next <= 57) || (next >= 65 && next <= 90))) break;
				unit = next;
			}
			if (j > i) {
				lastWasText = true;
				afterOpeningQuote = false;
				i = j;
				continue;
			}
		}
		if (mask && mask[i - from]) {
			// Dropped whitespace (inside a link target) joins nothing: a word's span never starts on it.
			if (lastWasText && pendingSpace < 0) ends[written - 1] = i + 1;
			else if (dropStart < 0 && !isAsciiSpace(code)) dropStart = i;
			i++;
			continue;
		}
		// Only a code unit from U+00AD up can extend a cluster (marks, jamo, invisible characters before a mark).
		const next = i + 1 < to ? text.charCodeAt(i + 1) : 0;
		const clustered = next >= 0xAD && (table[next] === mark || table[next] === ignorable || next >= 0xD800 || isConjoiningJamo(next)) && extendsCluster(text, i + 1) && !(mask && mask[i + 1 - from]);
		if ((code < 0x20 && !isAsciiSpace(code)) || (code >= 0x7f && code <= 0x9f)) {
			// A terminal control sequence (ESC and its CSI/OSC parameters, a C0 or C1 control) is no text: a word gap ("ESC[31mred" is "red").
			const end = controlEnd(text, i, to);
			gap(i, 32);
			i = end;
			continue;
		}
		if (code < 0x80 && !clustered) {
			if (isAsciiSpace(code)) gap(i, code);
			else pushCode(code >= 65 && code <= 90 ? code + 32 : code === 96 ? 39 : code, i, i + 1);
			i++;
			continue;
		}
		// Guillemets («, ‹, », ›) take the cluster path, which handles the space around them.
		if (!clustered && code !== 0xAB && code !== 0xBB && code !== 0x2039 && code !== 0x203A) {
			const folded = foldCode(code);
			if (folded !== -2) {
				if (folded === -3) gap(i, code);
				else if (folded >= 0) pushCode(folded, i, i + 1);
				i++;
				continue;
			}
		}
		// A code point and its combining marks normalise together (NFKC composes them).
		const low = i + 1 < to ? text.charCodeAt(i + 1) : 0;
		let end = i + (code >= 0xD800 && code <= 0xDBFF && low >= 0xDC00 && low <= 0xDFFF ? 2 : 1);
		while (end < to && !(mask && mask[end - from]) && extendsCluster(text, end)) end += text.charCodeAt(end) >= 0xD800 && text.charCodeAt(end) <= 0xDBFF ? 2 : 1;
		const original = text.slice(i, end);
		if (closesQuote(original)) pendingSpace = -1;
		const folded = foldCluster(original);
		for (let k = 0; k < folded.length; k++) {
			const unit = folded.charCodeAt(k);
			if (unit === 32 || isSpace.test(folded[k])) gap(i, code);
			else pushCode(unit, i, end);
		}
		if (opensQuote(original)) afterOpeningQuote = true;
		i = end;
	}
};

/**
 * Drops the white space inside words from the first `n` normalised code units: a space the word
 * scanner (word-boundary.ts) reads inside a word, after an elision ("l' expédition" is the word
 * "l'expédition"), is typography, so normalised text never splits a word the raw text's readers
 * join. Returns the new number of code units. Only looks when an apostrophe comes before a space.
 */
const joinSpacedWords = (n: number): number => {
	if (elisionGapAt(n) >= n) return n;
	const inside: number[] = [];
	const text = stringOf(n);
	scanTokens(text, (start, end, word) => {
		if (!word || end - start < 3) return;
		for (let at = text.indexOf(' ', start); at >= 0 && at < end; at = text.indexOf(' ', at + 1)) inside.push(at);
	});
	if (inside.length === 0) return n;
	let kept = inside[0]!;
	for (let j = 0; j < inside.length; j++) {
		for (let from = inside[j]! + 1, to = inside[j + 1] ?? n; from < to; from++, kept++) {
			codes[kept] = codes[from];
			starts[kept] = starts[from];
			ends[kept] = ends[from];
		}
	}
	return kept;
};

/** Where among the first `n` normalised code units a space after an apostrophe is, else a place at or past `n` (a loop of its own, as writeNormalized's). */
const elisionGapAt = (n: number): number => {
	let k = 1;
	while (k < n && !(codes[k] === 32 && codes[k - 1] === 39)) k++;
	return k;
};

const stringOf = (n: number): string => {
	let out = '';
	for (let k = 0; k < n; k += 8192) out += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
	return out;
};

/**
 * Normalise `text.slice(from, to)` for matching: Markdown markup dropped, NFKC
 * (composing decomposed accents), quotes, apostrophes, dashes ("--" too) and
 * guillemets folded, invisible characters (soft hyphen, zero-width) dropped,
 * typographic spaces inside guillemets and before a closing ! ? ; : dropped, white space
 * after an elided article dropped ("l' expédition" is "l'expédition": word-boundary.ts), white space
 * runs (line breaks included) collapsed to one space, lower case. Leading and
 * trailing white space is dropped. Offsets are UTF-16 code units of `text`. With `items`, a list item's marker opening
 * a line ("1) ", "2. ": list-marker.ts) is markup too, as the comparison reads it (a renumbered item says the same);
 * line keys and the labeller's features keep it.
 */
export const normalizeMapped = (text: string, from = 0, to = text.length, items = false): NormalizedText => {
	const n = normalizeInto(text, from, to, items);
	return {text: stringOf(n), starts: starts.slice(0, n), ends: ends.slice(0, n)};
};

/** The normalised text alone (normalizeMapped's `text`), for hashing and keying lines and sentences. */
export const normalizeForMatch = (text: string): string => {
	// Most lines have nothing to fold but case: then the same result, natively.
	const work = foldWork(text);
	if (work !== 1 && (work === 0 || text.normalize('NFKC') === text)) {
		if (!markupHint.test(text)) return text.toLowerCase().trim();
		const marker = leadingMarkerOnly(text);
		if (marker > 0) return normalizeForMatch(text.slice(marker));
		// A hint but nothing to drop (w3m's "[image]", "[INS::INS]"): the pass would see no markup, as without the hint.
		if (markupMask(text, 0, text.length).indexOf(1) === -1) return text.toLowerCase().trim();
	}

	const marker = leadingMarkerOnly(text);
	if (marker > 0) return normalizeForMatch(text.slice(marker));
	return stringOf(normalizeInto(text, 0, text.length));
};

/**
 * What the pass changes in NFKC text besides case and the ends: 1 when `text`
 * has white space other than lone ASCII spaces, one of the fold table's
 * characters, a control character (C0 but white space, DEL, C1: terminal control
 * sequences are word gaps), a digit of a script other than ASCII, "--", an apostrophe before a space (an
 * elision may join the next word: "l' expédition"), or capital sigma (whole-string lower-casing knows final
 * sigma, the per-cluster pass does not); else 2 when it has a non-ASCII code
 * unit (NFKC may change it), else 0. One pass over the code units (as the
 * character class it replaced, `[\t\n\v\f\r`\u0085\u00A0…]| {2}|--`, without
 * its backtracking at every position).
 */
const astralDigit = /^\p{Nd}/u;
const foldWork = (text: string): 0 | 1 | 2 => {
	const table = classTable();
	let result: 0 | 2 = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) {
			// (Bounded: a read past the end, NaN, cost the optimised code a deoptimisation the first time a line ended so.)
			if (code < 32 || code === 127 || code === 96 || (i + 1 < text.length && (((code === 32 || code === 45) && text.charCodeAt(i + 1) === code) || (code === 39 && text.charCodeAt(i + 1) === 32)))) return 1;
			continue;
		}

		result = 2;
		// A digit of another script folds to its ASCII digit (fold.ts asciiDigit).
		if (table[code] === digit || (code >= 0xD800 && code <= 0xDBFF && astralDigit.test(String.fromCodePoint(text.codePointAt(i)!)))) return 1;
		if (code < 0x2000 ? (code >= 0x80 && code <= 0x9f) || code === 0xA0 || code === 0xAB || code === 0xAD || code === 0xB4 || code === 0xBB || code === 0x2BC || code === 0x3A3 || code === 0x1680 || code === 0x180E
			: code <= 0x2060 ? code <= 0x200D || (code >= 0x2010 && code <= 0x2015) || (code >= 0x2018 && code <= 0x201F) || (code >= 0x2028 && code <= 0x202F) || code === 0x2032 || code === 0x2033 || code === 0x2039 || code === 0x203A || code === 0x205F || code === 0x2060
				: code === 0x2212 || code === 0x3000 || (code >= 0x300C && code <= 0x300F) || code === 0xFEFF) {
			return 1;
		}
	}

	return result;
};
