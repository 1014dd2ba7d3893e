/**
 * A small deterministic PRNG (mulberry32, Tommy Ettinger's 32-bit generator):
 * the same seed gives the same sequence of floats in [0, 1) on every run, so
 * generated stories and training subsamples are reproducible.
 */
export const seededRandom = (seed: number): (() => number) => {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6D2B79F5) >>> 0;
		let x = Math.imul(state ^ (state >>> 15), 1 | state);
		x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
		return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
	};
};
