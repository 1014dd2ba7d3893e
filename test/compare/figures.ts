import test from 'ava';
import fc from 'fast-check';
import {figureMatches, figurePattern} from '../../source/compare/figures.js';

/** Pieces of text around figures: digits of several scripts (one astral), signs, currencies, units, dates and every kind of space and line break. */
const pieces = [
	'5', '12', '2024', '3.5', '1,500', '٣', '𝟕', '½', '-', '+', '−', '$', 'US$', '€', 'USD', 'usd', 'EUR', 'minus', 'Minus', 'moins', 'au', 'menos', 'минус',
	'million', 'Millionen', 'mil', 'millones', 'de', 'dólares', "d'", 'euros', 'per', 'cent', 'percent', '%', '°', 'C', 'km', 'a.m.', 'pm', 'Mio.', 'March', 'mars',
	'/', '.', ',', ':', '年', '月', '日', 'COVID', 'the', 'rubber', 'Europe', '[', ']',
	' ', '  ', '\t', '\n', '\r', '\r\n', ' \n', ' \r\n', '\u00a0', '\u2028', '\u3000', '\ud83d', '\ude00',
];
const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map(parts => parts.join(''));
const found = (matches: Iterable<RegExpExecArray>) => [...matches].map(match => ({index: match.index, text: match[0], groups: {...match.groups}}));

test('figureMatches finds what matchAll finds, trying the pattern only where a figure may start', t => {
	fc.assert(
		fc.property(texts, text => {
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
		fc.property(texts, text => {
			t.deepEqual(found(figureMatches(text)), found(text.matchAll(former)), JSON.stringify(text));
		}),
		{numRuns: 3000},
	);
});

test('the figure pattern stays within the size V8 still optimises (20 KiB of source, kRegExpTooLargeToOptimize): past it, reading figures is several times slower', t => {
	t.true(figurePattern.source.length <= 20 * 1024, `${figurePattern.source.length} characters`);
});
