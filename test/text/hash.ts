import test from 'ava';
import {fnv1a32, fnvOffset, fnvStep, hash53, Hash53} from '../../source/text/hash.js';

test('FNV-1a 32-bit matches the published test vectors', t => {
	// From the FNV reference (isthe.com/chongo/tech/comp/fnv): "" and "a", "foobar".
	t.is(fnv1a32(''), 0x811C9DC5);
	t.is(fnv1a32('a'), 0xE40C292C);
	t.is(fnv1a32('foobar'), 0xBF9CF968);
	t.is(fnv1a32('xfoobarx', 1, 7), 0xBF9CF968);
	t.is(fnvStep(fnvOffset, 97) >>> 0, 0xE40C292C);
});

test('the 53-bit hash is a safe integer whose low word is FNV-1a (plus one)', t => {
	const value = hash53('Related articles');
	t.true(Number.isSafeInteger(value));
	t.is((value - 1) % 0x1_0000_0000, fnv1a32('Related articles'));
	const streamed = new Hash53();
	for (const character of 'Related articles') streamed.add(character.charCodeAt(0));
	t.is(streamed.value(), value);
	t.not(hash53('Related article'), value);
});
