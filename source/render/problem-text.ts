// A file or record that could not be read, as one terminal-safe line:
// problemText (`path: message`, said by strip, diff and story) and problemLine
// (its kind first, said by list and the reader's `p` list).
import type {LoadProblem} from '../corpus/article.js';
import {parseRecordPath} from '../corpus/record-path.js';
import {safeString} from './safe-text.js';

/**
 * A load problem as one safe line's tail, `path: message`, the line number
 * said once (a JSON Lines problem's path already ends with `:N`).
 */
export const problemText = (problem: {path: string; message: string}): string => {
	const line = parseRecordPath(problem.path)?.line;
	const message = line ? problem.message.replace(new RegExp(`^line ${line}: `), '') : problem.message;
	return `${safeString(problem.path)}: ${safeString(message)}`;
};

/** A load problem with its kind first, `skipped: path: message` or `error: path: message`; "skipped" said once. */
export const problemLine = (problem: LoadProblem): string =>
	problem.kind === 'skipped' ? `skipped: ${problemText({...problem, message: problem.message.replace(/; skipped$/, '')})}` : `error: ${problemText(problem)}`;

/** The heading of a list of load problems, counting what it lists: "not read: 6 records, 3 files" (a JSON Lines record's problem path ends with `:N`). */
export const problemsHeading = (problems: ReadonlyArray<{path: string; files?: number}>): string => {
	const records = problems.filter(problem => parseRecordPath(problem.path) !== undefined).length;
	// A folder's notice stands for its files (passed over for their name, FIFOs and devices): counted as they are, as the list's "N skipped" counts them.
	const files = problems.reduce((sum, problem) => sum + (parseRecordPath(problem.path) === undefined ? (problem.files ?? 1) : 0), 0);
	const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
	return `not read: ${[...(records > 0 ? [count(records, 'record')] : []), ...(files > 0 || records === 0 ? [count(files, 'file')] : [])].join(', ')}`;
};
