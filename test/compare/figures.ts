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
