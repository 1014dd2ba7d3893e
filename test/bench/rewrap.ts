import test from 'ava';
import fc from 'fast-check';
import {rewrap} from '../../bench/eval/rewrap.js';

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
