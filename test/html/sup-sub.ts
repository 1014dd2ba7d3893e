import test from 'ava';
import fc from 'fast-check';
import {supSubText} from '../../source/html/sup-sub.js';
import {readPage} from '../../source/html/page.js';
import {compareTexts} from '../../source/compare/compare.js';

test('digits, signs and parentheses take their raised or lowered forms; space before goes, space after parts the next word (breaker13 M17)', t => {
	t.is(supSubText('6', 'sup'), '⁶');
	t.is(supSubText(' 6', 'sup'), '⁶');
	t.is(supSubText('3 ', 'sup'), '³ ');
	t.regex(readPage(Buffer.from('<p>It pumps about 15 m<sup>3 </sup>oil a day, the firm said.</p>')).text, /15 m³ oil/);
	t.is(supSubText('-12', 'sup'), '⁻¹²');
	t.is(supSubText('2', 'sub'), '₂');
	t.is(supSubText('(n)', 'sup'), '(n)');
});

test('text with any character lacking that form is left as written', t => {
	t.is(supSubText('[3]', 'sup'), '[3]');
	t.is(supSubText('th', 'sup'), 'th');
	t.is(supSubText(' ', 'sup'), ' ');
});

test('property: the result is the input, or as many characters as the trimmed input and none of them ASCII, and a space when the input ends in one', t => {
	fc.assert(fc.property(fc.string({unit: fc.constantFrom('0', '5', '9', '+', '-', '=', '(', ')', ' ', 'a', '[')}), fc.constantFrom('sup' as const, 'sub' as const), (text, kind) => {
		const out = supSubText(text, kind);
		const raised = /\s$/u.test(text) ? out.slice(0, -1) : out;
		return out === text || ([...raised].length === [...text.trim()].length && !/[\u0000-\u007F]/.test(raised) && out.endsWith(' ') === /\s$/u.test(text));
	}));
	t.pass();
});

test('a raised o right after a figure is the degree sign typed by hand; elsewhere a letter (breaker10 H17)', t => {
	t.is(supSubText('o', 'sup', 'the temperature was -5'), '°');
	t.is(supSubText('º', 'sup', 'an angle of 45'), '°');
	t.is(supSubText('o', 'sup', 'Mr'), 'o');
	t.is(supSubText('o', 'sub', '5'), 'o');
});

const page = (mark: string) =>
	readPage(Buffer.from(`<!DOCTYPE html><html><head><title>Fire</title></head><body><article><h1>Factory fire kills workers in Dhaka</h1><p>A fire tore through a garment factory on Tuesday, killing 12${mark} workers and injuring dozens more, fire officials said.</p></article></body></html>`)).text;

test('a footnote or citation mark in <sup> is no text: no figure, nothing glued to the figure before it (breaker13 M5)', t => {
	const plain = page('');
	for (const mark of ['<sup class="reference"><a href="#cite_note-1">[1]</a></sup>', '<sup>[3]</sup>', '<sup><a href="#fn1">1</a></sup>', '<sup id="r2"><a href="#note-b">[b]</a></sup>']) {
		const text = page(mark);
		t.is(text, plain, mark);
		t.deepEqual(compareTexts(plain, text).facts, [], mark);
	}
});

test('a raised number that is no reference mark keeps its raised form: an exponent, a power, a linked word', t => {
	t.regex(page('<sup>2</sup>'), /12² workers/);
	t.regex(readPage(Buffer.from('<p>Output rose to 10<sup>6</sup> tonnes, a record.</p>')).text, /10⁶ tonnes/);
	t.regex(readPage(Buffer.from('<p>The new law<sup><a href="https://example.org/law">(see text)</a></sup> passed.</p>')).text, /\(see text\)/);
});

test('struck text (<del>, <s>, <strike>: a correction\'s old figure) is no text of the page (breaker13 M15)', t => {
	const lead = (killed: string) => readPage(Buffer.from(`<html><body><article><h1>Factory fire</h1><p>A fire tore through a garment factory on Tuesday, killing ${killed} workers and injuring dozens more, fire officials said.</p></article></body></html>`)).text;
	const corrected = lead('21');
	for (const struck of ['<del>12</del> <ins>21</ins>', '<s>12</s> 21', '<strike>12</strike> 21']) {
		const text = lead(struck);
		t.false(/\b12\b/.test(text), `${struck}: ${text}`);
		t.deepEqual(compareTexts(corrected, text).facts ?? [], [], struck);
	}
});

test('a <sup> of hundreds of thousands of children is read without a stack overflow (review13 R18)', t => {
	// One level down: the children of the <sup>'s child were spread onto the walk's stack.
	const many = '<b>1</b>'.repeat(300_000);
	const text = readPage(Buffer.from(`<p>The fire killed 12<sup><span>${many}</span></sup> workers, officials said.</p>`)).text;
	t.true(text.startsWith('The fire killed 12'));
});
