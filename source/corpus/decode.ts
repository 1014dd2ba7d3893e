// Turns the bytes of a file into the text every offset indexes: BOM removed,
// line endings untouched. Never throws: bad input becomes warnings.
import {createRequire} from 'node:module';
import {countUtf8Sequences, firstInvalidUtf8, mostlyUtf8} from '../text/utf8-bytes.js';

/** Detection (chardet) and legacy decoding (iconv-lite): loaded on the first file that is not UTF-8. */
type LegacySupport = {analyse: typeof import('chardet').analyse; iconv: typeof import('iconv-lite')};

// Bundled, both packages are dist/legacy-decode.cjs (scripts/build.js defines its name): ~600 KB of
// tables that a corpus of UTF-8 text never parses (20–40 ms of every start-up when in the main chunk).
// Undeclared under tsx: the packages from node_modules.
declare const COPYDESK_LEGACY_DECODE: string | undefined;
let legacy: LegacySupport | undefined;
const legacySupport = (): LegacySupport => {
	if (legacy) return legacy;
	const load = createRequire(import.meta.url);
	legacy = typeof COPYDESK_LEGACY_DECODE === 'string' ? (load(COPYDESK_LEGACY_DECODE) as LegacySupport) : {analyse: (load('chardet') as typeof import('chardet')).analyse, iconv: load('iconv-lite') as typeof import('iconv-lite')};
	return legacy;
};

export type Decoded = {text: string; warnings: string[]; binary: boolean};

/** How far we look for NUL bytes when deciding a file is not text (like git and grep). */
const sniffLength = 8192;

// ignoreBOM: the leading BOM is cut off by hand; a second U+FEFF is content.
const utf8Fatal = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});

/**
 * A file's bytes as text: UTF-16 with a BOM or sniffed without one, else
 * UTF-8 (BOM removed) when the bytes are valid UTF-8. Bytes that are not:
 * damaged UTF-8 (as many valid multi-byte sequences as invalid ones) keeps
 * UTF-8, invalid sequences shown as U+FFFD; otherwise the text is in a legacy
 * encoding, named by detection (chardet, when its best guess clearly leads)
 * or else windows-1252, the web's fallback (WHATWG Encoding: what a browser
 * assumes for an undeclared Western page). Either way one warning gives the
 * first invalid byte's offset and what was done. `binary` (text empty) when a
 * NUL byte appears in the first 8 KiB. Never throws.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) return {text: '', warnings: [], binary: false};
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', []);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', []);
	const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const body = hasBom ? bytes.subarray(3) : bytes;
	if (!hasBom) {
		const bomless = sniffBomlessUtf16(body);
		if (bomless) return decodeUtf16(body, bomless, [`no byte order mark; decoded as ${bomless.toUpperCase()}`]);
		if (body.subarray(0, sniffLength).includes(0)) return {text: '', warnings: ['binary file (NUL bytes)'], binary: true};
	}
	return decodeUtf8(body, hasBom ? 3 : 0);
}

/** `base`: bytes cut off before `body` (the BOM), so reported offsets are file offsets. */
function decodeUtf8(body: Uint8Array, base: number): Decoded {
	try {
		return {text: utf8Fatal.decode(body), warnings: [], binary: false};
	} catch {
		// The fast path failed: decode leniently and say where the damage starts.
		const at = firstInvalidUtf8(body) + base;
		const counts = countUtf8Sequences(body);
		const count = counts.invalid;
		if (!mostlyUtf8(counts)) {
			const {iconv} = legacySupport();
			const encoding = legacyEncoding(body);
			// iconv-lite decodes: Node 20's TextDecoder reads windows-1252 as ISO-8859-1 (0x80 '€' becomes a C1 control).
			let text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding.name);
			// A guess that makes C1 control characters of bytes windows-1252 gives letters to is wrong (short texts fool detection).
			if (encoding.how === 'detected' && /[\u0080-\u009f]/.test(text)) {
				encoding.name = 'windows-1252';
				encoding.how = 'the web fallback';
				text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding.name);
			}

			return {text, warnings: [`invalid UTF-8 at byte ${at}; decoded as ${encoding.name} (${encoding.how})`], binary: false};
		}

		const more = count > 1 ? ` (${count} invalid sequences)` : '';
		const text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(body);
		return {text, warnings: [`invalid UTF-8 at byte ${at}; shown with U+FFFD${more}`], binary: false};
	}
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', warnings: string[]): Decoded {
	const even = body.length % 2 === 0 ? body : body.subarray(0, body.length - 1);
	if (even !== body) warnings.push(`odd number of bytes for ${encoding.toUpperCase()}; last byte dropped`);
	const text = new TextDecoder(encoding, {ignoreBOM: true}).decode(even);
	if (text.includes('\uFFFD')) {
		// Lone surrogates become U+FFFD: say so, the text is still usable.
		const index = text.indexOf('\uFFFD');
		warnings.push(`invalid ${encoding.toUpperCase()} near byte ${index * 2 + 2}; shown with U+FFFD`);
	}
	if (text.includes('\0')) {
		// UTF-16 text with NUL characters is binary data in disguise.
		return {text: '', warnings: [...warnings, 'binary file (NUL characters)'], binary: true};
	}
	return {text, warnings, binary: false};
}

/** Code units of text: letters, marks, digits, punctuation, symbols, spaces and the usual line controls. */
const textUnit = /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\t\n\f\r\u2028\u2029]/u;

/**
 * UTF-16 without a BOM (some Windows tools write it), claimed only when the
 * pattern is unmistakable. Mostly-ASCII text has a NUL in every other byte.
 * Text in one other script has NULs only where it has ASCII (spaces, digits,
 * line ends): the NUL bytes all fall on one parity, and read as that UTF-16
 * the sample is text — at least 95% of its code units letters, marks, digits,
 * punctuation, symbols or spaces, no unpaired surrogate, no NUL character — and
 * its other bytes are not nearly all printable ASCII (that is ASCII text with a
 * stray NUL, which is binary).
 * Binary data has NULs on both parities, or decodes to unassigned, private and
 * control code points.
 */
function sniffBomlessUtf16(body: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const sample = body.subarray(0, Math.min(body.length, sniffLength) & ~1);
	if (sample.length < 8) return undefined;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < sample.length; i += 2) {
		if (sample[i] === 0) evenNul++;
		if (sample[i + 1] === 0) oddNul++;
	}
	const pairs = sample.length / 2;
	if (oddNul >= pairs * 0.6 && evenNul === 0) return 'utf-16le';
	if (evenNul >= pairs * 0.6 && oddNul === 0) return 'utf-16be';
	const candidate = oddNul > 0 && evenNul === 0 ? 'utf-16le' : evenNul > 0 && oddNul === 0 ? 'utf-16be' : undefined;
	if (!candidate) return undefined;
	// ASCII text with a stray NUL pairs its letters into CJK-looking code units: its other bytes are
	// printable ASCII, where UTF-16 of another script has its block's high byte (0x04 Cyrillic, 0x03
	// Greek: control codes) or bytes of 0x80 and above (CJK) among them.
	let printable = 0;
	for (const byte of sample) if ((byte >= 0x20 && byte < 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d) printable++;
	if (printable >= (sample.length - evenNul - oddNul) * 0.9) return undefined;
	const text = new TextDecoder(candidate, {ignoreBOM: true}).decode(sample);
	let textual = 0;
	let units = 0;
	for (const character of text) {
		if (character === '\0' || character === '\uFFFD') return undefined;
		units++;
		if (textUnit.test(character)) textual++;
	}
	return textual >= units * 0.95 ? candidate : undefined;
}

/** Bytes given to detection: enough for a clear guess, bounded for a 20 MB file. */
const detectLength = 64 * 1024;

/**
 * The legacy encoding of bytes that are not UTF-8: chardet's best guess when
 * it leads the next guess and is a WHATWG label (not a Unicode form: those
 * were ruled out) that iconv-lite decodes, else windows-1252. `name` is the
 * WHATWG name (ISO-8859-1 and ASCII are windows-1252 there, as in browsers).
 */
export function legacyEncoding(bytes: Uint8Array): {name: string; how: 'detected' | 'the web fallback'} {
	const {analyse, iconv} = legacySupport();
	const guesses = analyse(bytes.subarray(0, detectLength));
	const [best, next] = guesses;
	if (best && !/^utf|^ucs/i.test(best.name) && (!next || best.confidence > next.confidence)) {
		try {
			const name = new TextDecoder(best.name).encoding;
			if (iconv.encodingExists(name)) return {name, how: 'detected'};
		} catch {
			// A name TextDecoder does not know (ISO-2022 forms): the fallback.
		}
	}

	return {name: 'windows-1252', how: 'the web fallback'};
}
