import test from 'ava';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {isSafe, isSafeBesideLineBreaks, measureWidth, narrowText, safeString, toSafeSegments} from '../../source/render/safe-text.js';

// Anything a terminal could act on: C0, DEL, C1, bidi embeddings/overrides/isolates, line/paragraph separators.
const dangerous = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

test('escape sequences become visible markers', t => {
	const out = safeString('red \u001B[31mtext\u001B[0m and title \u001B]0;pwned\u0007 end');
	t.false(dangerous.test(out));
	t.is(out, 'red ␛[31mtext␛[0m and title ␛]0;pwned␇ end');
});

test('C1 controls, DEL and bidi overrides are shown as code points or pictures', t => {
	t.is(safeString('a\u009B31mb'), 'a<U+009B>31mb');
	t.is(safeString('x\u007Fy'), 'x␡y');
	t.is(safeString('file\u202Etxt.exe'), 'file<U+202E>txt.exe');
	t.is(safeString('\u2066iso\u2069'), '<U+2066>iso<U+2069>');
	t.is(safeString('back\bspace\rcr'), 'back␈space␍cr');
});

test('markers are flagged as control segments, plain text is not', t => {
	t.deepEqual(toSafeSegments('ab\u001Bc'), [
		{text: 'ab', control: false},
		{text: '␛', control: true},
		{text: 'c', control: false},
	]);
});

test('tabs expand to the next tab stop', t => {
	t.is(safeString('a\tb'), 'a   b');
	t.is(safeString('abcd\te'), 'abcd    e');
	t.is(safeString('\t', {tabWidth: 8}), '        ');
	t.is(safeString('日\tx'), '日  x');
});

test('lone surrogates are replaced, pairs kept', t => {
	t.is(safeString('a\uD800b'), 'a\uFFFDb');
	t.is(safeString('😀'), '😀');
});

test('property: output never contains a control or bidi character', t => {
	fc.assert(
		fc.property(fc.string({unit: 'binary', maxLength: 200}), text => {
			const out = safeString(text);
			return !dangerous.test(out) && isSafe(out);
		}),
		{numRuns: 500},
	);
	t.pass();
});

test('property: printable text passes unchanged', t => {
	fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 100}), text => {
		const printable = text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, '');
		return safeString(printable) === printable;
	}));
	t.pass();
});

test('property: width of the whole equals the sum of its segments', t => {
	fc.assert(
		fc.property(fc.string({unit: 'binary', maxLength: 100}), text => {
			const segments = toSafeSegments(text);
			const sum = segments.reduce((total, segment) => total + measureWidth(segment.text), 0);
			return sum === measureWidth(segments.map(segment => segment.text).join('')) && measureWidth(safeString(text)) === stringWidth(safeString(text));
		}),
		{numRuns: 500},
	);
	t.pass();
});

test('narrow text (measured without string-width) is exactly what string-width measures one column per code unit', t => {
	// Every code unit the fast path accepts, one at a time…
	for (let code = 0; code < 0x10000; code++) {
		const character = String.fromCharCode(code);
		if (narrowText.test(character)) t.is(stringWidth(character), 1, `U+${code.toString(16)}`);
	}
	// …and in any sequence: no two of them make one cluster.
	const narrowCharacter = fc.integer({min: 0x20, max: 0x21ff}).map(code => String.fromCharCode(code)).filter(character => narrowText.test(character));
	fc.assert(
		fc.property(fc.array(narrowCharacter, {maxLength: 12}).map(characters => characters.join('')), text => {
			t.is(measureWidth(text), stringWidth(text));
			t.is(measureWidth(text), text.length);
		}),
	);
	// What is left out is left out for a reason: a soft hyphen is zero-width, a combining accent joins its letter.
	t.false(narrowText.test('\u00ad'));
	t.is(measureWidth('e\u0301'), 1);
});

test('property: a text safe beside its line breaks has only safe slices once their line breaks are spaces', t => {
	const text = fc.string({unit: fc.oneof(fc.constantFrom('a', ' ', '\n', '\r', '\t', '\u001b', '\u202e', '😀', '\ud800', 'é'), fc.constantFrom('b', 'c')), maxLength: 30});
	fc.assert(
		fc.property(text, fc.nat(30), fc.nat(30), (whole, from, to) => {
			if (!isSafeBesideLineBreaks(whole)) return true;
			return isSafe(whole.slice(from, to).replace(/[\r\n]/g, ' '));
		}),
		{numRuns: 2000},
	);
	t.true(isSafeBesideLineBreaks('one\r\ntwo\n'));
	t.false(isSafeBesideLineBreaks('tab\there'));
	t.false(isSafeBesideLineBreaks('a pair 😀 may be cut'));
});
