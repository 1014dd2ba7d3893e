// Kept apart from io.ts: safe-text.ts loads string-width (Intl.Segmenter and
// Unicode-set regular expressions, ~30 ms), which `diff --json` never needs.
import {safeString} from '../render/safe-text.js';

/**
 * A load problem as one safe line's tail, `path: message`, the line number
 * said once (a JSON Lines problem's path already ends with `:N`).
 */
export const problemText = (problem: {path: string; message: string}): string => {
	const line = /:(\d+)$/.exec(problem.path)?.[1];
	const message = line ? problem.message.replace(new RegExp(`^line ${line}: `), '') : problem.message;
	return `${safeString(problem.path)}: ${safeString(message)}`;
};
