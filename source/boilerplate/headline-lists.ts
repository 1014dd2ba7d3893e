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

/** The keys a topic word is found by: itself and, from four letters, each of its prefixes of four letters or more ("killed": "kill", "kille", "killed"). */
const prefixKeys = (word: string): string[] => {
	if (word.length <= 4) return [word];
	const keys: string[] = [];
	for (let length = 4; length <= word.length; length++) keys.push(word.slice(0, length));
	return keys;
};

/**
 * The key a list's topic word is looked up by: its stem as a prefix, all but two letters of it and at least four
 * ("kills" → "kill", "injures" → "injur", "orders" → "orde"), so a headline's inflection ("kills", "orders") finds
 * the prose's ("killed", "ordered").
 */
const stemKey = (word: string): string => (word.length <= 4 ? word : word.slice(0, Math.max(4, word.length - 2)));

/**
 * In how many vocabulary blocks (vocabularyBlock) each topic word's prefix key (prefixKeys) occurs, counted once a
 * block: the article's vocabulary, as the rule passes see it before any list is marked.
 */
const proseVocabulary = (states: readonly LineState[]): Map<string, number> => {
	const frequency = new Map<string, number>();
	for (const state of states) {
		if (vocabularyBlock(state)) {
			for (const key of new Set(state.f.words.filter(topicWord).flatMap(prefixKeys))) {
				frequency.set(key, (frequency.get(key) ?? 0) + 1);
			}
		}
	}

	return frequency;
};

/**
 * A bullet list that continues the article: it touches the article's prose (a prose block
 * right above its first item or right below its last, past at most one short heading), and
 * its items are written in the article's vocabulary (most of their distinct topic words occur,
 * inflection aside, in the page's prose outside the list: the key points above a story, the
 * steps of a recipe, a summary under the last paragraph). Headlines of other stories name other subjects.
 */
const inArticleVocabulary = (states: readonly LineState[], first: number, last: number, vocabulary: ReadonlyMap<string, number>): boolean => {
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
		// The list's own prose items are not the article's evidence for it.
		const own = states.slice(first, last + 1).some((state) => vocabularyBlock(state) && state.f.words.some((other) => topicWord(other) && other.startsWith(key))) ? 1 : 0;
		shared += (vocabulary.get(key) ?? 0) - own > 0 ? 1 : 0;
	}

	return shared >= words.size * articleVocabularyShare;
};

/** Headline lists: items with a dangling delimiter, or bullet items without full stops outside prose. */
export const markHeadlineLists = (states: LineState[]): void => {
	let vocabulary: Map<string, number> | undefined;
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
			const unpunctuated = items.filter((state) => !state.f.terminal).length;
			if (unpunctuated < items.length * 0.6 || proseAround(states, block.first, block.last)) {
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
