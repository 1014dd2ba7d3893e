import test from 'ava';
import {fnv1a32, Hash53} from '../../source/text/hash.js';

const hash53 = (text: string): number => {
	const hash = new Hash53();
	for (let i = 0; i < text.length; i++) hash.add(text.charCodeAt(i));
	return hash.value();
};

test('FNV-1a 32-bit matches the published test vectors', t => {
	// From the FNV reference (isthe.com/chongo/tech/comp/fnv): "" and "a", "foobar".
	t.is(fnv1a32(''), 0x811C9DC5);
	t.is(fnv1a32('a'), 0xE40C292C);
	t.is(fnv1a32('foobar'), 0xBF9CF968);
	t.is(fnv1a32('xfoobarx', 1, 7), 0xBF9CF968);
});

test('the 53-bit hash is a safe integer whose low word is FNV-1a (plus one)', t => {
	const value = hash53('Related articles');
	t.true(Number.isSafeInteger(value));
	t.is((value - 1) % 0x1_0000_0000, fnv1a32('Related articles'));
	t.not(hash53('Related article'), value);
});
