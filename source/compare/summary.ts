import type {Comparison, RelationMeasures, Row, Substitution} from './model.js';
import type {Side} from './units.js';
import {relationOfMeasures} from './relation-rule.js';
import {relationThresholds} from './relation-thresholds.js';
import type {Weights} from './weights.js';
import type {Pair} from './align.js';
import type {PairDiff} from './word-diff.js';

/** Row kinds that are changes (a `changed` row always has a non-trivial op: trivial-only pairs are `same`). */
export const changeKinds: ReadonlySet<Row['kind']> = new Set<Row['kind']>(['changed', 'moved', 'removed', 'added']);

/**
 * Does this row count as a change? The one rule for the summary's count, the
 * gutter and change navigation: a change kind, and for a `changed` row one read
 * back from elsewhere (JSON) with only equal ops is trivial, not a change.
 */
export const isChangeRow = (row: Row): boolean =>
	changeKinds.has(row.kind) && (row.kind !== 'changed' || row.rewritten === true || row.ops.length === 0 || row.ops.some(op => op.op !== 'equal'));

type SideTotals = {total: number; shared: number; paired: number; exact: number};

const totalsOf = (side: Side, s: 0 | 1, weights: Weights): SideTotals => {
	let total = 0;
	const {body} = side;
	for (let k = 0; k < body.length; k++) total += weights.unitWeight[s][body[k]!]!;
	return {total, shared: 0, paired: 0, exact: 0};
};

const numeric = /^[\p{N}.,:]+$/u;

/**
 * From one pass over both sides' body words (the units each side compares, `Side.body`): the weighted overlap of the two
 * vocabularies relative to the smaller one (numbers left out: long texts share
 * many by chance — dates, counts, scores), and each side's share of distinct
 * content words (function and calendar words aside, elided articles dropped)
 * found in the other, and the weighted overlap of the content vocabularies alone
 * (`content`, RelationMeasures).
 */
const vocabularyMeasures = (sides: readonly [Side, Side], weights: Weights): {vocabulary: number; content: number; words: [number, number]} => {
	const size = weights.pairWeight.length;
	const seen = [new Uint8Array(size), new Uint8Array(size)];
	const content = [new Uint8Array(size), new Uint8Array(size)];
	for (let s = 0; s < 2; s++) {
		const lists = weights.unitWords[s];
		// The side's body as compared: a tentative line (page chrome by its place) left unpaired has left it
		// (compare.ts settleTentative) though the weights were made with its words; the chrome two pages of
		// one site share is no subject of theirs.
		const {body} = sides[s]!;
		for (let b = 0; b < body.length; b++) {
			const list = lists[body[b]!]!;
			for (let k = 0; k < list.length; k++) {
				const id = list[k]!;
				seen[s]![id] = 1;
				const match = weights.match[id]!;
				if (weights.pairWeight[match]! > 0) content[s]![match] = 1;
			}
		}
	}
	let aTotal = 0;
	let bTotal = 0;
	let shared = 0;
	const counts = [0, 0, 0];
	for (let id = 0; id < size; id++) {
		if (content[0]![id] || content[1]![id]) {
			if (content[0]![id]) counts[0]++;
			if (content[1]![id]) counts[1]++;
			if (content[0]![id] && content[1]![id]) counts[2]++;
		}
		if (!(seen[0]![id] || seen[1]![id])) continue;
		const code = weights.words[id]!.charCodeAt(0);
		if ((code < 0x80 ? code >= 48 && code <= 57 : true) && numeric.test(weights.words[id]!)) continue;
		const weight = weights.weight[id]!;
		if (seen[0]![id]) aTotal += weight;
		if (seen[1]![id]) bTotal += weight;
		if (seen[0]![id] && seen[1]![id]) shared += weight;
	}
	// The content vocabulary alone, each word by its pairing weight (0 for function and calendar words).
	let aContent = 0;
	let bContent = 0;
	let sharedContent = 0;
	for (let id = 0; id < size; id++) {
		const weight = weights.pairWeight[id]!;
		if (!(weight > 0)) continue;
		if (content[0]![id]) aContent += weight;
		if (content[1]![id]) bContent += weight;
		if (content[0]![id] && content[1]![id]) sharedContent += weight;
	}
	const smallerContent = Math.min(aContent, bContent);
	const smaller = Math.min(aTotal, bTotal);
	return {vocabulary: smaller > 0 ? shared / smaller : 0, content: smallerContent > 0 ? sharedContent / smallerContent : 0, words: [counts[0] ? counts[2] / counts[0] : 0, counts[1] ? counts[2] / counts[1] : 0]};
};

/** A side's body words (vocabulary ids) in text order. */
const bodyWords = (side: Side, s: 0 | 1, weights: Weights): Int32Array => {
	const {body} = side;
	const lists = weights.unitWords[s];
	let count = 0;
	for (let k = 0; k < body.length; k++) count += lists[body[k]!]!.length;
	const words = new Int32Array(count);
	let at = 0;
	for (let k = 0; k < body.length; k++) {
		const list = lists[body[k]!]!;
		words.set(list, at);
		at += list.length;
	}
	return words;
};

/** A side's content words (match ids; function and calendar words left out) in text order. */
const contentWords = (side: Side, s: 0 | 1, weights: Weights): Int32Array => {
	// Rewritten in place: bodyWords returns a fresh array, and `at` never passes the word it reads.
	const words = bodyWords(side, s, weights);
	let at = 0;
	for (let w = 0; w < words.length; w++) {
		const match = weights.match[words[w]!]!;
		if (weights.pairWeight[match]! > 0) words[at++] = match;
	}
	return words.subarray(0, at);
};

/**
 * A 32-bit hash (FNV-1a-like, over word ids) of every word n-gram of `words`, for each n of
 * `sizes` (ascending), in one pass: an n-gram's hash is a step of the longer n-grams' hash
 * at the same position. `[n index][position]`.
 */
const ngramHashes = (words: Int32Array, sizes: readonly number[]): Uint32Array[] => {
	const hashes = sizes.map(n => new Uint32Array(Math.max(0, words.length - n + 1)));
	const longest = sizes[sizes.length - 1]!;
	for (let k = 0; k < words.length; k++) {
		let hash = 0x811c9dc5;
		let next = 0;
		for (let x = 0; x < longest && k + x < words.length; x++) {
			hash = Math.imul(hash ^ words[k + x]!, 0x01000193) ^ (hash >>> 15);
			if (x + 1 === sizes[next]) hashes[next++]![k] = hash >>> 0;
		}
	}
	return hashes;
};

const setOf = (hashes: Uint32Array): HashSet => {
	const set = new HashSet(hashes.length);
	for (let k = 0; k < hashes.length; k++) set.add(hashes[k]!);
	return set;
};

/** The hashes of one n: each side's n-gram hashes (ngramHashes) and their sets. */
type NgramSides = {n: number; words: readonly [Int32Array, Int32Array]; hashes: readonly [Uint32Array, Uint32Array]; sets: readonly [HashSet, HashSet]};

const ngramSides = (words: readonly [Int32Array, Int32Array], hashes: readonly [Uint32Array[], Uint32Array[]], n: number, at: number): NgramSides => ({
	n,
	words,
	hashes: [hashes[0][at]!, hashes[1][at]!],
	sets: [setOf(hashes[0][at]!), setOf(hashes[1][at]!)],
});

/** passageCoverage from hashes made already. */
const coverageOf = ({n, words, hashes, sets}: NgramSides): {share: [number, number]; words: [number, number]} => {
	const covered = hashes.map((own, s) => {
		const other = sets[1 - s]!;
		let count = 0;
		let reach = 0;
		for (let k = 0; k < own.length; k++) {
			if (!other.has(own[k]!)) continue;
			count += k + n - Math.max(k, reach);
			reach = k + n;
		}
		return count;
	});
	const share = (s: 0 | 1) => (words[s].length ? covered[s]! / words[s].length : 0);
	return {share: [share(0), share(1)], words: [covered[0]!, covered[1]!]};
};

/** ngramContainment from sets made already. */
const containmentOf = ([a, b]: readonly [HashSet, HashSet]): [number, number] => {
	const shared = b.sharedWith(a);
	return [a.size ? shared / a.size : 0, b.size ? shared / b.size : 0];
};

/**
 * Word-for-word passages, as greedy string tiling counts them (Wise 1996; the
 * measure of Clough & Stevenson 2011 for cut-and-paste reuse): the words of
 * each side that lie in a run of at least `n` words (body words, in text order)
 * also found in the other side. Returns the share of each side's words so
 * covered and their number: {share: [left, right], words: [left, right]}.
 * `words`: both sides' body words (bodyWords), when the caller made them already.
 */
export const passageCoverage = (left: Side, right: Side, weights: Weights, n: number, words?: readonly [Int32Array, Int32Array]): {share: [number, number]; words: [number, number]} => {
	const sides = words ?? ([bodyWords(left, 0, weights), bodyWords(right, 1, weights)] as const);
	return coverageOf(ngramSides(sides, [ngramHashes(sides[0], [n]), ngramHashes(sides[1], [n])], n, 0));
};

/**
 * Containment of word n-grams, the classic text-reuse measure (Broder 1997;
 * Clough & Stevenson 2011): the share of each side's distinct n-grams of body
 * words (in text order) found in the other side; `contentOnly`: content words
 * only (function and calendar words left out, elided articles dropped). Returns [left, right].
 * `bodyWordsOf`: both sides' body words (bodyWords), when the caller made them already (not used with `contentOnly`).
 */
export const ngramContainment = (left: Side, right: Side, weights: Weights, n: number, contentOnly = false, bodyWordsOf?: readonly [Int32Array, Int32Array]): [number, number] => {
	// Hashed n-grams in open-addressing sets (no sorting: 30,000-word texts).
	const wordsOf = (side: Side, s: 0 | 1): Int32Array => (contentOnly ? contentWords(side, s, weights) : (bodyWordsOf?.[s] ?? bodyWords(side, s, weights)));
	return containmentOf([setOf(ngramHashes(wordsOf(left, 0), [n])[0]!), setOf(ngramHashes(wordsOf(right, 1), [n])[0]!)]);
};

/** Characters in a character n-gram of `characters` (see characterContainment). */
export const characterGram = 5;

/**
 * Character n-grams counted in full up to this many on the side with fewer; past it both
 * sides keep the same hash-selected share of them (1/2, 1/4 …, so that about this many
 * are kept), Broder's (1997) sampling of shingles by their hash value: the containment
 * stays an unbiased estimate, within about 0.01 at this size, and a 30,000-word pair
 * hashes its characters but adds an eighth of them to the sets. The dev reuse pairs
 * (a few thousand characters) are never sampled.
 */
export const characterSample = 20_000;

/**
 * Both sides' body words joined without spaces, as UTF-16 code units. Each distinct
 * word's units are read from its string once and copied from there at every occurrence.
 */
const joinedCodes = (sides: readonly [Int32Array, Int32Array], weights: Weights): [Uint16Array, Uint16Array] => {
	const start = new Int32Array(weights.words.length).fill(-1);
	const size = new Int32Array(weights.words.length);
	let poolLength = 0;
	const lengths = [0, 0];
	for (let s = 0; s < 2; s++) {
		const words = sides[s]!;
		for (let k = 0; k < words.length; k++) {
			const id = words[k]!;
			if (start[id] === -1) (start[id] = poolLength), (size[id] = weights.words[id]!.length), (poolLength += size[id]!);
			lengths[s] += size[id]!;
		}
	}
	const pool = new Uint16Array(poolLength);
	for (let id = 0; id < start.length; id++) {
		if (start[id] === -1) continue;
		const word = weights.words[id]!;
		for (let c = 0; c < word.length; c++) pool[start[id]! + c] = word.charCodeAt(c);
	}
	const joined = (s: 0 | 1): Uint16Array => {
		const codes = new Uint16Array(lengths[s]!);
		const words = sides[s];
		let at = 0;
		for (let k = 0; k < words.length; k++) {
			const id = words[k]!;
			const from = start[id]!;
			const to = from + size[id]!;
			for (let c = from; c < to; c++) codes[at++] = pool[c]!;
		}
		return codes;
	};
	return [joined(0), joined(1)];
};

/**
 * The distinct character n-grams (n = characterGram) of joined code units, hashed
 * (FNV-1a over the n units) into a set; only those whose hash's top `skipBits` bits are
 * zero when sampling (see characterSample). Linear in the characters.
 */
const characterSet = (codes: Uint16Array, skipBits: number): HashSet => {
	// Sized small and grown: a text repeats most of its character 5-grams (a 30,000-word
	// article has 150,000 of them but 18,000 distinct), and a table sized for every one is slow to scan.
	const set = new HashSet(1024);
	for (let k = 0; k + characterGram <= codes.length; k++) {
		let hash = 0x811c9dc5;
		for (let x = 0; x < characterGram; x++) hash = Math.imul(hash ^ codes[k + x]!, 0x01000193);
		if (skipBits === 0 || hash >>> (32 - skipBits) === 0) set.add(hash >>> 0);
	}
	return set;
};

/**
 * Containment of character n-grams (n = characterGram) of the body words joined
 * without spaces: the share of each side's distinct character 5-grams found in the
 * other, [left, right]. Character n-grams are the reuse measure that survives
 * inflection and spelling variants (Barrón-Cedeño et al. 2010; Stamatatos 2011);
 * joining the words makes it blind to where a writer put spaces, which Urdu writes
 * irregularly ("ورلڈکپ" / "ورلڈ کپ": space omission and insertion, Durrani &
 * Hussain 2010), and a 5-gram spans a short function word and its neighbour, so it
 * also sees word pairs kept. Long texts are sampled (characterSample). `words`: both
 * sides' body words (bodyWords), when the caller made them already.
 */
export const characterContainment = (left: Side, right: Side, weights: Weights, words?: readonly [Int32Array, Int32Array]): [number, number] => {
	const sides = words ?? ([bodyWords(left, 0, weights), bodyWords(right, 1, weights)] as const);
	const codes = joinedCodes(sides, weights);
	let skipBits = 0;
	while (skipBits < 16 && Math.min(codes[0].length, codes[1].length) >> skipBits > characterSample) skipBits++;
	return containmentOf([characterSet(codes[0], skipBits), characterSet(codes[1], skipBits)]);
};

/** A set of 32-bit values (open addressing; 0 is stored apart), doubling when half full. */
class HashSet {
	private slots: Uint32Array;
	/** 32 − log2(slots): a slot is the top bits of the value times 2^32/φ (Fibonacci hashing, Knuth 6.4). */
	private shift: number;
	private hasZero = false;
	size = 0;
	constructor(capacity: number) {
		let length = 16;
		while (length < capacity * 2) length *= 2;
		this.slots = new Uint32Array(length);
		this.shift = 32 - Math.log2(length);
	}

	add(value: number) {
		if (value === 0) {
			if (!this.hasZero) (this.hasZero = true), this.size++;
			return;
		}
		const mask = this.slots.length - 1;
		for (let slot = Math.imul(value, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
			if (this.slots[slot] === value) return;
			if (this.slots[slot] === 0) {
				this.slots[slot] = value;
				this.size++;
				if (this.size * 2 > this.slots.length) this.grow();
				return;
			}
		}
	}

	/** Rehashes into twice the slots (amortised constant per value). */
	private grow() {
		const old = this.slots;
		this.slots = new Uint32Array(old.length * 2);
		this.shift--;
		const mask = this.slots.length - 1;
		for (let k = 0; k < old.length; k++) {
			const value = old[k]!;
			if (value === 0) continue;
			let slot = Math.imul(value, 0x9e3779b1) >>> this.shift;
			while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
			this.slots[slot] = value;
		}
	}

	has(value: number): boolean {
		if (value === 0) return this.hasZero;
		const mask = this.slots.length - 1;
		for (let slot = Math.imul(value, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
			if (this.slots[slot] === value) return true;
			if (this.slots[slot] === 0) return false;
		}
	}

	/** How many values of this set `other` holds too. */
	sharedWith(other: HashSet): number {
		let count = this.hasZero && other.has(0) ? 1 : 0;
		const {slots} = this;
		for (let slot = 0; slot < slots.length; slot++) if (slots[slot] !== 0 && other.has(slots[slot]!)) count++;
		return count;
	}
}

/** Words in a run that counts for `runs` (edited: phrasing kept in stretches). */
export const runWords = 5;
/** Words in a run that counts as a passage kept word for word (verbatim). */
export const passageWords = 8;

const passagesOf = (coverage: {share: [number, number]; words: [number, number]}) => ({passages: coverage.share, passageWords: Math.min(coverage.words[0], coverage.words[1])});

/** `make()`, called on first use and kept. */
const once = <T>(make: () => T): (() => T) => {
	let made = false;
	let value: T;
	return () => {
		if (!made) (value = make()), (made = true);
		return value;
	};
};

/**
 * The comparison's summary: similarity and containment (IDF-weighted shares of
 * words kept word for word), the relation measures and the relation decided
 * from them (relation-rule.ts, thresholds fitted in relation-thresholds.ts; the
 * facts' caps are applied by compareTexts), the number of change rows
 * (isChangeRow) and the word substitutions with their counts (grouped by
 * folded words, each in the form the texts first wrote it). Pure; `diffs`
 * holds the word diff of every pair. `withMeasures` false: no `measures`, and
 * only those the relation's ladder reads are made (CompareOptions.measures).
 */
export const summarize = (
	left: Side,
	right: Side,
	weights: Weights,
	rows: Row[],
	pairs: Pair[],
	diffs: Map<Pair, PairDiff>,
	withMeasures = true,
): Omit<Comparison, 'rows' | 'degraded'> => {
	const l = totalsOf(left, 0, weights);
	const r = totalsOf(right, 1, weights);
	const counts = new Map<string, Substitution>();
	for (const pair of pairs) {
		const diff = diffs.get(pair);
		if (!diff) continue;
		l.shared += diff.sharedLeft;
		r.shared += diff.sharedRight;
		const leftWeight = pair.left.reduce((sum, index) => sum + weights.unitWeight[0][index], 0);
		const rightWeight = pair.right.reduce((sum, index) => sum + weights.unitWeight[1][index], 0);
		l.paired += leftWeight;
		r.paired += rightWeight;
		if (diff.same) {
			l.exact += leftWeight;
			r.exact += rightWeight;
		}
		if (diff.wordSimilarity < 0.5 || diff.gaveUp) continue;
		// Grouped by the folded words, shown as the texts first wrote them.
		for (const {from, to, fromText, toText} of diff.replacements) {
			const key = `${from}\u0000${to}`;
			const entry = counts.get(key) ?? {from: fromText, to: toText, count: 0};
			entry.count++;
			counts.set(key, entry);
		}
	}
	const share = (part: number, whole: number, empty: number) => (whole > 0 ? Math.min(1, part / whole) : empty);
	const bothEmpty = l.total === 0 && r.total === 0;
	const containment = {left: share(l.shared, l.total, bothEmpty ? 1 : 0), right: share(r.shared, r.total, bothEmpty ? 1 : 0)};
	const similarity = bothEmpty ? 1 : share(l.shared + r.shared, l.total + r.total, 0);
	const changes = rows.filter(isChangeRow).length;

	// Judged from each side; the stronger verdict wins, so the relation is symmetric.
	// Each side's body words, made once for the four n-gram measures below.
	const words = [bodyWords(left, 0, weights), bodyWords(right, 1, weights)] as const;
	// Their 2-, 3-, runWords- and passageWords-gram hashes, in one pass per side.
	const sizes = [2, 3, runWords, passageWords];
	const hashes = [ngramHashes(words[0], sizes), ngramHashes(words[1], sizes)] as const;
	const part = (a: number, b: number) => (b > 0 ? Math.min(1, a / b) : 0);
	// The measures the ladder may not read, each made on first use (a verbatim or edited pair reads none of them).
	const vocabularyOf = once(() => vocabularyMeasures([left, right], weights));
	const phrases = once(() => containmentOf(ngramSides(words, hashes, 3, 1).sets));
	const pairsOf = once(() => containmentOf(ngramSides(words, hashes, 2, 0).sets));
	const characters = once(() => characterContainment(left, right, weights, words));
	const runs = coverageOf(ngramSides(words, hashes, runWords, 2)).share;
	const passages = passagesOf(coverageOf(ngramSides(words, hashes, passageWords, 3)));
	const aligned = {left: part(l.paired, l.total), right: part(r.paired, r.total)};
	const exact = {left: part(l.exact, l.paired), right: part(r.exact, r.paired)};
	const kept: [number, number] = [containment.left, containment.right];
	const ladder: RelationMeasures = {
		aligned,
		exact,
		get vocabulary() {
			return vocabularyOf().vocabulary;
		},
		get words() {
			return vocabularyOf().words;
		},
		get content() {
			return vocabularyOf().content;
		},
		get phrases() {
			return phrases();
		},
		get pairs() {
			return pairsOf();
		},
		get characters() {
			return characters();
		},
		runs,
		...passages,
		kept,
	};
	const relation = changes === 0 ? 'identical' : relationOfMeasures(ladder, relationThresholds);
	// Every measure, as plain values in this order, unless asked to leave them out.
	const measures: RelationMeasures | undefined = withMeasures
		? {aligned, exact, ...vocabularyOf(), phrases: phrases(), pairs: pairsOf(), characters: characters(), runs, ...passages, kept}
		: undefined;

	const substitutions = [...counts.values()].sort((a, b) => b.count - a.count || compare(a.from, b.from) || compare(a.to, b.to));
	return withMeasures ? {similarity, containment, relation, substitutions, changes, measures} : {similarity, containment, relation, substitutions, changes};
};

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
