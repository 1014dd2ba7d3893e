import test from 'ava';
import {resemblance, sameStory, sameStoryResemblance, textSketch} from '../../source/boilerplate/story-sketch.js';
import {sitePost} from './site-posts.js';
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
	// ...yet two texts without prose are not told apart: one story (their shared lines are not template for it).
	t.true(sameStory(textSketch('Home'), textSketch('Home')));
	t.false(sameStory(textSketch('Home'), textSketch(story(1))));
});

test('two posts of one site whose template is prose resemble, yet are two stories', t => {
	// Half of each page's prose is the site's sidebar: the whole-prose resemblance calls them one story.
	const first = textSketch(sitePost(1));
	const second = textSketch(sitePost(2));
	t.true(resemblance(first, second) >= sameStoryResemblance);
	t.false(sameStory(first, second));
	t.false(sameStory(second, first));
});

test('a copy on the same site is one story: whole, with paragraphs added, or edited', t => {
	const original = textSketch(sitePost(1));
	t.true(sameStory(original, textSketch(sitePost(1))));
	t.true(sameStory(original, textSketch(sitePost(1, story(50, 3)))));
	t.true(sameStory(textSketch(sitePost(1, story(50, 3))), original));
	// Every sentence of the story edited (a word changed in each): its own lines are edits of the other's.
	const edited = sitePost(1).replace(story(1, 6), story(1, 6).replaceAll(' the ', ' our '));
	t.not(edited, sitePost(1));
	t.true(sameStory(original, textSketch(edited)));
});

test('pages of two sites share no template: what they share is a story, whatever else each has', t => {
	// Another site's page: the story, and as much prose of its own (its blurbs) as the blog's sidebar.
	const elsewhere = (post: number) => `Menu\n\n${story(post, 6)}\n\n${story(700, 9)}\n`;
	t.true(sameStory(textSketch(sitePost(1), 'host:blog.example'), textSketch(elsewhere(1), 'host:news.example')));
	t.false(sameStory(textSketch(sitePost(1), 'host:blog.example'), textSketch(elsewhere(2), 'host:news.example')));
	// Were they one site, the blurbs around the same story would leave it in doubt: two stories.
	t.false(sameStory(textSketch(sitePost(1), 'host:blog.example'), textSketch(elsewhere(1), 'host:blog.example')));
});
