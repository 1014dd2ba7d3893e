import test from 'ava';
import fc from 'fast-check';
import {containment, intersectionSize, multisetDice} from '../../source/groups/overlap.js';
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
