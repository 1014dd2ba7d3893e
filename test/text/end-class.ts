import test from 'ava';
import fc from 'fast-check';
import {endTest} from '../../source/text/end-class.js';
import {scriptSentenceEnds} from '../../source/text/sentences.js';

// The three end patterns the boilerplate passes read from the end (features.ts, story-sketch.ts, blocks.ts).
const ends = `.!?…${scriptSentenceEnds}`;
const cases: Array<[string, RegExp, (text: string) => boolean]> = [
	['terminal (features.ts)', new RegExp(`[${ends}](?:["'»”’)\\]*_\\s]|&quot;)*$`, 'u'), endTest(ends, `"'»”’)\\]*_\\s`, '&quot;')],
	['sentence end (story-sketch.ts)', new RegExp(`[${ends}]["'»”’)\\]*_\\s]*$`, 'u'), endTest(ends, `"'»”’)\\]*_\\s`)],
	['sentence end (blocks.ts)', new RegExp(`[${ends}]["'”’»)」』）]*$`, 'u'), endTest(ends, `"'”’»)」』）`)],
];

// Texts made of the characters that matter (ends, trailing characters, white space of every kind, the entity's
// letters, surrogates alone and paired) and a few others.
const alphabet = [...ends, ...'"\'»”’)]*_ \t\n\u00A0\u2003\u3000\uFEFF」』）&quot;ax1', '\uD83D', '\uDE00', '😀', '&quot;', 'ab. ', '.&quot', 'quot;'];
const texts = fc.array(fc.constantFrom(...alphabet), {maxLength: 24}).map(parts => parts.join(''));

test('endTest answers as the end pattern it replaces, on any text', t => {
	for (const [name, pattern, reads] of cases) {
		t.notThrows(() => fc.assert(fc.property(texts, text => reads(text) === pattern.test(text)), {numRuns: 800}), name);
		t.notThrows(() => fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 30}), text => reads(text) === pattern.test(text)), {numRuns: 500}), `${name}, any code units`);
	}
});

test('endTest reads sentences, closing quotes and the entity; not a text that only holds an end inside', t => {
	const [, , terminal] = cases[0]!;
	t.true(terminal('He said so.'));
	t.true(terminal('He said “so.”  '));
	t.true(terminal('She asked &quot;why?&quot;'));
	t.true(terminal('終わり。'));
	t.false(terminal('Version 2.1 notes'));
	t.false(terminal('quot;'));
	t.false(terminal(''));
	t.false(terminal('.😀'));
});

test('endTest refuses classes it cannot read by code unit and an entity that ends inside a class', t => {
	t.throws(() => endTest('😀', ' '));
	t.throws(() => endTest('.', '\\p{Zs}'));
	t.throws(() => endTest('.', ' ', 'a.'));
});
