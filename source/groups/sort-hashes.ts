// Sorting arrays of 32-bit hashes in place, as Uint32Array.prototype.sort does
// (ascending): a least-significant-digit radix sort, a byte a pass. The grouping
// records sort two such arrays an article (its word bag, its shingles): hashes are
// spread evenly over the bytes, and four linear passes beat the comparison sort
// from about 500 on (1,000 hashes: 23 µs against 45 µs, 3,000: 80 against 160, CPU time here).

/** Below this length the built-in sort is as fast: it is used. */
const radixFrom = 512;

/** Scratch space kept between calls (one thread's: each worker has its own module). */
let scratch = new Uint32Array(1024);
/** The four passes' counts, 256 each (byte 0 first), filled by one read of the values. */
const counts = new Uint32Array(1024);

/**
 * Sorts `values` in place, ascending, and returns it: what `values.sort()` gives. Linear in the length
 * (one pass counting all four bytes' digits at once, four placing passes, and a scratch array as
 * long, kept for the next call). The digits' counts of every pass come from one read of the values
 * (the order of a pass changes where values are, not which digits they hold), as radix sorts
 * usually do (Terdiman, "Radix Sort Revisited", 2000): three reads of the values fewer.
 */
export function sortHashes(values: Uint32Array): Uint32Array {
	const length = values.length;
	if (length < radixFrom) return values.sort();
	if (scratch.length < length) scratch = new Uint32Array(Math.max(length, scratch.length * 2));
	counts.fill(0);
	for (let k = 0; k < length; k++) {
		const value = values[k]!;
		counts[value & 0xff]!++;
		counts[256 + ((value >>> 8) & 0xff)]!++;
		counts[512 + ((value >>> 16) & 0xff)]!++;
		counts[768 + (value >>> 24)]!++;
	}

	// Each pass's counts become where its digits start.
	for (let pass = 0; pass < 4; pass++) {
		let sum = 0;
		for (let digit = pass * 256; digit < pass * 256 + 256; digit++) {
			const count = counts[digit]!;
			counts[digit] = sum;
			sum += count;
		}
	}

	let from: Uint32Array = values;
	let to: Uint32Array = scratch;
	for (let pass = 0; pass < 4; pass++) {
		const shift = pass * 8;
		const base = pass * 256;
		for (let k = 0; k < length; k++) {
			const value = from[k]!;
			to[counts[base + ((value >>> shift) & 0xff)]!++] = value;
		}

		const swap = from;
		from = to;
		to = swap;
	}

	// An even number of passes: the sorted values are back in `values`.
	return values;
}
