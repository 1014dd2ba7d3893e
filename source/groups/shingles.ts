// Language-independent content fingerprints of an article: hashed word tokens
// and word 3-shingles of its kept (non-boilerplate) text. Case and punctuation
// are ignored, so quote styles and Markdown do not separate copies.
import {keptText as strippedText} from '../boilerplate/strip.js';
import type {AnalyzedArticle} from '../corpus/article.js';

/** Words per shingle: long enough that shared shingles mean shared phrasing, short enough to survive edits. */
export const shingleSize = 3;

/** Scripts written without spaces: every character is a token, so shingles are character 3-grams. */
const tokenPattern =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}])[\p{L}\p{N}\p{M}])+/gu;

export type Fingerprint = {
	/** Hashes of the tokens in text order. */
	tokens: Uint32Array;
	/** Sorted, distinct shingle hashes. */
	shingles: Uint32Array;
	/** Sorted token hashes with repeats (a multiset, for word-overlap similarity). */
	bag: Uint32Array;
	/** Hash of the whole token sequence: equal for texts that differ only in case, punctuation, boilerplate. */
	sequenceHash: number;
};

/** The text a group is judged on: body and title lines (labels), else the whole text when not labelled yet. */
export function keptText(article: Pick<AnalyzedArticle, 'text' | 'labels'>): string {
	return article.labels.lines.length === 0 ? article.text : strippedText(article.text, article.labels);
}

export function fingerprint(text: string): Fingerprint {
	const hashes: number[] = [];
	for (const match of text.toLowerCase().matchAll(tokenPattern)) hashes.push(fnv1a(match[0]));
	const tokens = Uint32Array.from(hashes);
	const shingleList = new Uint32Array(Math.max(0, tokens.length - shingleSize + 1) || (tokens.length > 0 ? 1 : 0));
	if (tokens.length < shingleSize) {
		// Very short texts: one shingle for the whole of it.
		if (tokens.length > 0) shingleList[0] = combine(tokens, 0, tokens.length);
	} else {
		for (let i = 0; i + shingleSize <= tokens.length; i++) shingleList[i] = combine(tokens, i, shingleSize);
	}

	return {
		tokens,
		shingles: sortedDistinct(shingleList),
		bag: Uint32Array.from(tokens).sort(),
		sequenceHash: combine(tokens, 0, tokens.length),
	};
}

/** FNV-1a over UTF-16 code units: fast, stable across runs and machines. */
export function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}

	return hash >>> 0;
}

function combine(tokens: Uint32Array, from: number, count: number): number {
	let hash = 0x9747b28c ^ count;
	for (let i = from; i < from + count; i++) {
		hash = Math.imul(hash ^ tokens[i], 0x85ebca6b);
		hash ^= hash >>> 13;
	}

	return mix32(hash);
}

/** Murmur3's finaliser: spreads bits so hashes are usable as minhash inputs. */
export function mix32(value: number): number {
	let h = value >>> 0;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

function sortedDistinct(values: Uint32Array): Uint32Array {
	values.sort();
	let write = 0;
	for (let read = 0; read < values.length; read++) {
		if (read === 0 || values[read] !== values[read - 1]) values[write++] = values[read];
	}

	return values.slice(0, write);
}
