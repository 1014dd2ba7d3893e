// Reading bytes as UTF-8 sequence by sequence (WHATWG Encoding's UTF-8 decoder rules: no overlongs, no surrogates,
// nothing above U+10FFFF): where the first invalid sequence is, how many valid multi-byte and invalid sequences a
// text holds (the evidence that bytes are UTF-8), and UTF-8 with its stray bytes read in another encoding. The file
// loader (corpus/decode.ts) and the page decoder (html/charset.ts) both ask here, so they judge alike. Pure.

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid. */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
	const b0 = bytes[i]!;
	if (b0 < 0x80) return 1;
	const continuation = (at: number, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at]! >= low && bytes[at]! <= high;
	if (b0 >= 0xc2 && b0 <= 0xdf) return continuation(i + 1) ? 2 : 0;
	if (b0 >= 0xe0 && b0 <= 0xef) {
		// Exclude overlongs (E0 80..9F) and surrogates (ED A0..BF).
		const low = b0 === 0xe0 ? 0xa0 : 0x80;
		const high = b0 === 0xed ? 0x9f : 0xbf;
		return continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
	}
	if (b0 >= 0xf0 && b0 <= 0xf4) {
		const low = b0 === 0xf0 ? 0x90 : 0x80;
		const high = b0 === 0xf4 ? 0x8f : 0xbf;
		return continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
	}
	return 0;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const length = utf8SequenceLength(bytes, i);
		if (length === 0) return i;
		i += length;
	}
	return -1;
}

/** Invalid UTF-8 bytes (each byte that starts no valid sequence), and valid multi-byte sequences. Linear. */
export function countUtf8Sequences(bytes: Uint8Array): {invalid: number; multibyte: number} {
	let invalid = 0;
	let multibyte = 0;
	let i = 0;
	while (i < bytes.length) {
		const length = utf8SequenceLength(bytes, i);
		if (length === 0) {
			invalid++;
			i++;
		} else {
			if (length > 1) multibyte++;
			i += length;
		}
	}
	return {invalid, multibyte};
}

/**
 * Whether bytes that are not all valid UTF-8 are UTF-8 all the same (damaged, or with a stray byte of another
 * encoding: a template fragment, a pasted word): when their valid multi-byte sequences are at least as many as their
 * invalid bytes. Text in a single-byte encoding almost never holds a valid multi-byte sequence (a capital or "ß"
 * followed by a symbol byte, "Ã©"), while every byte of it from 0x80 up is an invalid one; so the valid sequences are
 * the evidence for UTF-8, and the count of invalid bytes against them (the rule chardet's UTF-8 prober and
 * corpus/decode.ts have used: a legacy text has none of the one and many of the other). `counts`: countUtf8Sequences.
 */
export const mostlyUtf8 = ({invalid, multibyte}: {invalid: number; multibyte: number}): boolean => multibyte > 0 && multibyte >= invalid;

// ignoreBOM: a U+FEFF inside is content.
const utf8 = new TextDecoder('utf-8', {ignoreBOM: true});

/**
 * Bytes as UTF-8, each byte that starts no valid sequence read by `stray` instead (a single-byte encoding's reading
 * of that byte: windows-1252 gives "é" for 0xE9), so a UTF-8 text with a few Latin-1 bytes in it reads whole. Linear.
 */
export function decodeUtf8With(bytes: Uint8Array, stray: (byte: number) => string): string {
	let text = '';
	let run = 0;
	let i = 0;
	while (i < bytes.length) {
		const length = utf8SequenceLength(bytes, i);
		if (length > 0) {
			i += length;
			continue;
		}

		text += utf8.decode(bytes.subarray(run, i)) + stray(bytes[i]!);
		i++;
		run = i;
	}
	return text + utf8.decode(bytes.subarray(run));
}
