import test from 'ava';
import {render} from 'ink-testing-library';
import React from 'react';
import {App} from '../../source/reader/app.js';
import {plainTheme} from '../../source/reader/theme.js';
import {article, group, readerInput} from '../helpers/articles.js';
import {delay, waitForFrame} from '../helpers/delay.js';

const grouped = () => [
	article('a.txt', 'Original story', 'Rebels seized the capital. The president fled.', {group: group({group: 1, original: 'a.txt', groupSize: 3, relation: 'identical', similarity: 1})}),
	article('b.txt', 'Unrelated', 'Sunny weather.'),
	article('c.txt', 'Copy one', 'Rebels took the capital. The president fled.', {group: group({group: 1, original: 'a.txt', groupSize: 3, relation: 'edited'})}),
	article('d.txt', 'Copy two', 'Rebels seized the city. The president fled.', {group: group({group: 1, original: 'a.txt', groupSize: 3, relation: 'rewritten'})}),
];

test('group columns, jumping between members, o and c open comparisons', async t => {
	const input = readerInput(grouped());
	const app = render(<App input={input} onQuit={() => {}} size={{columns: 100, rows: 20}} theme={plainTheme} />);
	const frame = () => app.lastFrame() ?? '';
	const press = async (key: string) => {
		app.stdin.write(key);
		await delay();
	};
	await delay();
	t.regex(await waitForFrame(frame, /group +relation/), /group +relation/);
	t.regex(await waitForFrame(frame, /\*#1 ×3 original/), /\*#1 ×3 original/);
	t.regex(await waitForFrame(frame, /#1 ×3 edited/), /#1 ×3 edited/);
	await press(']');
	t.regex(await waitForFrame(frame, /3\/4/), /3\/4/);
	await press('o');
	await waitForFrame(frame, /lines 1–/);
	t.deepEqual(input.calls.at(-1), ['a.txt', 'c.txt', false]);
	await press('q');
	await press('c');
	await waitForFrame(frame, /lines 1–/);
	t.deepEqual(input.calls.at(-1), ['c.txt', 'd.txt', false]);
	await press('q');
	await press('k');
	await press('o');
	t.regex(await waitForFrame(frame, /not in a group/), /not in a group/);
	app.unmount();
});

test('o on an article alone in its group says it is in no group, suggesting no member to compare with', async t => {
	const app = render(<App input={readerInput([article('a.txt', 'Alone', 'Rebels seized the capital.', {group: group({group: 1, original: 'a.txt', groupSize: 1, relation: 'identical', similarity: 1})}), article('b.txt', 'Other', 'Sunny weather.')])} onQuit={() => {}} size={{columns: 100, rows: 20}} theme={plainTheme} />);
	await delay();
	app.stdin.write('o');
	await delay();
	const frame = await waitForFrame(() => app.lastFrame() ?? '', /not in a group|original of its group/);
	t.regex(frame, /not in a group/);
	t.notRegex(frame, /compare with a member/);
	app.unmount();
});

test('without group info the list has no group columns and o explains', async t => {
	const app = render(<App input={readerInput()} onQuit={() => {}} size={{columns: 100, rows: 20}} theme={plainTheme} />);
	await delay();
	t.notRegex(app.lastFrame() ?? '', /relation/);
	app.stdin.write('o');
	await delay();
	t.regex(await waitForFrame(() => app.lastFrame() ?? '', /not in a group/), /not in a group/);
	app.unmount();
});

test('with a filter that matches nothing, the group keys and Space say so instead of "not in a group"', async t => {
	const app = render(<App input={readerInput(grouped())} onQuit={() => {}} size={{columns: 100, rows: 20}} theme={plainTheme} />);
	const frame = () => app.lastFrame() ?? '';
	await waitForFrame(frame, /\*#1 ×3 original/);
	app.stdin.write('/');
	await delay();
	for (const key of 'zzqx') {
		app.stdin.write(key);
		await delay();
	}
	app.stdin.write('\r');
	await delay();
	for (const key of ['o', 'c', ']', 's', ' ']) {
		app.stdin.write(key);
		await delay();
		const shown = await waitForFrame(frame, /no article matches the filter/);
		t.notRegex(shown, /not in a group/, key);
		app.stdin.write('j'); // Any other key: the message goes, so the next one is new.
		await delay();
	}
	app.unmount();
});

// New-user tester O3 (twentieth session): on a cold cache, o, c, s and ] pressed before the groups were computed said
// "not in a group", and it stayed on the status line after the row showed `*#1 ×3 original`.
test('o, c, s and ] before the groups are computed say they are not ready, and the hint changes once they are', async t => {
	const {manualFeed} = await import('../helpers/manual-feed.js');
	const ungrouped = grouped().map(({group: _, ...rest}) => rest);
	const {feed, publish} = manualFeed({root: '/corpus', articles: ungrouped, problems: [], progress: {done: 1, total: 4, phase: 'labelling'}});
	const app = render(<App input={{...readerInput(ungrouped), feed}} onQuit={() => {}} size={{columns: 100, rows: 20}} theme={plainTheme} />);
	const frame = () => app.lastFrame() ?? '';
	const status = () => frame().split('\n').filter(Boolean).at(-1) ?? '';
	await waitForFrame(frame, /Original story/);
	for (const key of ['o', 'c', 's', ']']) {
		app.stdin.write('j');
		await delay();
		app.stdin.write(key);
		t.regex(await waitForFrame(status, /not ready|not in a group/), /groups are not ready yet/, key);
		t.notRegex(frame(), /not in a group/, key);
	}
	publish({articles: grouped(), progress: null});
	t.regex(await waitForFrame(frame, /groups are ready/), /\*#1 ×3 original/);
	t.notRegex(frame(), /not ready|not in a group/);
	app.unmount();
});
