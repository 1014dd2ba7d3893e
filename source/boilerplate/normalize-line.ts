import {classTable} from './character-classes.js';

// A line normaliser for matching lines across articles (corpus repetition,
// repeated titles, sibling counterparts). Works on a copy: offsets of the
// stored text are never affected.

const quoteFolds: Record<string, string> = {
	'\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '`': "'", '\u00B4': "'",
	'\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
	'\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

const foldPattern = /[\u2018\u2019\u201A\u201B\u2032`\u00B4\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u2010-\u2015\u2212]/g;

const markdownCharacters = /[[*_~<#>]/;
const nonAscii = /[^\u0000-\u007F]/;

/** Removes Markdown decoration but keeps the words: links, images, emphasis, heading and quote marks. */
export const stripMarkdown = (line: string): string =>
	!markdownCharacters.test(line) ? line : line
		.replace(/!?\[([^[\]]{0,500})\]\([^()]{0,2000}\)/g, '$1')
		.replace(/<(https?:\/\/[^>\s]+)>/gi, '$1')
		.replace(/^\s{0,3}(?:#{1,6}\s+|>\s*)+/, '')
		.replace(/(\*\*|__|\*|_|~~)(?=\S)([^*_~]*?\S)\1/g, '$2');

const spaceRun = /[\s\u200B-\u200D\u2060]+/g;

/** White space and zero-width characters outside ASCII that collapse to a space. */
const isWideSpace = (code: number): boolean =>
	code === 0xA0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200D) || code === 0x2028 || code === 0x2029 || code === 0x202F || code === 0x205F || code === 0x2060 || code === 0x3000 || code === 0xFEFF;

const isFolded = (code: number): boolean => code === 0x60 || code === 0xAB || code === 0xB4 || code === 0xBB || (code >= 0x2010 && code <= 0x2015) || (code >= 0x2018 && code <= 0x201F) || code === 0x2032 || code === 0x2033 || code === 0x2212;

const needsFolding = 1;
const needsCollapsing = 2;

/**
 * Whether a line has quotes or dashes to fold (foldPattern) or white space
 * that collapsing changes (anything but lone ASCII spaces): one pass over
 * char codes, so most lines skip both replacements.
 */
const pendingWork = (line: string): number => {
	let work = 0;
	let previousSpace = false;
	for (let i = 0; i < line.length; i++) {
		const code = line.charCodeAt(i);
		if (code === 32) {
			if (previousSpace) {
				work |= needsCollapsing;
			}

			previousSpace = true;
			continue;
		}

		previousSpace = false;
		if ((code >= 9 && code <= 13) || (code >= 0xA0 && isWideSpace(code))) {
			work |= needsCollapsing;
		} else if (code >= 0x60 && isFolded(code)) {
			work |= needsFolding;
		}
	}

	return work;
};

/** NFKC, case-folded, quotes and dashes folded, Markdown stripped, white space collapsed, trimmed. `stripped`: stripMarkdown(line), if the caller has it. */
export const normalizeLine = (line: string, stripped?: string): string => {
	const ascii = !nonAscii.test(line);
	// An ASCII line is its own NFKC form, so Markdown stripped by the caller can be reused.
	let normalized = (ascii && stripped !== undefined ? stripped : stripMarkdown(ascii ? line : line.normalize('NFKC'))).toLowerCase();
	const work = pendingWork(normalized);
	if (work & needsFolding) {
		normalized = normalized.replace(foldPattern, (c) => quoteFolds[c] ?? c);
	}

	if (work & needsCollapsing) {
		normalized = normalized.replace(spaceRun, ' ');
	}

	return normalized.trim();
};

/** A normalised line (normalizeLine) without punctuation and symbols. */
export const keyOfNormalized = (normalized: string): string =>
	(nonAscii.test(normalized) ? normalized.replace(/[\p{P}\p{S}\s]+/gu, ' ') : normalized.replace(/[^a-z0-9]+/g, ' ')).trim();

/** The normalised line with punctuation and symbols removed: for matching lines across articles and titles. */
export const lineKey = (line: string): string => keyOfNormalized(normalizeLine(line));

/**
 * The 53-bit hash of keyOfNormalized(normalized), computed without building
 * the key: runs of anything but letters, marks and numbers count as one
 * space, leading and trailing ones as nothing. 0 when the key is empty.
 */
export const keyHashOfNormalized = (normalized: string): number => {
	// Surrogate halves: astral characters are mostly CJK letters; they count as letters.
	const table = classTable();
	let low = 0x811C9DC5;
	let high = 0x01000193;
	let length = 0;
	let pendingSpace = false;
	for (let i = 0; i < normalized.length; i++) {
		const code = normalized.charCodeAt(i);
		if (table[code] === 0) {
			pendingSpace = length > 0;
			continue;
		}

		if (pendingSpace) {
			low = Math.imul(low ^ 32, 0x01000193);
			high = Math.imul(high ^ 32, 0x5BD1E995);
			high ^= high >>> 15;
			pendingSpace = false;
		}

		low = Math.imul(low ^ code, 0x01000193);
		high = Math.imul(high ^ code, 0x5BD1E995);
		high ^= high >>> 15;
		length++;
	}

	return length === 0 ? 0 : ((high & 0x1FFFFF) * 0x1_0000_0000) + (low >>> 0) + 1;
};
