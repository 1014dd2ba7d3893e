import test from 'ava';
import fc from 'fast-check';
import {linkOf, noLink, strongContainment, strongLink, weakLink} from '../../source/groups/link-check.js';
import {lowBytesOf, minhashSignatures, signatureLength, signaturesAgreeAtLeast} from '../../source/groups/minhash.js';
import {containment, intersectionSize} from '../../source/groups/overlap.js';

/** The check as the grouping wrote it before the merge stopped early: the exact count of shared shingles, then the shares. */
const linkByExactCount = (signatures: Uint32Array, i: number, j: number, a: Uint32Array, b: Uint32Array, linkContainment: number, minShared: number): number => {
	const small = Math.min(a.length, b.length);
	const large = Math.max(a.length, b.length);
	if (small === 0) return noLink;
	const jaccard = (linkContainment * small) / (small + large - linkContainment * small);
	const margin = 2 * Math.sqrt((jaccard * (1 - jaccard)) / signatureLength);
	if (!signaturesAgreeAtLeast(signatures, i, j, jaccard - margin)) return noLink;
	const shared = intersectionSize(a, b);
	if (shared < Math.min(minShared, a.length, b.length) || shared === 0) return noLink;
	const aInB = containment(a, b, shared);
	const bInA = containment(b, a, shared);
	const most = Math.max(aInB, bInA);
	if (most < linkContainment) return noLink;
	return Math.min(aInB, bInA) >= linkContainment && most >= strongContainment ? strongLink : weakLink;
};

/** Two shingle sets drawn from a common pool and each its own, of any sizes (1 to a few thousand), sorted and distinct. */
const pairs = fc
	.record({common: fc.nat(3000), onlyA: fc.nat(3000), onlyB: fc.nat(3000), seed: fc.nat(), scale: fc.constantFrom(1, 1, 10, 100)})
	.map(({common, onlyA, onlyB, seed, scale}) => {
		const draw = (count: number, salt: number) => Array.from({length: Math.floor(count / scale)}, (_, k) => Math.imul(k + 1, 2654435761) ^ Math.imul(seed + salt, 40503));
		const pool = draw(common, 1);
		const a = Uint32Array.from(new Set([...pool, ...draw(onlyA, 2)].map(value => value >>> 0))).sort();
		const b = Uint32Array.from(new Set([...pool, ...draw(onlyB, 3)].map(value => value >>> 0))).sort();
		return {a, b};
	});

test('a link is the link the exact count of shared shingles gives, for any sizes, overlap and options', t => {
	fc.assert(
		fc.property(pairs, fc.constantFrom(0.25, 0.1, 0.4, 0.5, 1 / 3), fc.constantFrom(5, 1, 50), ({a, b}, linkContainment, minShared) => {
			const signatures = minhashSignatures([a, b]);
			t.is<number, number>(linkOf(signatures, lowBytesOf(signatures), 0, 1, a, b, linkContainment, minShared), linkByExactCount(signatures, 0, 1, a, b, linkContainment, minShared));
			t.is<number, number>(linkOf(signatures, lowBytesOf(signatures), 1, 0, b, a, linkContainment, minShared), linkByExactCount(signatures, 1, 0, b, a, linkContainment, minShared));
		}),
		{numRuns: 3000},
	);
});

test('shares at the bounds: a quarter of the shorter side links weakly, half of it and a quarter of the longer strongly', t => {
	const range = (from: number, to: number) => Uint32Array.from({length: to - from}, (_, k) => from + k);
	// 400 shingles against 1,200 sharing 100 (a quarter of the shorter): weak; sharing 300 (three quarters of it, a quarter of the longer): strong.
	for (const [shared, link] of [[99, noLink], [100, weakLink], [299, weakLink], [300, strongLink]] as const) {
		const a = range(0, 400);
		const b = range(400 - shared, 1600 - shared);
		// Signatures that agree everywhere: only the count decides.
		const signatures = new Uint32Array(2 * signatureLength);
		t.is(linkOf(signatures, lowBytesOf(signatures), 0, 1, a, b, 0.25, 5), link, `${shared}`);
		t.is(linkByExactCount(signatures, 0, 1, a, b, 0.25, 5), link, `${shared}`);
	}
});
