// Sorting arrays of 32-bit hashes in place, as Uint32Array.prototype.sort does
// (ascending): a least-significant-digit radix sort, a byte a pass. The grouping
// records sort two such arrays an article (its word bag, its shingles): hashes are
// spread evenly over the bytes, and four linear passes beat the comparison sort
// from about 500 on (1,000 hashes: 23 µs against 45 µs, 3,000: 80 against 160, CPU time here).

/** Below this length the built-in sort is as fast: it is used. */
const radixFrom = 512;

/** Scratch space kept between calls (one thread's: each worker has its own module). */
let scratch = new Uint32Array(1024);
const counts = new Uint32Array(256);

/**
 * Sorts `values` in place, ascending, and returns it: what `values.sort()` gives. Linear in the length
 * (four passes and a scratch array as long, kept for the next call).
 */
export function sortHashes(values: Uint32Array): Uint32Array {
	const length = values.length;
	if (length < radixFrom) return values.sort();
	if (scratch.length < length) scratch = new Uint32Array(Math.max(length, scratch.length * 2));
	let from: Uint32Array = values;
	let to: Uint32Array = scratch;
	for (let shift = 0; shift < 32; shift += 8) {
		counts.fill(0);
		for (let k = 0; k < length; k++) counts[(from[k]! >>> shift) & 0xff]!++;
		let sum = 0;
		for (let digit = 0; digit < 256; digit++) {
			const count = counts[digit]!;
			counts[digit] = sum;
			sum += count;
		}

		for (let k = 0; k < length; k++) {
			const value = from[k]!;
			to[counts[(value >>> shift) & 0xff]!++] = value;
		}

		[from, to] = [to, from];
	}

	// An even number of passes: the sorted values are back in `values`.
	return values;
}
