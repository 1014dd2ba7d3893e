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

test('tables made one after another are each the one its text makes alone (the tokeniser keeps nothing of a call past it)', t => {
	// Long enough for the ASCII scan, with a cut token, a merged one ("½") and markup, in each order.
	const first = `${'The council met on Monday. '.repeat(12)}It cost ½ of the **budget**.`;
	const second = `${'Rebels seized “Damascus” at dawn; '.repeat(10)}l' expédition`;
	const snapshot = (text: string, cuts: number[], vocabulary: Vocabulary) => {
		const table = tokenTable(text, normalizeMapped(text), vocabulary, cuts);
		return Array.from({length: table.count}, (_, k) => [table.start[k], table.end[k], vocabulary.words[table.id[k]], table.normStart[k], table.normEnd[k]]);
	};
	const alone = (text: string, cuts: number[]) => snapshot(text, cuts, new Vocabulary());
	const vocabulary = new Vocabulary();
	const firstTable = tokenTable(first, normalizeMapped(first), vocabulary, [6]);
	const kept = Array.from({length: firstTable.count}, (_, k) => [firstTable.start[k], firstTable.end[k], vocabulary.words[firstTable.id[k]], firstTable.normStart[k], firstTable.normEnd[k]]);
	t.deepEqual(snapshot(second, [40], vocabulary), alone(second, [40]));
	// The first table is untouched by the second call.
	t.deepEqual(Array.from({length: firstTable.count}, (_, k) => [firstTable.start[k], firstTable.end[k], vocabulary.words[firstTable.id[k]], firstTable.normStart[k], firstTable.normEnd[k]]), kept);
	t.deepEqual(kept, alone(first, [6]));
	t.deepEqual(snapshot(first, [6], vocabulary), alone(first, [6]));
});
