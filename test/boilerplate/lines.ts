import test from 'ava';
import {isBlank, splitLines} from '../../source/boilerplate/lines.js';

test('CR, LF and CRLF each end one line; spans exclude terminators', t => {
	const text = 'a\r\nb\rc\nd';
	const lines = splitLines(text);
	t.deepEqual(lines.map(line => text.slice(line.start, line.end)), ['a', 'b', 'c', 'd']);
	t.deepEqual(lines.map(line => line.eol), ['\r\n', '\r', '\n', '']);
	t.deepEqual(lines.map(line => line.n), [1, 2, 3, 4]);
});

test('a trailing terminator yields a last empty line, an empty text one empty line', t => {
	t.is(splitLines('x\n').length, 2);
	t.deepEqual(splitLines(''), [{n: 1, start: 0, end: 0, eol: ''}]);
	t.is(splitLines('\r\n\r\n').length, 3);
});

test('blank lines include Unicode spaces and zero-width marks', t => {
	t.true(isBlank(' \t\u00A0\u200B\u3000'));
	t.false(isBlank(' - '));
});
