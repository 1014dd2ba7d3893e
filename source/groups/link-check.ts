// The check of one candidate pair of the grouping (groups.ts): does one text hold
// enough of the other's shingles to link them, strongly or weakly? A function of
// the pair alone (its shingles and signatures), so it may run before the grouping
// does, as records arrive (links-ahead.ts), and give the same answer.
import {signaturesAgreeAtLeastScreened, signatureLength} from './minhash.js';

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
function mayLink(signatures: Uint32Array, lowBytes: Uint32Array, i: number, j: number, sizeA: number, sizeB: number, needed: number): boolean {
	const small = Math.min(sizeA, sizeB);
	const large = Math.max(sizeA, sizeB);
	if (small === 0) return false;
	const jaccard = (needed * small) / (small + large - needed * small);
	// Standard error of the estimate is sqrt(J(1-J)/k); stay two of them below.
	const margin = 2 * Math.sqrt((jaccard * (1 - jaccard)) / signatureLength);
	// signatureAgreement(signatures, i, j) >= jaccard - margin, stopping early for the many pairs that fall short.
	return signaturesAgreeAtLeastScreened(signatures, lowBytes, i, j, jaccard - margin);
}

/**
 * The least count of shared shingles, 0 to `most`, for which `holds` (true from some count on, as a share compared
 * with a bound is) is true, found from `guess`; Infinity when none up to `most` is.
 */
const leastHolding = (holds: (shared: number) => boolean, guess: number, most: number): number => {
	let shared = Math.min(Math.max(0, guess), most + 1);
	while (shared > 0 && holds(shared - 1)) shared--;
	while (shared <= most && !holds(shared)) shared++;
	return shared > most ? Number.POSITIVE_INFINITY : shared;
};

/**
 * The link of a candidate pair: `a` and `b` its sorted distinct shingles, `i` and `j` their rows in
 * `signatures` (minhash.ts) and in `lowBytes` (its lowBytesOf). Strong when each holds `linkContainment` of the other's shingles and one
 * strongContainment; weak when one holds `linkContainment` of the other's; none when neither does, or
 * they share fewer than `minShared` shingles (or fewer than the shorter has). Linear in the shingles:
 * the merge that counts the shared ones stops once the count settles the link, either way.
 */
export function linkOf(signatures: Uint32Array, lowBytes: Uint32Array, i: number, j: number, a: Uint32Array, b: Uint32Array, linkContainment: number, minShared: number): Link {
	if (!mayLink(signatures, lowBytes, i, j, a.length, b.length, linkContainment)) return noLink;
	const short = Math.min(a.length, b.length);
	const long = Math.max(a.length, b.length);
	// The counts from which the link is weak, and strong: the shares as computed (shared / length; the larger
	// share is the shorter side's), and the least count, compared as written, so no rounding tells them apart.
	const weakFrom = leastHolding(shared => shared > 0 && shared >= Math.min(minShared, a.length, b.length) && shared / short >= linkContainment, Math.ceil(linkContainment * short), short);
	const strongFrom = Math.max(weakFrom, leastHolding(shared => shared / long >= linkContainment && shared / short >= strongContainment, Math.ceil(Math.max(linkContainment * long, strongContainment * short)), short));
	const count = sharedUpTo(a, b, weakFrom, strongFrom);
	return count >= strongFrom ? strongLink : count >= weakFrom ? weakLink : noLink;
}

/**
 * The shingles `a` and `b` (sorted, distinct) share, counted until it settles against `low` ≤ `high`: `high` once
 * reached, else some count below `low` once the rest cannot reach it, else some count from `low` below `high` once
 * the rest cannot reach `high`; otherwise the exact count.
 */
function sharedUpTo(a: Uint32Array, b: Uint32Array, low: number, high: number): number {
	let x = 0;
	let y = 0;
	let count = 0;
	let steps = 0;
	while (x < a.length && y < b.length) {
		// Every 64 steps: can the rest still change the link?
		if ((++steps & 63) === 0) {
			const reach = count + Math.min(a.length - x, b.length - y);
			if (reach < low || (count >= low && reach < high)) return count;
		}

		// Without branches on the values (random hashes: a branch would be mispredicted half the time).
		const p = a[x]!;
		const q = b[y]!;
		count += Number(p === q);
		x += Number(p <= q);
		y += Number(q <= p);
		if (count >= high) return count;
	}

	return count;
}
