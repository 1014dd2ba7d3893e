import test from 'ava';
import {render} from 'ink-testing-library';
import React from 'react';
import {App} from '../../source/reader/app.js';
import {colorTheme, plainTheme} from '../../source/reader/theme.js';
import {readerInput} from '../helpers/articles.js';
import {delay} from '../helpers/delay.js';

const size = {columns: 100, rows: 24};
const keys = {down: '\u001B[B', up: '\u001B[A', enter: '\r', escape: '\u001B', tab: '\t'};

const setup = (theme = colorTheme, input = readerInput()) => {
	const quits: number[] = [];
	const app = render(<App input={input} onQuit={code => quits.push(code)} size={size} theme={theme} />);
	const press = async (...sequence: string[]) => {
		for (const key of sequence) {
			app.stdin.write(key);
			await delay();
		}
	};
	return {app, press, quits, input, frame: () => app.lastFrame() ?? ''};
};

test('list → mark two → Enter → split view → ] → q back → q quits', async t => {
	const {app, press, quits, input, frame} = setup(plainTheme);
	await delay();
	t.regex(frame(), /Rebels seize the capital/);
	t.regex(frame(), /4 articles/);
	await press(' ', 'j', ' ');
	t.regex(frame(), /marked 1:a\.txt 2:b\.txt/);
	await press(keys.enter);
	await delay(50);
	t.deepEqual(input.calls, [['a.txt', 'b.txt', false]]);
	t.regex(frame(), /Rebels seize the capital.*Rebels take the capital/);
	t.regex(frame(), /\[-seized-\]/);
	t.regex(frame(), /\{\+took\+\}/);
	await press(']');
	t.regex(frame(), /change 1\/2/);
	await press(']');
	t.regex(frame(), /change 2\/2/);
	await press('q');
	t.regex(frame(), /4 articles/);
	t.deepEqual(quits, []);
	await press('q');
	t.deepEqual(quits, [0]);
	app.unmount();
});

test('filter narrows the list incrementally; Esc clears it', async t => {
	const {app, press, frame} = setup();
	await delay();
	await press('/', 'w', 'e', 'a');
	t.regex(frame(), /1 of 4 match|\/wea/);
	t.notRegex(frame(), /Rebels seize/);
	t.regex(frame(), /Weather report/);
	await press(keys.enter);
	t.regex(frame(), /1 of 4 match \/wea/);
	await press(keys.escape);
	t.regex(frame(), /Rebels seize/);
	t.regex(frame(), /4 articles/);
	app.unmount();
});

test('help overlay lists keys and closes on any key', async t => {
	const {app, press, frame} = setup();
	await delay();
	await press('?');
	t.regex(frame(), /list keys/);
	t.regex(frame(), /Space\s+mark/);
	await press('x');
	t.regex(frame(), /4 articles/);
	app.unmount();
});

test('Enter with nothing marked gives a hint; one mark compares with the highlighted article', async t => {
	const {app, press, frame, input} = setup();
	await delay();
	await press(keys.enter);
	t.regex(frame(), /mark two articles/);
	await press(' ', keys.down, keys.down, keys.down, keys.enter);
	await delay(50);
	t.deepEqual(input.calls[0], ['a.txt', 'd.txt', false]);
	app.unmount();
});

test('a third mark drops the oldest', async t => {
	const {app, press, frame} = setup();
	await delay();
	await press(' ', 'j', ' ', 'j', ' ');
	t.regex(frame(), /marked 1:b\.txt 2:c\.txt/);
	app.unmount();
});

test('too small a terminal asks to be enlarged', async t => {
	const app = render(<App input={readerInput()} onQuit={() => {}} size={{columns: 30, rows: 8}} theme={colorTheme} />);
	await delay();
	t.regex(app.lastFrame() ?? '', /enlarge the terminal\s+\(need 40×10, have 30×8\)/);
	app.unmount();
});
