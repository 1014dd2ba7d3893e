import test from 'ava';
import type {Key} from 'ink';
import {bindingLabel, commandFor, helpSections, keymap, type Binding, type Command} from '../../source/reader/keymap.js';

const blank = {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false} as Key;

/** The (input, key) pair useInput reports for a binding. */
const press = (binding: Binding): [string, Key] => {
	if (binding.special) {
		const flag = {up: 'upArrow', down: 'downArrow', left: 'leftArrow', right: 'rightArrow', pageUp: 'pageUp', pageDown: 'pageDown', home: 'home', end: 'end', return: 'return', escape: 'escape', tab: 'tab', backspace: 'backspace'}[binding.special];
		return ['', {...blank, [flag]: true}];
	}
	return [binding.char!, {...blank, ctrl: Boolean(binding.ctrl), shift: /[A-Z]/.test(binding.char!)}];
};

test('every command has at least one binding, a category and a description', t => {
	for (const entry of keymap) {
		t.true(entry.keys.length > 0, entry.command);
		t.true(entry.description.length > 0, entry.command);
		t.true(entry.category.length > 0, entry.command);
	}
	t.is(new Set(keymap.map(entry => entry.command)).size, keymap.length);
});

test('no key is bound twice on one screen', t => {
	for (const screen of ['list', 'filter', 'split', 'overlay', 'story'] as const) {
		const seen = new Map<string, Command>();
		for (const entry of keymap.filter(entry => entry.screen === screen)) {
			for (const binding of entry.keys) {
				const label = bindingLabel(binding);
				t.false(seen.has(label), `${screen}: ${label} bound to ${seen.get(label)} and ${entry.command}`);
				seen.set(label, entry.command);
			}
		}
	}
});

test('every binding resolves to its own command', t => {
	for (const entry of keymap) {
		for (const binding of entry.keys) {
			const [input, key] = press(binding);
			t.is(commandFor(entry.screen, input, key), entry.command, `${bindingLabel(binding)} on ${entry.screen}`);
		}
	}
});

test('every command appears in its screen help with its keys', t => {
	for (const entry of keymap) {
		const lines = helpSections(entry.screen).flatMap(section => section.lines);
		t.true(
			lines.some(line => line.description === entry.description && line.keys === entry.keys.map(bindingLabel).join(' ')),
			entry.command,
		);
	}
});

test('Ctrl-d is not plain d, arrows are not letters', t => {
	t.is(commandFor('split', 'd', {...blank, ctrl: true}), 'split.halfDown');
	t.is(commandFor('split', 'd', blank), undefined);
	t.is(commandFor('list', '', {...blank, downArrow: true}), 'list.down');
	t.is(commandFor('split', 'q', blank), 'split.back');
	t.is(commandFor('split', '', {...blank, escape: true}), 'split.back');
	t.is(commandFor('split', 'Q', {...blank, shift: true}), 'split.quit');
});
