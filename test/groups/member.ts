import test from 'ava';
import fc from 'fast-check';
import {factsOf} from '../../source/compare/facts.js';
import {createHash} from 'node:crypto';
import {factHashes, figureHashes, textHash, wordRunsHash} from '../../source/groups/member.js';

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

test('figure hashes read figures as the facts do: one pattern (a hyphenated name is no sign; a unit or a currency is part of the figure)', t => {
	const same = (a: string, b: string) => t.deepEqual([...figureHashes(a)], [...figureHashes(b)], `${a} / ${b}`);
	const differ = (a: string, b: string) => t.notDeepEqual([...figureHashes(a)], [...figureHashes(b)], `${a} / ${b}`);
	// A code's digits are its name's ("COVID-19": compare/figures.ts codeAt), no count with a sign.
	same('COVID-19 cases rose by 40 in the city.', 'Covid-19 cases rose by 40 in the city.');
	differ('COVID-19 cases rose by 40 in the city.', 'COVID-18 cases rose by 40 in the city.');
	differ('The deal is worth $4.5 million.', 'The deal is worth $4.5 billion.');
	differ('It was -5 °C at dawn.', 'It was 5 °C at dawn.');
	differ('Sales rose 12% in May.', 'Sales rose 12 in May.');
	// Years, clock times and a day beside a month are dates, as in the facts.
	same('On March 5, 2023 at 10:30 the vote was 51.', 'On March 6, 2024 at 11:45 the vote was 51.');
});

test('figure hashes are the hashes of the facts\' number keys and of each two that follow in one sentence, for any text', t => {
	const pieces = ['COVID-19', ' ', '-', '−', '+', '$', '4.5', '12', ' million', '%', ' per cent', '°C', 'March', ' 5', '2023', '10:30', 'km', ',', '.', 'a', 'B'];
	const hash = (value: string) => {
		let h = 0x811c9dc5;
		for (let k = 0; k < value.length; k++) h = Math.imul(h ^ value.charCodeAt(k), 0x01000193);
		return h >>> 0;
	};
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 10}), parts => {
			const text = parts.join('');
			const numbers = factsOf(text).filter(item => item.kind === 'number');
			const keys = numbers.map(item => hash(item.key));
			numbers.forEach((item, k) => {
				const next = numbers[k + 1];
				if (next && !/[.!?]\s|\n/.test(text.slice(item.end, next.start))) keys.push(hash(`${item.key}\u0001${next.key}`));
			});
			return [...figureHashes(text)].join() === [...Uint32Array.from(keys).sort()].join();
		}),
		{numRuns: 1000},
	);
	t.pass();
});

test('textHash is the SHA-1 of the text\'s UTF-8 bytes in base64, lone surrogates as U+FFFD (property; the cache keys of earlier builds hold it)', t => {
	t.is(textHash('abc'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
	t.is(textHash('\ud835x'), createHash('sha1').update(Buffer.from('\ufffdx', 'utf8')).digest('base64'));
	fc.assert(fc.property(text, value => textHash(value) === createHash('sha1').update(value).digest('base64')), {numRuns: 500});
});

/** factHashes's names as strings (the form its ASCII hash follows): each capitalised run's words, the first left out at a sentence's start, joined by one space, lower-cased. */
const nameKeys = (value: string): string[] => {
	const keys: string[] = [];
	for (const match of value.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)*/gu)) {
		if (match.index > 0 && /[\p{L}\p{M}\p{N}]/u.test(value[match.index - 1]!)) continue;
		let before = match.index - 1;
		while (before >= 0 && (value[before] === ' ' || value[before] === '\t')) before--;
		let words = match[0].split(/[ \t]+/);
		if (before < 0 || /[.!?:"“”«»\n]/.test(value[before]!)) words = words.slice(1);
		if (words.length > 0) keys.push(`name:${words.join(' ').toLowerCase()}`);
	}
	return keys;
};

const fnv = (value: string): number => {
	let hash = 0x811c9dc5;
	for (let k = 0; k < value.length; k++) hash = Math.imul(hash ^ value.charCodeAt(k), 0x01000193);
	return hash >>> 0;
};

test('factHashes hashes each name as its lower-cased words joined by one space, in ASCII and other scripts alike (property)', t => {
	t.deepEqual([...factHashes('Then Robert  Osborne\tSmith met Ana in Paris. Paris is big')], [fnv('name:ana'), fnv('name:paris'), fnv('name:robert osborne smith')].sort((a, b) => a - b));
	// Non-ASCII lower case as the string does it (İ is two code units lower-cased), a skipped first word in any script.
	t.deepEqual([...factHashes('met İSTANBUL Ōno. Ōno Kai and Émile')], [fnv('name:i̇stanbul ōno'), fnv('name:kai'), fnv('name:émile')].sort((a, b) => a - b));
	const piece = fc.constantFrom('Robert', 'ANA', 'McDonald', "O'Neil", 'Jean-Luc', 'Émile', 'İSTANBUL', 'ß', 'Ōno', 'x', 'said', ' ', '  ', '\t', '\n', '.', ':', '"', '“', ',', '7', 'É', '’s');
	fc.assert(fc.property(fc.array(piece, {maxLength: 30}), pieces => {
		const value = pieces.join('');
		return JSON.stringify([...factHashes(value, [])]) === JSON.stringify(nameKeys(value).map(fnv).sort((a, b) => a - b));
	}), {numRuns: 3000});
});
