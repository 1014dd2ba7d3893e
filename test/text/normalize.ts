import test from 'ava';
import {normalizeForMatch, normalizeMapped} from '../../source/text/normalize.js';

test('folds typography, case, whitespace and compatibility forms', t => {
	t.is(normalizeForMatch('“Don’t”  —\tＳＴＯＰ\r\n now…'), '"don\'t" - stop now...');
	t.is(normalizeForMatch('\u00A0a\u00ADb  '), 'ab');
});

test('drops markdown markup but keeps the words', t => {
	t.is(normalizeForMatch('# Title'), 'title');
	t.is(normalizeForMatch('**AP Photo** and *this* and __that__'), 'ap photo and this and that');
	t.is(normalizeForMatch('The embassy [told](https://x.example/a) TASS'), 'the embassy told tass');
	t.is(normalizeForMatch('See <https://example.com/x>'), 'see https://example.com/x');
	t.is(normalizeForMatch('> quoted\n- item'), 'quoted item');
	// Not markup: arithmetic and lone symbols stay.
	t.is(normalizeForMatch('2 * 3 = 6'), '2 * 3 = 6');
});

test('every normalised character maps back to the original span it came from', t => {
	const text = 'Ａb  “c”\n**d**';
	const normalized = normalizeMapped(text);
	t.is(normalized.text, 'ab "c" d');
	t.is(text.slice(normalized.starts[0], normalized.ends[0]), 'Ａ');
	t.is(text.slice(normalized.starts[3], normalized.ends[3]), '“');
	// Markup touching a word is absorbed into the word's first and last characters.
	const d = normalized.text.length - 1;
	t.is(text.slice(normalized.starts[d], normalized.ends[d]), '**d**');
});

test('a slice is normalised with offsets into the whole text', t => {
	const text = 'xx Hello World yy';
	const normalized = normalizeMapped(text, 3, 14);
	t.is(normalized.text, 'hello world');
	t.is(normalized.starts[0], 3);
	t.is(normalized.ends[normalized.text.length - 1], 14);
});
