// MinHash signatures and LSH banding: near-duplicate candidates in time linear
// in the corpus, instead of comparing every pair.
import {mix32} from './shingles.js';

export const signatureLength = 128;
/** Rows per band. With 64 bands of 2 rows a pair with Jaccard 0.2 is a candidate with p ≈ 0.93, at 0.05 with p ≈ 0.15. */
export const rowsPerBand = 2;

const binBits = Math.log2(signatureLength);
const valueMask = 2 ** (32 - binBits) - 1;
const empty = 0xffffffff;

/**
 * The signatures of many shingle sets, packed row after row: one-permutation
 * MinHash (Li et al. 2012) with rotation densification (Shrivastava 2017).
 * One hash per shingle splits the sets into bins and keeps each bin's
 * minimum; two sets agree on a bin with probability close to their Jaccard
 * similarity — at the cost of one hash per shingle instead of 128. Empty sets
 * get all-ones slots (never taken as equal).
 */
export function minhashSignatures(sets: readonly Uint32Array[]): Uint32Array {
	const signatures = new Uint32Array(sets.length * signatureLength).fill(empty);
	for (const [index, set] of sets.entries()) signatureInto(set, signatures, index);
	return signatures;
}

/**
 * Writes the signature of one shingle set (minhashSignatures) into row `index` of `signatures`,
 * whose slots there must be all ones (unfilled) before the call.
 */
export function signatureInto(set: Uint32Array, signatures: Uint32Array, index: number): void {
	const base = index * signatureLength;
	for (let s = 0; s < set.length; s++) {
		const hash = mix32(set[s] ^ 0x5bd1e995);
		const bin = hash >>> (32 - binBits);
		const value = hash & valueMask;
		if (value < signatures[base + bin]) signatures[base + bin] = value;
	}

	if (set.length === 0) return;
	// An empty bin borrows the next filled bin's value (circularly), tagged
	// with the distance so borrowed values only match borrowed values.
	for (let bin = 0; bin < signatureLength; bin++) {
		if (signatures[base + bin] !== empty && signatures[base + bin] <= valueMask) continue;
		for (let step = 1; step < signatureLength; step++) {
			const source = signatures[base + ((bin + step) % signatureLength)];
			if (source <= valueMask) {
				signatures[base + bin] = (source + step * (valueMask + 1)) >>> 0;
				break;
			}
		}
	}
}

/** Bands of a signature (rowsPerBand slots each): a pair sharing one band's slots is a candidate (visitCandidates). */
export const bandCount = signatureLength / rowsPerBand;
/** Members of a bucket (one band's key) past which visitCandidates pairs neighbours only (a stock phrase). */
export const defaultBucketLimit = 50;

/**
 * The bucket of row `index` of `signatures` in band `band` (0 to bandCount − 1), as visitCandidates
 * sorts them: a 32-bit hash of the band's slots; -1 when the band's first slot is all ones (no bucket).
 */
export function bandKey(signatures: Uint32Array, index: number, band: number): number {
	const base = index * signatureLength + band * rowsPerBand;
	if (signatures[base] === 0xffffffff) return -1;
	let hash = band;
	for (let r = 0; r < rowsPerBand; r++) hash = mix32(hash ^ signatures[base + r]) ^ Math.imul(r + 1, 0x9e3779b1);
	return hash >>> 0;
}

/**
 * Visits candidate pairs (i < j): pairs sharing at least one band, once per
 * band they share (no set of seen pairs: at 100,000 articles it held tens of
 * millions of keys), so `visit` must not mind repeats. Buckets bigger than
 * `bucketLimit` (phrases everybody uses, huge duplicate families) are only
 * chained to a few neighbours: bounded work, and families still connect
 * through the verified links.
 */
export function visitCandidates(
	signatures: Uint32Array,
	count: number,
	visit: (i: number, j: number) => void,
	options: {skip?: (index: number) => boolean; bucketLimit?: number} = {},
): void {
	const bucketLimit = options.bucketLimit ?? defaultBucketLimit;
	const chainWidth = 2;
	const bands = bandCount;
	const keys = new Float64Array(count);
	const add = (a: number, b: number) => (a < b ? visit(a, b) : visit(b, a));
	// The articles taken part, asked once (not once per band).
	const active = new Uint32Array(count);
	let activeCount = 0;
	for (let index = 0; index < count; index++) if (!options.skip?.(index)) active[activeCount++] = index;

	for (let band = 0; band < bands; band++) {
		let used = 0;
		for (let at = 0; at < activeCount; at++) {
			const index = active[at]!;
			const hash = bandKey(signatures, index, band);
			if (hash < 0) continue;
			// key·2^21 + index stays below 2^53: exact in a double, so one numeric sort groups the buckets.
			keys[used++] = hash * 2 ** 21 + index;
		}

		const sorted = keys.subarray(0, used).sort();
		const nextBand = ((band + 1) % bands) * rowsPerBand;
		let runStart = 0;
		for (let at = 1; at <= used; at++) {
			if (at < used && Math.floor(sorted[at] / 2 ** 21) === Math.floor(sorted[runStart] / 2 ** 21)) continue;
			const run = at - runStart;
			if (run > 1 && run <= bucketLimit) {
				for (let x = runStart; x < at; x++) for (let y = x + 1; y < at; y++) add(sorted[x] % 2 ** 21, sorted[y] % 2 ** 21);
			} else if (run > bucketLimit) {
				// A crowded bucket (a stock phrase): order its members by another
				// band, so copies of one story sit side by side, and pair neighbours only.
				const members = Array.from(sorted.subarray(runStart, at), key => key % 2 ** 21);
				members.sort((a, b) => signatures[a * signatureLength + nextBand] - signatures[b * signatureLength + nextBand] || a - b);
				for (let x = 0; x < members.length; x++) {
					for (let y = x + 1; y < Math.min(members.length, x + 1 + chainWidth); y++) add(members[x], members[y]);
				}
			}

			runStart = at;
		}
	}
}

/** Largest corpus the packed keys allow. */
export const maxArticles = 2 ** 21;

/**
 * Whether signatureAgreement(signatures, a, b) >= `share`, stopping once the
 * slots left could no longer bring it there.
 */
export function signaturesAgreeAtLeast(signatures: Uint32Array, a: number, b: number, share: number): boolean {
	// same / signatureLength >= share exactly when same >= share * signatureLength (a power of two: both exact).
	const needed = share * signatureLength;
	if (needed <= 0) return true;
	let same = 0;
	const baseA = a * signatureLength;
	const baseB = b * signatureLength;
	for (let k = 0; k < signatureLength; k++) {
		if (signatures[baseA + k] === signatures[baseB + k]) same++;
		else if (same + signatureLength - 1 - k < needed) return false;
	}

	return same >= needed;
}

/** 32-bit words of a row of lowBytesOf: four slots each. */
export const lowByteWords = signatureLength / 4;

/**
 * The low byte of every slot of `signatures` (row after row of signatureLength slots), four slots a word (slot k of
 * a row in byte k % 4 of word k / 4 of that row): a quarter of the memory, for a screen of signaturesAgreeAtLeast
 * (two slots that agree have equal low bytes).
 */
export function lowBytesOf(signatures: Uint32Array): Uint32Array {
	const words = new Uint32Array(signatures.length / 4);
	for (let row = 0; row < signatures.length / signatureLength; row++) lowBytesInto(signatures, row, words, row);
	return words;
}

/** Writes the low bytes (lowBytesOf) of row `row` of `signatures` into row `at` of `words`. */
export function lowBytesInto(signatures: Uint32Array, row: number, words: Uint32Array, at: number): void {
	const base = row * signatureLength;
	for (let w = 0; w < lowByteWords; w++) {
		const s = base + w * 4;
		words[at * lowByteWords + w] = ((signatures[s]! & 0xff) | ((signatures[s + 1]! & 0xff) << 8) | ((signatures[s + 2]! & 0xff) << 16) | ((signatures[s + 3]! & 0xff) << 24)) >>> 0;
	}
}

/**
 * signaturesAgreeAtLeast(signatures, a, b, share), found cheaper for the many pairs that fall short: the slots whose low
 * bytes agree (`lowBytes`, lowBytesOf the same signatures) are at least the slots that agree, so too few of them settle
 * it; only a pair with enough compares its slots. A large corpus's signatures do not stay in the processor's caches, and
 * a row of low bytes is a quarter of a row of slots (the candidate pairs of 10,000 generated articles: 400 → 250 ms).
 */
export function signaturesAgreeAtLeastScreened(signatures: Uint32Array, lowBytes: Uint32Array, a: number, b: number, share: number): boolean {
	const needed = share * signatureLength;
	if (needed <= 0) return true;
	let upper = 0;
	const baseA = a * lowByteWords;
	const baseB = b * lowByteWords;
	for (let w = 0; w < lowByteWords; w++) {
		const x = lowBytes[baseA + w]! ^ lowBytes[baseB + w]!;
		// The high bit of each byte of x that is zero (no carry crosses a byte: 0x7f + 0x7f < 0x100), then their count.
		const zero = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
		upper += Math.imul((zero >>> 7) & 0x01010101, 0x01010101) >>> 24;
		if (upper + 4 * (lowByteWords - 1 - w) < needed) return false;
	}

	return signaturesAgreeAtLeast(signatures, a, b, share);
}

/** Share of slots two signatures agree on: an estimate of the Jaccard similarity of their sets. */
export function signatureAgreement(signatures: Uint32Array, a: number, b: number): number {
	let same = 0;
	const baseA = a * signatureLength;
	const baseB = b * signatureLength;
	for (let k = 0; k < signatureLength; k++) if (signatures[baseA + k] === signatures[baseB + k]) same++;
	return same / signatureLength;
}
