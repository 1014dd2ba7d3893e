import test from 'ava';
import fc from 'fast-check';
import {minhashSignatures, signatureAgreement, signatureLength, signaturesAgreeAtLeast} from '../../source/groups/minhash.js';

test('signatures agree at least a share exactly when their agreement is that share or more (the early stop changes no answer)', t => {
	const sets = fc.uniqueArray(fc.integer({min: 0, max: 400}), {maxLength: 300}).map(values => Uint32Array.from(values).sort());
	// Shares on the slot grid and between, below zero and above one.
	const share = fc.oneof(fc.integer({min: -2, max: signatureLength + 2}).map(same => same / signatureLength), fc.double({min: -0.5, max: 1.5, noNaN: true}));
	fc.assert(
		fc.property(sets, sets, share, (a, b, wanted) => {
			const signatures = minhashSignatures([a, b]);
			return signaturesAgreeAtLeast(signatures, 0, 1, wanted) === signatureAgreement(signatures, 0, 1) >= wanted;
		}),
		{numRuns: 500},
	);
	t.pass();
});
