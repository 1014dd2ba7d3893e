// The reader's comparison engine, loaded after its first frame (commands/read.ts lazyEngine).
import test from 'ava';
import {compareArticles} from '../../source/compare/compare-articles.js';
import {lazyEngine} from '../../source/commands/read.js';

test('lazyEngine: load resolves to compareArticles, once, however often and however soon it is asked; seed shares the load\'s seeding', async t => {
	const engine = lazyEngine();
	const [a, b] = await Promise.all([engine.load(), engine.load()]);
	t.is(a, compareArticles);
	t.is(b, a);
	t.is(engine.load(), engine.load());
	t.is(engine.seed(), engine.seed());
	await t.notThrowsAsync(engine.seed());
});
