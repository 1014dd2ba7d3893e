import test from 'ava';
import {diffTokens, equalTokens} from '../../source/compare/word-diff.js';
import type {Weights} from '../../source/compare/weights.js';
import {tokenize} from '../../source/text/words.js';

const unitWeights = {of: () => 1} as unknown as Weights;

test('word ops cover both sides in order and find short replacements', t => {
	const left = 'Rebels seized Damascus in a swift offensive.';
	const right = 'Rebels took Damascus in a rapid offensive.';
	const diff = diffTokens(left, right, tokenize(left), tokenize(right), unitWeights, 100);
	t.false(diff.same);
	t.deepEqual(diff.replacements, [
		{from: 'seized', to: 'took'},
		{from: 'swift', to: 'rapid'},
	]);
	const shown = diff.ops.map(op => (op.op === 'equal' ? left.slice(op.left.start, op.left.end) : op.op === 'removed' ? `-${left.slice(op.left.start, op.left.end)}` : `+${right.slice(op.right.start, op.right.end)}`));
	t.deepEqual(shown, ['Rebels', '-seized', '+took', 'Damascus', 'in', 'a', '-swift', '+rapid', 'offensive', '.']);
	t.is(diff.wordSimilarity, 10 / 14);
});

test('typography and markup differences are equal ops marked trivial', t => {
	const left = 'It said "closely following" the **events**.';
	const right = 'It said “closely following” the events.';
	const diff = diffTokens(left, right, tokenize(left), tokenize(right), unitWeights, 100);
	t.true(diff.same);
	t.deepEqual(
		diff.ops.filter(op => op.op === 'equal' && op.trivial).map(op => (op.op === 'equal' ? left.slice(op.left.start, op.left.end) : '')),
		['"', '"', '**events**'],
	);
});

test('a zero budget gives up with whole-block ops', t => {
	const left = 'One two three.';
	const right = 'One four three.';
	const diff = diffTokens(left, right, tokenize(left), tokenize(right), unitWeights, 0);
	t.true(diff.gaveUp);
	t.deepEqual(diff.ops.map(op => op.op), ['removed', 'added']);
});

test('byte-identical sentences are one equal op', t => {
	const text = 'Same words here.';
	const diff = equalTokens(text, text, tokenize(text), tokenize(text), 3, 3);
	t.deepEqual(diff.ops, [{op: 'equal', left: {start: 0, end: text.length}, right: {start: 0, end: text.length}}]);
});
