// Every overlay at 80×24 draws fewer rows than the terminal has: ink 6.8
// clears the whole screen when a frame reaches the terminal's rows, so a
// taller one would scroll and flicker. Long overlays page, long lines wrap.
import test from 'ava';
import {render} from 'ink-testing-library';
import React from 'react';
import {compareArticles} from '../../source/compare/compare-articles.js';
import type {AnalyzedArticle} from '../../source/corpus/article.js';
import {App} from '../../source/reader/app.js';
import {plainTheme} from '../../source/reader/theme.js';
import {article, group, readerInput} from '../helpers/articles.js';
import {delay, waitForFrame} from '../helpers/delay.js';

const sentences = Array.from({length: 40}, (_, index) => `Sentence number ${index + 1} of the story says ${index % 3 === 0 ? 12 : 7} things about "Officials of Harbour City ${index}".`);
const baseText = sentences.join(' ');
const copy = sentences.map(sentence => sentence.replace(/12 things/, '21 things').replace(/Harbour/, 'Port')).join(' ');
const articles = () => [
	article('base.txt', 'The story', baseText, {group: group({group: 1, original: 'base.txt', groupSize: 2})}),
	article('copy.txt', 'The story', copy, {group: group({group: 1, original: 'base.txt', groupSize: 2})}),
];
const problems = Array.from({length: 30}, (_, index) => ({path: `/corpus/some/rather/deep/folder/file-${index}.jsonl#:${index + 2}`, message: `line ${index + 2}: not valid JSON (Unterminated string in JSON at position 93), the rest of the file was still read`, kind: 'error' as const}));

const rows = 24;
const open = async () => {
	// The real engine: word substitutions and facts for S and F.
	const input = {...readerInput(articles(), {problems}), compare: (left: AnalyzedArticle, right: AnalyzedArticle) => compareArticles(left, right)};
	const app = render(<App input={input} onQuit={() => {}} size={{columns: 80, rows}} theme={plainTheme} />);
	const frame = () => app.lastFrame() ?? '';
	const press = async (...keys: string[]) => {
		for (const key of keys) {
			app.stdin.write(key);
			await delay();
		}
	};
	await waitForFrame(frame, /copy\.txt/);
	return {app, frame, press};
};

/** Every page of the open overlay: its frames fit, and it closes with q. */
const pages = async (t: import('ava').ExecutionContext, frame: () => string, press: (...keys: string[]) => Promise<void>, title: RegExp) => {
	const first = await waitForFrame(frame, title);
	for (let page = 0; page < 6; page++) {
		const shown = frame().split('\n');
		t.true(shown.length < rows, `${title}: ${shown.length} rows`);
		t.regex(shown[0]!, title);
		for (const line of shown) t.true(line.length <= 80, line);
		// One that fits closes on any key, Space too: nothing more to page through.
		if (/any key closes/.test(shown.at(-1)!)) break;
		await press(' ');
	}
	await press('q');
	return first;
};

test('list help, problems, split help, substitutions and facts, story help and facts: every overlay fits 80×24', async t => {
	const {app, frame, press} = await open();
	await press('?');
	await pages(t, frame, press, /list keys/);
	await press('p');
	await pages(t, frame, press, /not read: 30 records/);
	await press('s');
	await waitForFrame(frame, /sentence 1\/40/);
	await press('?');
	await pages(t, frame, press, /story view keys/);
	await press('j', 'f');
	await pages(t, frame, press, /facts changed across copies/);
	await press('q');
	await waitForFrame(frame, /2 articles/);
	await press(' ', 'j', ' ', '\r');
	await waitForFrame(frame, /lines 1–/);
	await press('?');
	await pages(t, frame, press, /comparison keys/);
	await press('S');
	await pages(t, frame, press, /word substitutions/);
	await press('F');
	await pages(t, frame, press, /facts changed \(left → right\)/);
	app.unmount();
});
