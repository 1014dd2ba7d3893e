/**
 * The one word scanner. Every pass cuts words the same way and differs only in
 * what it takes from them (the modes below): token spans for the engine,
 * lower-cased folded words for boilerplate features, hashes for group
 * fingerprints, a count for the article list.
 *
 * The grammar (UAX #29-like, written by hand over a class table because Unicode
 * regular expressions and Intl.Segmenter are the hot spots of per-line work, and
 * Node 20's segmenter is quadratic on long strings):
 * - a word is a run of letters, digits and combining marks; an apostrophe,
 *   period, colon or middle dot between letters joins them (`l'État`, `U.S`,
 *   `EU:n`), a period or comma between digits joins them (`3.5`, `3,000`);
 *   hyphens split (`e-mail` is two words);
 * - Han and Hiragana: each character is a word (as word processors count them;
 *   the stopword lists hold single characters such as 的 and の); Katakana: a run is a word;
 * - Thai, Lao, Khmer, Myanmar: a run goes through Intl.Segmenter in chunks;
 * - invisible characters (soft hyphen, zero-width space and joiners) join: the
 *   normaliser drops them, so raw and normalised text give the same words;
 * - any other non-space character is a punctuation token of its own.
 */
import {characterWord, classOfCodePoint, classTable, digit, ignorable, katakana, letter, mark, other, segmented, space, surrogate} from './character-classes.js';
import {foldCode, extendsCluster} from './fold.js';
import {fnvOffset, fnvPrime, fnv1a32} from './hash.js';
import {normalizeForMatch, normalizeMapped, type NormalizedText} from './normalize.js';

/** A token: a word or a single punctuation character. Spans index the original text. */
export type Token = {
	start: number;
	end: number;
	/** Normalised form (see normalize.ts). */
	norm: string;
	/** Word-like (letters/digits) rather than punctuation. */
	word: boolean;
};

/** Receives each token of a scan: its span in the scanned text and whether it is a word. */
export type TokenVisitor = (start: number, end: number, word: boolean) => void;

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

/** The folded form of a joiner: "'" for every apostrophe, '.', ':', '·', ',' or -1. */
const joinerAt = (text: string, i: number): number => {
	const code = text.charCodeAt(i);
	const folded = code < 0x80 ? (code === 96 ? 39 : code) : foldCode(code);
	return folded === 39 || folded === 46 || folded === 58 || folded === 0xB7 || folded === 44 ? folded : -1;
};

const skipIgnorables = (text: string, i: number, to: number, table: Uint8Array): number => {
	while (i < to && table[text.charCodeAt(i)] === ignorable) i++;
	return i;
};

/** End of a spaced-script word starting at `i` (letters, digits, marks, joiners). */
const wordEnd = (text: string, i: number, to: number, table: Uint8Array): number => {
	let end = runEnd(text, i, to, table, wordPart);
	// Most words end at white space or punctuation that joins nothing: an ASCII code unit other than
	// ' ` . : , (an ignorable is never ASCII), so the look past ignorables below would find no joiner.
	if (end >= to) return end;
	const after = text.charCodeAt(end);
	if (after < 0x80 && after !== 39 && after !== 96 && after !== 46 && after !== 58 && after !== 44) return end;
	for (;;) {
		// Invisible characters around a joiner are dropped by the normaliser: look past them.
		const at = skipIgnorables(text, end, to, table);
		const after = skipIgnorables(text, at + 1, to, table);
		if (after >= to) break;
		const joiner = joinerAt(text, at);
		if (joiner < 0) break;
		const next = classAt(text, after, table);
		if (joiner !== 44 && (next === letter || next === mark)) end = runEnd(text, after, to, table, letterOrMark);
		else if ((joiner === 46 || joiner === 44) && next === digit) end = runEnd(text, after, to, table, digits);
		else break;
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

/** Visit the word and punctuation tokens of `text.slice(from, to)`, in order (offsets into `text`). */
export const scanTokens = (text: string, visit: TokenVisitor, from = 0, to = text.length): void => {
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
				end = wordEnd(text, i, to, table);
		}
		visit(i, end, true);
		i = end;
	}
};

const nonAscii = /[^\u0000-\u007F]/;
const asciiWord = /[a-z0-9]+(?:['.:][a-z]+|[.,][0-9]+)*/g;

/**
 * Mode "words": the lower-cased, folded words of `text` (the normaliser's
 * form of each word: "L’État" → "l'état", "cafe" + U+0301 → "café").
 */
export const wordsOf = (text: string): string[] => {
	if (!nonAscii.test(text)) return text.toLowerCase().replaceAll('`', '\'').match(asciiWord) ?? [];
	const words: string[] = [];
	scanTokens(text, (start, end, word) => {
		if (word) words.push(foldWord(text, start, end));
	});
	return words;
};

/** The normalised form of one word `text.slice(start, end)`; one code unit at a time unless it needs clusters. */
const foldWord = (text: string, start: number, end: number): string => {
	// A word of a normalised line is mostly its own fold: then the slice is the word.
	let same = start;
	while (same < end) {
		const code = text.charCodeAt(same);
		if (code < 0x80 ? (code >= 65 && code <= 90) || code === 96 : foldCode(code) !== code) break;
		if (same + 1 < end && text.charCodeAt(same + 1) >= 0xAD && extendsCluster(text, same + 1)) break;
		same++;
	}
	if (same === end) return text.slice(start, end);
	let folded = '';
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		const unit = code < 0x80 ? (code >= 65 && code <= 90 ? code + 32 : code === 96 ? 39 : code) : foldCode(code);
		if (unit === -2 || (i + 1 < end && extendsCluster(text, i + 1))) return normalizeForMatch(text.slice(start, end));
		if (unit >= 0) folded += String.fromCharCode(unit);
	}
	return folded;
};

/**
 * Mode "hashes": FNV-1a (32-bit) of each word of `text` as wordsOf gives it,
 * in order, without building the strings in the common case.
 */
export const wordHashes = (text: string): Uint32Array => {
	const hashes: number[] = [];
	scanTokens(text, (start, end, word) => {
		if (word) hashes.push(wordHash(text, start, end));
	});
	return Uint32Array.from(hashes);
};

/** FNV-1a (32-bit) of the word `text.slice(start, end)` as wordsOf gives it (mode "hashes"). */
const wordHash = (text: string, start: number, end: number): number => {
	let hash = fnvOffset;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		const unit = code < 0x80 ? (code >= 65 && code <= 90 ? code + 32 : code === 96 ? 39 : code) : foldCode(code);
		// Only a code unit from U+00AD up can extend a cluster (extendsCluster).
		if (unit === -2 || (i + 1 < end && text.charCodeAt(i + 1) >= 0xAD && extendsCluster(text, i + 1))) return fnv1a32(normalizeForMatch(text.slice(start, end)));
		if (unit >= 0) hash = Math.imul(hash ^ unit, fnvPrime);
	}
	return hash >>> 0;
};

/**
 * Modes "count" and "hashes" in one pass: the number of words of `text`
 * (countWords) and the hashes of the words inside `spans` (wordHashes of the
 * spans' slices, each followed by a line break, joined). `spans`: in text
 * order, not overlapping. A word ends where the scanner meets white space, so
 * a span that starts and ends at white space (or the text's ends) holds the
 * same words in the text as alone; `hashes` is undefined when a span does
 * not (its words may differ alone: the caller then hashes the slices).
 */
export const wordCountAndHashes = (text: string, spans: ReadonlyArray<{start: number; end: number}>): {count: number; hashes: Uint32Array | undefined} => {
	const table = classTable();
	const closed = (at: number) => at < 0 || at >= text.length || table[text.charCodeAt(at)] === space;
	let clean = true;
	for (let k = 0; k < spans.length && clean; k++) {
		const {start, end} = spans[k]!;
		clean = start <= end && (k === 0 || spans[k - 1]!.end <= start) && closed(start - 1) && closed(end);
	}
	if (!clean) return {count: countWords(text), hashes: undefined};
	const hashes: number[] = [];
	let count = 0;
	let k = 0;
	scanTokens(text, (start, end, word) => {
		if (!word) return;
		count++;
		while (k < spans.length && spans[k]!.end <= start) k++;
		if (k < spans.length && start >= spans[k]!.start) hashes.push(wordHash(text, start, end));
	});
	return {count, hashes: Uint32Array.from(hashes)};
};

/** Mode "count": the number of words of `text` (punctuation and white space excluded). */
export const countWords = (text: string): number => {
	let count = 0;
	scanTokens(text, (_start, _end, word) => {
		if (word) count++;
	});
	return count;
};

/**
 * Mode "spans": tokens of a normalised copy, with spans mapped back to the
 * original text. `normalizedStarts`, if given, receives each token's offset in the normalised text.
 */
const tokensOf = (normalized: NormalizedText, normalizedStarts?: number[]): Token[] => {
	const tokens: Token[] = [];
	const {text, starts, ends} = normalized;
	scanTokens(text, (start, end, word) => {
		tokens.push({start: starts[start], end: ends[end - 1], norm: text.slice(start, end), word});
		normalizedStarts?.push(start);
	});
	return tokens;
};

/** Tokens of `text.slice(from, to)`, normalised for matching, spans into `text`. */
export const tokenize = (text: string, from = 0, to = text.length): Token[] => tokensOf(normalizeMapped(text, from, to));
