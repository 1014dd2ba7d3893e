import test from 'ava';
import fc from 'fast-check';
import {ruleStates} from '../../source/boilerplate/classify.js';
import {voiceCounts, voiceExcessGroup, voiceGroup} from '../../source/boilerplate/voice.js';
import {wordsOf} from '../../source/text/words.js';
import {normalizeForMatch} from '../../source/text/normalize.js';
import {groupVectors} from '../helpers/feature-group.js';
import {sentence} from './stories.js';

const words = (text: string): string[] => wordsOf(normalizeForMatch(text));
const names = voiceGroup.names;
/** The group's features for every block (the group is not in the shipped window: block-features.ts). */
const blockFeatureVectors = (states: Parameters<typeof groupVectors>[1]): Float64Array[] => groupVectors(voiceGroup, states);

test('the first person singular, plural and the second person are counted in the page\'s language, elided forms by their pronoun', t => {
	t.deepEqual(voiceCounts(words("I'm sure you're right, and I said so to my neighbours: we will miss our ferry."), 'en'), [3, 2, 1]);
	t.deepEqual(voiceCounts(words("J'ai dit à mon voisin que vous avez raison et que nous partirons."), 'fr'), [2, 1, 1]);
	t.deepEqual(voiceCounts(words('Ich glaube, du hast recht, und wir fahren mit unserer Fähre.'), 'de'), [1, 2, 1]);
	// The same words in another language's table, or a language without one, are not that person.
	t.deepEqual(voiceCounts(words('Ich glaube, du hast recht.'), 'en'), [0, 0, 0]);
	t.deepEqual(voiceCounts(words('I think you are right.'), 'und'), [0, 0, 0]);
	// Third-person news prose has no voice.
	t.deepEqual(voiceCounts(words('The council said it would rebuild the bridge before the storms arrive.'), 'en'), [0, 0, 0]);
});

test('voice counts are bounded by the words and do not move when third-person words are added', t => {
	const pronoun = fc.constantFrom('i', 'me', 'my', 'we', 'our', 'you', 'your', "i'm", "you're");
	const other = fc.constantFrom('the', 'council', 'bridge', 'said', 'it', 'they', 'ferry', 'harbour');
	fc.assert(fc.property(fc.array(fc.oneof(pronoun, other), {maxLength: 30}), fc.array(other, {maxLength: 30}), (mixed, padding) => {
		const [first, we, you] = voiceCounts(mixed, 'en');
		t.true(first + we + you <= mixed.length);
		t.deepEqual(voiceCounts([...padding, ...mixed, ...padding], 'en'), [first, we, you]);
	}));
});

test('a first-person comment after the article speaks more personally than the article; a first-person blog post does not stand out from itself', t => {
	const comment = 'I think you are wrong about my bridge, and I have lived here all my life so I know what I am talking about when we argue.';
	// The article's paragraphs are longer than the comment: its densest paragraph is the article's.
	const article = Array.from({length: 4}, (_, k) => `${sentence(2, k)} ${sentence(3, k)}`);
	const news = `Home\nSport\n\n${article.join('\n\n')}\n\nShare this\n\nRelated stories\n\nLeave a reply\n\n${comment}`;
	const against = names.indexOf('voice.against-article');
	const personal = names.indexOf('voice.i');
	t.true(against !== -1 && personal !== -1);
	const {states} = ruleStates(news);
	const vectors = blockFeatureVectors(states);
	const at = (plain: string) => states.findIndex(state => state.f.plain === plain);
	const first = at(article[0]);
	t.true(first !== -1 && at(comment) !== -1);
	t.is(vectors[first][personal], 0);
	t.true(vectors[at(comment)][against] > 0.2);
	// A blog whose article speaks as I: its own paragraphs read no more personal than the article.
	const post = ['I moved to the harbour town last spring, and my first week there I took the old ferry across the bay to see what my neighbours had told me about.', 'I found the bridge closed, so I walked along the river with my camera until I reached the market where I met the mayor.', 'I asked him about the bridge, and my question made him laugh: I was the tenth visitor that week to ask him the same thing.'];
	const blog = ['Home', '', ...post.flatMap(paragraph => [paragraph, ''])].join('\n');
	const {states: blogStates} = ruleStates(blog);
	const blogVectors = blockFeatureVectors(blogStates);
	for (const paragraph of post) {
		const i = blogStates.findIndex(state => state.f.plain === paragraph);
		t.true(i !== -1);
		t.true(blogVectors[i][personal] > 0.1);
		t.true(Math.abs(blogVectors[i][against]) < 0.1, paragraph);
	}
});

test('the voice as a difference only: a comment stands out from a third-person article, a first-person blog\'s own paragraphs and an impersonal line read 0', t => {
	const excessOf = (text: string): {states: ReturnType<typeof ruleStates>['states']; vectors: Float64Array[]} => {
		const {states} = ruleStates(text);
		return {states, vectors: groupVectors(voiceExcessGroup, states)};
	};

	const comment = 'I think you are wrong about my bridge, and I have lived here all my life so I know what I am talking about when we argue.';
	const article = Array.from({length: 4}, (_, k) => `${sentence(2, k)} ${sentence(3, k)}`);
	const news = excessOf(`Home\nSport\n\n${article.join('\n\n')}\n\nShare this\n\nRelated stories\n\nLeave a reply\n\n${comment}`);
	const at = (states: ReturnType<typeof ruleStates>['states'], plain: string) => states.findIndex(state => state.f.plain === plain);
	t.true(news.vectors[at(news.states, comment)][0] > 0.2);
	t.is(news.vectors[at(news.states, article[0])][0], 0);
	const post = ['I moved to the harbour town last spring, and my first week there I took the old ferry across the bay to see what my neighbours had told me about.', 'I found the bridge closed, so I walked along the river with my camera until I reached the market where I met the mayor.', 'I asked him about the bridge, and my question made him laugh: I was the tenth visitor that week to ask him the same thing.', 'The market opens at eight on Saturdays.'];
	const blog = excessOf(['Home', '', ...post.flatMap(paragraph => [paragraph, ''])].join('\n'));
	for (const paragraph of post) {
		const i = at(blog.states, paragraph);
		t.true(i !== -1);
		t.true(blog.vectors[i][0] < 0.1, paragraph);
	}

	// No page-level value: a block without personal words reads 0 on either page.
	t.is(blog.vectors[at(blog.states, post[3])][0], 0);
	t.is(blog.vectors[at(blog.states, 'Home')][0], 0);
	t.true(blog.vectors.every(vector => vector.every(value => value >= 0)));
});
