import {classTable, ignorable, other, space} from './character-classes.js';
import {Hash53} from './hash.js';

/**
 * The key that matches a line across articles (corpus repetition, repeated
 * titles, sibling counterparts): its normalised form (normalizeForMatch) with
 * every run of punctuation, symbols and white space counted as one space,
 * leading and trailing ones as nothing. Returns the key's Hash53 (53 bits,
 * computed without building the key), or 0 when the key is empty.
 */
export const keyHashOfNormalized = (normalized: string): number => {
	// Surrogate halves: astral characters are mostly CJK letters; they count as letters.
	const table = classTable();
	const hash = new Hash53();
	let length = 0;
	let pendingSpace = false;
	for (let i = 0; i < normalized.length; i++) {
		const code = normalized.charCodeAt(i);
		const kind = table[code];
		if (kind === other || kind === space || kind === ignorable) {
			pendingSpace = length > 0;
			continue;
		}
		if (pendingSpace) {
			hash.add(32);
			pendingSpace = false;
		}
		hash.add(code);
		length++;
	}
	return length === 0 ? 0 : hash.value();
};
