// The reader on corpora and pairs far larger than the seeds does what it does on
// the seeds: every j/k moves one line, G and / reach the end of 100,000 articles.
// How fast (ms per key against the small case) is printed by `npm run bench`
// (bench/timings.ts); a timed assertion here would fail on a loaded machine.
import test from 'ava';
import {listMsPerKey, pairMsPerKey, waitFor} from '../../bench/reader-keys.js';
import {delay} from '../helpers/delay.js';

test.serial('100,000 articles move key by key, jump and filter like five hundred (ms per key: npm run bench)', async t => {
	const small = await listMsPerKey(500);
	small.app.unmount();
	const big = await listMsPerKey(100_000);
	t.log(`j/k: ${small.perKey.toFixed(1)} ms per key with 500 articles, ${big.perKey.toFixed(1)} ms with 100,000 (not asserted)`);
	// Jumping and filtering work on the whole list.
	big.app.stdin.write('G');
	await waitFor(big.frame, /Story number 99999/);
	t.regex(big.frame(), /100000\/100000/);
	big.app.stdin.write('/');
	await delay(20);
	big.app.stdin.write('99998\r');
	await waitFor(big.frame, /1 of 100000 match/);
	t.regex(big.frame(), /Story number 99998/);
	big.app.unmount();
});

test.serial('a 30,000-word pair scrolls line by line like a small one (ms per key: npm run bench)', async t => {
	const small = await pairMsPerKey(30);
	const big = await pairMsPerKey(400);
	t.log(`split view j: ${small.perKey.toFixed(1)} ms per key at ${small.words} words, ${big.perKey.toFixed(1)} ms at ${big.words} words (opened in ${big.openMs.toFixed(0)} ms)`);
	t.true(big.words >= 30_000);
	t.true(small.words < 3000);
});
