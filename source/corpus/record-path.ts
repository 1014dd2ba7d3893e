// A JSON Lines record's problem path, `file.jsonl#:N` (the file and the record's 1-based line): the name a record
// without an id has in a listing and the address `diff` opens (README, Usage), so a record that could not be read is
// named as the records beside it are (breaker19 N8: `w.jsonl:3` in one line, `w.jsonl#:5` in the next). Written by
// jsonl.ts, read back to sort problems (load.ts) and to say and count them (render/). One writer and one parser of the form. Pure.

/** A record's problem path for line `line` (1-based) of `file`: `file#:line`. */
export const recordPath = (file: string, line: number): string => `${file}#:${line}`;

/** The file and line of a record's problem path `file#:N`, or undefined for a file's own path (no `#:N` at the end). */
export const parseRecordPath = (problemPath: string): {file: string; line: number} | undefined => {
	const match = /^(.*)#:(\d+)$/su.exec(problemPath);
	return match ? {file: match[1]!, line: Number(match[2])} : undefined;
};
