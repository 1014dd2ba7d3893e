// The check of one candidate pair of the grouping (groups.ts): does one text hold
// enough of the other's shingles to link them, strongly or weakly? A function of
// the pair alone (its shingles and signatures), so it may run before the grouping
// does, as records arrive (links-ahead.ts), and give the same answer.
import {signaturesAgreeAtLeast, signatureLength} from './minhash.js';
import {containment, intersectionSizeAtLeast} from './overlap.js';

/** Two articles join when this share of each one's shingles is found in the other, or of one of them when it is found in no other group. */
export const defaultLinkContainment = 0.25;
/** ...and they share at least this many shingles (one common phrase is not a copy). */
export const defaultMinSharedShingles = 5;
/** A link is strong (joins at once) when, besides each side holding linkContainment of the other, one side holds this much. */
export const strongContainment = 0.5;

/** What checking a pair found: no link, a strong one (the pair joins at once) or a weak one (groups.ts: joins unless through a round-up). */
export const noLink = 0;
export const strongLink = 1;
export const weakLink = 2;
export type Link = typeof noLink | typeof strongLink | typeof weakLink;

/**
 * Cheap screen before the exact check: could a pair whose signatures agree on
 * this share of slots reach the containment needed? The Jaccard similarity of
 * a pair at that containment, with a wide margin for the estimate's noise.
 */
function mayLink(signatures: Uint32Array, i: number, j: number, sizeA: number, sizeB: number, needed: number): boolean {
	const small = Math.min(sizeA, sizeB);
	const large = Math.max(sizeA, sizeB);
	if (small === 0) return false;
	const jaccard = (needed * small) / (small + large - needed * small);
	// Standard error of the estimate is sqrt(J(1-J)/k); stay two of them below.
	const margin = 2 * Math.sqrt((jaccard * (1 - jaccard)) / signatureLength);
	// signatureAgreement(signatures, i, j) >= jaccard - margin, stopping early for the many pairs that fall short.
	return signaturesAgreeAtLeast(signatures, i, j, jaccard - margin);
}

/**
 * The link of a candidate pair: `a` and `b` its sorted distinct shingles, `i` and `j` their rows in
 * `signatures` (minhash.ts). Strong when each holds `linkContainment` of the other's shingles and one
 * strongContainment; weak when one holds `linkContainment` of the other's; none when neither does, or
 * they share fewer than `minShared` shingles (or fewer than the shorter has). Linear in the shingles.
 */
export function linkOf(signatures: Uint32Array, i: number, j: number, a: Uint32Array, b: Uint32Array, linkContainment: number, minShared: number): Link {
	if (!mayLink(signatures, i, j, a.length, b.length, linkContainment)) return noLink;
	// Exact when the pair can link (shared ≥ linkContainment of the shorter side, a hair below for
	// rounding), else a count that fails the tests below as the exact one would.
	const shared = intersectionSizeAtLeast(a, b, linkContainment * Math.min(a.length, b.length) * (1 - 1e-9));
	if (shared < Math.min(minShared, a.length, b.length) || shared === 0) return noLink;
	const aInB = containment(a, b, shared);
	const bInA = containment(b, a, shared);
	const most = Math.max(aInB, bInA);
	if (most < linkContainment) return noLink;
	return Math.min(aInB, bInA) >= linkContainment && most >= strongContainment ? strongLink : weakLink;
}
