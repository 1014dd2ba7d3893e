import test from 'ava';
import {Readable} from 'node:stream';
import {formatBytesOver, recordDate} from '../../source/corpus/jsonl.js';
import {loadCorpus} from '../../source/corpus/load.js';
import {parseDateSpan} from '../../source/text/dates.js';

test('a size over its limit reads as over it: a second decimal, then exact bytes, where rounding would hide it', t => {
	t.is(formatBytesOver(21_000_000, 20 * 1024 * 1024), '20.03 MB; the limit is 20 MB');
	t.is(formatBytesOver(25 * 1024 * 1024, 20 * 1024 * 1024), '25 MB; the limit is 20 MB');
	t.is(formatBytesOver(2 * 1024 * 1024 + 1, 2 * 1024 * 1024), '2,097,153 bytes; the limit is 2,097,152 bytes (2 MB)');
	t.is(formatBytesOver(65, 64), '65 B; the limit is 64 B');
	t.is(formatBytesOver(3 * 1024 * 1024, 500 * 1024), '3 MB; the limit is 500 KB');
	t.is(formatBytesOver(2049, 2048), '2,049 bytes; the limit is 2,048 bytes (2 KB)');
});

test('a record without an id (or with an id an earlier line holds) is named `:N` by its line; no real id is taken from or by it (breaker10 H12)', async t => {
	const {parseJsonl} = await import('../../source/corpus/jsonl.js');
	const lines = [{id: '2', text: 'one'}, {text: 'two'}, {id: 'line2', text: 'three'}, {id: '2', text: 'four'}, {id: ':5', text: 'five'}, {text: 'six'}, {text: 'seven', id: 3}];
	const {articles} = await parseJsonl(chunks(lines.map(line => JSON.stringify(line)).join('\n')), {path: 'c.jsonl', name: 'c.jsonl', maxRecordBytes: 1e6});
	t.deepEqual(articles.map(article => [article.id, article.text]), [['c.jsonl#2', 'one'], ['c.jsonl#:2', 'two'], ['c.jsonl#line2', 'three'], ['c.jsonl#:4', 'four'], ['c.jsonl#:5', 'five'], ['c.jsonl#:6', 'six'], ['c.jsonl#3', 'seven']]);
	t.deepEqual(articles.map(article => article.record), [{line: 1, id: '2'}, {line: 2}, {line: 3, id: 'line2'}, {line: 4, id: '2'}, {line: 5, id: ':5'}, {line: 6}, {line: 7, id: '3'}]);
	t.deepEqual(articles[3]!.warnings, ['duplicate id "2"; identified by line 4']);
});

async function* chunks(text: string) {
	yield text;
}

test('a record\'s date given as Unix time (seconds or milliseconds, number or digits) or YYYYMMDD is that instant or day (breaker13 M13)', t => {
	t.is(recordDate(1_741_100_000), '2025-03-04T14:53:20.000Z');
	t.is(recordDate('1741000000'), '2025-03-03T11:06:40.000Z');
	t.is(recordDate(1_741_100_000_123), '2025-03-04T14:53:20.123Z');
	t.is(recordDate('20250303'), '2025-03-03');
	t.is(recordDate('2025-03-03T10:00:00Z'), '2025-03-03T10:00:00Z');
	t.is(recordDate('20251399'), '20251399', 'no day: left as written');
	t.is(recordDate(''), undefined);
	t.is(recordDate(null), undefined);
	for (const written of [1_741_100_000, '1741000000', 1_741_100_000_123, '20250303']) t.not(parseDateSpan(recordDate(written)!), undefined, String(written));
});

test('a date the reader cannot read is said once, never dropped from the ranking silently', async t => {
	const records = [JSON.stringify({id: 'a', text: 'One story.', date: 'sometime'}), JSON.stringify({id: 'b', text: 'Two story.', date: 1_741_000_000})].join('\n');
	const stdin = Readable.from([Buffer.from(`${records}\n`)]);
	const {articles} = await loadCorpus(['-'], {stdin});
	t.deepEqual(
		articles.map(article => [article.id, article.meta.date, article.warnings]),
		[
			['stdin#a', 'sometime', ['date "sometime" not understood; the record is ranked as undated']],
			['stdin#b', '2025-03-03T11:06:40.000Z', []],
		],
	);
});
