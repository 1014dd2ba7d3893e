import test from 'ava';
import fc from 'fast-check';
import {generateArticle, render} from '../../bench/generate-article.js';
import {compareTexts} from '../../source/compare/compare.js';
import {Vocabulary} from '../../source/compare/tokens.js';
import {buildSide} from '../../source/compare/units.js';
import {sharesNothing} from '../../source/compare/unrelated.js';
import {computeWeights} from '../../source/compare/weights.js';

const runs = Number(process.env.FUZZ_RUNS ?? 60);

const screened = (left: string, right: string): boolean => {
	const vocabulary = new Vocabulary();
	const a = buildSide(left, vocabulary);
	const b = buildSide(right, vocabulary);
	return sharesNothing(a, b, computeWeights(a, b, vocabulary));
};

// Two disjoint pools of content words and one of function words both may use.
const civic = ['council', 'budget', 'harbour', 'railway', 'hospital', 'approved', 'rejected', 'mayor', 'ministry', 'election', 'treaty', 'pipeline', 'Tuesday', '412'];
const nature = ['fern', 'lichen', 'orchid', 'glacier', 'basalt', 'sprouted', 'withered', 'heron', 'otter', 'moraine', 'estuary', 'plankton', 'autumn', '7310'];
const shared = ['the', 'of', 'and', 'a', 'in', 'with', 'by'];
const sentence = (pool: string[]) =>
	fc.array(fc.constantFrom(...pool, ...shared), {minLength: 1, maxLength: 12}).map(words => `${words.join(' ')}.`);
const text = (pool: string[]) =>
	fc.array(fc.array(sentence(pool), {minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 8}).map(paragraphs => paragraphs.map(sentences => sentences.join(' ')).join('\n\n'));

test('the bench unrelated pair (civic news against natural history) has nothing the aligner could pair on', t => {
	t.true(screened(render(generateArticle(3, 3000, 0)), render(generateArticle(4, 3000, 2))));
	// Two news topics written from the same templates share words: the full alignment runs.
	t.false(screened(render(generateArticle(3, 3000, 0)), render(generateArticle(4, 3000, 1))));
});

test('one shared content word, one inflected form or one equal sentence is enough to run the full alignment', t => {
	const left = 'The council approved the budget.\n\nThe mayor rejected the treaty.';
	t.true(screened(left, 'The fern sprouted in the estuary.\n\nThe heron and the otter.'));
	t.false(screened(left, 'The fern sprouted in the estuary.\n\nThe council and the otter.'));
	t.false(screened(left, 'The fern sprouted in the estuary.\n\nThe budgets of the otter.'));
	// Function words only, equal on both sides: a sentence the aligner may pair as an equal neighbour.
	t.false(screened(`${left}\n\nAnd then.`, 'And then.\n\nThe fern sprouted in the estuary.'));
});

test('texts with nothing in common compare exactly as with every pass of the aligner run', t => {
	fc.assert(
		fc.property(text(civic), text(nature), fc.boolean(), (left, right, swap) => {
			const [a, b] = swap ? [right, left] : [left, right];
			t.deepEqual(compareTexts(a, b), compareTexts(a, b, {fullAlignment: true}));
		}),
		{numRuns: runs},
	);
	const left = render(generateArticle(3, 3000, 0));
	const right = render(generateArticle(4, 3000, 2));
	t.deepEqual(compareTexts(left, right), compareTexts(left, right, {fullAlignment: true}));
});

test('texts sharing a few words or sentences compare exactly as with every pass of the aligner run', t => {
	// Pools that overlap by two words, and sentences copied across: the screen must never skip a pair.
	fc.assert(
		fc.property(text([...civic, 'fern', 'otter']), text([...nature, 'budget']), (left, right) => {
			t.deepEqual(compareTexts(left, right), compareTexts(left, right, {fullAlignment: true}));
		}),
		{numRuns: runs},
	);
});

// Nineteenth session (issue 15): the screen read every content word of both texts before looking for one they share;
// now the second side is read only up to its first word the first has (two copies of one story: their first words).
test('two copies of one story are told apart from unrelated texts after reading a few sentences of the second side, not all of it', t => {
	const story = render(generateArticle(3, 3000, 0));
	const vocabulary = new Vocabulary();
	const a = buildSide(story, vocabulary);
	const b = buildSide(story.replace('council', 'committee'), vocabulary);
	const weights = computeWeights(a, b, vocabulary);
	let read = 0;
	const counted = new Proxy(weights.unitWords[1], {
		get(target, key, receiver) {
			if (typeof key === 'string' && /^\d+$/u.test(key)) read++;
			return Reflect.get(target, key, receiver) as unknown;
		},
	});
	t.false(sharesNothing(a, b, {...weights, unitWords: [weights.unitWords[0], counted]}));
	t.true(b.body.length > 100);
	t.true(read <= 3, `${read} sentences of ${b.body.length} read`);
});
