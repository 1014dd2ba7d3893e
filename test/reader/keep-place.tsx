// A pair compared again (a file re-read, boilerplate compared as text) keeps
// the reader at the same place in the text, not at the same line number.
import test from 'ava';
import {render} from 'ink-testing-library';
import React from 'react';
import type {CorpusSnapshot} from '../../source/corpus/feed.js';
import {App} from '../../source/reader/app.js';
import type {ReaderInput} from '../../source/reader/reader-input.js';
import {plainTheme} from '../../source/reader/theme.js';
import {article} from '../helpers/articles.js';
import {makeComparison, type RowSpec} from '../helpers/comparison.js';
import {waitForFrame} from '../helpers/delay.js';

const paragraphs = (prefix: string, count: number) => Array.from({length: count}, (_, index) => `${prefix} sentence number ${index} of the report.`).join('\n\n');

test('the right file growing ten paragraphs at the top keeps the left sentence at the top', async t => {
	const left = article('a.txt', 'A', paragraphs('Left', 60));
	let snapshot: CorpusSnapshot = {root: '/', articles: [left, article('b.txt', 'B', paragraphs('Right', 60))], problems: [], progress: null};
	const listeners = new Set<() => void>();
	const input: ReaderInput = {
		feed: {snapshot: () => snapshot, subscribe: listener => (listeners.add(listener), () => listeners.delete(listener))},
		// New sentences are added rows; Left N pairs with Right N.
		compare(l, r) {
			const sentences = (text: string) => text.split(/\n\n/);
			const right = sentences(r.text);
			const specs: RowSpec[] = right.filter(sentence => sentence.startsWith('New')).map(sentence => ({kind: 'added', right: sentence}));
			for (const [index, sentence] of sentences(l.text).entries()) specs.push({kind: 'changed', left: sentence, right: `Right sentence number ${index} of the report.`});
			return makeComparison(l.text, r.text, specs);
		},
		// The second read of b.txt finds ten new paragraphs before the old ones.
		async reloadArticle(previous) {
			if (previous.id !== 'b.txt' || previous.text.startsWith('New')) return previous;
			const fresh = article('b.txt', 'B', `${paragraphs('New', 10)}\n\n${previous.text}`);
			snapshot = {...snapshot, articles: [left, fresh]};
			for (const listener of listeners) listener();
			return fresh;
		},
		initialPair: ['a.txt', 'b.txt'],
	};
	// No re-read on open: only when r is pressed.
	const reload = input.reloadArticle!;
	let allowed = false;
	input.reloadArticle = async previous => (allowed ? reload(previous) : previous);
	const app = render(<App input={input} onQuit={() => {}} size={{columns: 100, rows: 16}} theme={plainTheme} />);
	const frame = () => app.lastFrame() ?? '';
	/** The first left sentence on screen. */
	const topSentence = () => /Left\S* sentence number \S*?(\d+)/.exec(frame().split('\n').slice(2).join('\n'))?.[1];
	await waitForFrame(frame, /lines 1–\d+\/\d+ Top/);
	for (let index = 0; index < 4; index++) app.stdin.write(' ');
	await waitForFrame(frame, /lines (?!1–)\d+–/);
	const before = topSentence();
	t.truthy(before);
	const lineBefore = /lines (\d+)–/.exec(frame())![1];
	allowed = true;
	app.stdin.write('r');
	await waitForFrame(frame, /b\.txt changed/);
	await waitForFrame(frame, () => !/comparing/.test(frame()) && /lines \d+–/.test(frame()));
	t.is(await waitForFrame(frame, () => topSentence() === before).then(topSentence), before);
	t.not(/lines (\d+)–/.exec(frame())![1], lineBefore, 'the same text is now further down');
	app.unmount();
});

test('u (one column / two) on a pair too long to lay out at once keeps the same sentence at the top', async t => {
	// Over offThreadChars: the new layout is laid out in slices, so the old top is not laid out yet when u is pressed.
	const text = (side: string) => Array.from({length: 400}, (_, index) => `${side === 'l' && index === 300 ? 'Changed' : 'Plain'} sentence number ${index} of a long report on the harbour.`).join('\n\n');
	const left = article('a.txt', 'A', text('l'));
	const right = article('b.txt', 'B', text('r'));
	const snapshot: CorpusSnapshot = {root: '/', articles: [left, right], problems: [], progress: null};
	const input: ReaderInput = {
		feed: {snapshot: () => snapshot, subscribe: () => () => {}},
		compare: (l, r) => makeComparison(l.text, r.text, l.text.split('\n\n').map((sentence, index) => ({kind: sentence === r.text.split('\n\n')[index] ? 'same' : 'changed', left: sentence, right: r.text.split('\n\n')[index]!}))),
		initialPair: ['a.txt', 'b.txt'],
	};
	const app = render(<App input={input} onQuit={() => {}} size={{columns: 100, rows: 16}} theme={plainTheme} />);
	const frame = () => app.lastFrame() ?? '';
	const topSentence = () => /sentence number (\d+)/.exec(frame().split('\n').slice(2).join('\n'))?.[1];
	await waitForFrame(frame, /lines 1–\d+\/\d+ Top · 1 change/, 30_000);
	app.stdin.write(']');
	await waitForFrame(frame, /change 1\/1/);
	const before = topSentence();
	t.is(before, '300');
	app.stdin.write('u');
	await waitForFrame(frame, /unified[^]*change 1\/1/, 30_000);
	t.is(topSentence(), before);
	app.stdin.write('u');
	await waitForFrame(frame, /side by side[^]*change 1\/1/, 30_000);
	t.is(topSentence(), before);
	app.unmount();
});
