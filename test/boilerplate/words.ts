import fc from 'fast-check';
import test from 'ava';
import {normalizeLine} from '../../source/boilerplate/normalize-line.js';
import {lineWords} from '../../source/boilerplate/words.js';

/** The tokenizer's definition for scripts with spaces, which the char-code scan must reproduce. */
const reference = (line: string): string[] => line.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu) ?? [];

test('apostrophes join letters, not digits; marks stay in their word', t => {
	t.deepEqual(lineWords('L’État n\'a pas dit 1\'2 ni l\'a1 — café'), ['l’état', 'n\'a', 'pas', 'dit', '1', '2', 'ni', 'l\'a', '1', 'café']);
	t.deepEqual(lineWords('Привет, мир! ２０２４'), ['привет', 'мир', '２０２４']);
});

test('astral letters and lone surrogates are tokenised as the Unicode regular expression does', t => {
	t.deepEqual(lineWords('é 𝐀𝐁c ok'), reference('é 𝐀𝐁c ok'));
	t.deepEqual(lineWords('é \uD800x y'), reference('é \uD800x y'));
});

test('words of any line without CJK or Southeast Asian scripts match the Unicode regular expression', t => {
	const pieces = fc.oneof(fc.constantFrom(' ', "'", '’', "''", 'é', 'É', 'ß', 'İ', 'e\u0301', '\u0301', 'д', '٣', '½', '²', 'a', 'Z', '7', '-', '.', '𝐀', '😀', '\uD800', '\u00A0'), fc.string({maxLength: 3}));
	fc.assert(fc.property(fc.array(pieces, {maxLength: 30}).map(parts => parts.join('')), line => {
		fc.pre(!/[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u2E80-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F\uD840-\uD87F]/u.test(line));
		t.deepEqual(lineWords(line), reference(line));
	}), {numRuns: Number(process.env.FUZZ_RUNS ?? 1000)});
});

test('a normalised line needs no second lower-casing: words are the same either way', t => {
	const pieces = fc.oneof(fc.constantFrom(' ', 'Σ', 'ΣΑΣ', 'İ', 'ẞ', 'Ǆ', 'ǅ', 'Ω', 'К', '中', 'カ', 'ก', '𐐀', 'é'), fc.string({unit: 'binary', maxLength: 3}));
	fc.assert(fc.property(fc.array(pieces, {maxLength: 20}).map(parts => parts.join('')), line => {
		const norm = normalizeLine(line);
		t.deepEqual(lineWords(norm, true), lineWords(norm));
	}), {numRuns: Number(process.env.FUZZ_RUNS ?? 1000)});
});
