// 200 copies of a 2,000-sentence story: the view lays out only what is on
// screen, so a frame costs the same as for the seeds. Checked by counting the
// work (cells laid out per frame), not by timing.
import test from 'ava';
import {render} from 'ink-testing-library';
import React from 'react';
import type {Comparison, Row} from '../../../source/compare/model.js';
import {rowLine, storyColumns} from '../../../source/reader/story/layout.js';
import {StoryScreen, storyPage} from '../../../source/reader/story/screen.js';
import {initialStoryState, storyReducer} from '../../../source/reader/story/state.js';
import {plainTheme} from '../../../source/reader/theme.js';
import {storyFromComparisons} from '../../../source/story/story.js';
import {article} from '../../helpers/articles.js';

const sentenceCount = 2000;
const copyCount = 200;

/** A story built from synthetic comparisons (the engine is not what is measured here). */
const largeStory = () => {
	const sentences = Array.from({length: sentenceCount}, (_, index) => `Sentence ${index} of a long story about ${index % 7} things.`);
	const text = sentences.join(' ');
	const starts: number[] = [];
	let at = 0;
	for (const sentence of sentences) {
		starts.push(at);
		at += sentence.length + 1;
	}

	const base = article('base.txt', 'Long', text);
	const copies = Array.from({length: copyCount}, (_, c) => {
		const rows: Row[] = sentences.map((sentence, index): Row => {
			const span = {start: starts[index], end: starts[index] + sentence.length};
			const kind = (index + c) % 11 === 0 ? 'removed' : (index * c) % 13 === 0 ? 'changed' : 'same';
			return kind === 'removed' ? {kind, left: span, right: null, similarity: 0, ops: []} : {kind, left: span, right: span, similarity: kind === 'same' ? 1 : 0.8, ops: kind === 'same' ? [] : [{op: 'removed', left: span}]};
		});
		const comparison: Comparison = {similarity: 0.9 - c / 1000, containment: {left: 0.9, right: 0.9}, relation: 'edited', substitutions: [], rows, changes: 10, degraded: false};
		return {article: article(`c${String(c).padStart(3, '0')}.txt`, 'c', text), comparison};
	});
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
