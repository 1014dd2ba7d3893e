// The facts that changed, in a real 80×24 terminal: a generated pair where a
// figure, a day and a place name change far below the first screen; } scrolls
// both panes to each, F lists them.
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
import {factPair, manyFactsPair} from '../helpers/fact-pair.js';
import {withTemporaryDirectory} from '../helpers/temporary-directory.js';
import {TmuxSession, tmuxUnavailable} from '../helpers/tmux.js';

const unavailable = tmuxUnavailable();
const tmuxTest = unavailable && !(process.env.CI && unavailable.startsWith('tmux')) ? test.skip : test.serial;

/** Writes the pair as a.txt and b.txt under one headline, opens the reader on them in a columns×rows terminal without colour, and compares them. */
const openPair = async (t: ExecutionContext, directory: string, {left, right}: {left: string; right: string}, columns: number, rows: number): Promise<TmuxSession> => {
	await writeFile(path.join(directory, 'a.txt'), `Flood report\n\n${left}\n`);
	await writeFile(path.join(directory, 'b.txt'), `Flood report\n\n${right}\n`);
	const session = new TmuxSession(columns, rows, {NO_COLOR: '1'});
	t.teardown(() => session.kill());
	session.run(`node dist/cli.js ${directory}`);
	await session.waitFor(/2 articles/);
	session.keys('Space', 'j', 'Space', 'Enter');
	return session;
};

tmuxTest('80×24: } goes to each changed fact in both panes, F lists them', async t => {
	await withTemporaryDirectory('facts', async directory => {
		const session = await openPair(t, directory, factPair(), 80, 24);
		const first = await session.waitFor(/lines 1–\d+\/\d+/);
		t.notRegex(first, /river rose/);
		session.keys('}');
		const figure = await session.waitFor(/fact 1\/3/);
		// The row with the figure, on both sides of one screen line.
		t.regex(figure, /\[-21-\].*\{\+12\+\}/);
		session.keys('}');
		t.regex(await session.waitFor(/fact 2\/3/), /\[-Tuesday-\]/);
		session.keys('}');
		t.regex(await session.waitFor(/fact 3\/3/), /\[-Marlow-\].*\{\+Harlow\+\}/);
		session.keys('}');
		// At 80 columns the status shows the fact whole; the note that it wrapped comes after it and may be cut.
		t.regex(await session.waitFor(/fact 1\/3 · back at the first: 21 → 12 \(number\)/), /\[-21-\]/);
		session.keys('F');
		const list = await session.waitFor(/facts changed \(left → right\): 3/);
		t.regex(list, /2\. Tuesday → Wednesday \(date\) · line \d+/);
	});
});

tmuxTest('60×100: F on twelve facts aligns their numbers right, and item 10 wraps under its text as item 9 does', async t => {
	await withTemporaryDirectory('many-facts', async directory => {
		const session = await openPair(t, directory, manyFactsPair(12), 60, 100);
		await session.waitFor(/lines 1–\d+\/\d+/);
		session.keys('F');
		const list = (await session.waitFor(/ 10\. quote altered/)).split('\n');
		const at = (number: number) => list.findIndex(line => new RegExp(`^ *${number}\\. `).test(line));
		for (const number of [9, 10]) {
			const line = at(number);
			t.true(line >= 0, list.join('\n'));
			const textColumn = /^ *\d+\. /.exec(list[line]!)![0].length;
			t.is(/^ */.exec(list[line + 1]!)![0].length, textColumn, list.join('\n'));
			t.is(textColumn, /^ *\d+\. /.exec(list[at(1)]!)![0].length, list.join('\n'));
		}
	});
});
