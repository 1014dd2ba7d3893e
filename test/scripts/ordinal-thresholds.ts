import test from 'ava';
import fc from 'fast-check';
import {fitOrdinalThresholds, ordinalClass} from '../../scripts/ordinal-thresholds.js';

const exact = (gold: number[]) => (index: number, predicted: number) => gold[index] === predicted;

test('separable classes are cut halfway between them', t => {
	const scores = [0.1, 0.2, 0.5, 0.6, 0.9];
	const gold = [0, 0, 1, 1, 2];
	t.deepEqual(fitOrdinalThresholds(scores, 3, exact(gold)), [0.35, 0.75]);
});

test('a class that accepts several predictions counts each as right', t => {
	// Example 2 accepts class 1 or 2: the cut may put it with the top class.
	const scores = [0.1, 0.4, 0.5, 0.9];
	const gold = [0, 1, 2, 2];
	const thresholds = fitOrdinalThresholds(scores, 3, (index, predicted) => gold[index] === predicted || (index === 2 && predicted === 1));
	t.is(scores.filter((score, index) => ordinalClass(score, thresholds) === gold[index] || (index === 2 && ordinalClass(score, thresholds) === 1)).length, 4);
});

test('no ordinal cut classifies more examples right than the fitted one (brute force)', t => {
	fc.assert(
		fc.property(fc.array(fc.tuple(fc.integer({min: 0, max: 9}), fc.integer({min: 0, max: 2})), {minLength: 1, maxLength: 12}), pairs => {
			const scores = pairs.map(([score]) => score / 10);
			const gold = pairs.map(([, label]) => label);
			const count = (thresholds: number[]) => scores.filter((score, index) => ordinalClass(score, thresholds) === gold[index]).length;
			const fitted = count(fitOrdinalThresholds(scores, 3, exact(gold)));
			let best = 0;
			for (let a = -1; a <= 10; a++) for (let b = a; b <= 10; b++) best = Math.max(best, count([a / 10 - 0.05, b / 10 - 0.05]));
			return fitted === best;
		}),
	);
	t.pass();
});
