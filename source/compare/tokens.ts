import {fnv1a32} from '../text/hash.js';
import {normalizeForMatch, normalizeMapped, type NormalizedText} from '../text/normalize.js';
import {scanTokens} from '../text/word-boundary.js';

/**
 * Tokens of one side as parallel typed arrays, their normalised forms interned in
 * a vocabulary shared by both sides: a 30,000-word article is ~40,000 tokens, and
 * as objects and strings they cost more in garbage collection than everything else.
 */
export class Vocabulary {
	readonly words: string[] = [];
	/** Per id: 1 for word-like tokens, 0 for punctuation. */
	readonly wordLike: number[] = [];
	// Open-addressing hash table of ids + 1, so a token is looked up from its
	// characters without first allocating a string for it.
	private slots = new Int32Array(1 << 12);
	private hashes: number[] = [];

	id(norm: string, word: boolean): number {
		return this.idOfSlice(norm, 0, norm.length, word);
	}

	/** The id of `source.slice(from, to)`, added if new. */
	idOfSlice(source: string, from: number, to: number, word: boolean): number {
		const hash = fnv1a32(source, from, to);
		const mask = this.slots.length - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const entry = this.slots[slot];
			if (entry === 0) {
				const id = this.words.length;
				this.words.push(source.slice(from, to));
				this.wordLike.push(word ? 1 : 0);
				this.hashes.push(hash);
				this.slots[slot] = id + 1;
				if (this.words.length * 2 > this.slots.length) this.rehash();
				return id;
			}
			const id = entry - 1;
			if (this.hashes[id] === hash && sameSlice(this.words[id], source, from, to)) return id;
		}
	}

	get size() {
		return this.words.length;
	}

	private rehash() {
		const slots = new Int32Array(this.slots.length * 2);
		const mask = slots.length - 1;
		for (let id = 0; id < this.words.length; id++) {
			let slot = this.hashes[id] & mask;
			while (slots[slot] !== 0) slot = (slot + 1) & mask;
			slots[slot] = id + 1;
		}
		this.slots = slots;
	}
}

const sameSlice = (word: string, source: string, from: number, to: number): boolean => {
	if (word.length !== to - from) return false;
	for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== source.charCodeAt(from + k)) return false;
	return true;
};

export type TokenTable = {
	/** Original spans. */
	start: Int32Array;
	end: Int32Array;
	/** Vocabulary ids of the normalised forms. */
	id: Int32Array;
	/** Span in the normalised text (-1 for pieces of a cut token). */
	normStart: Int32Array;
	normEnd: Int32Array;
	count: number;
};

/** Zero-width joiner and emoji/text presentation selectors: normalisation drops them, so they fall between tokens. */
const joinerGap = /^(?:\u200d|\ufe0e|\ufe0f){1,4}$/u;
const isEmojiModifier = (code: number): boolean => code >= 0x1f3fb && code <= 0x1f3ff;
const isRegionalIndicator = (code: number): boolean => code >= 0x1f1e6 && code <= 0x1f1ff;

/**
 * Whether the token starting at original offset `from` continues, as one grapheme cluster (Unicode UAX #29:
 * GB11 ZWJ sequences, GB9 extenders, GB12/13 flag pairs), the token at `previousStart`..`previousEnd`:
 * a zero-width joiner between them (👨‍👩), a skin-tone modifier right after (👍🏽), or the second regional
 * indicator of a flag (🇧🇪). Reads at most a few characters.
 */
const joinsCluster = (text: string, previousStart: number, previousEnd: number, from: number): boolean => {
	if (from === previousEnd) {
		const code = text.codePointAt(from) ?? 0;
		if (isEmojiModifier(code)) return true;
		// A flag is a pair: the previous token one lone indicator (two UTF-16 units), this one an indicator.
		return isRegionalIndicator(code) && previousEnd - previousStart === 2 && isRegionalIndicator(text.codePointAt(previousStart) ?? 0);
	}
	return from - previousEnd <= 4 && text.charCodeAt(from - 1) === 0x200d && joinerGap.test(text.slice(previousEnd, from));
};

// The table being built, shared by tokenTable and its steps (pushToken, visitToken): module functions, not
// closures made anew on each call. A one-shot diff tokenises each side's whole text in one call, and code optimised
// during the first side's scan, calling that call's closures, was thrown away at the first token of the second
// side's (V8 checks the closure called, not only its code: "wrong call target"). Tokenising never re-enters itself.
let capacity = 0;
let start = new Int32Array(0);
let end = new Int32Array(0);
let id = new Int32Array(0);
let normStart = new Int32Array(0);
let normEnd = new Int32Array(0);
let count = 0;
/** The next of `cuts` not yet passed. */
let cut = 0;
let cuts: readonly number[] = [];
let original = '';
let norm = '';
let starts: Int32Array = new Int32Array(0);
let ends: Int32Array = new Int32Array(0);
let words: Vocabulary | undefined;

const grown = (array: Int32Array) => {
	const bigger = new Int32Array(capacity);
	bigger.set(array);
	return bigger;
};

/** Appends a token: its original span, vocabulary id and span in the normalised text (-1: a piece of a cut token). */
const pushToken = (s: number, e: number, tokenId: number, ns: number, ne: number): void => {
	if (count === capacity) {
		capacity *= 2;
		start = grown(start);
		end = grown(end);
		id = grown(id);
		normStart = grown(normStart);
		normEnd = grown(normEnd);
	}
	start[count] = s;
	end[count] = e;
	normStart[count] = ns;
	normEnd[count] = ne;
	id[count++] = tokenId;
};

/** One token of the normalised text (scanTokens's visitor): cut at unit boundaries, merged into one cluster, or appended. */
const visitToken = (from: number, to: number, word: boolean): void => {
	const vocabulary = words!;
	const s = starts[from];
	const e = ends[to - 1];
	while (cut < cuts.length && cuts[cut] <= s) cut++;
	if (cut < cuts.length && cuts[cut] < e) {
		// Split at every cut inside the token; each piece normalised on its own.
		let pieceStart = s;
		while (cut < cuts.length && cuts[cut] < e) {
			const piece = normalizeForMatch(original.slice(pieceStart, cuts[cut]));
			if (piece) pushToken(pieceStart, cuts[cut], vocabulary.id(piece, word), -1, -1);
			pieceStart = cuts[cut++];
		}
		const rest = normalizeForMatch(original.slice(pieceStart, e));
		if (rest) pushToken(pieceStart, e, vocabulary.id(rest, word), -1, -1);
		return;
	}
	if (count > 0 && (s < end[count - 1] || joinsCluster(original, start[count - 1], end[count - 1], s))) {
		// One original character normalised into several tokens ("½" → "1⁄2"), or one emoji sequence
		// (👨‍👩‍👧‍👦, 👍🏽, 🇧🇪) scanned as several symbols: they stay one token, so a change marks it whole.
		const merged = Math.max(e, end[count - 1]);
		const mergedNorm = normalizeForMatch(original.slice(start[count - 1], merged));
		end[count - 1] = merged;
		id[count - 1] = vocabulary.id(mergedNorm, word || vocabulary.wordLike[id[count - 1]] === 1);
		normStart[count - 1] = -1;
		normEnd[count - 1] = -1;
		return;
	}
	pushToken(s, e, vocabulary.idOfSlice(norm, from, to, word), from, to);
};

/**
 * Tokenise a normalised text into a table, cutting any token that straddles one of
 * `cuts` (sorted original offsets where units end; only overlong sentences cut inside a token).
 */
export const tokenTable = (text: string, normalized: NormalizedText, vocabulary: Vocabulary, unitCuts: number[] = []): TokenTable => {
	// Room for a token every four normalised characters (prose has one every five or six, with its spaces and
	// punctuation), so a long text's table is not grown and copied a few times over.
	capacity = Math.max(1024, (normalized.text.length >> 2) + 16);
	start = new Int32Array(capacity);
	end = new Int32Array(capacity);
	id = new Int32Array(capacity);
	normStart = new Int32Array(capacity);
	normEnd = new Int32Array(capacity);
	count = 0;
	cut = 0;
	cuts = unitCuts;
	original = text;
	norm = normalized.text;
	starts = normalized.starts;
	ends = normalized.ends;
	words = vocabulary;
	scanTokens(norm, visitToken);
	const table = {start: start.subarray(0, count), end: end.subarray(0, count), id: id.subarray(0, count), normStart: normStart.subarray(0, count), normEnd: normEnd.subarray(0, count), count};
	// Nothing of this text is kept past the call.
	cuts = [];
	original = '';
	norm = '';
	starts = ends = start = end = id = normStart = normEnd = new Int32Array(0);
	words = undefined;
	return table;
};

/** A contiguous run of tokens of one text (a sentence or a group of sentences). */
export type TokenRun = {text: string; table: TokenTable; from: number; to: number};

/** All tokens of a text as one run (for tests and one-off use). */
export const runOf = (text: string, vocabulary: Vocabulary): TokenRun => {
	const table = tokenTable(text, normalizeMapped(text), vocabulary);
	return {text, table, from: 0, to: table.count};
};
