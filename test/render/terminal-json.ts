import test from 'ava';
import fc from 'fast-check';
import {terminalJson} from '../../source/render/terminal-json.js';

test('JSON for a terminal escapes DEL, C1, bidi and invisible format characters as \\uXXXX; the rest stays', t => {
	const value = {body: 'a\u202Eb\u009Bc\u007Fd\u200Be\u2066f\u2028g\uFEFFh é 漢 😀', n: 1};
	const text = terminalJson(JSON.stringify(value));
	t.is(text, String.raw`{"body":"a\u202eb\u009bc\u007fd\u200be\u2066f\u2028g\ufeffh é 漢 😀","n":1}`);
	t.deepEqual(JSON.parse(text), value);
});

test('property: terminal JSON parses to the same value and holds no control or format character', t => {
	fc.assert(fc.property(fc.jsonValue(), fc.string({unit: 'binary'}), (value, text) => {
		for (const input of [value, {text}]) {
			const escaped = terminalJson(JSON.stringify(input));
			t.deepEqual(JSON.parse(escaped), JSON.parse(JSON.stringify(input)));
			t.false(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Cf}\p{Cs}]/u.test(escaped));
		}
	}));
});
