import fc from 'fast-check';
import test from 'ava';
import {isBlank, lineNumberAt, lineStartOffsets, linesOf, splitLines, trimSpan} from '../../source/text/lines.js';

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

test('lines match a plain split on CR, LF and CRLF for any text (the indexOf scan skips nothing)', t => {
	const pieces = fc.oneof(fc.constantFrom('\n', '\r', '\r\n', '\n\r', '\r\r\n', ' ', 'ab', '\u2028', '𝐀'), fc.string({maxLength: 4}));
	fc.assert(fc.property(fc.array(pieces, {maxLength: 40}).map(parts => parts.join('')), text => {
		const lines = splitLines(text);
		t.deepEqual(lines.map(line => text.slice(line.start, line.end)), text.split(/\r\n|\r|\n/u));
		t.deepEqual(lines.map(line => line.eol), [...text.matchAll(/\r\n|\r|\n/gu)].map(match => match[0]).concat(''));
		t.deepEqual(lines.map(line => line.n), lines.map((_, i) => i + 1));
	}), {numRuns: Number(process.env.FUZZ_RUNS ?? 500)});
});

test('property: the lines of a range are those of the range split alone, at its offsets', t => {
	const pieces = fc.oneof(fc.constantFrom('\n', '\r', '\r\n', '\n\r', ' ', 'ab'), fc.string({maxLength: 3}));
	fc.assert(fc.property(fc.array(pieces, {maxLength: 30}).map(parts => parts.join('')), fc.nat(), fc.nat(), (text, a, b) => {
		const from = Math.min(a, b) % (text.length + 1);
		const to = from + ((Math.max(a, b) - Math.min(a, b)) % (text.length - from + 1));
		const alone = splitLines(text.slice(from, to));
		t.deepEqual(splitLines(text, from, to), alone.map(line => ({...line, start: line.start + from, end: line.end + from})));
	}), {numRuns: Number(process.env.FUZZ_RUNS ?? 500)});
});

/**
 * A string that counts the code units its searches and reads pass over (indexOf, charCodeAt, slice):
 * the work a line split does, counted, not timed. Only the methods the line code calls are there.
 */
const countingText = (text: string) => {
	const counted = {
		read: 0,
		length: text.length,
		indexOf(search: string, from = 0) {
			const at = text.indexOf(search, from);
			counted.read += (at === -1 ? text.length : at + 1) - from;
			return at;
		},
		charCodeAt(i: number) {
			counted.read++;
			return text.charCodeAt(i);
		},
		slice(from: number, to = text.length) {
			counted.read += Math.max(0, to - from);
			return text.slice(from, to);
		},
	};
	return counted;
};

test('splitting a range of a long text reads the range, not the rest of the text (a diff splits every paragraph)', t => {
	// 200,000 short LF lines, as a log or a list (issue 15: two such 3.5 MB files took 58 s to diff); one paragraph
	// of three lines in the middle. Before, the search for a CR ran to the end of the whole text for every range.
	const text = Array.from({length: 200_000}, (_, i) => `entry ${i}`).join('\n');
	const from = text.indexOf('entry 100000');
	const to = text.indexOf('entry 100003') - 1;
	const counted = countingText(text);
	const lines = linesOf(counted as unknown as string, from, to);
	t.deepEqual(lines.map(line => text.slice(line.start, line.end)), ['entry 100000', 'entry 100001', 'entry 100002']);
	t.true(counted.read <= 4 * (to - from), `read ${counted.read} code units for a range of ${to - from}`);
});

test('property: lineNumberAt is one more than the line feeds before the offset (CRLF one break, a lone CR none) — or, in a file whose lone CRs outnumber its LFs, every line end (CR, LF, CRLF)', t => {
	fc.assert(
		fc.property(fc.string({unit: fc.constantFrom('a', ' ', '\n', '\r', 'é')}), fc.nat(), (text, at) => {
			const offset = text.length === 0 ? 0 : at % text.length;
			// Inside a CRLF: the break is the pair, counted once it is passed.
			if (text[offset - 1] === '\r' && text[offset] === '\n') return true;
			const loneCrs = text.match(/\r(?!\n)/gu)?.length ?? 0;
			const lfs = text.match(/\n/gu)?.length ?? 0;
			const end = loneCrs > lfs ? /\r\n|\r|\n/u : '\n';
			return lineNumberAt(lineStartOffsets(text), offset) === text.slice(0, offset).split(end).length;
		}),
	);
	// An old-Mac file with one stray CRLF (after the title) is still an old-Mac file: C is on line 9, as the reader shows it.
	t.is(lineNumberAt(lineStartOffsets('Title\r\r\r\r\nA.\r\rB.\r\rC.'), 18), 9);
	t.is(lineNumberAt(lineStartOffsets('a\r\nb\rc\nd'), 7), 3);
	// An old-Mac file: the third paragraph is on line 5, as the reader shows it.
	t.is(lineNumberAt(lineStartOffsets('One.\r\rTwo.\r\rThree.\r'), 12), 5);
});
