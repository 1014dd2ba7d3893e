// The reader must stay as responsive on corpora and pairs far larger than the
// seeds as on the seeds: measured against a small case in the same run, so a
// busy machine slows both alike.
import test from 'ava';
import {render} from 'ink-testing-library';
import React from 'react';
import type {AnalyzedArticle} from '../../source/corpus/article.js';
import {App} from '../../source/reader/app.js';
import {colorTheme} from '../../source/reader/theme.js';
import {article, readerInput} from '../helpers/articles.js';
import {sameRows} from '../helpers/comparison.js';
import {delay} from '../helpers/delay.js';

const size = {columns: 120, rows: 40};

const waitFor = async (frame: () => string, pattern: RegExp, timeout = 30_000) => {
	const started = Date.now();
	while (!pattern.test(frame())) {
		if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${pattern}:\n${frame()}`);
		await delay(2);
	}
};

/** Mean ms per `j` over 20 presses, render included. */
const listMsPerKey = async (count: number) => {
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

const pairMsPerKey = async (paragraphs: number) => {
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
	await waitFor(frame, /line 1\/\d+ .*· sim/);
	await waitFor(frame, /^(?![\s\S]*laying out)/);
	const openMs = performance.now() - opened;
	const started = performance.now();
	for (let index = 0; index < 20; index++) {
		app.stdin.write('j');
		await waitFor(frame, new RegExp(`line ${index + 2}/`));
	}
	app.unmount();
	return {words: text.split(/\s+/).length, openMs, perKey: (performance.now() - started) / 20};
};

test.serial('100,000 articles move as fast as five hundred', async t => {
	const small = await listMsPerKey(500);
	small.app.unmount();
	const big = await listMsPerKey(100_000);
	t.log(`j/k: ${small.perKey.toFixed(1)} ms per key with 500 articles, ${big.perKey.toFixed(1)} ms with 100,000`);
	t.true(big.perKey < small.perKey * 2 + 20);
	// Jumping and filtering work on the whole list.
	big.app.stdin.write('G');
	await waitFor(big.frame, /Story number 99999/);
	big.app.stdin.write('/');
	await delay(20);
	big.app.stdin.write('99998\r');
	await waitFor(big.frame, /1 of 100000 match/);
	big.app.unmount();
});

test.serial('a 30,000-word pair scrolls as fast as a small one', async t => {
	const small = await pairMsPerKey(30);
	const big = await pairMsPerKey(400);
	t.log(`split view j: ${small.perKey.toFixed(1)} ms per key at ${small.words} words, ${big.perKey.toFixed(1)} ms at ${big.words} words (opened in ${big.openMs.toFixed(0)} ms)`);
	t.true(big.words >= 30_000);
	t.true(big.perKey < small.perKey * 2 + 20);
});
