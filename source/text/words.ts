/**
 * The word readers: every pass cuts words where word-boundary.ts says and
 * differs only in what it takes from them (the modes below): token spans for
 * the engine, lower-cased folded words for boilerplate features, hashes for
 * group fingerprints, a count for the article list. A word folds as the
 * normaliser folds it (normalize.ts), white space inside it (an elision joined
 * to its word: "l' expédition") dropped, so raw and normalised text give the
 * same words in every mode.
 */
import {foldCode, extendsCluster} from './fold.js';
import {fnvOffset, fnvPrime, fnv1a32} from './hash.js';
import {normalizeForMatch, normalizeMapped, type NormalizedText} from './normalize.js';
import {classTable, ignorable, space} from './character-classes.js';
import {asciiScannable, asciiWordCount, asciiWordEnd, asciiWordsOf, isApostrophe, scanTokens} from './word-boundary.js';


/** A token: a word or a single punctuation character. Spans index the original text. */
export type Token = {
	start: number;
	end: number;
	/** Normalised form (see normalize.ts). */
	norm: string;
	/** Word-like (letters/digits) rather than punctuation. */
	word: boolean;
};

/**
 * Mode "words": the lower-cased, folded words of `text` (the normaliser's
 * form of each word: "L’État" → "l'état", "cafe" + U+0301 → "café").
 */
export const wordsOf = (text: string): string[] => {
	const ascii = asciiWordsOf(text);
	if (ascii) return ascii;
	const words: string[] = [];
	scanTokens(text, (start, end, word) => {
		if (word) words.push(foldWord(text, start, end));
	});
	return words;
};

/**
 * The normalised form of one word `text.slice(start, end)`; one code unit at a time unless it needs
 * clusters. White space inside a word (after an elision, word-boundary.ts) folds to nothing, as the
 * normaliser drops it.
 */
const foldWord = (text: string, start: number, end: number): string => {
	// A word of a normalised line is mostly its own fold: then the slice is the word.
	let same = start;
	while (same < end) {
		const code = text.charCodeAt(same);
		if (code < 0x80 ? (code >= 65 && code <= 90) || code === 96 || code <= 32 : foldCode(code) !== code) break;
		if (same + 1 < end && text.charCodeAt(same + 1) >= 0xAD && extendsCluster(text, same + 1)) break;
		same++;
	}
	if (same === end) return text.slice(start, end);
	let folded = '';
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		const unit = code < 0x80 ? (code >= 65 && code <= 90 ? code + 32 : code === 96 ? 39 : code <= 32 ? -1 : code) : foldCode(code);
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
		const unit = code < 0x80 ? (code >= 65 && code <= 90 ? code + 32 : code === 96 ? 39 : code <= 32 ? -1 : code) : foldCode(code);
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
 * order, not overlapping. A word ends where the scanner meets white space
 * (but after an elision, which joins across it), so a span that starts and
 * ends at white space (or the text's ends) holds the same words in the text
 * as alone, unless a word joins across its edge or it ends in an apostrophe
 * (alone, the next span's first word may join it); `hashes` is undefined when
 * a span does not (its words may differ alone: the caller then hashes the slices).
 */
export const wordCountAndHashes = (text: string, spans: ReadonlyArray<{start: number; end: number}>): {count: number; hashes: Uint32Array | undefined} => {
	const table = classTable();
	const closed = (at: number) => at < 0 || at >= text.length || table[text.charCodeAt(at)] === space;
	let clean = true;
	for (let k = 0; k < spans.length && clean; k++) {
		const {start, end} = spans[k]!;
		clean = start <= end && (k === 0 || spans[k - 1]!.end <= start) && closed(start - 1) && closed(end) && (k === spans.length - 1 || !endsInApostrophe(text, start, end));
	}
	if (!clean) return {count: countWords(text), hashes: undefined};
	if (asciiScannable(text)) return asciiCountAndHashes(text, spans);
	const hashes: number[] = [];
	let count = 0;
	let k = 0;
	scanTokens(text, (start, end, word) => {
		if (!word) return;
		count++;
		while (k < spans.length && spans[k]!.end <= start) k++;
		if (k >= spans.length) return;
		const span = spans[k]!;
		// Only an elision joined across white space can reach over a span's edge.
		if (end > span.end || (start < span.start && end > span.start)) clean = false;
		else if (start >= span.start) hashes.push(wordHash(text, start, end));
	});
	return {count, hashes: clean ? Uint32Array.from(hashes) : undefined};
};

/**
 * wordCountAndHashes's pass over an ASCII text without an elision gap (word-boundary.ts asciiScannable),
 * by hand: each word where asciiWordEnd says (the words scanTokens cuts there), hashed as wordHash hashes
 * an ASCII word (capitals as their lower case, "`" as "'"), with no call per token. `spans` as there,
 * already checked. A property test holds it to the scanner's pass.
 */
const asciiCountAndHashes = (text: string, spans: ReadonlyArray<{start: number; end: number}>): {count: number; hashes: Uint32Array | undefined} => {
	const n = text.length;
	// On the heap, then one typed array (as the scanner's pass): an oversized typed array per article would leave its
	// buffer outside the heap for the collector's background sweep, which a loaded machine delays.
	const hashes: number[] = [];
	let count = 0;
	let clean = true;
	let k = 0;
	let i = 0;
	while (i < n) {
		const code = text.charCodeAt(i);
		if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57))) {
			i++;
			continue;
		}

		const start = i;
		const end = asciiWordEnd(text, i);
		i = end;
		count++;
		while (k < spans.length && spans[k]!.end <= start) k++;
		if (k >= spans.length || !clean) continue;
		const span = spans[k]!;
		if (end > span.end || (start < span.start && end > span.start)) {
			clean = false;
		} else if (start >= span.start) {
			let hash = fnvOffset;
			for (let at = start; at < end; at++) {
				const unit = text.charCodeAt(at);
				hash = Math.imul(hash ^ (unit >= 65 && unit <= 90 ? unit + 32 : unit === 96 ? 39 : unit), fnvPrime);
			}

			hashes.push(hash >>> 0);
		}
	}

	return {count, hashes: clean ? Uint32Array.from(hashes) : undefined};
};

/** Whether the last character of `text.slice(start, end)` other than white space is an apostrophe (word-boundary.ts isApostrophe). */
const endsInApostrophe = (text: string, start: number, end: number): boolean => {
	const table = classTable();
	let last = end - 1;
	while (last >= start && (table[text.charCodeAt(last)] === space || table[text.charCodeAt(last)] === ignorable)) last--;
	return last >= start && isApostrophe(text.charCodeAt(last));
};

/** Mode "count": the number of words of `text` (punctuation and white space excluded). */
export const countWords = (text: string): number => {
	const ascii = asciiWordCount(text);
	if (ascii !== undefined) return ascii;
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
