import test from 'ava';
import {runOf, tokenTable, Vocabulary} from '../../source/compare/tokens.js';
import {normalizeMapped} from '../../source/text/normalize.js';

test('the vocabulary interns forms to stable ids, from strings or slices', t => {
	const vocabulary = new Vocabulary();
	const a = vocabulary.id('harbour', true);
	t.is(vocabulary.idOfSlice('the harbour', 4, 11, true), a);
	t.not(vocabulary.id('harbor', true), a);
	// Many forms: the table grows without losing any.
	const ids = Array.from({length: 5000}, (_, k) => vocabulary.id(`w${k}`, true));
	t.deepEqual(Array.from({length: 5000}, (_, k) => vocabulary.id(`w${k}`, true)), ids);
	t.is(vocabulary.words[a], 'harbour');
});

test('a token table maps tokens to original spans and forms', t => {
	const text = '**Rebels** seized “Damascus”.';
	const vocabulary = new Vocabulary();
	const run = runOf(text, vocabulary);
	const tokens = Array.from({length: run.to}, (_, k) => [text.slice(run.table.start[k], run.table.end[k]), vocabulary.words[run.table.id[k]]]);
	t.deepEqual(tokens, [
		['**Rebels**', 'rebels'],
		['seized', 'seized'],
		['“', '"'],
		['Damascus', 'damascus'],
		['”', '"'],
		['.', '.'],
	]);
	t.is(vocabulary.wordLike[run.table.id[0]], 1);
	t.is(vocabulary.wordLike[run.table.id[5]], 0);
});

test('tokens are cut at unit boundaries', t => {
	const text = 'abcdef ghi';
	const vocabulary = new Vocabulary();
	const table = tokenTable(text, normalizeMapped(text), vocabulary, [3]);
	t.deepEqual(Array.from({length: table.count}, (_, k) => vocabulary.words[table.id[k]]), ['abc', 'def', 'ghi']);
	t.deepEqual([table.start[1], table.end[1]], [3, 6]);
});

test('one character normalised into several tokens stays one token', t => {
	const text = 'x ½ y';
	const vocabulary = new Vocabulary();
	const run = runOf(text, vocabulary);
	t.deepEqual(Array.from({length: run.to}, (_, k) => text.slice(run.table.start[k], run.table.end[k])), ['x', '½', 'y']);
});

test('an emoji sequence is one token: ZWJ sequence, skin-tone modifier, flag pair (a change marks it whole)', t => {
	const text = 'Family 👨\u200D👩\u200D👧\u200D👦 and 👍🏽 done 🇧🇪 🇧 🇪 ok';
	const run = runOf(text, new Vocabulary());
	const spans = Array.from({length: run.table.count}, (_, i) => text.slice(run.table.start[i], run.table.end[i]));
	t.deepEqual(spans, ['Family', '👨\u200D👩\u200D👧\u200D👦', 'and', '👍🏽', 'done', '🇧🇪', '🇧', '🇪', 'ok']);
});
