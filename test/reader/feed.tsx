import test from 'ava';
import {render} from 'ink-testing-library';
import React from 'react';
import type {AnalyzedArticle} from '../../source/corpus/article.js';
import {App} from '../../source/reader/app.js';
import {plainTheme} from '../../source/reader/theme.js';
import {article, naiveCompare} from '../helpers/articles.js';
import {delay, waitForFrame} from '../helpers/delay.js';
import {manualFeed} from '../helpers/manual-feed.js';


test('a corpus loading in the background: progress shown, rows appear, keys keep working', async t => {
	const pending = (id: string): AnalyzedArticle => ({...article(id, id, ''), pending: true, words: 0});
	const {feed, publish} = manualFeed({root: '/big', articles: [pending('a.txt'), pending('b.txt')], problems: [], progress: {done: 0, total: 3, phase: 'analysing'}});
	const app = render(<App input={{feed, compare: naiveCompare}} onQuit={() => {}} size={{columns: 100, rows: 16}} theme={plainTheme} />);
	const frame = () => app.lastFrame() ?? '';
	t.regex(await waitForFrame(frame, /analysing ░+ 0\/3/), /analysing ░+ 0\/3/);
	t.regex(frame(), /a\.txt +…/);
	app.stdin.write('j');
	await delay();
	t.regex(await waitForFrame(frame, /2\/2/), /2\/2/);
	publish({articles: [article('a.txt', 'Alpha title', 'one two'), pending('b.txt'), pending('c.txt')], progress: {done: 2, total: 3, phase: 'analysing'}});
	t.regex(await waitForFrame(frame, /Alpha title/), /Alpha title/);
	t.regex(frame(), /analysing █+░+ 2\/3/);
	// The highlight stays where it was.
	t.regex(frame(), /2\/3/);
	publish({articles: [article('a.txt', 'Alpha title', 'one two'), article('b.txt', 'Beta', 'x'), article('c.txt', 'Gamma', 'y')], progress: null});
	t.regex(await waitForFrame(frame, /3 articles · 2\/3/), /3 articles · 2\/3/);
	t.notRegex(frame(), /analysing/);
	app.unmount();
});

test('articles arriving before the highlighted one do not move the highlight off it', async t => {
	const {feed, publish} = manualFeed({root: '/c', articles: [article('b.txt', 'Bravo', 'x'), article('d.txt', 'Delta', 'y')], problems: [], progress: {done: 2, total: 4, phase: 'loading'}});
	const app = render(<App input={{feed, compare: naiveCompare}} onQuit={() => {}} size={{columns: 100, rows: 16}} theme={plainTheme} />);
	const frame = () => app.lastFrame() ?? '';
	await waitForFrame(frame, /Delta/);
	app.stdin.write('j');
	t.regex(await waitForFrame(frame, /2\/2/), /2\/2/);
	publish({articles: [article('a.txt', 'Alpha', 'z'), article('b.txt', 'Bravo', 'x'), article('c.txt', 'Charlie', 'w'), article('d.txt', 'Delta', 'y')], progress: null});
	t.regex(await waitForFrame(frame, /4 articles · 4\/4/), /4 articles · 4\/4/);
	app.unmount();
});
