import fc from 'fast-check';
import test from 'ava';
import {lineFeatures} from '../../source/boilerplate/features.js';
import {proseVocabulary, vocabularyCount} from '../../source/boilerplate/headline-lists.js';
import type {Grade, LineState} from '../../source/boilerplate/line-state.js';

const state = (words: string[], grade: Grade, firm = false): LineState => {
	const f = lineFeatures(words.join(' '), 0, 1, 0, 0);
	return {f: {...f, words}, grade, firm: firm ? {kind: 'boilerplate', category: 'navigation', reason: 'test'} : undefined};
};

/**
 * The vocabulary as it was counted before it was looked up on demand: every prefix of four letters or more of
 * every topic word of every prose block (good or near, not firm), counted once a block.
 */
const prefixCounts = (states: readonly LineState[]): Map<string, number> => {
	const topic = (word: string) => word.length >= 4 || word.charCodeAt(0) >= 0x3040;
	const keys = (word: string) => (word.length <= 4 ? [word] : Array.from({length: word.length - 3}, (_, k) => word.slice(0, 4 + k)));
	const counts = new Map<string, number>();
	for (const s of states) {
		if ((s.grade !== 'good' && s.grade !== 'near') || s.firm) continue;
		for (const key of new Set(s.f.words.filter(topic).flatMap(keys))) counts.set(key, (counts.get(key) ?? 0) + 1);
	}

	return counts;
};

test('a key counts the prose blocks with a word it starts (four letters or more) or is (a shorter word of a script without spaces)', (t) => {
	const states = [
		state(['the', 'police', 'killed', 'two', 'men'], 'good'),
		state(['killings', 'and', 'kills'], 'near'),
		state(['killer', 'kill'], 'bad'),
		state(['killed'], 'good', true),
		state(['警', '察', '警'], 'good'),
	];
	const vocabulary = proseVocabulary(states);
	t.is(vocabularyCount(vocabulary, 'kill'), 2);
	t.is(vocabularyCount(vocabulary, 'kille'), 1);
	t.is(vocabularyCount(vocabulary, 'killi'), 1);
	t.is(vocabularyCount(vocabulary, 'polic'), 1);
	// Function words ("the", "two") are not topic words; a short key matches only itself.
	t.is(vocabularyCount(vocabulary, 'the'), 0);
	t.is(vocabularyCount(vocabulary, '警'), 1);
	t.is(vocabularyCount(vocabulary, 'kil'), 0);
	// Taken when made: a block graded afterwards does not change it.
	states[2].grade = 'good';
	t.is(vocabularyCount(vocabulary, 'killer'), 0);
});

test('property: every key counts as the prefix-key map of the vocabulary blocks does', (t) => {
	const word = fc.stringMatching(/^[abk]{1,7}$|^[警察]{1,2}$/);
	const block = fc.record({words: fc.array(word, {maxLength: 8}), grade: fc.constantFrom<Grade>('good', 'near', 'short', 'bad'), firm: fc.boolean()});
	fc.assert(fc.property(fc.array(block, {maxLength: 8}), fc.array(word, {minLength: 1, maxLength: 10}), (blocks, keys) => {
		const states = blocks.map((b) => state(b.words, b.grade, b.firm));
		const expected = prefixCounts(states);
		const vocabulary = proseVocabulary(states);
		// Asked twice: the second answer is the memo's.
		for (const key of [...keys, ...keys]) t.is(vocabularyCount(vocabulary, key), expected.get(key) ?? 0, key);
	}));
});
