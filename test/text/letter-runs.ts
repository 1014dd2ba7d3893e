import fc from 'fast-check';
import test from 'ava';
import {isLetterRun} from '../../source/text/letter-runs.js';

const runs = (text: string) => new Set(text.match(/[\p{L}\p{M}\p{N}]+/gu));

test('a word is a run only where no letter, mark or digit touches it', t => {
	t.true(isLetterRun('the smith said', 'smith'));
	t.false(isLetterRun('the smiths said', 'smith'));
	t.false(isLetterRun('blacksmith', 'smith'));
	t.true(isLetterRun('blacksmith, smith.', 'smith'));
	t.true(isLetterRun('o\'brien', 'brien'));
	t.false(isLetterRun('café', 'caf'));
	t.false(isLetterRun('cafe\u0301', 'cafe'));
	t.false(isLetterRun('𝐀smith', 'smith'));
	t.true(isLetterRun('😀smith', 'smith'));
	t.false(isLetterRun('smith', ''));
});

test('property: the same answer as the set of runs /[\\p{L}\\p{M}\\p{N}]+/gu matches, for every run and for other words', t => {
	const unit = fc.constantFrom('a', 'b', 'é', '\u0301', '1', ' ', '-', "'", '𝐀', '😀', '\uD835', '\uDC00', 'ß', 'İ', '٣');
	fc.assert(fc.property(fc.string({unit, maxLength: 24}), fc.string({unit, maxLength: 4}), fc.nat(), fc.nat(), (text, other, a, b) => {
		const set = runs(text);
		for (const word of set) t.true(isLetterRun(text, word), JSON.stringify([text, word]));
		// Pieces of the text's own runs (cut anywhere) too: most are no run.
		const piece = text.slice(Math.min(a, b) % (text.length + 1), Math.max(a, b) % (text.length + 1));
		for (const word of `${other} ${piece}`.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) t.is(isLetterRun(text, word), set.has(word), JSON.stringify([text, word]));
	}), {numRuns: Number(process.env.FUZZ_RUNS ?? 2000)});
});
