// Article text is untrusted: a raw ESC, CSI, OSC or bidi override sent to a
// terminal can recolor, retitle or reorder the screen. Everything shown goes
// through here and comes out as printable text, with the dangerous characters
// turned into visible markers the renderers can style apart.
import stringWidth from 'string-width';

/** A piece of display-safe text; `control` marks a stand-in for a character that was unsafe. */
export type SafeSegment = {text: string; control: boolean};

export type SafeTextOptions = {
	/** Tab stops every this many columns (default 4). */
	tabWidth?: number;
	/** Column the text starts at, for tab stops (default 0). */
	startColumn?: number;
};

// C0 and C1 controls, DEL, line/paragraph separators (some terminals break
// lines on them), bidi embeddings/overrides/isolates, and lone surrogates.
const unsafePattern = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\p{Cs}]/gu;

/** The visible stand-in for one unsafe character. */
export const controlMarker = (char: string): string => {
	const code = char.codePointAt(0)!;
	// U+2400 block: "control pictures", one column each.
	if (code < 0x20) return String.fromCodePoint(0x2400 + code);
	if (code === 0x7f) return '\u2421';
	if (code >= 0xd800 && code <= 0xdfff) return '\ufffd';
	return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
};

/** Splits text into safe segments: plain runs and markers for unsafe characters. Tabs become spaces. */
export const toSafeSegments = (text: string, options: SafeTextOptions = {}): SafeSegment[] => {
	unsafePattern.lastIndex = 0;
	let match = unsafePattern.exec(text);
	// Most text has nothing to replace: one segment, nothing measured.
	if (!match) return text ? [{text, control: false}] : [];
	const tabWidth = options.tabWidth ?? 4;
	const segments: SafeSegment[] = [];
	let plain = '';
	// Only needed when the text contains a tab: the column where `unmeasured` starts, and
	// what was emitted since, measured when a tab needs the column (never, in most text).
	let column = options.startColumn ?? 0;
	const unmeasured: string[] = [];
	const columnNow = (): number => {
		for (const piece of unmeasured) column += measureWidth(piece);
		unmeasured.length = 0;
		return column;
	};
	let last = 0;
	const flushPlain = () => {
		if (plain) {
			segments.push({text: plain, control: false});
			unmeasured.push(plain);
			plain = '';
		}
	};
	for (; match; match = unsafePattern.exec(text)) {
		plain += text.slice(last, match.index);
		last = match.index + match[0].length;
		if (match[0] === '\t') {
			// Expand to the next tab stop so columns line up as in an editor.
			const lineColumn = columnNow() + measureWidth(plain);
			plain += ' '.repeat(tabWidth - (lineColumn % tabWidth));
			continue;
		}
		flushPlain();
		const marker = controlMarker(match[0]);
		segments.push({text: marker, control: true});
		unmeasured.push(marker);
	}
	plain += text.slice(last);
	flushPlain();
	return segments;
};

/** The text made safe as one string (markers inline): for titles, names and status lines. */
export const safeString = (text: string, options?: SafeTextOptions): string =>
	toSafeSegments(text, options)
		.map(segment => segment.text)
		.join('');

/**
 * Text that is one column per code unit without asking string-width: printable
 * ASCII, Latin-1 and the Latin extensions and spacing modifiers (U+00A0–U+02FF
 * but the soft hyphen), dashes, quotes and other general punctuation
 * (U+2010–U+2027, U+2030–U+205E) and arrows (U+2190–U+21FF). None of them is
 * wide, zero-width, combining or an emoji on its own, and no two of them form
 * one grapheme cluster, so the width is the length (test/render/safe-text.ts
 * checks every one against string-width). Most news text is only these, and
 * string-width's first call costs ~30 ms (ICU segmenter and emoji tables).
 */
export const narrowText = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff]*$/;

/**
 * Grapheme clusters, approximately (base + marks, emoji modifiers, ZWJ
 * sequences, flag pairs). Intl.Segmenter is exact but slows down badly on
 * long strings (seconds for 100,000 characters on Node 20), and wrapping must
 * stay linear on untrusted input.
 */
export const clusterPattern = /\p{RI}\p{RI}|[^\p{M}\p{Emoji_Modifier}\u200d](?:[\p{M}\p{Emoji_Modifier}]|\u200d[^\p{M}\p{Emoji_Modifier}\u200d]?)*|[\s\S]/gu;

const clusterWidths = new Map<string, number>();
const shortWidths = new Map<string, number>();

/** Width of one grapheme cluster, cached: texts reuse few distinct characters. */
export const clusterWidth = (cluster: string): number => {
	if (cluster.length === 1 && narrowText.test(cluster)) return 1;
	let width = clusterWidths.get(cluster);
	if (width === undefined) {
		width = stringWidth(cluster);
		if (clusterWidths.size < 100_000) clusterWidths.set(cluster, width);
	}
	return width;
};

/** Splits text into grapheme clusters (see clusterPattern). */
export const clusters = (text: string): string[] => text.match(clusterPattern) ?? [];

/** Display width in terminal columns of already-safe text. */
export const measureWidth = (text: string): number => {
	if (narrowText.test(text)) return text.length;
	if (text.length < 64) {
		// Short strings recur (notes, markers, names): string-width segments each one anew.
		let width = shortWidths.get(text);
		if (width === undefined) {
			width = stringWidth(text);
			if (shortWidths.size < 10_000) shortWidths.set(text, width);
		}

		return width;
	}
	let width = 0;
	for (const cluster of clusters(text)) width += clusterWidth(cluster);
	return width;
};

/**
 * unsafePattern without the line feed and carriage return, and with every
 * surrogate, paired or not: a slice may cut a pair that is whole in the text.
 */
const unsafeBesideLineBreaks = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/**
 * Is the string safe once its line breaks are gone? Then so is every slice
 * of it with its line breaks replaced: a layout tests a whole article once,
 * not each of its pieces.
 */
export const isSafeBesideLineBreaks = (text: string): boolean => !unsafeBesideLineBreaks.test(text);

/** Does the string contain anything a terminal would interpret? */
export const isSafe = (text: string): boolean => {
	unsafePattern.lastIndex = 0;
	return !unsafePattern.test(text);
};
