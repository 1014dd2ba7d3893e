import fc from 'fast-check';
import test from 'ava';
import {lineFeatures} from '../../source/boilerplate/features.js';
import {proseVocabulary, vocabularyCount} from '../../source/boilerplate/headline-lists.js';
import type {Grade, LineState} from '../../source/boilerplate/line-state.js';
import {labelArticle} from '../../source/boilerplate/classify.js';

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

test('words whose first four code units differ are told apart, whatever index finds them together', (t) => {
	// "bbaa" and "bb`\u0080" weigh their four code units alike (97 × 31 + 97 = 96 × 31 + 128): the index's chain holds both.
	const vocabulary = proseVocabulary([state(['bbaaxx', 'bbaayy'], 'good'), state(['bb`\u0080yy'], 'good'), state(['bb`\u0080zz', 'bbaazz'], 'near')]);
	t.is(vocabularyCount(vocabulary, 'bbaa'), 2);
	t.is(vocabularyCount(vocabulary, 'bb`\u0080'), 2);
	t.is(vocabularyCount(vocabulary, 'bbaay'), 1);
	t.is(vocabularyCount(vocabulary, 'bb`\u0080y'), 1);
	t.is(vocabularyCount(vocabulary, 'bbab'), 0);
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

/** A "most read" list as w3m prints teasers whose time or picture comes first: the bullet's line, then the headline indented below. */
const twoLineTeasers = (first: (i: number) => string): string => [
	'MOST READ',
	'',
	`  • ${first(0)}`,
	'    Mayor opens new ferry terminal on the east pier',
	`  • ${first(1)}`,
	'    Tram extension delayed by two more months',
	`  • ${first(2)}`,
	'    Harbour workers vote to end week-long strike',
	'',
	'Storm floods coastal villages as river bursts its banks',
	'',
	'Heavy rain overnight caused the river to burst its banks on Wednesday, flooding three coastal villages and forcing hundreds of residents to leave their homes, the regional authority said.',
	'',
	'Emergency crews used boats to reach families trapped on upper floors, and a school in the nearest town was opened as a shelter for those who could not stay with relatives.',
	'',
	'Forecasters expect more rain over the weekend, and the authority has asked residents of low-lying streets to move cars and valuables to higher ground before Friday evening.',
].join('\n');

for (const [shape, first] of [['a time', (i: number) => ['9 p.m.', '8:15 p.m.', '6:40 p.m.'][i]!], ['a picture', () => '[thumbnail]']] as const) {
	test(`a teaser list whose items give ${shape} on the bullet's line and the headline below is a list of headlines, whole; the title is the article's headline (breaker14 P5)`, (t) => {
		const text = twoLineTeasers(first);
		const labels = labelArticle(text);
		const lineOf = (words: string) => labels.lines.find((label) => text.slice(label.span.start, label.span.end).includes(words));
		for (const teaser of ['Mayor opens', 'Tram extension', 'Harbour workers']) t.is(lineOf(teaser)?.kind, 'boilerplate', teaser);
		t.is(lineOf('Storm floods')?.kind, 'title');
		t.is(lineOf('Heavy rain overnight')?.kind, 'body');
	});
}
