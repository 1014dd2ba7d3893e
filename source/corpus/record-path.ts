// A JSON Lines record's problem path, `file.jsonl:N` (the file and the record's 1-based line, as compilers and grep
// write a place): written by jsonl.ts, read back to sort problems (load.ts) and to say and count them (render/).
// One writer and one parser of the form. Pure.

/** A record's problem path for line `line` (1-based) of `file`: `file:line`. */
export const recordPath = (file: string, line: number): string => `${file}:${line}`;

/** The file and line of a record's problem path `file:N`, or undefined for a file's own path (no `:N` at the end). */
export const parseRecordPath = (problemPath: string): {file: string; line: number} | undefined => {
	const match = /^(.*):(\d+)$/su.exec(problemPath);
	return match ? {file: match[1]!, line: Number(match[2])} : undefined;
};
