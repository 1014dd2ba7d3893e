import fc from 'fast-check';
import test from 'ava';
import {asciiTokens, asciiWordCount, asciiWordsOf, endsInElision, isApostrophe, scanTokens} from '../../source/text/word-boundary.js';

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

test('the ASCII scan visits the tokens the scanner visits, spans and kinds (property)', t => {
	const piece = fc.oneof(fc.constantFrom('l\' ', 'qu\'', 'U.S.', '3.5', '3,000', 'e-mail', 'a:b', '`', '\'', ' ', '\t', '\n', '\r\n', '\u000B', 'x', 'Z', '7', '.', ',', ':', '-', '\u001B', '\u007F', 'é'), fc.string({maxLength: 3}));
	fc.assert(fc.property(fc.array(piece, {maxLength: 30}).map(parts => parts.join('')), text => {
		const fast: Array<[number, number, boolean]> = [];
		const answered = asciiTokens(text, (start, end, word) => fast.push([start, end, word]));
		t.is(answered, asciiWordsOf(text) !== undefined, JSON.stringify(text));
		if (!answered) return t.deepEqual(fast, []);
		// The scanner by hand: a range that is not the whole text never takes the ASCII scan. A space before changes no token after it.
		const scanned: Array<[number, number, boolean]> = [];
		scanTokens(` ${text}`, (start, end, word) => scanned.push([start - 1, end - 1, word]), 1);
		t.deepEqual(fast, scanned, JSON.stringify(text));
	}), {numRuns: Number(process.env.FUZZ_RUNS ?? 2000)});
});
