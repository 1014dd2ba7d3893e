import test from 'ava';
import {Worker} from 'node:worker_threads';
import {editedPair} from '../../bench/generate-article.js';
import {compareArticles} from '../../source/compare/compare-articles.js';
import {compareOffThread} from '../../source/reader/compare-off-thread.js';
import {article} from '../helpers/articles.js';
import {countTurnsUntil} from '../helpers/event-loop-turns.js';

test('a worker gives the same comparison as this thread, one request after another', async t => {
	const compare = compareOffThread(() => {
		throw new Error('the fallback must not run');
	});
	try {
		const a = article('a.txt', 'A', 'The council met on Monday. The mayor spoke. Residents left early.');
		const b = article('b.txt', 'B', 'The council met on Tuesday. The mayor spoke. Many residents left early.');
		const [first, second] = await Promise.all([compare(a, b, {}), compare(b, a, {})]);
		t.deepEqual(first, compareArticles(a, b));
		t.deepEqual(second, compareArticles(b, a));
	} finally {
		compare.close();
	}
});

test('a worker that cannot start or dies falls back to this thread', async t => {
	const a = article('a.txt', 'A', 'One sentence here. Another one there.');
	const b = article('b.txt', 'B', 'One sentence here. Another one elsewhere.');
	const fallback = (left: typeof a, right: typeof a) => compareArticles(left, right);
	const cannotStart = compareOffThread(fallback, () => {
		throw new Error('no worker file');
	});
	t.deepEqual(await cannotStart(a, b, {}), compareArticles(a, b));
	const dies = compareOffThread(fallback, () => new Worker('process.exit(3)', {eval: true}));
	t.deepEqual(await dies(a, b, {}), compareArticles(a, b));
	t.deepEqual(await dies(b, a, {}), compareArticles(b, a));
	const throws = compareOffThread(() => {
		throw new Error('bad input');
	}, () => {
		throw new Error('no worker file');
	});
	await t.throwsAsync(throws(a, b, {}), {message: 'bad input'});
});

test('comparing a 30,000-word pair in the worker leaves this thread free', async t => {
	const {original, edited} = editedPair();
	const left = article('original.txt', 'Original', original);
	const right = article('edited.txt', 'Edited', edited);
	const compare = compareOffThread(() => {
		throw new Error('the fallback must not run');
	});
	try {
		// Warm the worker (tsx compiles the engine inside it on first use).
		await compare(article('x', 'x', 'a b. c d.'), article('y', 'y', 'a b. c e.'), {});
		// This thread's event loop keeps turning while the worker compares (no timing:
		// a comparison on this thread would let no turn run until it returned).
		const turns = countTurnsUntil(compare(left, right, {diffBudget: 40_000_000}));
		const {value: comparison, turns: counted} = await turns;
		t.true(comparison.rows.length > 1000);
		t.true(counted > 1, `${counted} turns of this thread's event loop while the worker compared`);
	} finally {
		compare.close();
	}
});
