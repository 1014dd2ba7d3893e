// When V8 compiles a regular expression to machine code. By default (V8 11.3, Node 20) it first
// compiles one to bytecode and interprets it, and compiles it to machine code on its next run,
// unless the subject is long: from 1,000 code units (V8's kTierUpForSubjectLengthValue) it
// compiles machine code at once. For the few patterns of ten or twenty thousand characters that
// a comparison runs many times, the bytecode is pure cost: figurePattern (compare/figures.ts),
// while it held the units (46,000 characters), made some 320 KB of it: its first twenty sentences
// cost 32-42 ms of CPU in a fresh process, 13-15 ms compiled at once (load ~30); the boilerplate
// markers' prefilter makes ~180 KB.
// (`--no-regexp-tier-up` would skip it for every pattern, but V8 flags of regular expressions
// changed at run time crash the process: it must be given on node's command line.)

/**
 * A subject long enough for V8 to compile machine code on the first run, of a character that
 * starts no match (NUL: no letter, digit, white space or sign) so each position fails at once:
 * on 1,024 spaces the white-space parts of the figure pattern as it was cost ~15 ms more than the compiling.
 */
const longSubject = '\0'.repeat(1024);

/**
 * Runs `pattern` once on a long subject of NUL characters so that V8 compiles it to machine code at once
 * (see the top of this file), and returns it; its `lastIndex` is left as it was. Matching is
 * the same either way: only when the work is done changes. For large patterns run many times.
 */
export const compileAtOnce = <T extends RegExp>(pattern: T): T => {
	const lastIndex = pattern.lastIndex;
	pattern.test(longSubject);
	pattern.lastIndex = lastIndex;
	return pattern;
};
