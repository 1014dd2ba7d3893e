import test from 'ava';
import {resemblance, sameStoryResemblance, textSketch} from '../../source/boilerplate/story-sketch.js';
import {story} from './stories.js';

test('a story resembles itself and a lightly edited copy, not another story', t => {
	const original = story(1);
	const edited = original.replace('announced on Monday', 'said on Monday');
	t.is(resemblance(textSketch(original), textSketch(original)), 1);
	t.true(resemblance(textSketch(original), textSketch(edited)) >= sameStoryResemblance);
	t.true(resemblance(textSketch(original), textSketch(story(2))) < sameStoryResemblance);
});

test('texts without prose have empty sketches that resemble nothing', t => {
	t.is(textSketch('Home\nNews\nSport').length, 0);
	t.is(resemblance(textSketch('Home'), textSketch('Home')), 0);
});
