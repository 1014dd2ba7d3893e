import test from 'ava';
import {render} from 'ink-testing-library';
import React from 'react';
import {layoutComparison} from '../../source/render/layout.js';
import {scrollPosition, SplitScreen} from '../../source/reader/split-screen.js';
import {initialSplitState} from '../../source/reader/split-state.js';
import {plainTheme} from '../../source/reader/theme.js';
import {article, naiveCompare} from '../helpers/articles.js';

test('position reads as in less and vim: All, Top, Bot, else how far down the bottom line is', t => {
	t.is(scrollPosition(0, 30, 20), 'All');
	t.is(scrollPosition(0, 30, 30), 'All');
	t.is(scrollPosition(0, 30, 100), 'Top');
	t.is(scrollPosition(70, 30, 100), 'Bot');
	t.is(scrollPosition(20, 30, 100), '50%');
	// Never 100% short of the bottom, never 0% off the top.
	t.is(scrollPosition(1, 30, 3000), '1%');
	t.is(scrollPosition(25, 21, 6400), '1%');
	t.is(scrollPosition(2968, 30, 3000), '99%');
	// While the layout is still growing its end is unknown.
	t.is(scrollPosition(0, 30, 20, true), 'Top');
	t.is(scrollPosition(70, 30, 100, true), '99%');
});

test('a notice (file gone) leads the status line, the position follows', t => {
	const left = article('a.txt', 'A', 'Rebels seized the capital.');
	const right = article('b.txt', 'B', 'Rebels took the capital.');
	const comparison = naiveCompare(left, right);
	const layout = layoutComparison(comparison, left.text, right.text, {paneWidth: 40});
	const {lastFrame, unmount} = render(
		<SplitScreen left={left} right={right} comparison={comparison} layout={layout} message={null} notice="b.txt was deleted since it was opened — showing the text as loaded" state={initialSplitState} width={120} height={10} paneWidth={58} theme={plainTheme} />,
	);
	const status = (lastFrame() ?? '').split('\n').at(-1)!;
	t.regex(status, /^b\.txt was deleted since it was opened — showing the text as loaded · line 1\/1 All · /);
	unmount();
});

test('while laying out, the status line says how far, not how many changes', t => {
	const left = article('a.txt', 'A', 'One. Two.');
	const right = article('b.txt', 'B', 'One. Three.');
	const comparison = naiveCompare(left, right);
	const layout = layoutComparison(comparison, left.text, right.text, {paneWidth: 40});
	const {lastFrame, unmount} = render(
		<SplitScreen left={left} right={right} comparison={comparison} layout={layout} message={null} layoutProgress={0.42} state={initialSplitState} width={120} height={10} paneWidth={58} theme={plainTheme} />,
	);
	const status = (lastFrame() ?? '').split('\n').at(-1)!;
	t.regex(status, /line 1\/1\+ Top · laying out… 42% · sim/);
	t.notRegex(status, /change/);
	unmount();
});
