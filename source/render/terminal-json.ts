// JSON bound for a terminal: JSON.stringify leaves DEL, the C1 controls
// (U+009B is a one-byte CSI to many terminals), line/paragraph separators and
// the bidi and invisible format characters (U+202E, U+2066…, U+200B, U+FEFF)
// raw. Written to a terminal they would reorder or drive it, so there they
// are written as \uXXXX escapes: still valid JSON, the same strings once parsed.
// Light on purpose (no string-width): diff --json loads it on every run.

// DEL and C1, line/paragraph separators, every format character (Cf: bidi
// marks, embeddings, overrides, isolates, zero-width characters, BOM), lone surrogates.
const unsafeInJson = /[\u007f-\u009f\u2028\u2029\p{Cf}\p{Cs}]/gu;

/**
 * JSON text (from JSON.stringify, whose C0 controls are already escaped) with
 * every character a terminal could act on or hide written as a `\uXXXX` escape
 * (one UTF-16 unit each, so a character outside the BMP would be two; Cf ones
 * there, U+E0001 and the tag characters, are). Outside strings JSON is ASCII,
 * so only string contents change, and `JSON.parse` gives the same value.
 */
export const terminalJson = (json: string): string =>
	json.replace(unsafeInJson, char => Array.from({length: char.length}, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));

/** `terminalJson` when `tty` (stdout is a terminal), else the JSON as it is: a program reading a pipe gets UTF-8 unescaped. */
export const jsonFor = (tty: boolean | undefined): ((json: string) => string) => (tty ? terminalJson : json => json);
