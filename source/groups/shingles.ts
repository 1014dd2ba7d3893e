// Language-independent content fingerprints of an article: hashed word tokens
// (text/words.ts, mode "hashes") and word 3-shingles of its kept
// (non-boilerplate) text. Case and punctuation are ignored, so quote styles and
// Markdown do not separate copies.
import type {ArticleLabels} from '../boilerplate/label.js';
import {wordHashes} from '../text/words.js';
import {sortHashes} from './sort-hashes.js';

/** Words per shingle: long enough that shared shingles mean shared phrasing, short enough to survive edits. */
export const shingleSize = 3;

export type Fingerprint = {
	/** Number of tokens (the tokens themselves are not kept: a large corpus would hold them all at once). */
	tokenCount: number;
	/** Sorted, distinct shingle hashes. */
	shingles: Uint32Array;
	/** Hash of the whole token sequence: equal for texts that differ only in case, punctuation, boilerplate. */
	sequenceHash: number;
};

/** The text a group is judged on: body and title lines (labels), else the whole text when not labelled yet. */
export function keptText(article: {text: string; labels: ArticleLabels}): string {
	if (article.labels.lines.length === 0) return article.text;
	// Only words matter here, not layout: the kept lines joined are enough (cheaper than strip's keptText).
	let kept = '';
	for (const span of keptSpans(article)) kept += `${article.text.slice(span.start, span.end)}\n`;
	return kept;
}

/** The spans keptText joins, in label order: body and title lines, else the whole text when not labelled yet (then kept as it is, without a line break after it). */
export function keptSpans(article: {text: string; labels: ArticleLabels}): Array<{start: number; end: number}> {
	const lines = article.labels.lines;
	if (lines.length === 0) return [{start: 0, end: article.text.length}];
	return lines.filter(line => line.kind === 'body' || line.kind === 'title').map(line => line.span);
}

/** The fingerprint of a text (word hashes, then 3-shingles: fingerprintOfTokens). */
export const fingerprint = (text: string): Fingerprint => fingerprintOfTokens(wordHashes(text));

/** The fingerprint of a text's token hashes (in text order; not changed). */
export function fingerprintOfTokens(tokens: Uint32Array): Fingerprint {
	const shingleList = new Uint32Array(Math.max(0, tokens.length - shingleSize + 1) || (tokens.length > 0 ? 1 : 0));
	if (tokens.length < shingleSize) {
		// Very short texts: one shingle for the whole of it.
		if (tokens.length > 0) shingleList[0] = combine(tokens, 0, tokens.length);
	} else {
		for (let i = 0; i + shingleSize <= tokens.length; i++) shingleList[i] = combine(tokens, i, shingleSize);
	}

	return {
		tokenCount: tokens.length,
		shingles: sortedDistinct(shingleList),
		sequenceHash: combine(tokens, 0, tokens.length),
	};
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
	sortHashes(values);
	let write = 0;
	for (let read = 0; read < values.length; read++) {
		if (read === 0 || values[read] !== values[read - 1]) values[write++] = values[read];
	}

	return values.slice(0, write);
}
