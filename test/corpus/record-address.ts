import test from 'ava';
import {articleAddress} from '../../source/corpus/address.js';
import type {Article} from '../../source/corpus/article.js';
import {RecordPicker, type RecordAddress} from '../../source/corpus/record-address.js';

/** A JSON Lines record `feed.jsonl` line `line`, with `id` when given; counts the reads of its path (one per address built). */
const record = (line: number, id: string | undefined, reads: {count: number}): Article => {
	const article = {id: `feed.jsonl#${id ?? `:${line}`}`, name: `feed.jsonl#${id ?? `:${line}`}`, text: 'A text.', record: {line, ...(id === undefined ? {} : {id})}} as unknown as Article;
	Object.defineProperty(article, 'path', {get: () => (reads.count++, 'feed.jsonl'), enumerable: true});
	return article;
};

test('the picker finds records by id, or by address when none has the id, an id winning whatever the order', t => {
	const reads = {count: 0};
	const wanted: RecordAddress[] = [{container: 'feed.jsonl', key: 'a1'}, {container: 'feed.jsonl', key: ':3'}, {container: 'feed.jsonl', key: 'zz'}];
	const picker = new RecordPicker(wanted);
	const first = record(1, undefined, reads);
	const third = record(3, undefined, reads);
	const named = record(7, ':3', reads);
	const a1 = record(9, 'a1', reads);
	for (const article of [first, third, named, a1]) t.false(picker.offer(article));
	t.is(picker.found(wanted[0]!), a1);
	t.is(picker.found(wanted[1]!), named, 'the record whose own id is ":3" wins over line 3');
	t.is(picker.found(wanted[2]!), undefined);
	const byId = new RecordPicker([{container: 'feed.jsonl', key: 'a1'}, {container: 'feed.jsonl', key: 'a1'}]);
	t.true(byId.offer(record(2, 'a1', reads)), 'every address has its record by id: no need to read on');
});

test('one offer builds at most one address, however many addresses are wanted (review12 R7: was one per address per record)', t => {
	const reads = {count: 0};
	const wanted = Array.from({length: 2000}, (_, n): RecordAddress => ({container: 'feed.jsonl', key: `id${n}`}));
	const picker = new RecordPicker(wanted);
	const one = {count: 0};
	articleAddress(record(0, 'x', one));
	for (let line = 1; line <= 100; line++) picker.offer(record(line, `other${line}`, reads));
	t.true(reads.count <= 100 * one.count, `${reads.count} reads of a record's path for 100 records (${one.count} to build one address)`);
	t.true(picker.offer(record(101, 'id5', reads)) === false);
	t.is(picker.found(wanted[5]!)?.record?.line, 101);
});
