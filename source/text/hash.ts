// The one string hash of the code base: FNV-1a (Fowler, Noll, Vo; 32-bit
// offset basis 0x811C9DC5, prime 0x01000193), on UTF-16 code units, and a
// 53-bit widening of it for maps that key many lines on a number.

/** FNV-1a 32-bit offset basis. */
export const fnvOffset = 0x811C9DC5;
/** FNV-1a 32-bit prime. */
export const fnvPrime = 0x01000193;

/** FNV-1a of the UTF-16 code units of `text.slice(from, to)`, an unsigned 32-bit integer. */
export const fnv1a32 = (text: string, from = 0, to = text.length): number => {
	let hash = fnvOffset;
	for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), fnvPrime);
	return hash >>> 0;
};

/**
 * A 53-bit hash built one code unit at a time: the low 32 bits are FNV-1a,
 * the high 21 a second FNV-like lane with a Murmur multiplier, so distinct
 * lines of a corpus (millions) rarely collide. Equal code-unit sequences give
 * equal values; `value()` is a safe integer ≥ 1 once anything was added.
 */
export class Hash53 {
	private low = fnvOffset;
	private high = fnvPrime;

	add(code: number): void {
		this.low = Math.imul(this.low ^ code, fnvPrime);
		const high = Math.imul(this.high ^ code, 0x5BD1E995);
		this.high = high ^ (high >>> 15);
	}

	value(): number {
		return ((this.high & 0x1FFFFF) * 0x1_0000_0000) + (this.low >>> 0) + 1;
	}
}
