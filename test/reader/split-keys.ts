import test from 'ava';
import type {Key} from 'ink';
import {splitKeys} from '../../source/reader/split-keys.js';

const blank = {ctrl: false, meta: false, escape: false} as Key;

test('a run of characters becomes single keypresses', t => {
	const keys = splitKeys(' j\r\u0004Q', blank);
	t.deepEqual(keys.map(([input]) => input), [' ', 'j', '', 'd', 'Q']);
	t.true(keys[2][1].return);
	t.true(keys[3][1].ctrl);
	t.true(keys[4][1].shift);
});

test('single keys and modified keys pass through untouched', t => {
	t.deepEqual(splitKeys('j', blank), [['j', blank]]);
	const ctrl = {...blank, ctrl: true};
	t.deepEqual(splitKeys('d', ctrl), [['d', ctrl]]);
	t.deepEqual(splitKeys('日本', blank).map(([input]) => input), ['日', '本']);
});

test('Escape read together with the next key (Ink: that key with Meta) is Escape, then the key', t => {
	const keys = splitKeys('j', {...blank, meta: true});
	t.is(keys.length, 2);
	t.true(keys[0]![1].escape);
	t.deepEqual([keys[1]![0], keys[1]![1].meta], ['j', false]);
	const ctrl = splitKeys('d', {...blank, meta: true, ctrl: true});
	t.true(ctrl[0]![1].escape);
	t.deepEqual([ctrl[1]![0], ctrl[1]![1].ctrl, ctrl[1]![1].meta], ['d', true, false]);
	// Escape alone stays one key.
	t.is(splitKeys('', {...blank, escape: true, meta: true}).length, 1);
});

test('Escape then [ or ] read together (Ink strips the Escape, names no key) is Escape, then what followed; a named key stays itself', t => {
	const inputs = (keys: Array<[string, Key]>) => keys.map(([input, key]) => (key.escape ? 'Esc' : input));
	t.deepEqual(inputs(splitKeys('[', blank, '\u001B[')), ['Esc', '[']);
	t.deepEqual(inputs(splitKeys(']', blank, '\u001B]')), ['Esc', ']']);
	t.deepEqual(inputs(splitKeys('[j', blank, '\u001B[j')), ['Esc', '[', 'j']);
	// ↑ (ESC [ A): Ink names it, its input is empty.
	t.deepEqual(splitKeys('', {...blank, upArrow: true}, '\u001B[A'), [['', {...blank, upArrow: true}]]);
	// A plain [ typed alone.
	t.deepEqual(splitKeys('[', blank, '['), [['[', blank]]);
});
