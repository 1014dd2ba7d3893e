import {normalizeMapped, type NormalizedText} from './normalize.js';

/**
 * Word tokens of any script. Space-delimited scripts are tokenised with a
 * UAX #29-like regular expression (letters joined by apostrophes or periods,
 * digits by separators; hyphens split); runs of scripts written without spaces
 * (Han, kana, Thai, Lao, Khmer, Myanmar) go through Intl.Segmenter in short
 * chunks. Why not Intl.Segmenter everywhere: in Node 20 it is quadratic in the
 * length of the string and slow per segment (a 30,000-word text takes seconds).
 */

/** A token: a word or a single punctuation character. Spans index the original text. */
export type Token = {
	start: number;
	end: number;
	/** Normalised form (see normalize.ts). */
	norm: string;
	/** Word-like (letters/digits) rather than punctuation. */
	word: boolean;
};

const tokenPattern = /[\p{L}\p{N}\p{M}]+(?:['.:\u00B7][\p{L}\p{M}]+|[.,][\p{N}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;
const wordStart = /^[\p{L}\p{N}\p{M}]/u;
const unspacedScript = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;
const segmenterChunk = 200;

let wordSegmenter: Intl.Segmenter | undefined;

/** Split a run of letters from unspaced scripts into words; offsets are relative to the run. */
const segmentUnspaced = (run: string, emit: (start: number, end: number) => void) => {
	wordSegmenter ??= new Intl.Segmenter('und', {granularity: 'word'});
	for (let chunkStart = 0; chunkStart < run.length; ) {
		let chunkEnd = Math.min(run.length, chunkStart + segmenterChunk);
		// Never cut a surrogate pair.
		if (chunkEnd < run.length && /[\uD800-\uDBFF]/.test(run[chunkEnd - 1])) chunkEnd++;
		for (const segment of wordSegmenter.segment(run.slice(chunkStart, chunkEnd))) {
			if (segment.isWordLike !== false) emit(chunkStart + segment.index, chunkStart + segment.index + segment.segment.length);
		}
		chunkStart = chunkEnd;
	}
};

/** Visit the word and punctuation tokens of `text` (offsets into `text`). */
export const scanTokens = (text: string, visit: (start: number, end: number, word: boolean) => void) => {
	const hasUnspaced = unspacedScript.test(text);
	tokenPattern.lastIndex = 0;
	for (let match = tokenPattern.exec(text); match; match = tokenPattern.exec(text)) {
		const value = match[0];
		const start = match.index;
		const code = value.charCodeAt(0);
		const word = code < 0x80 ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : wordStart.test(value);
		if (!word) {
			visit(start, start + value.length, false);
		} else if (hasUnspaced && unspacedScript.test(value)) {
			segmentUnspaced(value, (s, e) => visit(start + s, start + e, true));
		} else {
			visit(start, start + value.length, true);
		}
	}
};

/** Words of a text (word-like segments; punctuation and whitespace excluded). */
export const countWords = (text: string): number => {
	let count = 0;
	scanTokens(text, (_s, _e, word) => {
		if (word) count++;
	});
	return count;
};

/**
 * Tokens of a normalised copy, with spans mapped back to the original text.
 * `normalizedStarts`, if given, receives each token's offset in the normalised text.
 */
export const tokensOf = (normalized: NormalizedText, normalizedStarts?: number[]): Token[] => {
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
