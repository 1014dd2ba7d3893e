import test from 'ava';
import fc from 'fast-check';
import {wordRunsHash} from '../../source/groups/member.js';

/** What keptHash identifies: the runs of word characters joined by one space (the definition wordRunsHash follows). */
const wordRuns = (text: string): string => text.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ').trim();

// Letters (Latin, Greek, accented, an astral one), digits, marks, spacing, punctuation, an emoji and both halves of a pair alone.
const pieces = ['a', 'B', 'é', 'ß', 'Ω', '7', '\u0301', ' ', '  ', '\n', '.', ',', '—', '’', '*', '𝐀', '😀', '\ud835', '\udc00', '\u00a0'];
const text = fc.array(fc.constantFrom(...pieces), {maxLength: 12}).map(parts => parts.join(''));

test('equal word runs, equal hash (spacing, punctuation and markup between words aside)', t => {
	fc.assert(
		fc.property(text, text, (a, b) => {
			if (wordRuns(a) === wordRuns(b)) return wordRunsHash(a) === wordRunsHash(b);
			return true;
		}),
		{numRuns: 2000},
	);
	t.is(wordRunsHash('**The** cat, sat.'), wordRunsHash('The  cat sat'));
	t.is(wordRunsHash('𝐀 b'), wordRunsHash('𝐀—b'));
});

test('different word runs, different hashes (case, accents, marks, astral letters and word breaks count)', t => {
	fc.assert(
		fc.property(text, text, (a, b) => {
			if (wordRuns(a) !== wordRuns(b)) return wordRunsHash(a) !== wordRunsHash(b);
			return true;
		}),
		{numRuns: 2000},
	);
	for (const [a, b] of [['The cat', 'the cat'], ['cafe', 'café'], ['ab', 'a b'], ['𝐀', '😀']]) t.not(wordRunsHash(a), wordRunsHash(b), `${a} / ${b}`);
});
