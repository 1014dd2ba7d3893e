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

test('every BMP character is a word character exactly when \\p{L}, \\p{N} or \\p{M} says so (the toolkit table agrees with the definition)', t => {
	const apart = wordRunsHash('a b');
	const wrong: string[] = [];
	for (let code = 0; code < 0x1_00_00; code++) {
		if (code >= 0xd8_00 && code <= 0xdf_ff) continue;
		const character = String.fromCharCode(code);
		const word = /[\p{L}\p{N}\p{M}]/u.test(character);
		if ((wordRunsHash(`a${character}b`) !== apart) !== word) wrong.push(code.toString(16));
	}

	t.deepEqual(wrong.slice(0, 20), []);
	for (const character of ['𝐀', '𝟙', '𠀀', '\u{1d167}']) t.not(wordRunsHash(`a${character}b`), apart, character);
	for (const character of ['😀', '\u{1f1e6}']) t.is(wordRunsHash(`a${character}b`), apart, character);
});
