// Pages of one site share their template: about a third of the blocks of a
// corpus of page dumps are the text of another block (on the 181 dev dumps of
// bench/strip-speed.ts, 37,956 blocks, 26,422 distinct texts). What is a pure
// function of a block's text alone (its normal form, its words, its firm
// label) is therefore computed once per distinct text and read back after.

/** Entries a memo holds before it is emptied and starts again: bounded memory whatever the corpus (a few MB of keys). */
export const textMemoLimit = 1 << 15;

/**
 * `compute` memoised by its text argument: the same result object for the
 * same text (callers must not mutate it), at most `limit` texts held; when
 * full, the memo is emptied whole (a corpus's template lines come back and
 * are learnt again). Undefined results are memoised too.
 */
export const memoByText = <T>(compute: (text: string) => T, limit = textMemoLimit): ((text: string) => T) => {
	const memo = new Map<string, T>();
	return (text: string): T => {
		const known = memo.get(text);
		if (known !== undefined || memo.has(text)) return known as T;
		const value = compute(text);
		if (memo.size >= limit) memo.clear();
		memo.set(text, value);
		return value;
	};
};
