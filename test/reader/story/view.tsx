import test from 'ava';
import {article, group, readerInput} from '../../helpers/articles.js';
import {waitForFrame} from '../../helpers/delay.js';
import {renderApp} from '../../helpers/render-app.js';

const keys = {down: '\u001B[B', right: '\u001B[C', enter: '\r', escape: '\u001B'};
const sentences = Array.from({length: 40}, (_, index) => `Sentence number ${index + 1} of the story says ${index % 3 === 0 ? 12 : 7} things.`);
const baseText = sentences.join(' ');
const articles = () => [
	article('base.txt', 'The story', baseText, {group: group({group: 1, original: 'base.txt', groupSize: 3})}),
	article('ca.txt', 'The story', baseText.replace('Sentence number 31 of the story says 12 things.', 'Sentence number 31 of the story says 21 things.'), {group: group({group: 1, original: 'base.txt', groupSize: 3})}),
	article('cb.txt', 'The story', `${baseText} A new closing line.`, {group: group({group: 1, original: 'base.txt', groupSize: 3})}),
	article('other.txt', 'Other', 'Nothing to do with it.'),
];

const setup = () => renderApp(readerInput(articles()), {columns: 100, rows: 30});

test('s on a group member opens its story: a glyph per copy, added rows, the footer; q goes back to the list', async t => {
	const {app, press, frame, quits} = setup();
	await waitForFrame(frame, /base\.txt/, 20_000);
	await press('s');
	const story = await waitForFrame(frame, /sentence 1\/40/, 20_000);
	t.regex(story, /story · The story/);
	t.regex(story, /^ 1 {2}= {3}= {3}│ Sentence number 1 of the story/m);
	t.regex(story, /similarity %/);
	await press('G');
	const end = await waitForFrame(frame, /added after sentence 40/, 20_000);
	t.regex(end, /^ +· {3}\+ {3}│ \+ 2 cb: A new closing line\./m);
	t.regex(end, /^40 {2}= {3}= {3}│/m);
	await press('q');
	await waitForFrame(frame, /other\.txt/, 20_000);
	t.deepEqual(quits, []);
	app.unmount();
});

test('story keys: move by copy, facts across copies, Enter opens the split view at the sentence, q comes back in place', async t => {
	const {app, press, frame, input} = setup();
	await waitForFrame(frame, /base\.txt/, 20_000);
	await press('s');
	await waitForFrame(frame, /sentence 1\/40/, 20_000);
	for (let index = 0; index < 30; index++) await press(']');
	await waitForFrame(frame, /sentence 31\/40/, 20_000);
	t.regex(frame(), /edited \(word changes\) · facts: 12 → 21/);
	await press('f');
	const facts = await waitForFrame(frame, /facts changed across copies · sentence 31/, 20_000);
	t.regex(facts, /number: “12” — as in the base in 1 copy \(cb\)/);
	t.regex(facts, /“21” in 1 copy \(ca\)/);
	await press('x');
	await waitForFrame(frame, /sentence 31\/40/, 20_000);
	await press(keys.enter);
	const split = await waitForFrame(frame, /lines \d+–\d+\/\d+ .*Sentence number 31 of the story|Sentence number 31 of the story[\s\S]*lines \d+–\d+\/\d+ /, 20_000);
	t.regex(split, /Sentence number 31 of the story/);
	t.notRegex(split, /Sentence number 1 of the story/);
	t.true(input.calls.some(([left, right]) => left === 'base.txt' && right === 'ca.txt'));
	await press('q');
	const back = await waitForFrame(frame, /sentence 31\/40/, 20_000);
	t.regex(back, /copy 1\/2/);
	await press('l');
	await waitForFrame(frame, /copy 2\/2/, 20_000);
	await press('?');
	t.regex(await waitForFrame(frame, /story view keys/, 20_000), /make this copy the base/);
	app.unmount();
});

test('b makes the highlighted copy the base', async t => {
	const {app, press, frame} = setup();
	await waitForFrame(frame, /base\.txt/, 20_000);
	await press('s');
	await waitForFrame(frame, /sentence 1\/40/, 20_000);
	await press('l', 'b');
	const rebased = await waitForFrame(frame, /base cb\.txt/, 20_000);
	t.regex(rebased, /sentence 1\/41/);
	app.unmount();
});

test('s outside a group says why nothing opens', async t => {
	const {app, press, frame} = setup();
	await waitForFrame(frame, /other\.txt/, 20_000);
	await press('G', 's');
	t.regex(await waitForFrame(frame, /not in a group/, 20_000), /not in a group: a story needs copies/);
	app.unmount();
});
