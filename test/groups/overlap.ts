import test from 'ava';
import fc from 'fast-check';
import {containment, intersectionSize, intersectionSizeAtLeast, multisetDice, weightedMultisetDice} from '../../source/groups/overlap.js';
import {fingerprint} from '../../source/groups/shingles.js';

const sorted = (values: number[]) => Uint32Array.from(values).sort();

test('intersection of sorted arrays matches a set computation', t => {
	fc.assert(
		fc.property(fc.uniqueArray(fc.integer({min: 0, max: 50})), fc.uniqueArray(fc.integer({min: 0, max: 50})), (a, b) => {
			const expected = a.filter(value => b.includes(value)).length;
			return intersectionSize(sorted(a), sorted(b)) === expected;
		}),
	);
	t.pass();
});

test('the screened intersection is exact when it reaches its bound, and below the bound otherwise', t => {
	// Arrays long enough for the screen (every 64 steps) to stop a merge early.
	// Bounds around the exact size (where a screen that stops a step too soon shows), and anywhere.
	const values = fc.uniqueArray(fc.integer({min: 0, max: 1000}), {maxLength: 600});
	fc.assert(
		fc.property(values, values, fc.integer({min: -3, max: 3}), fc.integer({min: 0, max: 700}), fc.boolean(), fc.boolean(), (a, other, offset, anywhere, near, within) => {
			// Half the time the second array is drawn from the first: all of the shorter side in common, the tightest case.
			const b = within ? a.filter((_, k) => other.includes(k)) : other;
			const exact = intersectionSize(sorted(a), sorted(b));
			const atLeast = near ? exact + offset : anywhere;
			const screened = intersectionSizeAtLeast(sorted(a), sorted(b), atLeast);
			return exact >= atLeast ? screened === exact : screened < atLeast && screened <= exact;
		}),
		{numRuns: 1000},
	);
	// One that stops: 500 values against 500 others, asked for 400 in common.
	const evens = sorted(Array.from({length: 500}, (_, k) => 2 * k));
	const odds = sorted(Array.from({length: 500}, (_, k) => 2 * k + 1));
	t.is(intersectionSizeAtLeast(evens, odds, 400), 0);
	t.is(intersectionSizeAtLeast(evens, evens, 400), 500);
	t.is(intersectionSizeAtLeast(evens, evens.subarray(100), 400), 400);
});

test('containment and dice', t => {
	t.is(containment(sorted([1, 2, 3, 4]), sorted([3, 4, 5])), 0.5);
	t.is(containment(sorted([]), sorted([1])), 0);
	t.is(multisetDice(sorted([1, 1, 2]), sorted([1, 2, 2])), 2 / 3);
});

test('fingerprints ignore case, punctuation and quote style', t => {
	const a = fingerprint('Syria’s “dramatic” events, said the ministry.');
	const b = fingerprint("syria's \"DRAMATIC\" events said the ministry");
	t.is(a.sequenceHash, b.sequenceHash);
	t.deepEqual(a.shingles, b.shingles);
	// syria's is one word (the apostrophe joins), as every pass cuts it.
	t.is(a.tokenCount, 6);
});

test('spaceless scripts are tokenised per character', t => {
	t.is(fingerprint('東京で会議').tokenCount, 5);
	t.is(fingerprint('abc東京').tokenCount, 3);
});

test('weighted multiset Dice: 1 for equal bags, 0 for disjoint ones, symmetric, within 0..1', t => {
	const bag = (values: number[]) => Uint32Array.from(values).sort();
	t.is(weightedMultisetDice(bag([1, 2, 2, 3]), bag([1, 2, 2, 3]), 20), 1);
	t.is(weightedMultisetDice(bag([1, 2]), bag([3, 4]), 20), 0);
	t.is(weightedMultisetDice(bag([]), bag([]), 20), 1);
	fc.assert(
		fc.property(fc.array(fc.integer({min: 0, max: 30})), fc.array(fc.integer({min: 0, max: 30})), (a, b) => {
			const x = weightedMultisetDice(bag(a), bag(b), 20);
			const y = weightedMultisetDice(bag(b), bag(a), 20);
			return Math.abs(x - y) < 1e-12 && x >= 0 && x <= 1 + 1e-12;
		}),
	);
});

test('weighted multiset Dice: a word found everywhere weighs less than a rare one', t => {
	const bag = (values: number[]) => Uint32Array.from(values).sort();
	// Both keep the common word (7, many times) and differ in one rare word: weighting by rarity lowers the overlap below plain Dice.
	const a = bag([7, 7, 7, 7, 7, 7, 1]);
	const b = bag([7, 7, 7, 7, 7, 7, 2]);
	t.true(weightedMultisetDice(a, b, 2) < multisetDice(a, b));
});
