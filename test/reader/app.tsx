import test from 'ava';
import {stripVTControlCharacters as stripAnsi} from 'node:util';
import {render} from 'ink-testing-library';
import React from 'react';
import {App} from '../../source/reader/app.js';
import {colorTheme, plainTheme} from '../../source/reader/theme.js';
import {article, readerInput, seedArticles} from '../helpers/articles.js';
import {makeComparison} from '../helpers/comparison.js';
import {delay, waitForFrame} from '../helpers/delay.js';
import {renderApp} from '../helpers/render-app.js';

const size = {columns: 100, rows: 24};
const keys = {down: '\u001B[B', up: '\u001B[A', enter: '\r', escape: '\u001B', tab: '\t'};

const setup = (theme = colorTheme, input = readerInput()) => renderApp(input, {...size, theme});

test('list → mark two → Enter → split view → ] → q back → q quits', async t => {
	const {app, press, quits, input, frame} = setup(plainTheme);
	await delay();
	t.regex(await waitForFrame(frame, /Rebels seize the capital/), /Rebels seize the capital/);
	t.regex(await waitForFrame(frame, /4 articles/), /4 articles/);
	await press(' ', 'j', ' ');
	t.regex(await waitForFrame(frame, /marked 1:a\.txt 2:b\.txt/), /marked 1:a\.txt 2:b\.txt/);
	await press(keys.enter);
	await waitForFrame(frame, /lines 1–/);
	t.deepEqual(input.calls, [['a.txt', 'b.txt', false]]);
	t.regex(await waitForFrame(frame, /Rebels seize the capital.*Rebels take the capital/), /Rebels seize the capital.*Rebels take the capital/);
	t.regex(await waitForFrame(frame, /\[-seized-\]/), /\[-seized-\]/);
	t.regex(await waitForFrame(frame, /\{\+took\+\}/), /\{\+took\+\}/);
	// Opened at its first change (on its first line): ] steps to the second.
	t.regex(await waitForFrame(frame, /change 1\/2/), /change 1\/2/);
	await press(']');
	t.regex(await waitForFrame(frame, /change 2\/2/), /change 2\/2/);
	await press('q');
	t.regex(await waitForFrame(frame, /4 articles/), /4 articles/);
	t.deepEqual(quits, []);
	await press('q');
	t.deepEqual(quits, [0]);
	app.unmount();
});

test('filter narrows the list incrementally; Esc clears it', async t => {
	const {app, press, frame} = setup();
	await delay();
	await press('/', 'w', 'e', 'a');
	t.regex(await waitForFrame(frame, /1 of 4 match|\/wea/), /1 of 4 match|\/wea/);
	t.notRegex(frame(), /Rebels seize/);
	t.regex(await waitForFrame(frame, /Weather report/), /Weather report/);
	await press(keys.enter);
	t.regex(await waitForFrame(frame, /1 of 4 match \/wea/), /1 of 4 match \/wea/);
	await press(keys.escape);
	t.regex(await waitForFrame(frame, /Rebels seize/), /Rebels seize/);
	t.regex(await waitForFrame(frame, /4 articles/), /4 articles/);
	app.unmount();
});

test('in the filter, Ctrl-W erases the last word and Ctrl-U all that is typed, as a shell\'s line editor', async t => {
	const {app, press, frame} = setup();
	await delay();
	await press('/', 'w', 'e', 'a', ' ', 'z', 'z');
	t.regex(await waitForFrame(frame, /\/wea zz▏/), /\/wea zz▏/);
	await press('\u0017');
	t.regex(await waitForFrame(frame, /\/wea ?▏/), /\/wea ?▏/);
	t.regex(await waitForFrame(frame, /Weather report/), /Weather report/);
	await press('\u0015');
	t.regex(await waitForFrame(frame, /\/▏/), /\/▏/);
	t.regex(await waitForFrame(frame, /Rebels seize/), /Rebels seize/);
	await press('x');
	t.regex(await waitForFrame(frame, /\/x▏/), /\/x▏/);
	app.unmount();
});

test('help overlay lists keys and closes on any key', async t => {
	const {app, press, frame} = setup();
	await delay();
	await press('?');
	t.regex(await waitForFrame(frame, /list keys/), /list keys/);
	t.regex(await waitForFrame(frame, /Space\s+mark/), /Space\s+mark/);
	await press('x');
	t.regex(await waitForFrame(frame, /4 articles/), /4 articles/);
	app.unmount();
});

test('the list help explains the sim column and the ~ of an estimate', async t => {
	const app = render(<App input={readerInput()} onQuit={() => {}} size={{columns: 100, rows: 80}} theme={plainTheme} />);
	await delay();
	app.stdin.write('?');
	const frame = await waitForFrame(() => app.lastFrame() ?? '', /^Columns$/m);
	t.regex(frame, /^ {2}sim {7}similarity to that original/m);
	t.regex(frame, /^ {2}~ {9}before a relation or sim: estimated/m);
	app.unmount();
});

test('Enter with nothing marked gives a hint; one mark compares with the highlighted article', async t => {
	const {app, press, frame, input} = setup();
	await delay();
	await press(keys.enter);
	t.regex(await waitForFrame(frame, /marks two articles/), /marks two articles/);
	await press(' ', keys.down, keys.down, keys.down, keys.enter);
	await waitForFrame(frame, /lines 1–/);
	t.deepEqual(input.calls[0], ['a.txt', 'd.txt', false]);
	app.unmount();
});

test('a third mark drops the oldest', async t => {
	const {app, press, frame} = setup();
	await delay();
	await press(' ', 'j', ' ', 'j', ' ');
	t.regex(await waitForFrame(frame, /marked 1:b\.txt 2:c\.txt/), /marked 1:b\.txt 2:c\.txt/);
	app.unmount();
});

test('too small a terminal asks to be enlarged', async t => {
	const app = render(<App input={readerInput()} onQuit={() => {}} size={{columns: 30, rows: 8}} theme={colorTheme} />);
	await delay();
	t.regex(await waitForFrame(() => app.lastFrame() ?? '', /enlarge the terminal\s+\(need 40×10, have 30×8\)/), /enlarge the terminal\s+\(need 40×10, have 30×8\)/);
	app.unmount();
});

test('at 10×3 the too-small message is whole: what to do, the size needed and how to quit, in the two rows it has', async t => {
	const app = render(<App input={readerInput()} onQuit={() => {}} size={{columns: 10, rows: 3}} theme={colorTheme} />);
	await delay();
	const frame = stripAnsi(await waitForFrame(() => app.lastFrame() ?? '', /q quits/));
	t.deepEqual(frame.split('\n').map(line => line.trimEnd()), ['need 40×10', 'q quits']);
	app.unmount();
});

test('long overlays scroll with j and close on another key', async t => {
	const quits: number[] = [];
	const app = render(<App input={readerInput()} onQuit={code => quits.push(code)} size={{columns: 80, rows: 12}} theme={colorTheme} />);
	await delay();
	app.stdin.write('?');
	await delay();
	t.regex(await waitForFrame(() => app.lastFrame() ?? '', /1–9 of \d+ · j\/k\/Space scroll/), /1–9 of \d+ · j\/k\/Space scroll/);
	t.regex(app.lastFrame() ?? '', /^Move$/m);
	app.stdin.write('j');
	await delay();
	t.regex(await waitForFrame(() => app.lastFrame() ?? '', /2–10 of/), /2–10 of/);
	t.notRegex(app.lastFrame() ?? '', /^Move$/m);
	app.stdin.write('x');
	await delay();
	t.regex(await waitForFrame(() => app.lastFrame() ?? '', /4 articles/), /4 articles/);
	app.unmount();
});

test('problems: counted in the status line (a file only skipped as skipped, not as a problem), listed with p', async t => {
	const input = readerInput(undefined, {problems: [{path: '/corpus/photo.jpg', message: 'binary file', kind: 'skipped'}]});
	const {app, press, frame} = setup(colorTheme, input);
	await delay();
	t.regex(await waitForFrame(frame, /1 skipped \(p\)/), /1 skipped \(p\)/);
	t.notRegex(frame(), /problem/);
	await press('p');
	t.regex(await waitForFrame(frame, /not read: 1 file\b/), /not read: 1 file\b/);
	t.regex(await waitForFrame(frame, /skipped: \/corpus\/photo\.jpg: binary file/), /skipped: \/corpus\/photo\.jpg: binary file/);
	app.unmount();
});

test('problems as list prints them ("skipped" and the line number said once), long ones wrapped, not cut, at 80 columns', async t => {
	const message = 'not valid JSON (Unterminated string in JSON at position 93 (line 1 column 94)), the rest of the file still read';
	const input = readerInput(undefined, {
		problems: [
			{path: '/corpus/binary.txt', message: 'binary file (NUL bytes)', kind: 'skipped'},
			{path: '/corpus/records.jsonl#:3', message: `line 3: ${message}`, kind: 'error'},
		],
	});
	const app = render(<App input={input} onQuit={() => {}} size={{columns: 80, rows: 24}} theme={plainTheme} />);
	const frame = () => app.lastFrame() ?? '';
	await delay();
	app.stdin.write('p');
	const shown = await waitForFrame(frame, /not read: 2 files/);
	app.unmount();
	t.regex(shown, /^skipped: \/corpus\/binary\.txt: binary file \(NUL bytes\) *$/m);
	t.notRegex(shown, /; skipped/);
	t.regex(shown, /^error: \/corpus\/records\.jsonl#:3: not valid JSON/m);
	t.notRegex(shown, /line 3: line 3/);
	t.notRegex(shown, /…/, 'nothing cut');
	t.regex(shown.replace(/\s+/g, ' '), /the rest of the file still read/);
	t.true(shown.split('\n').length <= 23);
	for (const line of shown.split('\n')) t.true(line.length <= 80, line);
});

test('split view: S lists substitutions, B recompares with boilerplate, Q quits from anywhere', async t => {
	const {app, press, frame, input, quits} = setup();
	await delay();
	await press(' ', 'j', ' ', keys.enter);
	await waitForFrame(frame, /lines 1–/);
	await press('S');
	t.regex(await waitForFrame(frame, /seized → taken ×1/), /seized → taken ×1/);
	await press('x', 'B');
	t.regex(await waitForFrame(frame, /boilerplate excluded and hidden/), /boilerplate excluded and hidden/);
	await press('B');
	// The hint shows while comparing too: wait for the compared screen (its line count).
	await waitForFrame(frame, text => /boilerplate compared/.test(text) && /lines 1–/.test(text));
	t.deepEqual(input.calls.at(-1), ['a.txt', 'b.txt', true]);
	t.regex(await waitForFrame(frame, /boilerplate compared/), /boilerplate compared/);
	await press('Q');
	t.deepEqual(quits, [0]);
	app.unmount();
});

test('Ctrl-C quits with 130 from the list', async t => {
	const {app, press, quits} = setup();
	await delay();
	await press('\u0003');
	t.deepEqual(quits, [130]);
	app.unmount();
});

test('a boilerplate row at the top of the focused pane shows its reason', async t => {
	const left = 'Story text here.\n\nSHARE THIS ON FACEBOOK';
	const right = 'Story text here.\n\nLeave a reply below';
	const articles = [article('l.txt', 'Left', left), article('r.txt', 'Right', right)];
	const input = {
		...readerInput(articles),
		compare: () =>
			makeComparison(left, right, [
				{kind: 'same', left: 'Story text here.', right: 'Story text here.', leftParagraph: 0, rightParagraph: 0},
				{kind: 'boilerplate', left: 'SHARE THIS ON FACEBOOK', category: 'share', reason: 'share links', leftParagraph: 1},
				{kind: 'boilerplate', right: 'Leave a reply below', category: 'comments', reason: 'comment form', rightParagraph: 1},
			]),
	};
	const {app, press, frame} = setup(plainTheme, input);
	await delay();
	await press(' ', 'j', ' ', keys.enter);
	t.regex(await waitForFrame(frame, /left boilerplate \(share\): share links/), /left boilerplate \(share\): share links/);
	await press(keys.tab);
	t.regex(await waitForFrame(frame, /right boilerplate \(comments\): comment form/), /right boilerplate \(comments\): comment form/);
	t.regex(frame(), /‹share› SHARE THIS ON FACEBOOK/);
	app.unmount();
});

test('initialPair opens straight into the split view; q goes to the list', async t => {
	const input = {...readerInput(), initialPair: ['a.txt', 'd.txt'] as [string, string]};
	const {app, press, frame} = setup(plainTheme, input);
	t.regex(await waitForFrame(frame, /Rebels seize the capital.*Weather report/), /Rebels seize the capital.*Weather report/);
	await press('q');
	t.regex(await waitForFrame(frame, /4 articles/), /4 articles/);
	app.unmount();
});

test('a resize re-lays out and keeps the row at the top in view', async t => {
	const paragraphs = Array.from({length: 40}, (_, index) => `Paragraph ${index} starts here and goes on for a while with more words to wrap.`);
	const text = paragraphs.join('\n\n');
	const articles = [article('l.txt', 'Left', text), article('r.txt', 'Right', text)];
	const input = readerInput(articles);
	const quits: number[] = [];
	const app = render(<App input={input} onQuit={code => quits.push(code)} size={{columns: 100, rows: 24}} theme={plainTheme} />);
	const frame = () => app.lastFrame() ?? '';
	await delay();
	for (const key of [' ', 'j', ' ', '\r']) {
		app.stdin.write(key);
		await delay();
	}
	await waitForFrame(frame, /lines 1–/);
	app.stdin.write('\u001B[6~'); // PgDn: to line 20, the middle of paragraph 6
	await waitForFrame(frame, /line 20\//);
	app.stdin.write('jj'); // line 22: paragraph 7 starts at the top
	await waitForFrame(frame, /line 22\//);
	const firstParagraph = (screen: string) => /Paragraph (\d+)/.exec(screen.split('\n').slice(2).join('\n'))?.[1];
	const before = frame();
	const paragraph = firstParagraph(before);
	t.is(paragraph, '7');
	app.rerender(<App input={input} onQuit={code => quits.push(code)} size={{columns: 60, rows: 24}} theme={plainTheme} />);
	// The re-layout settles within a frame or two.
	const after = await waitForFrame(frame, screen => screen !== before && firstParagraph(screen) === paragraph, 2000);
	t.not(after, before);
	t.is(firstParagraph(after), paragraph);
	app.unmount();
});

test('a comparison that throws is reported, and q still goes back', async t => {
	const input = {
		...readerInput(),
		compare: () => {
			throw new Error('engine exploded');
		},
	};
	const {app, press, frame} = setup(plainTheme, input);
	await delay();
	await press(' ', 'j', ' ', keys.enter);
	t.regex(await waitForFrame(frame, /could not compare: engine exploded/), /could not compare: engine exploded/);
	await press('q');
	t.regex(await waitForFrame(frame, /4 articles/), /4 articles/);
	app.unmount();
});

test('hostile titles, names and texts never reach the terminal raw', async t => {
	const evil = 'Evil \u001B]0;owned\u0007 \u001B[2J \u202Ereversed\u009B31m';
	const articles = [article(`evil\u001B[31m.txt`, evil, `${evil}. Same end.`), article('plain.txt', 'Plain', 'Calm text. Same end.')];
	const {app, press, frame} = setup(plainTheme, readerInput(articles));
	const raw = /\u001B\]|\u0007|\u001B\[2J|\u202E|\u009B/;
	await waitForFrame(frame, /2 articles/);
	t.notRegex(frame(), raw);
	t.regex(frame(), /Evil ␛\]0;owned␇ ␛\[2J <U\+202E>reversed<U\+009B>31m/);
	await press(' ', 'j', ' ', keys.enter);
	await waitForFrame(frame, /lines 1–/);
	t.notRegex(frame(), raw);
	t.regex(frame(), /evil␛\[31m\.txt/);
	app.unmount();
});

test('t shows trivial differences (marked without colors), s unlinks scrolling', async t => {
	const left = 'Breaking News today.';
	const right = 'breaking news today.';
	const input = {...readerInput([article('l.txt', 'L', left), article('r.txt', 'R', right)]), compare: () => makeComparison(left, right, [{kind: 'same', left, right, trivialCase: true}])};
	const {app, press, frame} = setup(plainTheme, input);
	await delay();
	await press(' ', 'j', ' ', keys.enter);
	await waitForFrame(frame, /lines 1–/);
	t.notRegex(frame(), /\{~/);
	await press('t');
	const shown = await waitForFrame(frame, /\{~Breaking News~\}/);
	t.regex(shown, /\{~Breaking News~\}/);
	t.regex(shown, /trivial differences shown dim/);
	await press('s');
	t.regex(await waitForFrame(frame, /scrolling unlinked/), /scrolling unlinked/);
	app.unmount();
});

test('an overlay that fits closes on j as on any key (its footer says "any key closes"); one that pages scrolls on j', async t => {
	for (const [rows, closes] of [[60, true], [24, false]] as const) {
		const app = render(<App input={readerInput()} onQuit={() => {}} size={{columns: 100, rows}} theme={plainTheme} />);
		const frame = () => app.lastFrame() ?? '';
		await waitForFrame(frame, /4 articles/);
		app.stdin.write('?');
		t.regex(await waitForFrame(frame, /list keys/), closes ? /any key closes/ : /j\/k\/Space scroll/);
		app.stdin.write('j');
		const after = await waitForFrame(frame, text => closes ? !/list keys/.test(text) : /2–/.test(text));
		t.is(/list keys/.test(after), !closes, String(rows));
		app.unmount();
	}
});

test('v on a JSON Lines record opens its file at the record\'s line, and says so (breaker12 K2)', async t => {
	const opened: Array<[string, number]> = [];
	const [a, b] = seedArticles();
	const records = [
		{...a, id: 'feed.jsonl#s0', path: '/corpus/feed.jsonl', name: 'feed.jsonl#s0', record: {line: 1, id: 's0'}},
		{...b, id: 'feed.jsonl#s1', path: '/corpus/feed.jsonl', name: 'feed.jsonl#s1', record: {line: 2, id: 's1'}},
	];
	const input = {...readerInput(records), openInEditor: (path: string, line: number) => (opened.push([path, line]), null)};
	const {app, press, frame} = setup(plainTheme, input);
	await delay();
	await waitForFrame(frame, /2 articles/);
	await press(' ', 'j', ' ', keys.enter);
	await waitForFrame(frame, /lines 1–/);
	await press(keys.tab, 'v');
	t.regex(await waitForFrame(frame, /back from the editor/), /back from the editor \(feed\.jsonl#s1, the record's line 2\)/);
	t.deepEqual(opened, [['/corpus/feed.jsonl', 2]]);
	app.unmount();
});

test('Ctrl-Z hands the terminal to the shell (suspend) and, back, the reader says so and draws again; without job control it does nothing (breaker12 K19)', async t => {
	let suspended = 0;
	const {app, press, frame} = setup(plainTheme, {...readerInput(), suspend: () => void suspended++});
	await delay();
	await waitForFrame(frame, /4 articles/);
	await press('\u001A');
	t.regex(await waitForFrame(frame, /back from the shell/), /back from the shell · 4 articles/);
	t.is(suspended, 1);
	// The next key clears the hint and moves as usual: f and g of a shell's "fg" typed too soon are not what Ctrl-Z leaves behind.
	await press('j');
	t.regex(await waitForFrame(frame, /2\/4/), /2\/4/);
	app.unmount();
	const without = setup(plainTheme, readerInput());
	await delay();
	await without.press('\u001A');
	t.notRegex(without.frame(), /back from the shell/);
	without.app.unmount();
});
