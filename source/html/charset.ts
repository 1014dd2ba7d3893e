// Decoding a page's bytes as a browser does (WHATWG Encoding and HTML
// "determining the character encoding"): BOM, then the transport's
// Content-Type, then a <meta charset> / http-equiv prescan of the first bytes,
// else UTF-8 when the bytes are valid UTF-8, else windows-1252 — each fallback
// with a warning. One departure from a browser: bytes that are UTF-8 (valid, or
// but for a few stray bytes) under a declared single-byte charset or none are
// read as UTF-8, the stray bytes as the label (or windows-1252) reads them: a
// wrong label is a scraper's or a server's default, and a stray byte a pasted
// Latin-1 word; read otherwise the page would be mojibake throughout, with a
// warning. Node's TextDecoder (full ICU) does the decoding itself, so
// every WHATWG encoding label (windows-1251, ISO-8859-x, Shift_JIS, GB18030,
// EUC-KR, …) is understood exactly as a browser understands it.

import {countUtf8Sequences, decodeUtf8With, firstInvalidUtf8, mostlyUtf8} from '../text/utf8-bytes.js';

export type DecodedPage = {
	html: string;
	/** The WHATWG name of the encoding used ('utf-8', 'windows-1251', …). */
	encoding: string;
	/** Where the encoding came from. */
	source: 'bom' | 'http' | 'meta' | 'sniffed';
	warnings: string[];
};

/**
 * The HTML standard's prescan looks at the first 1024 bytes; real pages often
 * declare the charset later (after long comments or scripts), and browsers
 * then re-decode when the parser meets it. Scanning further up front gives
 * the same result without a second parse.
 */
const prescanBytes = 64 * 1024;

/** The WHATWG encoding for a label, or undefined when the label is unknown. */
export function encodingForLabel(label: string): string | undefined {
	try {
		let name = new TextDecoder(label.trim()).encoding;
		// HTML: a page that claims UTF-16 in a meta tag is not UTF-16 (it was read as ASCII to find the tag).
		if (name === 'utf-16le' || name === 'utf-16be') name = 'utf-8';
		return name;
	} catch {
		return undefined;
	}
}

/** The `charset` parameter of a Content-Type value (`text/html; charset="koi8-r"`). */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
	if (!contentType) return undefined;
	const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
	return match?.[2];
}

/**
 * The charset a page declares in its first bytes: `<meta charset=…>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`. Comments are skipped.
 */
export function prescanMetaCharset(bytes: Uint8Array): string | undefined {
	const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, prescanBytes)).toString('latin1');
	const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
	const metaTag = /<meta\b[^>]*>/gi;
	for (let match = metaTag.exec(withoutComments); match; match = metaTag.exec(withoutComments)) {
		const tag = match[0];
		const charset = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag);
		if (!charset) continue;
		// http-equiv form: `content="text/html; charset=…"`; the plain form: `charset=…`. Both match the regex above.
		const label = charset[1];
		if (encodingForLabel(label)) return label;
	}

	return undefined;
}

const utf8Fatal = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});

/** Decodes an HTML page; `contentType` is the HTTP header when known (WARC, a server). Never throws. */
export function decodePage(bytes: Uint8Array, contentType?: string): DecodedPage {
	const warnings: string[] = [];
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith(bytes.subarray(3), 'utf-8', 'bom', warnings);
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes.subarray(2), 'utf-16le', 'bom', warnings);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes.subarray(2), 'utf-16be', 'bom', warnings);
	const httpLabel = charsetOfContentType(contentType);
	if (httpLabel) {
		const encoding = encodingForLabel(httpLabel);
		if (encoding) return decodeDeclared(bytes, httpLabel, encoding, 'http', warnings);
		warnings.push(`unknown charset ${JSON.stringify(httpLabel)} in Content-Type; ignored`);
	}

	const metaLabel = prescanMetaCharset(bytes);
	if (metaLabel) return decodeDeclared(bytes, metaLabel, encodingForLabel(metaLabel)!, 'meta', warnings);
	try {
		const html = utf8Fatal.decode(bytes);
		if (/[^\u0000-\u007f]/.test(html)) warnings.push('no charset declared; read as UTF-8');
		return {html, encoding: 'utf-8', source: 'sniffed', warnings};
	} catch {
		// UTF-8 with a few stray bytes (text/utf8-bytes.ts mostlyUtf8): UTF-8, the stray bytes as the fallback reads them.
		const counts = countUtf8Sequences(bytes);
		if (mostlyUtf8(counts)) {
			warnings.push(`no charset declared; read as UTF-8 (${strayBytes(counts.invalid)} read as windows-1252)`);
			return {html: utf8WithStrayBytes(bytes, 'windows-1252'), encoding: 'utf-8', source: 'sniffed', warnings};
		}

		// Not UTF-8 and undeclared: what browsers in most locales fall back to.
		warnings.push('no charset declared and not valid UTF-8; read as windows-1252');
		return decodeWith(bytes, 'windows-1252', 'sniffed', warnings);
	}
}

/** "1 byte not valid UTF-8", "3 bytes not valid UTF-8". */
const strayBytes = (count: number): string => `${count} byte${count === 1 ? '' : 's'} not valid UTF-8`;

/** Each byte's reading in a single-byte encoding, 256 characters, by encoding. */
const byteTables = new Map<string, string>();

/** Bytes as UTF-8, each byte that is not valid UTF-8 as single-byte `encoding` reads it (text/utf8-bytes.ts decodeUtf8With). */
const utf8WithStrayBytes = (bytes: Uint8Array, encoding: string): string => {
	let table = byteTables.get(encoding);
	if (table === undefined) {
		table = decodeAs(Uint8Array.from({length: 256}, (_, byte) => byte), encoding);
		byteTables.set(encoding, table);
	}

	return decodeUtf8With(bytes, byte => table[byte]!);
};

/**
 * The WHATWG Encoding standard's legacy single-byte encodings (§9, "Legacy
 * single-byte encodings"; windows-1252 is the name of the ISO-8859-1, Latin-1
 * and US-ASCII labels too).
 */
const singleByteEncodings = new Set([
	'ibm866', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-8-i',
	'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'iso-8859-16', 'koi8-r', 'koi8-u', 'macintosh', 'windows-874',
	'windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257',
	'windows-1258', 'x-mac-cyrillic',
]);

/**
 * A page in the charset it declares (`label`, by the HTTP header or a meta
 * tag), unless the label names a single-byte encoding and the bytes are valid
 * UTF-8 holding multi-byte sequences: text in a single-byte encoding is almost
 * never that (every byte from 0x80 up would have to fall in lead/continuation
 * pairs, "Ã©" for "é"), while UTF-8 saved under a default or copied header
 * (wget, scrapers, servers set to ISO-8859-1) is common. That page is read as
 * UTF-8, as detectors do (chardet and trafilatura trust valid UTF-8 over the
 * label), with one warning; read as declared it would be mojibake throughout. So are bytes that are UTF-8 but
 * for a few stray bytes (text/utf8-bytes.ts mostlyUtf8: at least as many valid multi-byte sequences as invalid
 * bytes), the stray bytes read as the label says (a Latin-1 "é" pasted into a UTF-8 template).
 */
function decodeDeclared(bytes: Uint8Array, label: string, encoding: string, source: 'http' | 'meta', warnings: string[]): DecodedPage {
	if (singleByteEncodings.has(encoding)) {
		const declared = `charset ${label.trim()} declared by ${source === 'http' ? 'the Content-Type' : 'a meta tag'}`;
		try {
			const html = utf8Fatal.decode(bytes);
			if (!/[^\u0000-\u007f]/.test(html)) return {html, encoding, source, warnings}; // ASCII reads alike in both
			warnings.push(`${declared} but the bytes are UTF-8; read as UTF-8`);
			return {html, encoding: 'utf-8', source: 'sniffed', warnings};
		} catch {
			// UTF-8 but for a few stray bytes (a Latin-1 template fragment, a pasted word): UTF-8, and the stray bytes as
			// the label says. Else not UTF-8: the declaration stands.
			const counts = countUtf8Sequences(bytes);
			if (mostlyUtf8(counts)) {
				warnings.push(`${declared} but the bytes are UTF-8; read as UTF-8 (${strayBytes(counts.invalid)} read as ${encoding})`);
				return {html: utf8WithStrayBytes(bytes, encoding), encoding: 'utf-8', source: 'sniffed', warnings};
			}
		}
	}

	return decodeWith(bytes, encoding, source, warnings);
}

/**
 * Bytes 0x80–0x9F in windows-1252, from the WHATWG Encoding standard's
 * index-windows-1252 (https://encoding.spec.whatwg.org/index-windows-1252.txt):
 * the five bytes the code page leaves undefined map to the C1 code point of
 * the same number, as there.
 */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Bytes as text in a WHATWG encoding. windows-1252 (the name of every
 * ISO-8859-1, Latin-1 and US-ASCII label too) by the standard's table: Node
 * 20's TextDecoder reads it as ISO-8859-1, so 0x80 '€' and 0x93/0x94 '“ ”'
 * came out as C1 control characters.
 */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
	if (encoding !== 'windows-1252') return new TextDecoder(encoding, {ignoreBOM: true}).decode(bytes);
	const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
	return latin1.replace(/[\u0080-\u009f]/g, code => windows1252High[code.charCodeAt(0) - 0x80]!);
}

function decodeWith(bytes: Uint8Array, encoding: string, source: DecodedPage['source'], warnings: string[]): DecodedPage {
	const html = decodeAs(bytes, encoding);
	// Only bytes the encoding does not read make a U+FFFD the decoder's: a valid UTF-8 page may hold the character itself, as its publisher wrote it (breaker14 P8).
	if (encoding === 'utf-8' ? firstInvalidUtf8(bytes) !== -1 : html.includes('\uFFFD')) {
		warnings.push(encoding === 'utf-8' ? 'invalid UTF-8; shown with U+FFFD' : `bytes not valid in ${encoding} (declared by ${source}); shown with U+FFFD`);
	}
	return {html, encoding, source, warnings};
}
