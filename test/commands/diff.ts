import {writeFile} from 'node:fs/promises';
import test from 'ava';
import {main} from '../../source/commands/main.js';
import {captureIo} from '../helpers/command-io.js';
import {warcRecord} from '../helpers/warc-records.js';
import {writtenFiles} from '../helpers/temporary-directory.js';

const original = `Harbour Authority Approves New Ferry Terminal

The harbour authority voted on Tuesday to approve a new ferry terminal on the east pier, ending a dispute that had lasted three years.

The terminal will handle up to four thousand passengers a day when it opens in 2027, officials said.

Critics said the cost, put at 48 million euros, was too high for a town of its size.
`;

const edited = `Harbour Authority Approves New Ferry Terminal

The harbour authority voted on Tuesday to approve a new ferry terminal on the east pier, ending a row that had lasted three years.

The terminal will handle up to four thousand passengers a day when it opens in 2027, officials said.

Critics said the cost, put at 48 million euros, was too high for a town of its size.
`;

const files = async (texts: Record<string, string>) => writtenFiles('copydesk-diff-', texts);

test('diff exits 1 for different articles and marks the change wdiff-style when piped, with no escape sequences', async t => {
	const file = await files({'a.txt': original, 'b.txt': edited});
	const io = captureIo();
	t.is(await main(['diff', file('a.txt'), file('b.txt'), '--width', '120'], io), 1);
	t.regex(io.out(), /\[-dispute-\]/);
	t.regex(io.out(), /\{\+row\+\}/);
	t.false(io.out().includes('\u001B'));
	for (const line of io.out().split('\n')) t.true([...line].length <= 120, line);
});

test('diff exits 0 for texts that differ only in typography and markup', async t => {
	const typographic = original.replaceAll('"', '“').replace('Harbour Authority', '**Harbour Authority**').replace("ferry terminal", 'ferry  terminal');
	const file = await files({'a.txt': original, 'b.md': `# ${typographic}`});
	const io = captureIo();
	t.is(await main(['diff', file('a.txt'), file('b.md')], io), 0, io.out());
});

test('diff --json writes the documented object; offsets index the decoded text', async t => {
	const file = await files({'a.txt': original, 'b.txt': edited});
	const io = captureIo();
	t.is(await main(['diff', file('a.txt'), file('b.txt'), '--json'], io), 1);
	const result = JSON.parse(io.out());
	t.deepEqual(Object.keys(result).slice(0, 7), ['left', 'right', 'similarity', 'containment', 'relation', 'changes', 'degraded']);
	t.deepEqual(result.left, {path: file('a.txt'), title: 'Harbour Authority Approves New Ferry Terminal'});
	t.true(['edited', 'verbatim'].includes(result.relation), result.relation);
	t.true(result.similarity > 0.8 && result.similarity < 1);
	t.deepEqual(result.substitutions, [{from: 'dispute', to: 'row', count: 1}]);
	const changed = result.rows.filter((row: {kind: string}) => row.kind === 'changed');
	t.is(changed.length, 1);
	const [row] = changed;
	t.true(original.slice(row.left.start, row.left.end).startsWith('The harbour authority voted'));
	t.true(edited.slice(row.right.start, row.right.end).startsWith('The harbour authority voted'));
	const removed = row.ops.find((op: {op: string}) => op.op === 'removed');
	t.is(original.slice(removed.left.start, removed.left.end), 'dispute');
});

test('diff with a missing file is one line on stderr and exit status 2', async t => {
	const file = await files({'a.txt': original});
	const io = captureIo();
	t.is(await main(['diff', file('a.txt'), file('missing.txt')], io), 2);
	t.is(io.err().trim().split('\n').length, 1);
	t.regex(io.err(), /missing\.txt/);
});

test('diff with a file that is not an article says which and why in one line, `copydesk: error: PATH: why`; two such files a line each', async t => {
	const file = await files({'a.txt': original, 'b.bin': '\u0000\u0001binary', 'c.bin': '\u0000\u0002binary'});
	for (const args of [[file('a.txt'), file('b.bin')], [file('b.bin'), file('a.txt')]]) {
		const io = captureIo();
		t.is(await main(['diff', ...args], io), 2);
		t.deepEqual(io.err().split('\n'), [`copydesk: error: ${file('b.bin')}: binary file (NUL bytes)`, '']);
	}
	// breaker19 N8: one unreadable path was said with "(diff needs two readable articles)" after it, another without.
	const both = captureIo();
	t.is(await main(['diff', file('b.bin'), file('c.bin')], both), 2);
	t.deepEqual(both.err().split('\n'), [`copydesk: error: ${file('b.bin')}: binary file (NUL bytes)`, `copydesk: error: ${file('c.bin')}: binary file (NUL bytes)`, '']);
});

test('diff - - says standard input can be read only once, before reading it', async t => {
	const io = captureIo({stdin: 'An article on standard input.'});
	t.is(await main(['diff', '-', '-'], io), 2);
	t.deepEqual(io.err().split('\n'), ['copydesk: error: -: standard input can be read only once; use - for one of the two', '']);
});

test('diff with the wrong number of arguments or a bad width is a usage error (2)', async t => {
	const file = await files({'a.txt': original, 'b.txt': edited});
	t.is(await main(['diff', file('a.txt')], captureIo()), 2);
	t.is(await main(['diff', file('a.txt'), file('b.txt'), '--width', 'wide'], captureIo()), 2);
	t.is(await main(['diff', file('a.txt'), file('b.txt'), '--bogus'], captureIo()), 2);
});

test('diff in a terminal uses color (red/green) unless NO_COLOR is set', async t => {
	const file = await files({'a.txt': original, 'b.txt': edited});
	const colored = captureIo({tty: true, columns: 120, env: {}});
	await main(['diff', file('a.txt'), file('b.txt')], colored);
	t.regex(colored.out(), /\u001B\[[0-9;]*31[0-9;]*m/);
	t.regex(colored.out(), /\u001B\[[0-9;]*32[0-9;]*m/);
	const plain = captureIo({tty: true, columns: 120, env: {NO_COLOR: '1'}});
	await main(['diff', file('a.txt'), file('b.txt')], plain);
	t.notRegex(plain.out(), /\u001B\[[0-9;]*3[12]m/);
	t.regex(plain.out().replace(/\u001B\[[0-9;]*m/g, ""), /\[-dispute-\]/);
});

test('diff on a JSON Lines file of several articles says so in one line, counting its records once (its bad lines are not compared, so not listed)', async t => {
	const file = await files({'j.jsonl': '{"id": "a", "text": "One article here."}\n{bad\n{"id": "b", "text": "Another article there."}\n', 'x.txt': original});
	for (const other of [file('x.txt'), `${file('j.jsonl')}#a`]) {
		const io = captureIo();
		t.is(await main(['diff', file('j.jsonl'), other], io), 2);
		t.regex(io.err(), /^copydesk: error: .*j\.jsonl: holds 2 articles \(2 records\); diff takes two single-article files[^\n]*\n$/);
	}
});

test('a moved paragraph is named by its line in each file: the text notes and --json left_line/right_line', async t => {
	const paragraphs = [
		'Flood waters rose across the northern valley on Tuesday, forcing hundreds of families from their homes.',
		'The regional governor declared a state of emergency and asked the army for boats and helicopters.',
		'Forecasters expect more heavy rain through the weekend, with rivers already at record levels.',
		'Schools in six districts will stay closed until further notice, the education office said.',
		'Volunteers filled sandbags outside the town hall late into the night.',
	];
	const left = paragraphs.join('\n\n') + '\n';
	const right = [paragraphs[0], paragraphs[3], paragraphs[1], paragraphs[2], paragraphs[4]].join('\n\n') + '\n';
	const file = await files({'a.txt': left, 'b.txt': right});
	const json = captureIo();
	t.is(await main(['diff', file('a.txt'), file('b.txt'), '--json'], json), 1);
	const moved = (JSON.parse(json.out()) as {rows: Array<{kind: string; left_line?: number; right_line?: number; moved_after?: number}>}).rows.filter(row => row.kind === 'moved');
	t.is(moved.length, 1);
	t.like(moved[0], {left_line: 7, right_line: 3, moved_after: 0});
	t.is(left.split('\n')[6], paragraphs[3]);
	t.is(right.split('\n')[2], paragraphs[3]);
	const text = captureIo();
	await main(['diff', file('a.txt'), file('b.txt'), '--width', '120'], text);
	t.regex(text.out(), /moved ↓ to the right file's line 3/);
	t.regex(text.out(), /moved ↑ from the left file's line 7/);
	t.notRegex(text.out(), / at line \d/);
	// The same copy with old-Mac CR line ends: the lines counted are the CRs, as the reader shows them (not "line 1").
	const cr = await files({'a.txt': left, 'cr.txt': right.replaceAll('\n', '\r')});
	const crJson = captureIo();
	await main(['diff', cr('a.txt'), cr('cr.txt'), '--json'], crJson);
	t.like((JSON.parse(crJson.out()) as {rows: Array<{kind: string}>}).rows.find(row => row.kind === 'moved'), {left_line: 7, right_line: 3});
	const crText = captureIo();
	await main(['diff', cr('a.txt'), cr('cr.txt'), '--width', '120'], crText);
	t.regex(crText.out(), /moved ↓ to the right file's line 3/);
});

test('diff opens a record by the address list --json gives it (FILE#key, JSON Lines and WARC): list\'s relation is diff\'s, an unknown key is one line and exit 2', async t => {
	const html = (text: string) => `<html><head><title>Terminal</title></head><body><article>${text.split('\n\n').map(p => `<p>${p}</p>`).join('')}</article></body></html>`;
	const warc = Buffer.concat(await Promise.all([
		warcRecord({type: 'response', url: 'https://ex.org/a#top', body: html(original), httpHeaders: {'Content-Type': 'text/html; charset=utf-8'}, gzip: true}),
		warcRecord({type: 'response', url: 'https://ex.org/b/', body: html(edited), httpHeaders: {'Content-Type': 'text/html; charset=utf-8'}, gzip: true}),
	]));
	const jsonl = [{id: 'a1', text: original}, {id: 'b1', text: edited}].map(record => JSON.stringify(record)).join('\n') + '\n';
	const file = await files({'w.jsonl': jsonl});
	await writeFile(file('c.warc.gz'), warc);
	for (const container of ['w.jsonl', 'c.warc.gz']) {
		const listed = captureIo();
		t.is(await main(['list', file(container), '--json'], listed), 0, listed.err());
		const copies = listed.out().trimEnd().split('\n').map(line => JSON.parse(line) as {path: string; original: string; relation: string | null}).filter(record => record.path !== record.original);
		t.is(copies.length, 1, container);
		const diff = captureIo();
		t.is(await main(['diff', copies[0]!.original, copies[0]!.path, '--json'], diff), 1, diff.err());
		const json = JSON.parse(diff.out()) as {relation: string; left: {path: string}; right: {path: string}};
		t.is(json.relation, copies[0]!.relation ?? 'none');
		t.deepEqual([json.left.path, json.right.path], [copies[0]!.original, copies[0]!.path]);
	}

	// A record against a plain file; a key the container does not hold.
	await writeFile(file('a.txt'), original);
	t.is(await main(['diff', `${file('w.jsonl')}#a1`, file('a.txt')], captureIo()), 0);
	const missing = captureIo();
	t.is(await main(['diff', `${file('w.jsonl')}#zz`, file('a.txt')], missing), 2);
	t.deepEqual(missing.err().trim().split('\n'), [`copydesk: error: ${file('w.jsonl')}: has no record zz (copydesk list ${file('w.jsonl')} names its records)`]);
});

test('diff FILE#key opens the record whose own id is key, never a record without an id named by its line (breaker10 H12)', async t => {
	// Line 1 has id "2", line 2 has no id, line 3 has id "line2": each name must lead to its own record.
	const jsonl = [{id: '2', text: 'First record about the harbour.'}, {text: original}, {id: 'line2', text: edited}].map(record => JSON.stringify(record)).join('\n') + '\n';
	const file = await files({'c.jsonl': jsonl, 'e.txt': edited, 'o.txt': original});
	const listed = captureIo();
	await main(['list', file('c.jsonl'), '--json'], listed);
	const paths = listed.out().trimEnd().split('\n').map(line => (JSON.parse(line) as {path: string}).path).sort();
	t.deepEqual(paths, [`${file('c.jsonl')}#2`, `${file('c.jsonl')}#:2`, `${file('c.jsonl')}#line2`].sort());
	const own = captureIo();
	t.is(await main(['diff', `${file('c.jsonl')}#line2`, file('e.txt'), '--json'], own), 0, own.err());
	t.is((JSON.parse(own.out()) as {relation: string}).relation, 'identical');
	const byLine = captureIo();
	t.is(await main(['diff', `${file('c.jsonl')}#:2`, file('o.txt'), '--json'], byLine), 0, byLine.err());
	t.is((JSON.parse(byLine.out()) as {relation: string}).relation, 'identical');
});

test('a reader that goes away before the comparison is written (EPIPE) still gets diff(1)\'s status: 1 for texts that differ (breaker13 M10)', async t => {
	const {Writable} = await import('node:stream');
	const file = await files({'a.txt': original, 'b.txt': edited, 'c.txt': original});
	for (const format of [[], ['--json'], ['--html']]) {
		const broken = new Writable({
			write(_chunk, _encoding, callback) {
				callback(Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}));
			},
		});
		t.is(await main(['diff', file('a.txt'), file('b.txt'), ...format], {...captureIo(), stdout: broken}), 1, format.join(' '));
		const same = new Writable({
			write(_chunk, _encoding, callback) {
				callback(Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}));
			},
		});
		t.is(await main(['diff', file('a.txt'), file('c.txt'), ...format], {...captureIo(), stdout: same}), 0, format.join(' '));
	}
});
