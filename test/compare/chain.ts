import test from 'ava';
import {heaviestChain} from '../../source/compare/chain.js';

test('heaviest chain increasing on both sides', t => {
	const candidates = [
		{i: 0, j: 0, w: 1},
		{i: 1, j: 2, w: 1},
		{i: 2, j: 1, w: 3},
		{i: 3, j: 3, w: 1},
	];
	t.deepEqual(
		heaviestChain(candidates, 0, 4, c => c.w).map(c => `${c.i}:${c.j}`),
		['0:0', '2:1', '3:3'],
	);
});

test('two candidates of one left item never chain', t => {
	const candidates = [
		{i: 0, j: 0, w: 1},
		{i: 0, j: 1, w: 1},
	];
	t.is(heaviestChain(candidates, 0, 2, c => c.w).length, 1);
	t.deepEqual(heaviestChain([], 0, 3, () => 1), []);
});
