import test from 'ava';
import fc from 'fast-check';
import {execFileSync} from 'node:child_process';
import {foldSpaces, rewrap} from '../../bench/eval/rewrap.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

test('re-wrapping keeps every word in order and fits the width unless one word is longer', t => {
	const line = fc.array(fc.oneof(fc.constantFrom(' ', '  ', '\t'), fc.stringMatching(/^[a-zé]{1,12}$/)), {maxLength: 60}).map(parts => parts.join(' '));
	fc.assert(
		fc.property(fc.array(line, {maxLength: 8}), fc.integer({min: 20, max: 100}), (lines, width) => {
			const text = lines.join('\n');
			const wrapped = rewrap(text, width);
			t.deepEqual(words(wrapped), words(text));
			for (const out of wrapped.split('\n')) t.true([...out].length <= width || words(out).length <= 1 || text.split('\n').includes(out));
		}),
	);
});

test('continuation lines keep the indentation of the line they continue', t => {
	t.is(rewrap('   one two three four', 14), '   one two\n   three four');
	t.is(rewrap('short', 80), 'short');
});

test('an indentation as deep as the width is dropped: no wrapper at that width writes past it', t => {
	const indent = ' '.repeat(30);
	t.is(rewrap(`${indent}one two three four`, 14), 'one two three\nfour');
	t.is(rewrap(`${indent}one`, 14), 'one');
});

test('foldSpaces writes what GNU fold -s writes: bytes counted, the break space kept, a word that ends at the width moved when a blank follows', t => {
	const bytes = (text: string) => new TextEncoder().encode(text);
	const folded = (text: string, width: number) => new TextDecoder().decode(foldSpaces(bytes(text), width));
	// "ó" is two bytes: "recibió nada" is 13 bytes, 12 characters.
	t.is(folded('que recibió nada más', 13), 'que recibió \nnada más');
	// "in 1905. " ends at column 8 exactly, then a blank passes the width: the word moves.
	t.is(folded('began in 1905. ', 14), 'began in \n1905. ');
	t.is(folded('began in 1905.', 14), 'began in 1905.');
	// Continuations at the margin; a word longer than the width is cut.
	t.is(folded('    one two three', 10), '    one \ntwo three');
	t.is(folded('abcdefghijkl', 5), 'abcde\nfghij\nkl');
});

test('foldSpaces is byte-identical to the fold binary on generated text (when fold is installed)', t => {
	let fold: string | undefined;
	try {
		fold = execFileSync('sh', ['-c', 'command -v fold'], {encoding: 'utf8'}).trim();
	} catch {}

	if (!fold) {
		t.pass('no fold on this machine');
		return;
	}

	const piece = fc.oneof(fc.constantFrom(' ', '  ', '\t', '\n', 'recibió', '“JOH”', '東京', 'word', '1905.', '-'), fc.stringMatching(/^[a-z]{1,14}$/));
	fc.assert(fc.property(fc.array(piece, {maxLength: 80}), fc.integer({min: 8, max: 90}), (pieces, width) => {
		const input = Buffer.from(pieces.join(''), 'utf8');
		const expected = execFileSync(fold!, ['-s', '-w', String(width)], {input});
		t.true(Buffer.from(foldSpaces(input, width)).equals(expected));
	}), {numRuns: 40});
});
