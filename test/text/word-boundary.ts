import fc from 'fast-check';
import test from 'ava';
import {asciiWordCount, asciiWordsOf, endsInElision, isApostrophe, scanTokens} from '../../source/text/word-boundary.js';

/** The words scanTokens cuts from `text`, as slices of the lower-cased text (ASCII only: the slices are the words). */
const scanned = (text: string): string[] => {
	const lower = text.toLowerCase().replaceAll('`', '\'');
	const words: string[] = [];
	scanTokens(lower, (start, end, word) => {
		if (word) words.push(lower.slice(start, end));
	});
	return words;
};

/** Spans of the word tokens of `text`. */
const wordSpans = (text: string): string[] => {
	const words: string[] = [];
	scanTokens(text, (start, end, word) => {
		if (word) words.push(text.slice(start, end));
	});
	return words;
};

test('an elided article standing alone joins the next word across white space and line breaks', t => {
	t.deepEqual(wordSpans('de l’ expédition'), ['de', 'l’ expédition']);
	t.deepEqual(wordSpans('L\'\n\u200B État'), ['L\'\n\u200B État']);
	t.deepEqual(wordSpans('jusqu\' ici, dell\' arte, un\' amica'), ['jusqu\' ici', 'dell\' arte', 'un\' amica']);
	// Only before a letter, and only an elision: a closing apostrophe or a quoted letter keeps its gap.
	t.deepEqual(wordSpans('l\' 3'), ['l', '3']);
	t.deepEqual(wordSpans('the students\' union'), ['the', 'students', 'union']);
	t.deepEqual(wordSpans('rock ’n’ roll'), ['rock', 'n', 'roll']);
	t.deepEqual(wordSpans('qu\'l\' x'), ['qu\'l', 'x']);
});

test('an apostrophe is any of its forms', t => {
	for (const apostrophe of '\'`’ʼ‘´′') t.true(isApostrophe(apostrophe.charCodeAt(0)), apostrophe);
	for (const other of '".,-"a') t.false(isApostrophe(other.charCodeAt(0)), other);
});

test('the ASCII form of the grammar cuts the words the scanner cuts (property)', t => {
	const piece = fc.oneof(fc.constantFrom('l\' ', 'L\'\n', 'qu\'', 'n\'', '\'n\' ', 'U.S.', '3.5', '3,000', 'e-mail', 'a:b', '`', ' ', '\t', '\n', 'x', 'Z', '7', '.', ',', ':'), fc.string({maxLength: 3}));
	fc.assert(fc.property(fc.array(piece, {maxLength: 20}).map(parts => parts.join('')), text => {
		const ascii = asciiWordsOf(text);
		t.is(asciiWordCount(text), ascii?.length, JSON.stringify(text));
		if (ascii) t.deepEqual(ascii, scanned(text), JSON.stringify(text));
		else t.true(/['`]\s/.test(text) || /[^\u0000-\u007F]/.test(text), JSON.stringify(text));
	}), {numRuns: Number(process.env.FUZZ_RUNS ?? 1000)});
});

test('a text ends in an elision when its last word is an elided article standing alone and its apostrophe', t => {
	for (const text of ['de l\'', 'Le chef de L’ ', 'jusqu\'\t', 'l\'']) t.true(endsInElision(text), JSON.stringify(text));
	for (const text of ['the students\'', 'rock \'n\'', 'qu\'l\'', 'de l', '\'', '', 'x3l\'']) t.false(endsInElision(text), JSON.stringify(text));
});
