import test from 'ava';
import {render} from 'ink-testing-library';
import {fileURLToPath} from 'node:url';
import React from 'react';
import {runList} from '../../../source/commands/list.js';
import {openCorpusFeed} from '../../../source/corpus/feed-from-disk.js';
import {App} from '../../../source/reader/app.js';
import {plainTheme} from '../../../source/reader/theme.js';
import {readerInput} from '../../helpers/articles.js';
import {captureIo} from '../../helpers/command-io.js';
import {waitForFrame} from '../../helpers/delay.js';

const families = fileURLToPath(new URL('../../fixtures/corpus/families/', import.meta.url));

// The reader's list row is `copydesk list`'s row behind the highlight indicator, a
// mark column and a space: at 4 columns wider, every cell is the same text.
for (const width of [60, 80, 120]) {
	test(`the reader's list shows each article as copydesk list prints it (list at ${width} columns)`, async t => {
		const io = captureIo();
		t.is(await runList([families, '--width', String(width)], io), 0);
		const printed = io.out().trimEnd().split('\n').slice(0, -1);

		const feed = await openCorpusFeed([families], {cache: false, worker: 'never'});
		await feed.ready;
		const {articles} = feed.snapshot();
		const app = render(<App input={readerInput([...articles])} onQuit={() => {}} size={{columns: width + 4, rows: 20}} theme={plainTheme} />);
		const frame = await waitForFrame(() => app.lastFrame() ?? '', /f-exact-copy/);
		const shown = frame.split('\n').slice(1, 2 + articles.length).map(line => line.slice(4).trimEnd());
		app.unmount();
		t.is(printed.length, articles.length + 1);
		t.deepEqual(shown, printed);
		if (width >= 100) t.regex(printed[0]!, /title +name +words +boil +group +relation +sim$/);
		t.regex(printed.find(line => line.includes('c-spun-copy'))!, width >= 70 ? /#1 ×4 \w+/ : /#1 ×4$/);
	});
}

test('Enter on an empty list says there is no article, not how to mark two (breaker20 O11)', async t => {
	const app = render(<App input={readerInput([])} onQuit={() => {}} size={{columns: 80, rows: 20}} theme={plainTheme} />);
	await waitForFrame(() => app.lastFrame() ?? '', /no articles found/);
	app.stdin.write('\r');
	const frame = await waitForFrame(() => app.lastFrame() ?? '', /no article in the list/);
	app.unmount();
	t.notRegex(frame, /Space marks two/);
});
