import test from 'ava';
import fc from 'fast-check';
import {sortHashes} from '../../source/groups/sort-hashes.js';

test('hashes sort as Uint32Array.prototype.sort sorts them, in place, at any length and with repeats', t => {
	const values = fc.oneof(fc.nat({max: 2 ** 32 - 1}), fc.constantFrom(0, 1, 255, 256, 2 ** 24, 2 ** 31, 2 ** 32 - 1));
	fc.assert(
		fc.property(fc.array(values, {maxLength: 3000}), list => {
			const array = Uint32Array.from(list);
			const sorted = sortHashes(array);
			t.is(sorted, array);
			t.deepEqual([...sorted], [...Uint32Array.from(list).sort()]);
		}),
		{numRuns: 300},
	);
	// Long arrays one after another (the scratch space grows and is reused).
	for (const length of [300, 5000, 1000, 20_000]) {
		const array = Uint32Array.from({length}, (_, k) => Math.imul(k + length, 2654435761) >>> 0);
		t.deepEqual([...sortHashes(array.slice())], [...array.slice().sort()]);
	}
});
