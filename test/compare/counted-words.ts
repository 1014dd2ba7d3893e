import test from 'ava';
import {countedWords} from '../../source/compare/counted-words.js';

/** The counted words of the figure `figure` (its first occurrence) in `span`, the span's other figures (digits) as stops. */
const wordsOf = (span: string, figure: string, language = 'en', counts?: (start: number, end: number) => boolean): string[] => {
	const start = span.indexOf(figure);
	const stops = [...span.matchAll(/\d+/gu)].map(match => ({start: match.index, end: match.index + match[0].length}));
	return [...countedWords(span, start, start + figure.length, stops, language, counts)];
};

test('a figure goes with the content words after it, up to its phrase\'s end', t => {
	t.deepEqual(wordsOf('Officials said 12 people were hurt and 3 killed in the blast.', '12'), ['people', 'hurt']);
	t.deepEqual(wordsOf('Officials said 12 people were hurt and 3 killed in the blast.', '3'), ['killed']);
	t.deepEqual(wordsOf('Bei dem Unfall wurden 3 Menschen getötet und 12 verletzt.', '3', 'de'), ['menschen', 'getötet']);
});

test('a figure with no content word after it goes with the words before it', t => {
	t.deepEqual(wordsOf('The army killed 3 and injured 12 in the raid.', '3'), ['killed', 'army']);
	t.deepEqual(wordsOf('The senate voted 52 to 48, officials said.', '48'), []);
	t.deepEqual(wordsOf('The senate voted 52 to 48, officials said.', '52'), ['voted', 'senate']);
});

test('words the caller does not count are passed over', t => {
	const span = 'The army killed 3 and injured 12 in the raid.';
	// "raid" not counted: the phrase after 12 holds no word that counts, and the words before it are read.
	t.deepEqual(wordsOf(span, '12', 'en', start => start < span.indexOf('raid')), ['injured']);
	t.deepEqual(wordsOf(span, '3', 'en', start => start !== span.indexOf('army')), ['killed']);
});
