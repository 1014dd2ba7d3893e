// 200 copies of a 2,000-sentence story: the view lays out only what is on
// screen, so a frame costs the same as for the seeds. Checked by counting the
// work (cells laid out per frame), not by timing.
import test from 'ava';
import {render} from 'ink-testing-library';
import React from 'react';
import {rowLine, storyColumns} from '../../../source/reader/story/layout.js';
import {StoryScreen, storyPage} from '../../../source/reader/story/screen.js';
import {initialStoryState, storyReducer} from '../../../source/reader/story/state.js';
import {plainTheme} from '../../../source/reader/theme.js';
import {storyFromComparisons} from '../../../source/story/story.js';
import {syntheticComparisons} from '../../../bench/synthetic-story.js';
import {article} from '../../helpers/articles.js';

const sentenceCount = 2000;
const copyCount = 200;

/** A story built from synthetic comparisons (the engine is not what is measured here). */
const largeStory = () => {
	const sentences = Array.from({length: sentenceCount}, (_, index) => `Sentence ${index} of a long story about ${index % 7} things.`);
	const {text, comparisons} = syntheticComparisons(sentences, copyCount);
	const base = article('base.txt', 'Long', text);
	const copies = comparisons.map((comparison, c) => ({article: article(`c${String(c).padStart(3, '0')}.txt`, 'c', text), comparison}));
	return storyFromComparisons(base, copies);
};

test('200 copies × 2,000 sentences: collated, and a frame lays out only the visible window', t => {
	const story = largeStory();
	t.is(story.collation.sentences, sentenceCount);
	t.is(story.copies.length, copyCount);
	const width = 120;
	const height = 40;
	const columns = storyColumns(story, width);
	t.true(columns.visible < copyCount);
	const page = storyPage(height);
	let state = storyReducer(initialStoryState, {type: 'row-to', row: 1500, rows: story.collation.rows.length, copies: copyCount, page, columns: columns.visible});
	state = storyReducer(state, {type: 'copy-to', copy: 150, rows: story.collation.rows.length, copies: copyCount, page, columns: columns.visible});
	const app = render(<StoryScreen story={story} progress={null} error={null} state={state} width={width} height={height} theme={plainTheme} />);
	const frame = app.lastFrame() ?? '';
	t.regex(frame, /Sentence 1500 of a long story/);
	t.regex(frame, /c150/);
	t.is(frame.split('\n').length, height);
	// Every screen line fits the width.
	for (const line of frame.split('\n')) t.true([...line].length <= width, line);
	app.unmount();
	// A row line holds the visible copies only.
	const line = rowLine(story, 1500, state.left, columns, {row: 1500, copy: 150});
	t.is(line.filter(piece => piece.text.trim() !== '' && piece.style !== 'note' && piece.style !== 'number' && piece.style !== 'plain').length, columns.visible);
});
