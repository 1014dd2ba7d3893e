// The facts that changed, in the split view: F lists them, } and { scroll both
// panes to each. A generated pair where a figure, a day and a name change far
// down the text, compared by the real engine.
import test from 'ava';
import {compareArticles} from '../../../source/compare/compare-articles.js';
import {staticFeed} from '../../../source/corpus/feed.js';
import type {ReaderInput} from '../../../source/reader/reader-input.js';
import {article} from '../../helpers/articles.js';
import {waitForFrame} from '../../helpers/delay.js';
import {factPair, manyFactsPair} from '../../helpers/fact-pair.js';
import {renderApp} from '../../helpers/render-app.js';

const compare: ReaderInput['compare'] = (left, right, options) => compareArticles(left, right, {withBoilerplate: options.withBoilerplate});

const open = (texts: {left: string; right: string}, columns = 100, rows = 24) => {
	const articles = [article('a.txt', 'Flood report', texts.left), article('b.txt', 'Flood report', texts.right)];
	return renderApp({feed: staticFeed({root: '/corpus', articles, problems: [], progress: null}), compare, initialPair: ['a.txt', 'b.txt']}, {columns, rows});
};

test('} scrolls both panes to each changed fact in turn, says which, and wraps after the last', async t => {
	const {app, frame, status, type} = open(factPair());
	await waitForFrame(frame, /lines 1–/);
	// The facts come with the comparison, which may land after the first frame of the layout.
	t.regex(await waitForFrame(status, /facts \(F\)/), /3 facts \(F\)/);
	// The figure is far below the first screen.
	t.notRegex(frame(), /river rose/);
	type('}');
	t.regex(await waitForFrame(frame, /fact 1\/3/), /fact 1\/3: 21 → 12 \(number\)/);
	// Both panes show the row: the left with 21, the right with 12.
	t.regex(frame(), /\[-21-\] people.*\{\+12\+\} people/);
	type('}');
	t.regex(await waitForFrame(frame, /fact 2\/3/), /Tuesday → Wednesday \(date\)/);
	t.regex(frame(), /Tuesday.*Wednesday/);
	type('}');
	await waitForFrame(frame, /fact 3\/3/);
	t.regex(frame(), /Marlow.*Harlow/);
	type('}');
	t.regex(await waitForFrame(frame, /back at the first/), /fact 1\/3/);
	type('{');
	t.regex(await waitForFrame(frame, /back at the last/), /fact 3\/3/);
	type('{');
	await waitForFrame(frame, /fact 2\/3/);
	app.unmount();
});

test('F lists the facts with the line each is on; any other key closes the list', async t => {
	const {app, frame, type} = open(factPair());
	await waitForFrame(frame, /lines 1–/);
	type('F');
	const list = await waitForFrame(frame, /facts changed \(left → right\): 3/);
	t.regex(list, /1\. 21 → 12 \(number\) · line \d+/);
	t.regex(list, /2\. Tuesday → Wednesday \(date\) · line \d+/);
	t.regex(list, /3\. Marlow → Harlow \(name\) · line \d+/);
	t.regex(list, /\} next fact, \{ previous/);
	type('x');
	await waitForFrame(frame, text => !/facts changed \(left/.test(text));
	type('}');
	t.regex(await waitForFrame(frame, /fact 1\/3/), /\[-21-\] people/);
	app.unmount();
});

test('without changed facts, F and } say so', async t => {
	const {left} = factPair();
	const {app, frame, status, type} = open({left, right: left.replace('The river rose', 'The water rose')});
	await waitForFrame(frame, /lines 1–/);
	t.notRegex(status(), /facts? \(F\)/);
	type('F');
	t.regex(await waitForFrame(frame, /no facts/), /no facts changed/);
	type('}');
	t.regex(await waitForFrame(frame, /no facts/), /no facts changed/);
	t.notRegex(frame(), /facts changed \(left/);
	app.unmount();
});

test('F while the comparison is still computing is kept, never "no facts changed"; once compared, it lists them', async t => {
	const {left, right} = factPair();
	// Past offThreadChars: the pair is compared off the thread, here when the test lets it.
	const filler = '\n\nThe storm moved east by the evening and the roads were reopened one by one.'.repeat(160);
	const articles = [article('a.txt', 'Flood report', left + filler), article('b.txt', 'Flood report', right + filler)];
	let release!: () => void;
	const released = new Promise<void>(resolve => (release = resolve));
	const {app, frame, status} = renderApp(
		{
			feed: staticFeed({root: '/corpus', articles, problems: [], progress: null}),
			compare,
			async compareOffThread(a, b, options) {
				// The first comparison at once; the one after x (the sides swapped) when the test lets it.
				if (a.id === 'b.txt') await released;
				return compare(a, b, options);
			},
			initialPair: ['a.txt', 'b.txt'],
		},
		{columns: 80, rows: 24},
	);
	await waitForFrame(frame, /lines 1–/);
	app.stdin.write('x');
	await waitForFrame(frame, /comparing/);
	// F is kept, not answered "no facts", and runs once the pair is compared (new-user tester O2: it did nothing).
	app.stdin.write('F');
	t.regex(await waitForFrame(status, /still comparing/), /kept: F \(still comparing…\)/);
	t.notRegex(frame(), /no facts/);
	release();
	t.regex(await waitForFrame(frame, /facts changed \(left → right\): 3/), /1\. 12 → 21/);
	t.notRegex(frame(), /still comparing/);
	app.unmount();
});

test('F on ten facts or more: the numbers align right, and a wrapped fact continues under its text for item 10 as for item 9', async t => {
	const {app, frame, type} = open(manyFactsPair(12), 60, 100);
	await waitForFrame(frame, /lines 1–/);
	type('F');
	const list = (await waitForFrame(frame, /facts changed \(left → right\): 12/)).split('\n');
	const items = list.flatMap((line, at) => {
		const match = /^(\s*)(\d+)\. /.exec(line);
		return match ? [{number: Number(match[2]), text: match[0].length, next: list[at + 1]!}] : [];
	});
	t.true(items.length >= 10, list.join('\n'));
	// Each label starts in one column, and the line after it (its continuation) starts there too.
	t.is(new Set(items.map(item => item.text)).size, 1, list.join('\n'));
	const nine = items.find(item => item.number === 9)!;
	const ten = items.find(item => item.number === 10)!;
	t.is(/^ */.exec(nine.next)![0].length, nine.text, list.join('\n'));
	t.is(/^ */.exec(ten.next)![0].length, ten.text, list.join('\n'));
	app.unmount();
});
