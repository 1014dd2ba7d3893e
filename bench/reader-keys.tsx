// The reader's keys on corpora and pairs far larger than the seeds, against a
// small case in the same run (a busy machine slows both alike). The tests drive
// the same code for what it does (test/reader/performance.tsx); the timings are
// printed by `npm run bench` (bench/timings.ts), never asserted.
import {render} from 'ink-testing-library';
import React from 'react';
import type {AnalyzedArticle} from '../source/corpus/article.js';
import {App} from '../source/reader/app.js';
import {colorTheme} from '../source/reader/theme.js';
import {article, readerInput} from '../test/helpers/articles.js';
import {sameRows} from '../test/helpers/comparison.js';
import {delay} from '../test/helpers/delay.js';

const size = {columns: 120, rows: 40};

export const waitFor = async (frame: () => string, pattern: RegExp, timeout = 30_000) => {
	const started = Date.now();
	while (!pattern.test(frame())) {
		if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${pattern}:\n${frame()}`);
		await delay(2);
	}
};

/** Mean ms per `j` over 20 presses, render included. */
export const listMsPerKey = async (count: number) => {
	const articles = Array.from({length: count}, (_, index) => article(`n${String(index).padStart(6, '0')}.txt`, `Story number ${index}`, 'a b c'));
	const app = render(<App input={readerInput(articles)} onQuit={() => {}} size={size} theme={colorTheme} />);
	const frame = () => app.lastFrame() ?? '';
	await waitFor(frame, new RegExp(`${count} articles`));
	const started = performance.now();
	for (let index = 0; index < 20; index++) {
		app.stdin.write(index % 2 === 0 ? 'j' : 'k');
		await waitFor(frame, new RegExp(` ${index % 2 === 0 ? 2 : 1}/${count} `));
	}
	const perKey = (performance.now() - started) / 20;
	return {app, frame, perKey};
};

export const pairMsPerKey = async (paragraphs: number) => {
	const sentence = 'The council met on Monday to discuss the harbour bridge and its repairs.';
	const text = Array.from({length: paragraphs}, (_, p) => Array.from({length: 6}, (_, s) => sentence.replace('Monday', `day${p}-${s}`)).join(' ')).join('\n\n');
	const model = sameRows(text);
	const articles: AnalyzedArticle[] = [article('a.txt', 'A', text), article('b.txt', 'B', text)];
	const app = render(<App input={{...readerInput(articles), compare: () => model}} onQuit={() => {}} size={size} theme={colorTheme} />);
	const frame = () => app.lastFrame() ?? '';
	await waitFor(frame, /2 articles/);
	for (const key of [' ', 'j', ' ']) {
		app.stdin.write(key);
		await delay(20);
	}
	const opened = performance.now();
	app.stdin.write('\r');
	await waitFor(frame, /lines 1–\d+\/\d+ .*· sim/);
	await waitFor(frame, /^(?![\s\S]*laying out)/);
	const openMs = performance.now() - opened;
	const started = performance.now();
	for (let index = 0; index < 20; index++) {
		app.stdin.write('j');
		await waitFor(frame, new RegExp(`lines ${index + 2}–`));
	}
	app.unmount();
	return {words: text.split(/\s+/).length, openMs, perKey: (performance.now() - started) / 20};
};

