import test from 'ava';
import fc from 'fast-check';
import {supSubText} from '../../source/html/sup-sub.js';

test('digits, signs and parentheses take their raised or lowered forms; spaces around go', t => {
	t.is(supSubText('6', 'sup'), '⁶');
	t.is(supSubText('3 ', 'sup'), '³');
	t.is(supSubText('-12', 'sup'), '⁻¹²');
	t.is(supSubText('2', 'sub'), '₂');
	t.is(supSubText('(n)', 'sup'), '(n)');
});

test('text with any character lacking that form is left as written', t => {
	t.is(supSubText('[3]', 'sup'), '[3]');
	t.is(supSubText('th', 'sup'), 'th');
	t.is(supSubText(' ', 'sup'), ' ');
});

test('property: the result is the input, or as many characters as the trimmed input and none of them ASCII', t => {
	fc.assert(fc.property(fc.string({unit: fc.constantFrom('0', '5', '9', '+', '-', '=', '(', ')', ' ', 'a', '[')}), fc.constantFrom('sup' as const, 'sub' as const), (text, kind) => {
		const out = supSubText(text, kind);
		return out === text || ([...out].length === [...text.trim()].length && !/[\u0000-\u007F]/.test(out));
	}));
	t.pass();
});

test('a raised o right after a figure is the degree sign typed by hand; elsewhere a letter (breaker10 H17)', t => {
	t.is(supSubText('o', 'sup', 'the temperature was -5'), '°');
	t.is(supSubText('º', 'sup', 'an angle of 45'), '°');
	t.is(supSubText('o', 'sup', 'Mr'), 'o');
	t.is(supSubText('o', 'sub', '5'), 'o');
});
