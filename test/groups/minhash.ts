import test from 'ava';
import fc from 'fast-check';
import {lowBytesOf, minhashSignatures, signatureAgreement, signatureLength, signaturesAgreeAtLeast, signaturesAgreeAtLeastScreened} from '../../source/groups/minhash.js';

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

test('the screen by low bytes answers as the slots do, where slots differ with equal low bytes too', t => {
	const sets = fc.uniqueArray(fc.integer({min: 0, max: 400}), {maxLength: 300}).map(values => Uint32Array.from(values).sort());
	const share = fc.oneof(fc.integer({min: -2, max: signatureLength + 2}).map(same => same / signatureLength), fc.double({min: -0.5, max: 1.5, noNaN: true}));
	fc.assert(
		fc.property(sets, sets, share, fc.array(fc.nat(signatureLength - 1)), (a, b, wanted, alike) => {
			const signatures = minhashSignatures([a, b]);
			// Slots of the second signature that differ from the first's in their high bytes only: the screen lets them by, the slots do not.
			for (const slot of alike) signatures[signatureLength + slot] = (signatures[slot]! ^ 0x100) >>> 0;
			const agree = signaturesAgreeAtLeast(signatures, 0, 1, wanted);
			t.is(signaturesAgreeAtLeastScreened(signatures, lowBytesOf(signatures), 0, 1, wanted), agree);
			t.is(signaturesAgreeAtLeastScreened(signatures, lowBytesOf(signatures), 1, 0, wanted), agree);
		}),
		{numRuns: 1000},
	);
	// The low bytes of row 1 are those of its slots, four to a word.
	const signatures = Uint32Array.from({length: 2 * signatureLength}, (_, k) => Math.imul(k + 1, 2654435761) >>> 0);
	const words = lowBytesOf(signatures);
	for (let slot = 0; slot < signatureLength; slot++) t.is((words[signatureLength / 4 + (slot >> 2)]! >>> ((slot & 3) * 8)) & 0xff, signatures[signatureLength + slot]! & 0xff);
});
