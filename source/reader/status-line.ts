// A status line that fits its width by dropping its least needed parts first,
// so the position and "? help" stay on screen at 80 columns whatever a hint says.
import {measureWidth, safeString} from '../render/safe-text.js';
import {fitToWidth} from '../render/truncate.js';

/** One part of a status line: higher `rank` is kept longer; parts of rank `essential` or more are cut, never dropped. */
export type StatusPart = {text: string; rank: number};

const separator = ' · ';

/** Parts of this rank or higher (a hint, the position, "? help") are never dropped. */
export const essential = 4;

/**
 * The parts joined with ` · `, in their order, fitted to `width` columns
 * (safe text, padded): the lowest-ranked parts are dropped until the rest fits;
 * if the kept parts still do not fit, the longest one is cut with `…`.
 */
export const fitStatus = (parts: readonly StatusPart[], width: number): string => {
	let kept = parts.filter(part => part.text.length > 0).map(part => ({...part, text: safeString(part.text)}));
	const length = (list: typeof kept) => list.reduce((sum, part) => sum + measureWidth(part.text), 0) + separator.length * Math.max(0, list.length - 1);
	while (kept.length > 1 && length(kept) > width) {
		const lowest = Math.min(...kept.map(part => part.rank));
		if (lowest >= essential) break;
		const index = kept.findLastIndex(part => part.rank === lowest);
		kept = kept.filter((_, at) => at !== index);
	}
	if (length(kept) > width && kept.length > 1) {
		// Cut the longest part (a hint, a file name) to what is left.
		const longest = kept.reduce((best, part, index) => (measureWidth(part.text) > measureWidth(kept[best].text) ? index : best), 0);
		const room = width - (length(kept) - measureWidth(kept[longest].text));
		if (room >= 4) kept[longest] = {...kept[longest], text: fitToWidth(kept[longest].text, room).trimEnd()};
	}
	return fitToWidth(kept.map(part => part.text).join(separator), width);
};
