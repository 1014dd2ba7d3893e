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
