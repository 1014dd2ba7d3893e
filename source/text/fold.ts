// The one fold table: typographic variants that Unicode compatibility
// normalisation (NFKC) keeps apart but a reader does not. Every pass that
// compares text (the engine, boilerplate line keys, group fingerprints, word
// counts) folds through here, so they cannot drift apart again.
import {classTable, ignorable, ignorableCharacters, mark} from './character-classes.js';

/** Characters folded before NFKC: quotes, apostrophes and dashes to ASCII, invisible ones to nothing. */
const foldTable: Readonly<Record<string, string>> = {
	// Apostrophes and single quotes (ʼ U+02BC is a letter, but written for an apostrophe: donʼt).
	'\u2018': '\'', '\u2019': '\'', '\u201A': '\'', '\u201B': '\'', '\u2032': '\'', '\u02BC': '\'', '`': '\'', '\u00B4': '\'',
	// Double quotes, guillemets (« », ‹ ›) and CJK corner brackets (「」『』) are all quotation marks.
	'\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
	'\u2039': '"', '\u203A': '"', '\u300C': '"', '\u300D': '"', '\u300E': '"', '\u300F': '"',
	// Hyphens, dashes and the minus sign.
	'\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
	// The Arabic decimal and thousands separators (١٢٫٥ is 12.5, ١٢٬٥٠٠ is 12,500), as the digits beside them fold to ASCII.
	'\u066B': '.', '\u066C': ',',
	...Object.fromEntries([...ignorableCharacters].map(character => [character, ''])),
};

/** Opening guillemets: white space after them is typography (« Bonjour »), not a word gap. */
export const opensQuote = (character: string): boolean => character === '\u00AB' || character === '\u2039';
/** Closing guillemets: white space before them is typography. */
export const closesQuote = (character: string): boolean => character === '\u00BB' || character === '\u203A';

/**
 * The folded, lower-cased form of one cluster (a character and the combining
 * marks after it): fold table, NFKC (which composes "e" + U+0301 into "é"),
 * fold table again on the result, lower case. May be empty or longer than the input.
 */
export const foldCluster = (cluster: string): string => {
	let before = '';
	for (const character of cluster) before += foldTable[character] ?? character;
	let folded = '';
	for (const character of before.normalize('NFKC')) folded += foldTable[character] ?? (character > '\u007f' && decimalDigit.test(character) ? asciiDigit(character) : character);
	return folded.toLowerCase();
};

const decimalDigit = /^\p{Nd}$/u;

/**
 * A decimal digit of any script as its ASCII digit ("١" Arabic-Indic, "१" Devanagari, "１"
 * full-width: "1"); any other character as itself. Digits of every script are one number to a
 * reader, so the comparison folds them as NFKC folds full-width ones. Unicode writes each script's
 * digits (general category Nd) as runs of ten from 0 to 9; NFKC first folds the mathematical digits
 * (five runs side by side), and a digit's value is its distance from the start of its run, modulo
 * ten (two scripts' runs that touch stay apart so). At most a hundred steps back.
 */
export const asciiDigit = (written: string): string => {
	const character = written.normalize('NFKC');
	const code = character.codePointAt(0)!;
	if (code <= 0x7f || !decimalDigit.test(character)) return character;
	let start = code;
	while (code - start < 100 && decimalDigit.test(String.fromCodePoint(start - 1))) start--;
	return String((code - start) % 10);
};

/** Conjoining Hangul vowels and final consonants: decomposed syllables compose with the consonant before them. */
export const isConjoiningJamo = (code: number): boolean => (code >= 0x1160 && code <= 0x11FF) || (code >= 0xD7B0 && code <= 0xD7FF);

/**
 * True when the code unit at `i` joins the cluster before it: a combining mark
 * or a conjoining jamo, or an invisible character (dropped anyway) with one after it.
 */
export const extendsCluster = (text: string, i: number): boolean => {
	let code = text.charCodeAt(i);
	while (code >= 0xAD && classTable()[code] === ignorable) code = text.charCodeAt(++i);
	if (code < 0x300) return false;
	if (code >= 0xD800 && code <= 0xDBFF) return /^\p{M}/u.test(String.fromCodePoint(text.codePointAt(i)!));
	return classTable()[code] === mark || isConjoiningJamo(code);
};

// Per BMP code unit, what folding a lone code unit gives: 0 not looked at yet,
// 1 "needs the whole cluster" (marks, jamo, surrogates, expansions), 2 dropped,
// 3 white space, else the folded code unit + 4.
const codeFolds = new Int32Array(0x10000);
const unknown = 0;
const complex = 1;
const dropped = 2;
const whiteSpace = 3;

/**
 * Fold of a single code unit without context: the folded code unit, -1 when
 * it folds to nothing (ignorables), -2 when it needs foldCluster (combining
 * marks, jamo, surrogates, characters that expand or lower-case to two units),
 * -3 when it folds to white space (NBSP, ideographic space …).
 */
export const foldCode = (code: number): number => {
	let entry = codeFolds[code];
	if (entry === unknown) {
		if ((code >= 0xD800 && code <= 0xDFFF) || classTable()[code] === mark || isConjoiningJamo(code)) entry = complex;
		else {
			const folded = foldCluster(String.fromCharCode(code));
			entry = folded.length === 0 ? dropped : folded.length > 1 ? complex : /\s/u.test(folded) ? whiteSpace : folded.charCodeAt(0) + 4;
		}
		codeFolds[code] = entry;
	}
	return entry === complex ? -2 : entry === dropped ? -1 : entry === whiteSpace ? -3 : entry - 4;
};

/** Letters that carry their mark inside (no decomposition), read as their base letter by unaccented. */
const baseOf: Readonly<Record<string, string>> = {ł: 'l', ø: 'o', đ: 'd', ı: 'i', ħ: 'h', ŧ: 't', ŀ: 'l'};

/**
 * `text` with every precomposed letter that carries an accent as its base letter ("Cádiz" → "Cadiz", "Łódź" →
 * "Łodz" lower-cased first: "łódź" → "lodz"), one code unit for one, so offsets into the result are offsets into
 * `text`: a letter that decomposes (NFD) into one ASCII letter and marks, and the few letters of baseOf. Other
 * characters, decomposed marks included, as they are. For matching what a user types without accents (the
 * reader's filter and search). Linear.
 */
export const unaccented = (text: string): string => {
	if (!/[^\x00-\x7f]/u.test(text)) return text;
	let out = '';
	for (let index = 0; index < text.length; index++) {
		const character = text[index]!;
		const code = character.charCodeAt(0);
		if (code < 0x80) {
			out += character;
			continue;
		}

		const base = baseOf[character] ?? character.normalize('NFD')[0]!;
		out += base.charCodeAt(0) < 0x80 && /\p{L}/u.test(character) ? base : character;
	}

	return out;
};

/** A form of a text for matching, and for each of its code units the offset in the text it was written from. */
export type TypedForm = {text: string; origin: readonly number[]};

/** German letters as a keyboard without them writes them (DIN 5007 variant 2, as in names and addresses). */
const transliterated: Readonly<Record<string, string>> = {ä: 'ae', ö: 'oe', ü: 'ue'};

/**
 * The forms of lower-cased `text` that a pattern typed in ASCII is looked for in, each with where its code units come
 * from in `text` (origin: the offset of the letter written), so a match marks the letters it stands for:
 * - accents dropped (unaccented: "köln" → "koln") and ß written "ss" (the letter has no base letter, and no key on
 *   most keyboards: "hauptstraße" → "hauptstrasse");
 * - German umlauts transliterated as DIN 5007 variant 2 writes them ("köln" → "koeln", "müller" → "mueller"), when
 *   the text has one.
 * A form the text already is, or one an earlier form is, is left out; `text` itself is not among them. Linear.
 */
export const typedForms = (text: string): TypedForm[] => {
	if (!/[^\x00-\x7f]/u.test(text)) return [];
	const plain = unaccented(text);
	const form = (spell: (index: number) => string): TypedForm => {
		let out = '';
		const origin: number[] = [];
		for (let index = 0; index < text.length; index++) {
			const written = spell(index);
			out += written;
			for (let unit = 0; unit < written.length; unit++) origin.push(index);
		}

		return {text: out, origin};
	};
	const forms: TypedForm[] = [];
	const spelledOut = (index: number) => (text[index] === 'ß' ? 'ss' : plain[index]!);
	if (plain !== text || text.includes('ß')) forms.push(form(spelledOut));
	if (/[äöü]/u.test(text)) forms.push(form(index => transliterated[text[index]!] ?? spelledOut(index)));
	return forms;
};
