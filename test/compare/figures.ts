import test from 'ava';
import fc from 'fast-check';
import {figureMatches, figurePattern, figuresOf} from '../../source/compare/figures.js';

/** The matches as plain data: where, what, and each named group. */
const plain = (matches: Iterable<RegExpMatchArray>) => [...matches].map(match => ({index: match.index, text: match[0], groups: {...match.groups}}));

// Pieces a figure is made of, and what stands around one: signs and sign words (and "au moins", which is
// no sign), currencies before and after, scales, units, dates, other scripts' digits, white space of every
// kind the pattern's gap reads, and letters, digits and surrogate pairs beside them.
const piece = fc.constantFrom(
	'5', '12', '2025', '3,500', '4.5', '07', '١٢٫٥', '९', '٣', '3/4/1990', '03.04.1990', '1990-04-03', '3月4日', '2024年', '9:30',
	'-', '+', '−', 'minus', 'Minus', 'moins', 'au', 'menos', 'al', 'минус', '$', 'US$', '€', '£', '¥', '₽', 'USD', 'EUR', 'CHF',
	'million', 'Mio.', 'mil millones', 'bn', 'm', 'k', '%', 'per cent', '°C', 'km', 'a.m.', 'pm', 'dollars', 'de', 'of', "d'",
	' ', '  ', '   ', '\t', '\n', '\r\n', ' \n', '\u00a0', '\u2009', '\u3000', '.', ',', '[', ']', '(', '/',
	'COVID', 'March', 'Tuesday', 'a', 'the', 'X', '😀', '🇧🇪', 'é', 'ж',
);
const text = fc.array(piece, {maxLength: 40}).map(pieces => pieces.join(''));

test('figureMatches finds what matchAll finds, match for match, groups and all', t => {
	fc.assert(
		fc.property(text, sample => {
			t.deepEqual(plain(figureMatches(sample)), plain(sample.matchAll(figurePattern)));
		}),
		{numRuns: 2000},
	);
});

test('a figure whose sign and currency are as long as they come, after long white space, is found whole', t => {
	for (const sample of ['was минус US$ 5 million', 'was минус\u00a0\u00a0  US$\n5 million', 'ab минус  USD 5', 'x Menos € 12 mil millones de euros']) {
		t.deepEqual(plain(figureMatches(sample)), plain(sample.matchAll(figurePattern)), sample);
		t.true(figureMatches(sample)[0]![0].startsWith(sample.match(/[-−+]|минус|Menos|€/u)![0]), sample);
	}
});

test('a text without a digit has no figures', t => {
	t.deepEqual(figureMatches('minus US$ million, per cent'), []);
	t.deepEqual(figuresOf('minus US$ million, per cent'), []);
});

/** Pieces of text around figures: digits of several scripts (one astral), signs, currencies, units, dates and every kind of space and line break. */
const pieces = [
	'5', '12', '2024', '3.5', '1,500', '٣', '𝟕', '½', '-', '+', '−', '$', 'US$', '€', 'USD', 'usd', 'EUR', 'minus', 'Minus', 'moins', 'au', 'menos', 'минус',
	'million', 'Millionen', 'mil', 'millones', 'de', 'dólares', "d'", 'euros', 'per', 'cent', 'percent', '%', '°', 'C', 'km', 'a.m.', 'pm', 'Mio.', 'March', 'mars',
	'/', '.', ',', ':', '年', '月', '日', 'COVID', 'the', 'rubber', 'Europe', '[', ']',
	' ', '  ', '\t', '\n', '\r', '\r\n', ' \n', ' \r\n', '\u00a0', '\u2028', '\u3000', '\ud83d', '\ude00',
];
const listTexts = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map(parts => parts.join(''));
const found = (matches: Iterable<RegExpExecArray>) => [...matches].map(match => ({index: match.index, text: match[0], groups: {...match.groups}}));

test('figureMatches finds what matchAll finds on texts of other pieces (astral digits, fractions, lone surrogates, line separators)', t => {
	fc.assert(
		fc.property(listTexts, text => {
			t.deepEqual(found(figureMatches(text)), found(text.matchAll(figurePattern)), JSON.stringify(text));
		}),
		{numRuns: 3000},
	);
});

test('the space between a figure\'s parts reads as it read before it was written shorter (one optional space and a line break, a run of spaces, one space)', t => {
	const shorter = String.raw`(?:[^\S\r\n]?(?:\r\n?|\n)|[^\S\r\n]+)`;
	const before = String.raw`(?:[^\S\r\n]?(?:\r\n|\n|\r)|[^\S\r\n]+|\s)`;
	t.true(figurePattern.source.includes(shorter));
	const former = new RegExp(figurePattern.source.replaceAll(shorter, before), 'gu');
	fc.assert(
		fc.property(listTexts, text => {
			t.deepEqual(found(figureMatches(text)), found(text.matchAll(former)), JSON.stringify(text));
		}),
		{numRuns: 3000},
	);
});

// Known limit (ninth session): the units table (mass, data, power, named dollars) took the pattern to ~35,000 characters,
// past the size V8 optimises; the unit part would have to be read by a pattern of its own after the digits.
test.failing('the figure pattern stays within the size V8 still optimises (20 KiB of source, kRegExpTooLargeToOptimize): past it, reading figures is several times slower', t => {
	t.true(figurePattern.source.length <= 20 * 1024, `${figurePattern.source.length} characters`);
});
