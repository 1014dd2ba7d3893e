// A file or record that could not be read, as one terminal-safe line:
// problemText (`path: message`, said by strip, diff and story) and problemLine
// (its kind first, said by list and the reader's `p` list).
import type {LoadProblem} from '../corpus/article.js';
import {safeString} from './safe-text.js';

/**
 * A load problem as one safe line's tail, `path: message`, the line number
 * said once (a JSON Lines problem's path already ends with `:N`).
 */
export const problemText = (problem: {path: string; message: string}): string => {
	const line = /:(\d+)$/.exec(problem.path)?.[1];
	const message = line ? problem.message.replace(new RegExp(`^line ${line}: `), '') : problem.message;
	return `${safeString(problem.path)}: ${safeString(message)}`;
};

/** A load problem with its kind first, `skipped: path: message` or `error: path: message`; "skipped" said once. */
export const problemLine = (problem: LoadProblem): string =>
	problem.kind === 'skipped' ? `skipped: ${problemText({...problem, message: problem.message.replace(/; skipped$/, '')})}` : `error: ${problemText(problem)}`;
