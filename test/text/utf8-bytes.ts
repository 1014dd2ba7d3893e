import test from 'ava';
import fc from 'fast-check';
import {countUtf8Sequences, decodeUtf8With, firstInvalidUtf8, mostlyUtf8} from '../../source/text/utf8-bytes.js';

const latin1 = (byte: number) => String.fromCharCode(byte);

test('valid UTF-8 decodes as TextDecoder decodes it, whatever stray bytes would read as', t => {
	fc.assert(fc.property(fc.string({unit: 'grapheme'}), text => decodeUtf8With(Buffer.from(text), () => '?') === text));
	t.pass();
});

test('UTF-8 with stray bytes: each byte that starts no valid sequence is read by the stray reader, the rest as UTF-8', t => {
	const bytes = Buffer.from([...Buffer.from('K\u00f6ln, Caf'), 0xe9, 0x20, 0xc3, ...Buffer.from(' \u201cok\u201d'), 0x93]);
	t.is(decodeUtf8With(bytes, latin1), 'Köln, Café Ã “ok”\u0093');
	t.deepEqual(countUtf8Sequences(bytes), {invalid: 3, multibyte: 3});
	t.is(firstInvalidUtf8(bytes), 10);
});

test('mostlyUtf8: as many valid multi-byte sequences as invalid bytes or more; a text with none is no UTF-8 text', t => {
	t.true(mostlyUtf8(countUtf8Sequences(Buffer.from([...Buffer.from('K\u00f6ln B\u00fcrger Gesch\u00e4fte '), 0xe9]))));
	t.false(mostlyUtf8(countUtf8Sequences(Buffer.from('K\u00f6ln B\u00fcrger Caf\u00e9', 'latin1'))));
	t.false(mostlyUtf8(countUtf8Sequences(Buffer.from('plain'))));
});
