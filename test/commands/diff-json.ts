import test from 'ava';
import type {Article} from '../../source/corpus/article.js';
import {comparePair} from '../../source/corpus/pair-verdict.js';
import {diffJson, diffJsonText} from '../../source/commands/diff-json.js';

const article = (id: string, text: string): Article => ({id, path: id, name: id, text, size: text.length, warnings: [], meta: {}});

/** A story of `count` numbered sentences, one paragraph each. */
const story = (count: number, edit: (index: number) => string = index => `Sentence number ${index} of the story says that the council met again.`): string =>
	Array.from({length: count}, (_, index) => edit(index)).join('\n\n');

test('diffJsonText joined is the JSON of diffJson, byte for byte, over several pieces of rows, with moved and boilerplate rows', t => {
	const count = 4500;
	const original = `Council meets\n\n${story(count)}\n\nRead more\nShare this article`;
	// An edit, a removal and a sentence moved from the start to the end: changed, removed and moved rows.
	const copy = `Council meets\n\n${story(count, index => (index === 7 ? 'Sentence number 7 of the story says that the council met once more.' : `Sentence number ${index + 1 === count ? 0 : index + 1} of the story says that the council met again.`)).replace(/Sentence number 40 of[^\n]*\n\n/u, '')}\n\nRead more`;
	const {left, right, comparison} = comparePair(article('a.txt', original), article('b.txt', copy), {measures: false});
	const kinds = new Set(comparison.rows.map(row => row.kind));
	t.true(comparison.rows.length > 4096, `${comparison.rows.length} rows`);
	for (const kind of ['same', 'moved', 'removed', 'boilerplate'] as const) t.true(kinds.has(kind), kind);
	const pieces = [...diffJsonText(left, right, comparison)];
	t.true(pieces.length > 3);
	t.is(pieces.join(''), JSON.stringify(diffJson(left, right, comparison)));
});

test('diffJsonText of a comparison without rows is the JSON of diffJson', t => {
	const {left, right, comparison} = comparePair(article('a.txt', ''), article('b.txt', ''), {measures: false});
	t.is(comparison.rows.length, 0);
	t.is([...diffJsonText(left, right, comparison)].join(''), JSON.stringify(diffJson(left, right, comparison)));
});
