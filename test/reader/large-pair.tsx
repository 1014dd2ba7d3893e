// Opening a 30,000-word pair with the real engine and layout: the comparison
// runs in a worker, the layout in slices, so no single step blocks the event
// loop (keys). Checked by what runs where and how the work is cut, never by
// milliseconds: how long the longest block lasts is a figure of `npm run bench`
// (bench/timings.ts), beside the synchronous path.
import test from 'ava';
import {render} from 'ink-testing-library';
import React from 'react';
import {editedPair} from '../../bench/generate-article.js';
import {App} from '../../source/reader/app.js';
import {compareOffThread} from '../../source/reader/compare-off-thread.js';
import type {ReaderInput} from '../../source/reader/reader-input.js';
import {colorTheme} from '../../source/reader/theme.js';
import {article} from '../helpers/articles.js';
import {sameRows} from '../helpers/comparison.js';
import {waitForFrame} from '../helpers/delay.js';
import {countTurnsUntil} from '../helpers/event-loop-turns.js';

const {original, edited} = editedPair();
const articles = [article('original.txt', 'Original', original), article('edited.txt', 'Edited', edited)];

test.serial('a 30,000-word pair opens with the comparison in a worker and the layout in slices, leaving this thread free', async t => {
	const inWorker = compareOffThread(() => {
		throw new Error('the fallback must not run');
	});
	try {
		const turns: number[] = [];
		const input: ReaderInput = {
			feed: undefined!,
			compare() {
				throw new Error('a pair this large is not compared on this thread');
			},
			async compareOffThread(left, right, options) {
				const {value, turns: counted} = await countTurnsUntil(inWorker(left, right, {...options, diffBudget: 40_000_000}));
				turns.push(counted);
				return value;
			},
		};
		const snapshot = {root: '/', articles, problems: [], progress: null};
		const app = render(<App input={{...input, feed: {snapshot: () => snapshot, subscribe: () => () => {}}, initialPair: ['original.txt', 'edited.txt']}} onQuit={() => {}} size={{columns: 120, rows: 40}} theme={colorTheme} />);
		const frame = () => app.lastFrame() ?? '';
		const progress = new Set<string>();
		await waitForFrame(frame, text => {
			const shown = /laying out… (\d+)%/.exec(text);
			if (shown) progress.add(shown[1]);
			return /lines 1–\d+\/\d+ .*changes/.test(text);
		}, 60_000);
		app.stdin.write(']');
		const scrolled = await waitForFrame(frame, /change 1\//);
		app.unmount();
		t.regex(scrolled, /change 1\/\d+/);
		// The comparison ran in the worker, this thread's event loop turning meanwhile (a
		// comparison here lets no turn run: it would read 0).
		t.is(turns.length, 1);
		t.true(turns[0] > 1, `${turns[0]} turns while the worker compared`);
		// The layout grew in slices, the screen redrawn between them (test/render/layout.ts counts the slices).
		t.true(progress.size > 0, 'the status line showed the layout progress');
		t.log(`layout progress shown at ${[...progress].join(', ')}%`);
	} finally {
		inWorker.close();
	}
});

test.serial('] while the layout is still growing is kept until it is done; G pressed alone follows the end', async t => {
	const sentence = 'The council met on Monday to discuss the harbour bridge and its repairs.';
	const text = Array.from({length: 400}, (_, p) => Array.from({length: 6}, (_, s) => sentence.replace('Monday', `day${p}-${s}`)).join(' ')).join('\n\n');
	const model = sameRows(text);
	const pair = [article('a.txt', 'A', text), article('b.txt', 'B', text)];
	const snapshot = {root: '/', articles: pair, problems: [], progress: null};
	const app = render(<App input={{feed: {snapshot: () => snapshot, subscribe: () => () => {}}, compare: () => model, initialPair: ['a.txt', 'b.txt']}} onQuit={() => {}} size={{columns: 120, rows: 40}} theme={colorTheme} />);
	const frame = () => app.lastFrame() ?? '';
	await waitForFrame(frame, /laying out… \d+%/, 10_000);
	// G while it grows stays at the end, as in less.
	app.stdin.write('G');
	await waitForFrame(frame, /laying out… \d+%/);
	// ] is kept (changes are numbered once the layout is whole), and run then: this pair has none.
	app.stdin.write(']');
	t.regex(await waitForFrame(frame, /kept: \] \(until laid out\)/), /kept: \]/);
	t.regex(await waitForFrame(frame, /lines \d+–\d+\/\d+ Bot · no changes/, 30_000), /Bot/);
	t.notRegex(frame(), /kept|once laid out/);
	app.unmount();
});
