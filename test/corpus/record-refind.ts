import test from 'ava';
import type {Article} from '../../source/corpus/article.js';
import {parseJsonl} from '../../source/corpus/jsonl.js';
import {refindRecord} from '../../source/corpus/record-refind.js';

const records = async (lines: ReadonlyArray<Record<string, string>>) =>
	(await parseJsonl(chunks(lines.map(line => JSON.stringify(line)).join('\n') + '\n'), {path: 'r.jsonl', name: 'r.jsonl', maxRecordBytes: 1e6})).articles;
async function* each(articles: readonly Article[]) {
	yield* articles;
}

const a = 'A fire at a garment factory in Dhaka killed 12 workers on Monday and injured 45 others.';
const aEdited = 'A fire at a garment factory in Dhaka killed 99 workers on Monday and injured 45 others.';
const b = 'Union leaders said they would fight the closure of the plant in Leeds.';
const c = 'The council approved the new budget after a long debate on Tuesday night.';

test('a record without an id is found again by its text after a line is inserted above it, not by its old line (breaker10 H22)', async t => {
	const [, idless, withId] = await records([{id: '2', text: b}, {text: a}, {id: 'line2', text: aEdited}]);
	t.is(idless!.id, 'r.jsonl#:2');
	const after = await records([{text: c}, {id: '2', text: b}, {text: a}, {id: 'line2', text: aEdited}]);
	t.is((await refindRecord(idless!, each(after)))?.text, a);
	t.is((await refindRecord(withId!, each(after)))?.record?.id, 'line2');
});

test('a record without an id edited in place is found on its line; another record on that line is not taken for it', async t => {
	const [, idless] = await records([{id: '2', text: b}, {text: a}]);
	t.is((await refindRecord(idless!, each(await records([{id: '2', text: b}, {text: aEdited}]))))?.text, aEdited);
	// Its line now holds another record and its own text is gone: not found (the reader keeps it as loaded).
	t.is(await refindRecord(idless!, each(await records([{id: '2', text: b}, {text: c}]))), undefined);
	// A record with an id never stands in for one without.
	t.is(await refindRecord(idless!, each(await records([{id: '2', text: b}, {id: 'x', text: a}]))), undefined);
});

test('a record with its own id is found by it; when a line above takes that id too, it is found by its text, else not at all', async t => {
	const [own] = await records([{id: 'k', text: a}]);
	t.is((await refindRecord(own!, each(await records([{text: c}, {id: 'k', text: aEdited}]))))?.text, aEdited);
	t.is((await refindRecord(own!, each(await records([{id: 'k', text: b}, {id: 'k', text: a}]))))?.record?.line, 2);
	t.is(await refindRecord(own!, each(await records([{id: 'k', text: b}, {id: 'k', text: c}]))), undefined);
});

async function* chunks(text: string) {
	yield text;
}
