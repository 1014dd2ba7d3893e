import test from 'ava';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {loadCorpusItems, type CorpusItem} from '../../source/corpus/load.js';
import {Slice} from '../../source/corpus/worker-slice.js';

async function corpus(files: Record<string, string | Buffer>): Promise<string> {
	const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-slice-'));
	for (const [name, content] of Object.entries(files)) await writeFile(path.join(directory, name), content);
	return directory;
}

test('both passes give the same articles, in order; files that are no articles are reported once', async t => {
	const directory = await corpus({'a.txt': 'First article.', 'b.txt': Buffer.from([0x41, 0, 0x42]), 'c.md': '# Third\n\nBody.'});
	try {
		const {items} = await loadCorpusItems([directory], {deferFiles: true});
		const given: CorpusItem = {article: {id: 'given', path: 'given', name: 'given', text: 'Handed over.', size: 12, warnings: [], meta: {}}};
		const slice = new Slice([given, ...items]);
		const first = [...slice.firstPass()];
		t.true(first.every(article => slice.holds(article)));
		t.deepEqual(first.map(article => [article.name, article.text]), [['given', 'Handed over.'], ['a.txt', 'First article.'], ['c.md', '# Third\n\nBody.']]);
		t.deepEqual(slice.heads.map(head => head.name), ['given', 'a.txt', 'c.md']);
		t.false('text' in slice.heads[1]);
		t.deepEqual(slice.problems.map(problem => [path.basename(problem.path), problem.message]), [['b.txt', 'binary file (NUL bytes)']]);
		t.deepEqual([...slice.secondPass()], first);
		t.is(slice.problems.length, 1);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});

test('a file read again, gone or changed between the passes, keeps its place, labelled from what is there the second time', async t => {
	const directory = await corpus({'a.txt': 'Gone soon.', 'b.txt': 'Before.', 'c.txt': 'Stays.'});
	try {
		const {items} = await loadCorpusItems([directory], {deferFiles: true});
		const slice = new Slice(items, undefined, false, 0);
		t.is([...slice.firstPass()].length, 3);
		await rm(path.join(directory, 'a.txt'));
		await writeFile(path.join(directory, 'b.txt'), 'After.');
		const second = [...slice.secondPass()];
		t.deepEqual(second.map(article => [article.name, article.text]), [['a.txt', ''], ['b.txt', 'After.'], ['c.txt', 'Stays.']]);
		t.deepEqual(second[0].warnings, ['changed while reading: disappeared while loading']);
		t.true(items.every(item => item === undefined), 'items are let go as the second pass goes');
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});

test('texts within the budget are kept from the first pass to the second, the rest read again', async t => {
	const directory = await corpus({'a.txt': 'Kept text.', 'b.txt': 'Too long to keep.', 'c.txt': 'Kept.'});
	try {
		const {items} = await loadCorpusItems([directory], {deferFiles: true});
		const slice = new Slice(items, undefined, false, 'Kept text.'.length + 'Kept.'.length);
		const first = [...slice.firstPass()];
		t.is(first.length, 3);
		// What was made of an article in the first pass holds in the second only for the very articles handed out again.
		t.deepEqual(first.map(article => slice.holds(article)), [true, false, true]);
		for (const name of ['a.txt', 'b.txt', 'c.txt']) await writeFile(path.join(directory, name), 'Changed.');
		const second = [...slice.secondPass()];
		t.deepEqual(second.map(article => article.text), ['Kept text.', 'Changed.', 'Kept.']);
		t.deepEqual(second.map(article => slice.holds(article)), [true, false, true]);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});

test('keeping places: a file that is no article (any more) stands as an empty one, so every item has its article', async t => {
	const directory = await corpus({'a.txt': 'Here.', 'b.txt': 'Gone before the worker reads it.'});
	try {
		const {items} = await loadCorpusItems([directory], {deferFiles: true});
		await rm(path.join(directory, 'b.txt'));
		const slice = new Slice(items, undefined, true);
		t.deepEqual([...slice.firstPass()].map(article => [article.name, article.text]), [['a.txt', 'Here.'], ['b.txt', '']]);
		t.deepEqual([...slice.secondPass()].map(article => article.text), ['Here.', '']);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});
