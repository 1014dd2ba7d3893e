/**
 * Where a word begins and ends: the one definition every word reader shares.
 * The word modes (words.ts: token spans, folded words, hashes, counts) scan
 * with it, and the normaliser (normalize.ts) asks it which white space lies
 * inside a word, so words read from raw text and from normalised text agree.
 *
 * The grammar (UAX #29-like, written by hand over a class table because Unicode
 * regular expressions and Intl.Segmenter are the hot spots of per-line work, and
 * Node 20's segmenter is quadratic on long strings):
 * - a word is a run of letters, digits and combining marks; an apostrophe,
 *   period, colon or middle dot between letters joins them (`l'État`, `U.S`,
 *   `EU:n`), a period or comma between digits joins them (`3.5`, `3,000`);
 *   hyphens split (`e-mail` is two words);
 * - an elided French or Italian article, pronoun or preposition standing alone
 *   ("l'", "qu'", "dell'": `elisions`) joins the word after it across white
 *   space: "l' expédition" is the word "l'expédition", as typewriters and OCR
 *   space it; an apostrophe closing a word ("students' union") or a quoted
 *   letter ("rock 'n' roll") keeps its gap;
 * - Han and Hiragana: each character is a word (as word processors count them;
 *   the stopword lists hold single characters such as 的 and の); Katakana: a run is a word;
 * - Thai, Lao, Khmer, Myanmar: a run goes through Intl.Segmenter in chunks;
 * - invisible characters (soft hyphen, zero-width space and joiners) join: the
 *   normaliser drops them, so raw and normalised text give the same words;
 * - any other non-space character is a punctuation token of its own.
 */
import {characterWord, classOfCodePoint, classTable, digit, ignorable, katakana, letter, mark, other, segmented, space, surrogate} from './character-classes.js';
import {foldCluster, foldCode} from './fold.js';

/** Receives each token of a scan: its span in the scanned text and whether it is a word. */
export type TokenVisitor = (start: number, end: number, word: boolean) => void;

/**
 * Elided articles, pronouns, conjunctions and prepositions of French and Italian, folded
 * ("l'", "d'", "qu'", "jusqu'", "dell'", "un'"): the words that an apostrophe joins to the
 * next word across white space.
 */
const elisions = new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'dell', 'dall', 'nell', 'sull', 'all', 'un']);
/** Code units of the longest elision, with room for invisible characters and compatibility forms inside it. */
const longestElision = 16;

const segmenterChunk = 200;
let wordSegmenter: Intl.Segmenter | undefined;

/** The class of the code point at `i` and its length in code units (a lone surrogate is `other`). */
const classAt = (text: string, i: number, table: Uint8Array): number => {
	const kind = table[text.charCodeAt(i)];
	if (kind !== surrogate) return kind;
	const codePoint = text.codePointAt(i)!;
	return codePoint > 0xFFFF ? classOfCodePoint(codePoint) : other;
};

const widthAt = (text: string, i: number): number => (text.codePointAt(i)! > 0xFFFF ? 2 : 1);

/** End of a run of code points whose class is in the bit set `accept`; ignorables inside are taken, trailing ones left. */
const runEnd = (text: string, i: number, to: number, table: Uint8Array, accept: number): number => {
	let end = i;
	let at = i;
	while (at < to) {
		let kind = table[text.charCodeAt(at)];
		if (kind === ignorable) {
			at++;
			continue;
		}
		// Only a surrogate can start a code point of two units.
		let width = 1;
		if (kind === surrogate) {
			kind = classAt(text, at, table);
			width = widthAt(text, at);
		}
		if (((1 << kind) & accept) === 0) break;
		at += width;
		end = at;
	}
	return end;
};

const letterOrMark = (1 << letter) | (1 << mark);
const wordPart = (1 << letter) | (1 << digit) | (1 << mark);
const digits = 1 << digit;
const marks = 1 << mark;
const katakanaRun = (1 << katakana) | (1 << mark);
const segmentedRun = (1 << segmented) | (1 << mark);
const apostrophe = 39;

/** The folded form of a code unit that may join: "'" for every apostrophe, '.', ':', '·', ',' or -1. */
const joinerOf = (code: number): number => {
	const folded = code < 0x80 ? (code === 96 ? apostrophe : code) : foldCode(code);
	return folded === apostrophe || folded === 46 || folded === 58 || folded === 0xB7 || folded === 44 ? folded : -1;
};

/** Whether the code unit `code` is an apostrophe of any form (it folds to "'"). */
export const isApostrophe = (code: number): boolean => joinerOf(code) === apostrophe;

const skipIgnorables = (text: string, i: number, to: number, table: Uint8Array): number => {
	while (i < to && table[text.charCodeAt(i)] === ignorable) i++;
	return i;
};

/**
 * Whether the word `text.slice(start, end)` is an elision standing alone: its folded form is in
 * `elisions` and no apostrophe comes before it (past invisible characters, not before `from`), so
 * the quoted "'n'" of "rock 'n' roll" is not one. Folded as the normaliser folds (fold table,
 * NFKC, lower case), so raw "L’" and normalised "l'" answer alike.
 */
const standsAloneElided = (text: string, start: number, end: number, from: number, table: Uint8Array): boolean => {
	if (end - start > longestElision) return false;
	let before = start - 1;
	while (before >= from && table[text.charCodeAt(before)] === ignorable) before--;
	if (before >= from && joinerOf(text.charCodeAt(before)) === apostrophe) return false;
	return elisions.has(foldCluster(text.slice(start, end)));
};

/**
 * Where the white space after the elision apostrophe at `at` ends, when the word `text.slice(start,
 * at)` is an elision standing alone and a letter or mark follows that white space (line breaks and
 * invisible characters included: the normaliser folds any run of them into one space); else -1.
 */
const elisionGapEnd = (text: string, start: number, at: number, to: number, from: number, table: Uint8Array): number => {
	let after = at + 1;
	let spaced = false;
	while (after < to) {
		const kind = table[text.charCodeAt(after)];
		if (kind === space) spaced = true;
		else if (kind !== ignorable) break;
		after++;
	}
	if (!spaced || after >= to) return -1;
	const next = classAt(text, after, table);
	if (next !== letter && next !== mark) return -1;
	return standsAloneElided(text, start, at, from, table) ? after : -1;
};

/**
 * Whether `text` ends in an elision standing alone and its apostrophe ("… de l'", white space after
 * it aside): the word goes on after the white space that follows (elisionGapEnd), so a line ending
 * so stops mid-sentence, and a dash opening the next line is running text, not a list's bullet.
 */
export const endsInElision = (text: string): boolean => {
	const table = classTable();
	let at = text.length - 1;
	while (at >= 0 && (table[text.charCodeAt(at)] === space || table[text.charCodeAt(at)] === ignorable)) at--;
	if (at < 1 || !isApostrophe(text.charCodeAt(at))) return false;
	// The last word before the apostrophe, as the scanner cuts it, from a white space before it (the text's start at most).
	let from = Math.max(0, at - longestElision - 1);
	while (from > 0 && table[text.charCodeAt(from - 1)] !== space) from--;
	let last: [number, number, boolean] | undefined;
	scanTokens(text, (start, end, word) => {
		last = [start, end, word];
	}, from, at);
	return last !== undefined && last[2] && last[1] === at && standsAloneElided(text, last[0], at, from, table);
};

/** End of a spaced-script word starting at `i` (letters, digits, marks, joiners; elisions join across white space). */
const wordEnd = (text: string, i: number, from: number, to: number, table: Uint8Array): number => {
	let end = runEnd(text, i, to, table, wordPart);
	// Most words end at white space or punctuation that joins nothing: an ASCII code unit other than
	// ' ` . : , (an ignorable is never ASCII), so the look past ignorables below would find no joiner.
	if (end >= to) return end;
	const after = text.charCodeAt(end);
	if (after < 0x80 && after !== 39 && after !== 96 && after !== 46 && after !== 58 && after !== 44) return end;
	for (;;) {
		// Invisible characters around a joiner are dropped by the normaliser: look past them.
		const at = skipIgnorables(text, end, to, table);
		if (at >= to) break;
		const joiner = joinerOf(text.charCodeAt(at));
		if (joiner < 0) break;
		const after = skipIgnorables(text, at + 1, to, table);
		if (after >= to) break;
		const next = classAt(text, after, table);
		if (joiner !== 44 && (next === letter || next === mark)) end = runEnd(text, after, to, table, letterOrMark);
		else if ((joiner === 46 || joiner === 44) && next === digit) end = runEnd(text, after, to, table, digits);
		else if (joiner === apostrophe && next === space) {
			const gapEnd = elisionGapEnd(text, i, at, to, from, table);
			if (gapEnd < 0) break;
			end = runEnd(text, gapEnd, to, table, letterOrMark);
		} else break;
	}
	return end;
};

/** Words of a run of a dictionary-segmented script; ignorables are left out of what the segmenter sees. */
const segmentRun = (text: string, start: number, end: number, visit: TokenVisitor) => {
	wordSegmenter ??= new Intl.Segmenter('und', {granularity: 'word'});
	let run = '';
	const at: number[] = [];
	const table = classTable();
	for (let i = start; i < end; i++) {
		if (table[text.charCodeAt(i)] === ignorable) continue;
		run += text[i];
		at.push(i);
	}
	at.push(end);
	for (let chunkStart = 0; chunkStart < run.length;) {
		let chunkEnd = Math.min(run.length, chunkStart + segmenterChunk);
		// Never cut a surrogate pair.
		if (chunkEnd < run.length && /[\uD800-\uDBFF]/.test(run[chunkEnd - 1])) chunkEnd++;
		for (const segment of wordSegmenter.segment(run.slice(chunkStart, chunkEnd))) {
			if (segment.isWordLike === false) continue;
			const from = chunkStart + segment.index;
			visit(at[from], at[from + segment.segment.length - 1] + widthAt(text, at[from + segment.segment.length - 1]), true);
		}
		chunkStart = chunkEnd;
	}
};

/**
 * Visit the word and punctuation tokens of `text.slice(from, to)`, in order (offsets into `text`).
 * A word's span holds white space only after an elision ("l' expédition").
 */
export const scanTokens = (text: string, visit: TokenVisitor, from = 0, to = text.length): void => {
	if (from === 0 && to === text.length && to > asciiScanFrom && asciiTokens(text, visit)) return;
	const table = classTable();
	let i = from;
	while (i < to) {
		// The table's class unless a surrogate starts here (classAt, without a call per character).
		let kind = table[text.charCodeAt(i)];
		if (kind === surrogate) kind = classAt(text, i, table);
		if (kind === space || kind === ignorable) {
			i++;
			continue;
		}
		let end: number;
		switch (kind) {
			case other:
				end = i + widthAt(text, i);
				visit(i, end, false);
				i = end;
				continue;
			case characterWord:
				end = runEnd(text, i + widthAt(text, i), to, table, marks);
				break;
			case katakana:
				end = runEnd(text, i, to, table, katakanaRun);
				break;
			case segmented:
				end = runEnd(text, i, to, table, segmentedRun);
				segmentRun(text, i, end, visit);
				i = end;
				continue;
			default:
				end = wordEnd(text, i, from, to, table);
		}
		visit(i, end, true);
		i = end;
	}
};

const nonAscii = /[^\u0000-\u007F]/;
/** A word of asciiWord's grammar from the position it is tried at (any case, "`" an apostrophe). */
const asciiWordAt = /[a-zA-Z0-9]+(?:['`.:][a-zA-Z]+|[.,][0-9]+)*/y;
/** Texts shorter than this are scanned by hand: the checks asciiTokens makes first would cost more than they save. */
const asciiScanFrom = 256;

/**
 * scanTokens over the whole of an ASCII `text` without an elision gap (asciiWordsOf's condition):
 * white space (tab to carriage return, space) apart, each word is asciiWord's match and any other
 * character a punctuation token of its own, as the class table has every ASCII character. Returns
 * false, visiting nothing, when `text` does not qualify. The scanner's loop, run once per text in a
 * one-shot process, is not yet optimised: a sticky regular expression per word (machine code) takes
 * half its time on the bench's 30,000-word articles. A property test holds the two together.
 */
export const asciiTokens = (text: string, visit: TokenVisitor): boolean => {
	if (nonAscii.test(text) || apostropheGap.test(text)) return false;
	const n = text.length;
	let i = 0;
	while (i < n) {
		const code = text.charCodeAt(i);
		if (code === 32 || (code >= 9 && code <= 13)) {
			i++;
			continue;
		}
		if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) {
			asciiWordAt.lastIndex = i;
			asciiWordAt.test(text);
			const end = asciiWordAt.lastIndex;
			visit(i, end, true);
			i = end;
			continue;
		}
		visit(i, i + 1, false);
		i++;
	}
	return true;
};
/** scanTokens's words in ASCII text without an elision gap, as one regular expression over the lower-cased text (several times faster per line). */
const asciiWord = /[a-z0-9]+(?:['.:][a-z]+|[.,][0-9]+)*/g;
/** An apostrophe before white space: an elision may join across it (elisionGapEnd), which asciiWord does not read. */
const apostropheGap = /['`]\s/;

/**
 * The words of an ASCII `text` as scanTokens cuts them, lower-cased ("`" as "'"), by one regular
 * expression: the grammar above restricted to ASCII, where it needs no class table. Undefined when
 * `text` is not ASCII or may hold an elision gap ("l' expedition"): then scan it. A property test
 * holds the two forms together (test/text/word-boundary.ts).
 */
export const asciiWordsOf = (text: string): string[] | undefined => {
	if (nonAscii.test(text) || apostropheGap.test(text)) return undefined;
	return text.toLowerCase().replaceAll('`', '\'').match(asciiWord) ?? [];
};

/** Whether an ASCII `text` takes the ASCII scan (asciiTokens, asciiWordsOf): no other character, and no apostrophe before white space (an elision gap). */
export const asciiScannable = (text: string): boolean => !nonAscii.test(text) && !apostropheGap.test(text);

/** An ASCII letter (either case). */
const asciiLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/**
 * Where the word of asciiWordAt's grammar that starts at `i` (a letter or digit) ends, read by hand:
 * a run of letters and digits, then any number of an apostrophe, "`", period or colon with the letters
 * after it, or a period or comma with the digits after it. The next character settles each step, so
 * the greedy pattern never backs up and the first match is this one. For an ASCII `text` (asciiScannable).
 */
export const asciiWordEnd = (text: string, i: number): number => {
	const n = text.length;
	let end = i + 1;
	for (let code = text.charCodeAt(end); end < n && (asciiLetter(code) || (code >= 48 && code <= 57)); code = text.charCodeAt(++end));
	while (end + 1 < n) {
		const joiner = text.charCodeAt(end);
		const next = text.charCodeAt(end + 1);
		if ((joiner === 39 || joiner === 96 || joiner === 46 || joiner === 58) && asciiLetter(next)) {
			end += 2;
			while (end < n && asciiLetter(text.charCodeAt(end))) end++;
		} else if ((joiner === 46 || joiner === 44) && next >= 48 && next <= 57) {
			end += 2;
			while (end < n && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
		} else {
			break;
		}
	}

	return end;
};

/** asciiWord read on the text as written: capitals as their lower case, "`" as "'". */
const asciiWordAnyCase = /[a-zA-Z0-9]+(?:['`.:][a-zA-Z]+|[.,][0-9]+)*/g;

/**
 * The number of words scanTokens cuts from an ASCII `text` (asciiWordsOf's count, without lower-casing
 * a copy or keeping the words), or undefined when asciiWordsOf would be. A 30,000-word article costs
 * the scanner some 15 ms in a fresh process (its code not yet optimised), one regular expression ~2 ms.
 */
export const asciiWordCount = (text: string): number | undefined => {
	if (nonAscii.test(text) || apostropheGap.test(text)) return undefined;
	return text.match(asciiWordAnyCase)?.length ?? 0;
};
