import test from 'ava';
import {decodeBytes} from '../../source/corpus/decode.js';
import {firstInvalidUtf8} from '../../source/text/utf8-bytes.js';

const utf16 = (text: string, bigEndian: boolean, bom = true): Uint8Array => {
	const bytes: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		bytes.push(...(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8]));
	}

	return Uint8Array.from(bytes);
};

test('UTF-8 without BOM decodes as is, line endings kept', t => {
	const decoded = decodeBytes(Buffer.from('a\r\nb\rc\nd'));
	t.deepEqual(decoded, {text: 'a\r\nb\rc\nd', warnings: [], binary: false});
});

test('UTF-8 BOM is removed, a second U+FEFF is content', t => {
	const decoded = decodeBytes(Buffer.from('\uFEFF\uFEFFhé'));
	t.is(decoded.text, '\uFEFFhé');
	t.deepEqual(decoded.warnings, []);
});

test('UTF-16 LE and BE with BOM', t => {
	const text = 'Ünïcode 日本 😀\r\nline';
	t.is(decodeBytes(utf16(text, false)).text, text);
	t.is(decodeBytes(utf16(text, true)).text, text);
	t.deepEqual(decodeBytes(utf16(text, true)).warnings, []);
});

test('UTF-16 LE without BOM is recognised by its NUL pattern, with a warning', t => {
	const decoded = decodeBytes(utf16('Plain ASCII text in UTF-16', false, false));
	t.is(decoded.text, 'Plain ASCII text in UTF-16');
	t.false(decoded.binary);
	t.regex(decoded.warnings[0], /UTF-16LE/);
});

test('UTF-16 without BOM in other scripts (Cyrillic, Greek, Japanese) is recognised: NULs on one parity only, and text when read so', t => {
	const samples = ['Москва заявила, что переговоры возобновятся 3 марта.\n', 'Η κυβέρνηση ανακοίνωσε νέα μέτρα την Τρίτη.\n', '政府は三日、新たな対策を発表した。\n'];
	for (const text of samples) {
		for (const bigEndian of [false, true]) {
			const decoded = decodeBytes(utf16(text, bigEndian, false));
			t.false(decoded.binary, text);
			t.is(decoded.text, text);
			t.regex(decoded.warnings[0] ?? '', bigEndian ? /UTF-16BE/ : /UTF-16LE/);
		}
	}
});

test('binary data with NULs on one parity only is still binary: read as UTF-16 it is not text', t => {
	// A table of 16-bit little-endian counters: small values, the high byte NUL, the low bytes control codes.
	const counters = Uint8Array.from(Array.from({length: 64}, (_, k) => [k % 7, 0]).flat());
	t.true(decodeBytes(counters).binary);
	const structure = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x01, 0, 0x02, 0x7f, 0x12, 0xe0, 0x15, 0xf8]);
	t.true(decodeBytes(structure).binary);
	// ASCII text with a stray NUL reads as CJK in UTF-16, but is binary.
	t.true(decodeBytes(Buffer.from('text\0more\n')).binary);
	t.true(decodeBytes(Buffer.from('A line of plain text\0with one NUL byte in it.\n')).binary);
});

test('odd-length UTF-16 drops the last byte and says so', t => {
	const bytes = Uint8Array.from([...utf16('ab', false), 0x41]);
	const decoded = decodeBytes(bytes);
	t.is(decoded.text, 'ab');
	t.regex(decoded.warnings[0], /odd number of bytes/);
});

test('damaged UTF-8 (valid multi-byte sequences too) becomes U+FFFD with the byte offset of the first bad sequence', t => {
	const bytes = Uint8Array.from([0x61, 0x62, 0xff, 0x63, 0xc3, 0xa9, 0xe2, 0x80, 0x94, 0xc3]);
	const decoded = decodeBytes(bytes);
	t.is(decoded.text, 'ab\uFFFDcé—\uFFFD');
	t.deepEqual(decoded.warnings, ['invalid UTF-8 at byte 2; shown with U+FFFD (2 invalid sequences)']);
});

test('invalid UTF-8 offset counts the BOM', t => {
	const decoded = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x80, 0xc3, 0xa9]));
	t.is(decoded.text, 'a\uFFFDé');
	t.regex(decoded.warnings[0], /at byte 4;/);
});

test('overlong and surrogate encodings are invalid', t => {
	t.is(firstInvalidUtf8(Uint8Array.from([0xc0, 0xaf])), 0);
	t.is(firstInvalidUtf8(Uint8Array.from([0x41, 0xed, 0xa0, 0x80])), 1);
	t.is(firstInvalidUtf8(Buffer.from('ok ✓ 😀')), -1);
});

test('NUL bytes mean binary', t => {
	const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x01, 0x02]);
	t.true(decodeBytes(bytes).binary);
	t.is(decodeBytes(bytes).text, '');
});

test('UTF-16 with NUL characters is binary', t => {
	t.true(decodeBytes(utf16('a\0b', false)).binary);
});

test('empty input is empty text', t => {
	t.deepEqual(decodeBytes(new Uint8Array()), {text: '', warnings: [], binary: false});
});

test('control characters are kept raw (renderers make them safe)', t => {
	const text = 'a\u001b[31mred\u0007\u009b\u202e';
	t.is(decodeBytes(Buffer.from(text)).text, text);
});

test('windows-1252 / Latin-1 text (not UTF-8) is decoded as such, with one warning naming the encoding', t => {
	const french = 'Le président de la République a annoncé mercredi une réforme des retraites. Les syndicats ont réagi avec colère.\n';
	const bytes = Uint8Array.from(Array.from(french, character => character.charCodeAt(0)));
	const decoded = decodeBytes(bytes);
	t.is(decoded.text, french);
	t.is(decoded.warnings.length, 1);
	t.regex(decoded.warnings[0], /^invalid UTF-8 at byte 5; decoded as windows-1252 \((detected|the web fallback)\)$/);
	// Short text with no clear guess: the web's fallback still gives the right letters.
	const short = decodeBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x0a]));
	t.is(short.text, 'café €\n');
});

test('windows-1251 Russian is detected', t => {
	const russian = Buffer.from('cff0e5e7e8e4e5edf220eee1faffe2e8eb20ee20f0e5f4eef0ece520efe5edf1e8eeededeee920f1e8f1f2e5ecfb20e220f1f0e5e4f32e', 'hex');
	const decoded = decodeBytes(russian);
	t.is(decoded.text, 'Президент объявил о реформе пенсионной системы в среду.');
	t.regex(decoded.warnings[0], /decoded as windows-1251 \(detected\)/);
});
