import {boiler, type LineState} from './line-state.js';
import {listBlocks} from './lists.js';
import type {LineFeatures} from './features.js';

/** Lines of prose both above and below a block, with no firm chrome in between: the block is inside the body. */
const proseAround = (states: readonly LineState[], first: number, last: number): boolean => {
	// Bounded look: prose that far away is not what surrounds the list.
	const reaches = (from: number, step: number): boolean => {
		for (let i = from; i >= 0 && i < states.length && Math.abs(i - from) < 40; i += step) {
			if (states[i].firm && states[i].firm!.kind !== 'metadata') {
				return false;
			}

			if (states[i].grade === 'good') {
				return true;
			}
		}

		return false;
	};

	return reaches(first - 1, -1) && reaches(last + 1, 1);
};

/** Prose (a good block) within `reach` blocks from `from` in direction `step`, with no firm chrome before it. */
const proseWithin = (states: readonly LineState[], from: number, step: number, reach: number): boolean => {
	for (let i = from; i >= 0 && i < states.length && Math.abs(i - from) < reach; i += step) {
		if (states[i].grade === 'good') {
			return true;
		}

		if (states[i].firm && states[i].firm!.kind !== 'metadata') {
			return false;
		}
	}

	return false;
};

/**
 * A list the article introduces: a lead-in ending with a colon ("Key points:",
 * "The council listed three options:") right above items of some length,
 * with the article's prose next to it (the lead-in itself, or prose just
 * above it or just below the list). The lead-in and items are then graded
 * as prose, so the body grows over them at the start or the end of the article.
 */
const articleList = (states: LineState[], first: number, last: number): boolean => {
	const leadIn = states[first - 1];
	if (!leadIn || leadIn.firm || !/[:：]$/u.test(leadIn.f.plain) || states[first].f.n - leadIn.f.lastN > 2) {
		return false;
	}

	const items = states.slice(first, last + 1);
	if (items.some((state) => state.firm) || items.reduce((sum, state) => sum + state.f.size, 0) < items.length * 3) {
		return false;
	}

	const proseLeadIn = leadIn.f.size >= 6 && (leadIn.grade === 'good' || leadIn.grade === 'near');
	if (!proseLeadIn && !proseWithin(states, first - 2, -1, 3) && !proseWithin(states, last + 1, 1, 4)) {
		return false;
	}

	for (const state of [leadIn, ...items]) {
		state.grade = 'good';
	}

	return true;
};

/** A word that says what a text is about: four letters or more (most function words are shorter), or a character of a script written without spaces. */
const topicWord = (word: string): boolean => word.length >= 4 || word.charCodeAt(0) >= 0x3040;

/** Of a list's distinct topic words, at least this share must occur in the page's prose for the list to be in the article's vocabulary. */
const articleVocabularyShare = 0.5;

/** A list with fewer distinct topic words than this says too little to be judged by its vocabulary. */
const vocabularyWords = 6;

/** Blocks whose words are the article's vocabulary: prose (grade good) and near-prose ("Prime Minister Sheikh Hasina ordered an inquiry."), no firm label. */
const vocabularyBlock = (state: LineState): boolean => (state.grade === 'good' || state.grade === 'near') && !state.firm;

/**
 * The key a list's topic word is looked up by: its stem as a prefix, all but two letters of it and at least four
 * ("kills" → "kill", "injures" → "injur", "orders" → "orde"), so a headline's inflection ("kills", "orders") finds
 * the prose's ("killed", "ordered").
 */
const stemKey = (word: string): string => (word.length <= 4 ? word : word.slice(0, Math.max(4, word.length - 2)));

/**
 * The article's vocabulary, as the rule passes see it before any list is marked: the words of the vocabulary
 * blocks (vocabularyBlock) as they were when it was taken, and, once a key is looked up (vocabularyCount), an
 * index of their distinct topic words (VocabularyIndex).
 */
export type Vocabulary = {sources: Array<readonly string[]>; index?: VocabularyIndex};

/**
 * The vocabulary's distinct topic words by number (`words`, in the order first met; `numbers`: word → number), the
 * blocks of word k (blocks[offsets[k]] to blocks[offsets[k + 1] - 1], ascending, once each), the words of four code
 * units or more chained by the hash of their first four (prefixHash: `heads` the first of a chain, `nextInChain` the
 * next, -1 at its end), and the counts looked up so far.
 */
type VocabularyIndex = {words: string[]; numbers: Map<string, number>; offsets: Int32Array; blocks: Int32Array; heads: Map<number, number>; nextInChain: Int32Array; counts: Map<string, number>; marks: Int32Array; stamp: number};

/** The vocabulary blocks' words, taken now: later grades and labels do not change it. */
export const proseVocabulary = (states: readonly LineState[]): Vocabulary => {
	const sources: Array<readonly string[]> = [];
	for (const state of states) {
		if (vocabularyBlock(state)) sources.push(state.f.words);
	}

	return {sources};
};

/**
 * A hash of a word's first four UTF-16 code units (the word has at least four), below 2^31 (a small integer to V8,
 * kept unboxed as a map's key): the chain vocabularyCount looks a key's words up in. Words that share it are told
 * apart by startsWith.
 */
const prefixHash = (word: string): number => word.charCodeAt(0) * 29_791 + word.charCodeAt(1) * 961 + word.charCodeAt(2) * 31 + word.charCodeAt(3);

/**
 * The vocabulary's index of topic words (VocabularyIndex): one map lookup a word. The blocks of every word in one
 * typed array (not an array per word: a page has thousands of distinct words), and the words a key of four letters
 * or more may start chained by their first four code units: a sorted list of the words, searched by bisection, cost
 * a sort of thousands of strings a page for the few dozen keys its lists look up.
 */
const vocabularyIndex = (sources: ReadonlyArray<readonly string[]>): VocabularyIndex => {
	const numbers = new Map<string, number>();
	const words: string[] = [];
	let total = 0;
	for (const source of sources) total += source.length;
	// The sources' topic words as numbers, source after source (source b's from from[b] to from[b + 1]).
	const ids = new Int32Array(total);
	const from = new Int32Array(sources.length + 1);
	let at = 0;
	for (let block = 0; block < sources.length; block++) {
		from[block] = at;
		for (const word of sources[block]) {
			if (!topicWord(word)) continue;
			let id = numbers.get(word);
			if (id === undefined) {
				id = words.length;
				numbers.set(word, id);
				words.push(word);
			}

			ids[at++] = id;
		}
	}

	from[sources.length] = at;
	// Each word's blocks, counted once a block (last: the block that counted it last, plus one).
	const distinct = words.length;
	const last = new Int32Array(distinct);
	const offsets = new Int32Array(distinct + 1);
	for (let block = 0; block < sources.length; block++) {
		for (let k = from[block]; k < from[block + 1]; k++) {
			const id = ids[k];
			if (last[id] !== block + 1) {
				last[id] = block + 1;
				offsets[id + 1]++;
			}
		}
	}

	for (let id = 0; id < distinct; id++) offsets[id + 1] += offsets[id];
	const blocks = new Int32Array(offsets[distinct]);
	const next = offsets.slice(0, distinct);
	last.fill(0);
	for (let block = 0; block < sources.length; block++) {
		for (let k = from[block]; k < from[block + 1]; k++) {
			const id = ids[k];
			if (last[id] !== block + 1) {
				last[id] = block + 1;
				blocks[next[id]++] = block;
			}
		}
	}

	const heads = new Map<number, number>();
	const nextInChain = new Int32Array(distinct).fill(-1);
	for (let id = 0; id < distinct; id++) {
		if (words[id].length < 4) continue;
		const hash = prefixHash(words[id]);
		nextInChain[id] = heads.get(hash) ?? -1;
		heads.set(hash, id);
	}

	return {words, numbers, offsets, blocks, heads, nextInChain, counts: new Map(), marks: new Int32Array(sources.length), stamp: 0};
};

/**
 * In how many vocabulary blocks a key occurs, counted once a block: a topic word counts for a key of four
 * letters or more that it starts with ("killed": "kill", "kille", "killed"), and for a shorter key (a word of a
 * script written without spaces) only as itself.
 */
export const vocabularyCount = (vocabulary: Vocabulary, key: string): number => {
	const index = (vocabulary.index ??= vocabularyIndex(vocabulary.sources));
	let count = index.counts.get(key);
	if (count !== undefined) return count;
	const {words, numbers, offsets, blocks, heads, nextInChain, marks} = index;
	if (key.length < 4) {
		const id = numbers.get(key);
		count = id === undefined ? 0 : offsets[id + 1] - offsets[id];
	} else {
		// The words starting with the key share its first four code units, so its chain holds them all (and perhaps others).
		count = 0;
		const stamp = ++index.stamp;
		for (let id = heads.get(prefixHash(key)) ?? -1; id !== -1; id = nextInChain[id]) {
			if (!words[id].startsWith(key)) continue;
			for (let k = offsets[id]; k < offsets[id + 1]; k++) {
				const block = blocks[k];
				if (marks[block] !== stamp) {
					marks[block] = stamp;
					count++;
				}
			}
		}
	}

	index.counts.set(key, count);
	return count;
};

/**
 * A bullet list that continues the article: it touches the article's prose (a prose block
 * right above its first item or right below its last, past at most one short heading), and
 * its items are written in the article's vocabulary (most of their distinct topic words occur,
 * inflection aside, in the page's prose outside the list: the key points above a story, the
 * steps of a recipe, a summary under the last paragraph). Headlines of other stories name other subjects.
 */
const inArticleVocabulary = (states: readonly LineState[], first: number, last: number, vocabulary: Vocabulary): boolean => {
	if (!proseWithin(states, first - 1, -1, 3) && !proseWithin(states, last + 1, 1, 3)) {
		return false;
	}

	const words = new Set(states.slice(first, last + 1).filter((state) => !state.firm).flatMap((state) => state.f.words.filter(topicWord)));
	if (words.size < vocabularyWords) {
		return false;
	}

	let shared = 0;
	for (const word of words) {
		const key = stemKey(word);
		const count = vocabularyCount(vocabulary, key);
		// The list's own prose items are not the article's evidence for it (one block at most: asked only when it decides).
		const own = count === 1 && states.slice(first, last + 1).some((state) => vocabularyBlock(state) && state.f.words.some((other) => topicWord(other) && other.startsWith(key))) ? 1 : 0;
		shared += count - own > 0 ? 1 : 0;
	}

	return shared >= words.size * articleVocabularyShare;
};

/** Headline lists: items with a dangling delimiter, or bullet items without full stops outside prose. */
export const markHeadlineLists = (states: LineState[]): void => {
	let vocabulary: Vocabulary | undefined;
	// Pushed to, not made by `map` (its array's elements kind changes as V8 optimises the caller: classify.ts, ruleStates).
	const features: LineFeatures[] = [];
	for (const state of states) features.push(state.f);
	for (const block of listBlocks(features)) {
		const items = states.slice(block.first, block.last + 1).filter((state) => !state.firm);
		if (items.length === 0) {
			continue;
		}

		if (block.mark === 'bullet' && articleList(states, block.first, block.last)) {
			continue;
		}

		if (block.mark === 'bullet' && inArticleVocabulary(states, block.first, block.last, (vocabulary ??= proseVocabulary(states)))) {
			continue;
		}

		if (block.mark === 'bullet') {
			// An item ends where its last line does: a teaser's time ("• 5:35 p.m.") is no sentence's end, its headline below says.
			const ends = block.ends.map((end) => states[end]).filter((state) => !state.firm);
			const unpunctuated = ends.filter((state) => !state.f.terminal).length;
			if (unpunctuated < ends.length * 0.6 || proseAround(states, block.first, block.last)) {
				continue;
			}
		}

		// Under a "Related" / "Most read" heading, the list is that block.
		const above = states[block.first - 1];
		const listDecision = above?.firm?.category === 'related' ? boiler('related', 'list under a related heading') : boiler('headlines', 'list of headlines');
		for (const item of items) {
			item.firm = listDecision;
			item.grade = 'bad';
		}

		// A short heading just above the list ("Breaking news", "Latest") belongs to it.
		const heading = states[block.first - 1];
		if (heading && !heading.firm && states[block.first].f.n - heading.f.lastN <= 2 && heading.f.size <= 6 && !heading.f.terminal) {
			heading.firm = boiler('headlines', 'heading of a headline list');
			heading.grade = 'bad';
		}
	}
};
