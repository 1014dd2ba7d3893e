// What each BMP code unit is, for the hand-written scanners (the word scanner,
// line keys, the normaliser's cluster test): a table lookup per character
// instead of a Unicode regular expression, which is the hot spot of per-line work.
import {characterWordScripts, katakanaScript, segmentedScripts} from './scripts.js';

/** Punctuation, symbols, controls: a token of its own in the engine, a separator elsewhere. */
export const other = 0;
/** A letter of a script written with spaces. */
export const letter = 1;
/** A number (\p{N}). */
export const digit = 2;
/** Half of an astral character: scanners look at the whole code point (classOfCodePoint). */
export const surrogate = 3;
/** A combining mark (\p{M}): it belongs to the character before it. */
export const mark = 4;
/** A Han or Hiragana letter or number: a word of its own. */
export const characterWord = 5;
/** A Katakana letter or the prolonged sound mark: runs of them are words. */
export const katakana = 6;
/** A letter, mark or number of Thai, Lao, Khmer or Myanmar: runs go through a dictionary segmenter. */
export const segmented = 7;
/** White space (Unicode White_Space). */
export const space = 8;
/**
 * Invisible format characters (soft hyphen, zero-width space and joiners, word
 * joiner, BOM): the normaliser drops them, so the scanners join across them,
 * and a line holding only them and spaces is blank.
 */
export const ignorable = 9;

/** The ignorable characters (see `ignorable`). */
export const ignorableCharacters = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';

const classRuns: Array<[RegExp, number]> = [
	[/\p{L}+/gu, letter],
	[/\p{N}+/gu, digit],
	[/\p{M}+/gu, mark],
	[new RegExp(`(?:(?=[\\p{L}\\p{N}])[${characterWordScripts}])+`, 'gu'), characterWord],
	[new RegExp(`(?:(?=[\\p{L}\\p{N}\\p{M}\\u30FC\\uFF70])[${katakanaScript}])+`, 'gu'), katakana],
	[new RegExp(`(?:(?=[\\p{L}\\p{N}\\p{M}])[${segmentedScripts}])+`, 'gu'), segmented],
	[/\s+/gu, space],
	[new RegExp(`[${ignorableCharacters}]+`, 'gu'), ignorable],
	// ʼ is a letter to Unicode but an apostrophe to writers (donʼt): it folds to ' and joins like one.
	[/\u02BC/gu, other],
];

let classes: Uint8Array | undefined;

/** The class of every BMP code unit (the constants above). Built once, lazily, from the runs regular expressions find in a string of every BMP code unit (a few ms). */
export const classTable = (): Uint8Array => {
	if (!classes) {
		const table = new Uint8Array(0x10000);
		const codes = new Uint16Array(0x10000);
		for (let code = 0; code < 0x10000; code++) codes[code] = code;
		// Surrogates stand in as NUL, so the string stays well formed.
		codes.fill(0, 0xD800, 0xE000);
		let all = '';
		for (let from = 0; from < 0x10000; from += 0x1000) all += String.fromCharCode(...codes.subarray(from, from + 0x1000));
		// Later runs override earlier ones: scripts refine letters, spaces and ignorables are final.
		for (const [pattern, kind] of classRuns) {
			for (const match of all.matchAll(pattern)) table.fill(kind, match.index, match.index + match[0].length);
		}
		table[0] = other;
		table.fill(surrogate, 0xD800, 0xE000);
		classes = table;
	}
	return classes;
};

/** The class table as runs: [first code unit, class, first code unit, class, …] (for a start-up data file: source/start-data.ts). */
export const classTableRuns = (): number[] => {
	const table = classTable();
	const runs: number[] = [];
	for (let code = 0; code < table.length; code++) if (code === 0 || table[code] !== table[code - 1]) runs.push(code, table[code]!);
	return runs;
};

/**
 * Installs a class table from classTableRuns() computed elsewhere (the caller
 * makes sure with the same Unicode version): building it here runs nine
 * Unicode regular expressions over every BMP code unit (~15 ms). No effect once built.
 */
export const seedClassTable = (runs: readonly number[]): void => {
	if (classes) return;
	const table = new Uint8Array(0x10000);
	for (let k = 0; k < runs.length; k += 2) table.fill(runs[k + 1]!, runs[k]!, k + 2 < runs.length ? runs[k + 2]! : 0x10000);
	classes = table;
};

const astralClasses = new Map<number, number>();

/** The class of any code point (astral ones looked up with regular expressions and remembered). */
export const classOfCodePoint = (codePoint: number): number => {
	if (codePoint < 0x10000) return classTable()[codePoint];
	let kind = astralClasses.get(codePoint);
	if (kind === undefined) {
		const character = String.fromCodePoint(codePoint);
		kind = other;
		for (const [pattern, value] of classRuns) {
			pattern.lastIndex = 0;
			if (pattern.test(character)) kind = value;
		}
		astralClasses.set(codePoint, kind);
	}
	return kind;
};
