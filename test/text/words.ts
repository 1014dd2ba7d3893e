import fc from 'fast-check';
import test from 'ava';
import {countWords, tokenize, wordCountAndHashes, wordHashes, wordsOf} from '../../source/text/words.js';

test('counts words of spaced and unspaced scripts', t => {
	t.is(countWords('The U.S. said "don\'t" — 3,000 men.'), 6);
	t.is(countWords('Москва заявила в понедельник.'), 4);
	t.true(countWords('中国政府周二宣布了新的经济政策。') >= 5);
	t.is(countWords(''), 0);
});

test('token spans absorb markdown markup and keep normalised forms', t => {
	const text = '**AP Photo** [told](#) “it”';
	const tokens = tokenize(text);
	t.deepEqual(tokens.map(token => token.norm), ['ap', 'photo', 'told', '"', 'it', '"']);
	t.is(text.slice(tokens[0].start, tokens[0].end), '**AP');
	t.is(text.slice(tokens[2].start, tokens[2].end), '[told](#)');
});

test('words mode: lower-cased and folded; apostrophes join letters, not digits; marks stay in their word', t => {
	t.deepEqual(wordsOf('L’État n\'a pas dit 1\'2 ni l\'a1 — café'), ['l\'état', 'n\'a', 'pas', 'dit', '1', '2', 'ni', 'l\'a', '1', 'café']);
	t.deepEqual(wordsOf('Привет, мир! ２０２４'), ['привет', 'мир', '2024']);
	t.deepEqual(wordsOf('é 𝐀𝐁c ok'), ['é', 'abc', 'ok']);
});

/** wordCountAndHashes's promise: the count of the whole text and the hashes of the spans' slices, each with a line break after it. */
const apart = (text: string, spans: ReadonlyArray<{start: number; end: number}>) => ({
	count: countWords(text),
	hashes: [...wordHashes(spans.map(span => `${text.slice(span.start, span.end)}\n`).join(''))],
});

test('count and kept hashes in one pass: as counting the text and hashing the spans apart', t => {
	const text = 'Title: U.S. talks\n\nMenu | Home\nThe U.S. said 3,000 l’État co\u00ADoperation.\nShare this\n東京都の知事 コーヒー\n';
	const lines = [...text.matchAll(/[^\n]+/g)].map(match => ({start: match.index, end: match.index + match[0].length}));
	const kept = [lines[0]!, lines[2]!, lines[4]!];
	const together = wordCountAndHashes(text, kept);
	t.deepEqual({count: together.count, hashes: [...together.hashes!]}, apart(text, kept));
	// A span cut inside a word ("U.S" read alone is another word): no hashes, the caller hashes the slices; the count holds.
	const cut = wordCountAndHashes(text, [{start: lines[2]!.start, end: lines[2]!.start + 5}]);
	t.is(cut.hashes, undefined);
	t.is(cut.count, countWords(text));
	t.deepEqual([...wordCountAndHashes(text, [{start: 0, end: text.length}]).hashes!], [...wordHashes(`${text}\n`)]);
});

/**
 * The property both one-pass tests check: texts of up to `pieces` pieces, lines kept by up to `keeps` flags, spans by
 * line (as the labeller gives them) or cut anywhere; the count and kept hashes in one pass are the two passes' (apart).
 */
const agreesWithTwoPasses = (piece: fc.Arbitrary<string>, pieces: number, keeps: number) =>
	fc.property(fc.array(piece, {maxLength: pieces}), fc.array(fc.boolean(), {maxLength: keeps}), fc.boolean(), (parts, keep, byCharacter) => {
		const text = parts.join('');
		const bounds = byCharacter ? [...new Set(keep.map((_, k) => Math.floor((k * text.length) / Math.max(1, keep.length))))].sort((a, b) => a - b) : [];
		const spans = byCharacter ? bounds.map((start, k) => ({start, end: bounds[k + 1] ?? text.length})) : [...text.matchAll(/[^\n]+/g)].map(match => ({start: match.index, end: match.index + match[0].length}));
		const kept = spans.filter((_, k) => keep[k % Math.max(1, keep.length)] ?? true);
		const together = wordCountAndHashes(text, kept);
		const expected = apart(text, kept);
		if (together.count !== expected.count) return false;
		return together.hashes === undefined || JSON.stringify([...together.hashes]) === JSON.stringify(expected.hashes);
	});

test('count and kept hashes in one pass agree with the two passes on any text and any lines kept (property)', t => {
	const piece = fc.constantFrom('word', 'U.S.', '3,000', '3.5', 'l’État', 'co\u00ADop', 'cafe\u0301', '東京', 'コーヒー', 'ภาษาไทย', '😀', '—', '"', '.', ',', '\u200B', '\u00A0', ' ', '  ', '\t', '\n', '\n\n', 'a\u0308', '\uD83D');
	fc.assert(
		agreesWithTwoPasses(piece, 40, 20),
		{numRuns: 2000},
	);
	t.pass();
});

test('count and kept hashes in one pass: the ASCII pass agrees with the scanner on ASCII text and any spans (property)', t => {
	// ASCII pieces only (asciiScannable texts, and some with an elision gap that take the scanner), spans by line or anywhere.
	const piece = fc.oneof(fc.constantFrom('word', 'U.S.', 'a.b1.c2', '3,000', '3.5', 'don\'t', 'rock`n', 'l\' a', 'x:y', 'A', '1', 'e-mail', '.', ',', ':', '\'', '`', '"', ' ', '  ', '\t', '\n', '\r\n', '\u000B'), fc.string({maxLength: 3}).map(s => s.replace(/[^\u0000-\u007F]/g, 'q')));
	fc.assert(
		agreesWithTwoPasses(piece, 60, 30),
		{numRuns: 3000},
	);
	t.pass();
});

