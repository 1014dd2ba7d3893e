import test from 'ava';
import {blockFeatureVectors, featureNames} from '../../source/boilerplate/block-features.js';
import {ruleStates} from '../../source/boilerplate/classify.js';
import {story} from './stories.js';

const names = featureNames();
const thread = Array.from({length: 4}, (_, k) => `Reader ${k + 1} says:\n\nI read this twice and I still think the council should have acted years ago, before the frame began to rust.\n\nReply`).join('\n\n');
const page = `Home\nNews\nSport\n\n${story(3)}\n\n${thread}`;

test('comment headers above a block are counted: none above the article, more and more down a thread', t => {
	const {states} = ruleStates(page);
	const vectors = blockFeatureVectors(states);
	const before = names.indexOf('frame.comment-headers-before');
	const sinceCore = names.indexOf('frame.comment-headers-since-core');
	t.true(before !== -1 && sinceCore !== -1);
	const comments = states.flatMap((state, i) => (state.f.plain.startsWith('I read this twice') ? [i] : []));
	const firstBody = states.findIndex(state => state.f.plain === story(3).split('\n\n')[0]);
	t.is(comments.length, 4);
	t.true(firstBody !== -1);
	t.is(vectors[firstBody][before], 0);
	const counts = comments.map(i => vectors[i][before]);
	t.true(counts.every((count, k) => k === 0 || count > counts[k - 1]), String(counts));
	t.true(vectors[comments[3]][sinceCore] > 0);
});
