import {asks} from './facts.js';
import type {Fact, Row} from './model.js';

/**
 * Mood as a fact: a paired sentence turned from a question into a statement, or back ("Will the government raise
 * taxes?" → "The government will raise taxes."), asserts what it only asked, the way a headline's question is re-posted
 * as news; the words barely change, and no figure, name or negator with them. A question is read by its mark (facts.ts
 * asks: "?", Arabic "؟", full-width "？", closing marks after it aside). A question put as reported speech ("asked
 * whether the government will …") ends with a full stop and is not read: that takes a lexicon of verbs of asking.
 */

/** Words shown at the end of each side of a mood fact, with the sentence's mark. */
const shownWords = 5;

/** The last shownWords words of a sentence and its end, white space folded ("government raise taxes?"). */
const ending = (sentence: string): string => {
	const words = sentence.trim().split(/\s+/u);
	return words.slice(Math.max(0, words.length - shownWords)).join(' ');
};

/**
 * The mood facts of a comparison's rows (kind `mood`): one per paired row (not rewritten, compared word by word)
 * whose one side asks (ends with a question mark) and whose other does not, `left` and `right` each side's last words
 * with its mark. Linear in the rows' text.
 */
export const moodFacts = (left: string, right: string, rows: readonly Row[]): Fact[] => {
	const facts: Fact[] = [];
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (!row.left || !row.right || row.rewritten || row.kind === 'same' || row.kind === 'boilerplate') continue;
		const [was, is] = [left.slice(row.left.start, row.left.end), right.slice(row.right.start, row.right.end)];
		if (asks(was) !== asks(is)) facts.push({kind: 'mood', left: ending(was), right: ending(is), row: index});
	}
	return facts;
};
