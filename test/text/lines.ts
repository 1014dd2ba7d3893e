import test from 'ava';
import {linesOf, trimSpan} from '../../source/text/lines.js';

test('CR, LF and CRLF all end a line; terminators are not in spans', t => {
	const text = 'a\r\nb\rc\n\n d ';
	t.deepEqual(
		linesOf(text).map(line => [text.slice(line.start, line.end), line.blank]),
		[
			['a', false],
			['b', false],
			['c', false],
			['', true],
			[' d ', false],
		],
	);
	t.deepEqual(linesOf(''), []);
	t.deepEqual(linesOf('x\n').map(line => [line.start, line.end]), [[0, 1]]);
});

test('trimSpan keeps the non-whitespace content, Unicode spaces included', t => {
	const text = '\u00A0 word \u3000';
	const span = trimSpan(text, 0, text.length);
	t.is(text.slice(span.start, span.end), 'word');
	t.deepEqual(trimSpan('   ', 0, 3), {start: 3, end: 3});
});
