import test from 'ava';
import fc from 'fast-check';
import {lengthPenalty} from '../../source/compare/gap-align.js';
import {redivide, type Bead, type DivisionScorer} from '../../source/compare/redivide.js';

/** A scorer over given sentence lengths; similarity from a table keyed "i:li:j:rj" (0 when absent). */
const scorerOf = (left: number[], right: number[], similarities: Record<string, number>): DivisionScorer => ({
	similarity: (i, li, j, rj) => similarities[`${i}:${li}:${j}:${rj}`] ?? 0,
	lengthLeft: i => left[i]!,
	lengthRight: j => right[j]!,
	ratio: 1,
	penalty: lengthPenalty,
});
const options = {lexicalWeight: 4, floor: 0.05};
const twoPairs: Bead[] = [
	{i: 0, li: 1, j: 0, rj: 1},
	{i: 1, li: 1, j: 1, rj: 1},
];

test('a moved sentence boundary: two 1:1 pairs whose lengths disagree become one 2:2 pair (Gale & Church)', t => {
	// A short sentence paired with a long one, then a long one with a short one: the boundary moved.
	const scorer = scorerOf([40, 160], [160, 40], {'0:1:0:1': 0.3, '1:1:1:1': 0.3, '0:2:0:2': 0.35});
	t.deepEqual(redivide(2, 2, twoPairs, scorer, options), [{i: 0, li: 2, j: 0, rj: 2}]);
});

test('two 1:1 pairs whose lengths agree stay two pairs (the 2:2 prior is far lower)', t => {
	const scorer = scorerOf([100, 100], [100, 100], {'0:1:0:1': 0.3, '1:1:1:1': 0.3, '0:2:0:2': 0.35});
	t.deepEqual(redivide(2, 2, twoPairs, scorer, options), twoPairs);
});

test('a boundary sentence moves to the pair it belongs to by length: [a]:[x] + [b]:[y, z] becomes [a]:[x, y] + [b]:[z]', t => {
	const current: Bead[] = [
		{i: 0, li: 1, j: 0, rj: 1},
		{i: 1, li: 1, j: 1, rj: 2},
	];
	const scorer = scorerOf([200, 60], [120, 80, 60], {'0:1:0:1': 0.3, '1:1:1:2': 0.3, '0:1:0:2': 0.3, '1:1:2:1': 0.3});
	t.deepEqual(redivide(2, 3, current, scorer, options), [
		{i: 0, li: 1, j: 0, rj: 2},
		{i: 1, li: 1, j: 2, rj: 1},
	]);
});

test('with a prior for them, three sentences for two make one 3:2 pair when only together their lengths agree', t => {
	const current: Bead[] = [
		{i: 0, li: 1, j: 0, rj: 1},
		{i: 1, li: 2, j: 1, rj: 1},
	];
	const similarities = {'0:1:0:1': 0.3, '1:2:1:1': 0.3, '0:3:0:2': 0.3};
	const scorer = scorerOf([150, 50, 100], [100, 200], similarities);
	t.deepEqual(redivide(3, 2, current, scorer, options), current);
	t.deepEqual(redivide(3, 2, current, scorer, {...options, wideBlockPrior: 0.005}), [{i: 0, li: 3, j: 0, rj: 2}]);
});

test('a new bead below the floor is never made, whatever the lengths (no pairing on length alone)', t => {
	const scorer = scorerOf([40, 160], [160, 40], {'0:1:0:1': 0.3, '1:1:1:1': 0.3, '0:2:0:2': 0.04});
	t.deepEqual(redivide(2, 2, twoPairs, scorer, options), twoPairs);
});

test('the division covers the run in order, with no sentence left out or used twice (property)', t => {
	fc.assert(
		fc.property(fc.array(fc.record({li: fc.integer({min: 1, max: 2}), rj: fc.integer({min: 1, max: 2})}), {minLength: 2, maxLength: 8}), fc.array(fc.integer({min: 5, max: 300}), {minLength: 24, maxLength: 24}), fc.array(fc.double({min: 0, max: 1, noNaN: true}), {minLength: 64, maxLength: 64}), (shapes, lengths, similarities) => {
			const current: Bead[] = [];
			let i = 0;
			let j = 0;
			for (const {li, rj} of shapes) {
				current.push({i, li, j, rj});
				i += li;
				j += rj;
			}
			const scorer: DivisionScorer = {
				similarity: (a, li, b, rj) => similarities[(a * 7 + li * 3 + b * 5 + rj) % 64]!,
				lengthLeft: k => lengths[k % 12]!,
				lengthRight: k => lengths[12 + (k % 12)]!,
				ratio: 1,
				penalty: lengthPenalty,
			};
			const beads = redivide(i, j, current, scorer, options);
			let x = 0;
			let y = 0;
			for (const bead of beads) {
				t.is(bead.i, x);
				t.is(bead.j, y);
				t.true(bead.li >= 1 && bead.rj >= 1);
				x += bead.li;
				y += bead.rj;
			}
			t.is(x, i);
			t.is(y, j);
		}),
	);
});
