// Fitting one line of safe text into a number of columns, measuring wide
// (CJK, emoji) characters correctly and never cutting a grapheme in half.
import {clusterWidth, clusters, measureWidth} from './safe-text.js';

/** Cuts safe text to at most `width` columns, ending with `…` when something was cut. */
export const truncateToWidth = (text: string, width: number): string => {
	if (width <= 0) return '';
	if (measureWidth(text) <= width) return text;
	let result = '';
	let used = 0;
	for (const segment of clusters(text)) {
		const w = clusterWidth(segment);
		if (used + w > width - 1) break;
		result += segment;
		used += w;
	}
	return result + '…';
};

/** Pads safe text with spaces to exactly `width` columns (cutting it first if needed). */
export const fitToWidth = (text: string, width: number, align: 'left' | 'right' = 'left'): string => {
	const cut = truncateToWidth(text, width);
	const pad = ' '.repeat(Math.max(0, width - measureWidth(cut)));
	return align === 'left' ? cut + pad : pad + cut;
};
