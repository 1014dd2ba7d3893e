// The CLI loads the comparison engine after the reader's first frame (commands/read.ts lazyEngine), so its
// `compare` answers with a promise: a pair opened at once waits in its "comparing…" frame, then shows.
import test from 'ava';
import type {Comparison} from '../../source/compare/model.js';
import type {AnalyzedArticle} from '../../source/corpus/article.js';
import {staticFeed} from '../../source/corpus/feed.js';
import {article, naiveCompare, readerInput} from '../helpers/articles.js';
import {waitForFrame} from '../helpers/delay.js';
import {renderApp} from '../helpers/render-app.js';

/** A reader input whose `compare` answers only when `answer` is called (as an engine still loading would). */
const laterInput = () => {
	const input = readerInput();
	const waiting: Array<() => void> = [];
	const compare = (left: AnalyzedArticle, right: AnalyzedArticle, options: {withBoilerplate: boolean}): Promise<Comparison> => {
		input.calls.push([left.id, right.id, options.withBoilerplate]);
		return new Promise(resolve => waiting.push(() => resolve(naiveCompare(left, right))));
	};
	return {input: {...input, compare}, answer: () => waiting.splice(0).forEach(settle => settle())};
};

test('a pair opened with the first keys, before the engine has loaded: "comparing…", then the comparison when it answers', async t => {
	const {input, answer} = laterInput();
	const {app, type, frame} = renderApp(input);
	// Typed at once, as held keys are replayed on the first frame.
	type(' ', 'j', ' ', '\r');
	t.regex(await waitForFrame(frame, /comparing…/), /comparing…/);
	await waitForFrame(frame, () => input.calls.length > 0);
	t.deepEqual(input.calls, [['a.txt', 'b.txt', false]]);
	t.notRegex(frame(), /\[-seized-\]/);
	answer();
	t.regex(await waitForFrame(frame, /\[-seized-\]/), /\[-seized-\]/);
	t.regex(frame(), /\{\+took\+\}/);
	// Asked once: the re-renders while it was on its way did not ask again.
	t.is(input.calls.length, 1);
	app.unmount();
});

test('an engine that fails to load says so in the pair\'s frame, and the list still works', async t => {
	const input = {...readerInput(), compare: async (): Promise<Comparison> => Promise.reject(new Error('engine missing'))};
	const {app, type, press, frame} = renderApp(input);
	type(' ', 'j', ' ', '\r');
	t.regex(await waitForFrame(frame, /could not compare: engine missing/), /could not compare: engine missing/);
	// Its facts are not "still comparing" (s20-keys' leftover): the pair could not be compared.
	await press('F');
	t.regex(await waitForFrame(frame, /facts: the pair could not be compared/), /facts: the pair could not be compared/);
	t.notRegex(frame(), /still comparing/);
	await press('q');
	t.regex(await waitForFrame(frame, /4 articles/), /4 articles/);
	app.unmount();
});

// New-user tester O2 (twentieth session): keys typed while the pair showed "comparing…" were mostly lost: `]`×5
// gave change 2, `j`×5 left the view at the top, F did nothing. They are kept, and run in order once it is laid out.
const longPair = () => {
	const lines = (changedEvery: number) => Array.from({length: 60}, (_, index) => `Line ${index + 1} of the council report${changedEvery > 0 && index % changedEvery === changedEvery - 1 ? ' was revised' : ''}.`);
	return [article('a.txt', 'Council report', lines(0).join('\n')), article('b.txt', 'Council report', lines(10).join('\n'))];
};

const openLater = () => {
	const {input, answer} = laterInput();
	const {app, frame, status, type} = renderApp({...input, feed: staticFeed({root: '/corpus', articles: longPair(), problems: [], progress: null}), initialPair: ['a.txt', 'b.txt']});
	return {app, frame, status, type, answer};
};

for (const [keys, kept, after] of [
	[[']', ']', ']'], /kept: \]×3 \(still comparing…\)/, /change 3\/6/],
	[['j', 'j', 'j', 'j', 'j'], /kept: j×5 \(still comparing…\)/, /lines 6–25\/60/],
	// In order: the third change, then five lines below it.
	[[']', ']', ']', 'j', 'j', 'j', 'j', 'j'], /kept: \]×3 j×5 \(still comparing…\)/, /lines 33–52\/60/],
] as const) {
	test(`${keys.join('')} typed while the pair is compared are kept and run once it is laid out`, async t => {
		const {app, frame, status, type, answer} = openLater();
		await waitForFrame(frame, /comparing…/);
		type(...keys);
		t.regex(await waitForFrame(status, kept), kept);
		answer();
		t.regex(await waitForFrame(status, after), after);
		t.notRegex(status(), /kept|still comparing/);
		app.unmount();
	});
}

test('q typed behind kept keys leaves the pair at once, dropping them', async t => {
	const {app, frame, status, type, answer} = openLater();
	await waitForFrame(frame, /comparing…/);
	type(']', ']');
	await waitForFrame(status, /kept: \]×2/);
	type('q');
	t.regex(await waitForFrame(frame, /articles/), /2 articles/);
	answer();
	app.unmount();
});

test('keys kept while the pair is compared are dropped when it cannot be: never "no changes" for a pair not compared', async t => {
	let fail!: () => void;
	const failed = new Promise<never>((_, reject) => (fail = () => reject(new Error('engine missing'))));
	const input = {...readerInput(), compare: async (): Promise<Comparison> => failed};
	const {app, type, frame, status} = renderApp(input);
	type(' ', 'j', ' ', '\r');
	await waitForFrame(frame, /comparing…/);
	type(']', ']');
	await waitForFrame(status, /kept: \]×2/);
	fail();
	t.regex(await waitForFrame(frame, text => /could not compare: engine missing/.test(text) && !/kept/.test(text)), /could not compare/);
	t.notRegex(frame(), /no changes|kept/);
	app.unmount();
});
