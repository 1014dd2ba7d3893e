// A similarity as every view shows it. The engine's similarity is the share of
// words kept, so a copy that changes only a sign or a unit ("-5 °C" → "5 °C")
// has every word kept and a similarity of 1, and one that changes a word in a
// thousand rounds to 1: shown so, the reader would take the copy for the
// original. Every view shows a pair that is not identical below 1.

/** The largest value shown for a pair that is not identical, at each precision: 0.99 as two decimals or a percentage, 0.999 as three (list --json), 0.9999 as four (diff --json). */
const below = {2: 0.99, 3: 0.999, 4: 0.9999} as const;

/**
 * A similarity (0..1) rounded to `decimals` (2, 3 or 4), but below 1 when `identical` is false:
 * a changed pair shows at most 0.99 (0.999, 0.9999 at three or four decimals). Pure.
 */
export const shownSimilarity = (value: number, identical: boolean, decimals: 2 | 3 | 4 = 2): number => {
	const scale = 10 ** decimals;
	const rounded = Math.round(value * scale) / scale;
	return identical ? rounded : Math.min(rounded, below[decimals]);
};

/** A similarity as two decimals ("0.17"; "0.99", never "1.00", for a pair that is not identical). */
export const similarityFixed = (value: number, identical: boolean): string => shownSimilarity(value, identical).toFixed(2);

/** A similarity as a whole percentage without the sign ("17"; "99", never "100", for a pair that is not identical). */
export const similarityPercent = (value: number, identical: boolean): string => String(Math.round(shownSimilarity(value, identical) * 100));
