import {mkdtemp, mkdir, readFile, readdir, rm, symlink, writeFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
import {main} from '../../source/commands/main.js';
import {holdsAtLeast, outputName, problemsSince} from '../../source/commands/strip.js';
import {gzipSync} from 'node:zlib';
import fc from 'fast-check';
import {captureIo} from '../helpers/command-io.js';
import {warcRecord} from '../helpers/warc-records.js';

const page = (title: string, body: string) =>
	['Home | World | Politics | Sport', '', title, '', body, '', 'Leave a Reply', '', 'Your email address will not be published. Required fields are marked *', '', '© 2024 Daily Planet. All rights reserved.'].join('\n');

const storyA = page(
	'Harbour Authority Approves New Ferry Terminal',
	'The harbour authority voted on Tuesday to approve a new ferry terminal on the east pier, ending a dispute that had lasted three years. The terminal will handle up to four thousand passengers a day when it opens in 2027, officials said.',
);
const storyB = page(
	'City Council Delays Vote on Tram Extension',
	'The city council postponed its vote on the northern tram extension after residents asked for a second public hearing. Engineers said the delay would add about two months to a schedule that was already running late.',
);

const corpusDir = async () => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-strip-'));
	await mkdir(path.join(dir, 'in', 'sub'), {recursive: true});
	await writeFile(path.join(dir, 'in', 'a.txt'), storyA);
	await writeFile(path.join(dir, 'in', 'sub', 'b.md'), storyB);
	return dir;
};

test('strip FILE prints the article without its comment form and footer', async t => {
	const dir = await corpusDir();
	const io = captureIo();
	const status = await main(['strip', path.join(dir, 'in', 'a.txt')], io);
	t.is(status, 0);
	t.true(io.out().includes('ferry terminal on the east pier'));
	t.false(io.out().includes('Leave a Reply'));
	t.false(io.out().includes('Required fields are marked'));
	t.false(io.out().includes('All rights reserved'));
});

/** A paragraph whose sentence holds `separator` between "Mazón," and "head": the text strip must keep whole. */
const floodText = (separator: string) => `Floods hit Valencia\n\nThe storm dropped a year's worth of rain in eight hours on Tuesday, officials said, and rescue teams worked through the night.\n\nAt least 158 people died, said Carlos Mazón,${separator}head of the regional government.\n\nRescue teams were still searching for missing people in the towns south of the city on Thursday.\n`;

/** What strip --json must say of floodText: the sentence whole in the body, on line 5 as grep -n numbers it. */
const keptWhole = (t: ExecutionContext, json: string) => {
	const {lines, body} = JSON.parse(json) as {lines: Array<{n: number; text: string; label: string}>; body: string};
	t.true(body.includes('said Carlos Mazón, head of the regional government.'), body);
	const line = lines.find(each => each.text.includes('Carlos Mazón'))!;
	t.is(line.n, 5);
	t.is(line.label, 'body');
	t.is(lines.find(each => each.text.startsWith('Rescue teams'))!.n, 7);
};

test('a stray CR inside a paragraph of a line-feed file cuts nothing: the sentence is kept whole, numbered as grep -n numbers it (breaker17a K1)', async t => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-strip-cr-'));
	try {
		await writeFile(path.join(dir, 'a.txt'), floodText('\r'));
		const io = captureIo();
		t.is(await main(['strip', path.join(dir, 'a.txt'), '--json'], io), 0);
		keptWhole(t, io.out());
	} finally {
		await rm(dir, {recursive: true, force: true});
	}
});

test('strip DIR --out writes the kept lines under the same relative paths, atomically (no temp files left)', async t => {
	const dir = await corpusDir();
	const out = path.join(dir, 'out');
	const io = captureIo();
	t.is(await main(['strip', path.join(dir, 'in'), '--out', out], io), 0, io.err());
	const a = await readFile(path.join(out, 'a.txt'), 'utf8');
	const b = await readFile(path.join(out, 'sub', 'b.md'), 'utf8');
	t.true(a.startsWith('Harbour Authority Approves New Ferry Terminal'));
	t.true(b.includes('northern tram extension'));
	t.false(b.includes('Leave a Reply'));
	t.deepEqual((await readdir(out)).sort(), ['a.txt', 'sub']);
});

test('a U+2028 inside a sentence of a line-feed file cuts nothing (fresh users, eighteenth session, K6): dist/cli.js strip keeps the sentence whole, numbered as grep -n numbers it', async t => {
	const {runBuilt} = await import('../helpers/built-cli.js');
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-strip-ls-'));
	try {
		await writeFile(path.join(dir, 'a.txt'), floodText('\u2028'));
		const {status, stdout, stderr} = runBuilt(['strip', path.join(dir, 'a.txt'), '--json'], {XDG_CACHE_HOME: path.join(dir, '.cache')});
		t.is(status, 0, stderr);
		keptWhole(t, stdout);
	} finally {
		await rm(dir, {recursive: true, force: true});
	}
});

test('strip refuses to write into an input directory or over an input file, and writes nothing', async t => {
	const dir = await corpusDir();
	const inside = captureIo();
	t.is(await main(['strip', path.join(dir, 'in'), '--out', path.join(dir, 'in', 'clean')], inside), 2);
	t.regex(inside.err(), /^copydesk: error: .*clean: inside the input directory .*: refusing to write into it\n$/);
	t.deepEqual((await readdir(path.join(dir, 'in'))).sort(), ['a.txt', 'sub']);

	const over = captureIo();
	t.is(await main(['strip', path.join(dir, 'in', 'a.txt'), '--out', path.join(dir, 'in')], over), 2);
	t.regex(over.err(), /^copydesk: error: .*a\.txt: refusing to write over the input file\n$/);
	t.is(await readFile(path.join(dir, 'in', 'a.txt'), 'utf8'), storyA);
});

test('strip --json writes one documented object per article per line', async t => {
	const dir = await corpusDir();
	const io = captureIo();
	t.is(await main(['strip', path.join(dir, 'in'), '--json'], io), 0);
	const records = io.out().trim().split('\n').map(line => JSON.parse(line));
	t.is(records.length, 2);
	for (const record of records) {
		t.deepEqual(Object.keys(record), ['path', 'title', 'meta', 'lines', 'body']);
		t.deepEqual(Object.keys(record.meta), ['date', 'byline', 'url']);
		for (const line of record.lines) t.deepEqual(Object.keys(line), ['n', 'text', 'label', 'category', 'reason']);
		t.true(record.lines.some((line: {label: string}) => line.label === 'boilerplate'));
		t.false(record.body.includes('Leave a Reply'));
	}

	t.is(records[0].title, 'Harbour Authority Approves New Ferry Terminal');
});

test('strip - reads one article from stdin', async t => {
	const io = captureIo({stdin: storyB});
	t.is(await main(['strip', '-'], io), 0);
	t.true(io.out().includes('northern tram extension'));
	t.false(io.out().includes('All rights reserved'));
});

test('strip reports a missing input on one line with exit status 2', async t => {
	const io = captureIo();
	t.is(await main(['strip', '/nonexistent/copydesk/nowhere'], io), 2);
	t.is(io.err().trim().split('\n').length, 1);
});

test('strip with one named file missing strips the others, reports the missing one on one line, exits 2', async t => {
	const dir = await corpusDir();
	const out = path.join(dir, 'out');
	const io = captureIo();
	t.is(await main(['strip', path.join(dir, 'missing.txt'), path.join(dir, 'in', 'a.txt'), '--out', out], io), 2);
	t.true((await readFile(path.join(out, 'a.txt'), 'utf8')).includes('east pier'));
	t.deepEqual(io.err().trim().split('\n'), [`copydesk: error: ${path.join(dir, 'missing.txt')}: no such file or directory`]);
});

test('strip keeps going past an unreadable entry (a broken symlink), reports it and exits 2', async t => {
	const dir = await corpusDir();
	await symlink(path.join(dir, 'nowhere.txt'), path.join(dir, 'in', 'broken.txt'));
	const out = path.join(dir, 'out');
	const io = captureIo();
	const status = await main(['strip', path.join(dir, 'in'), '--out', out], io);
	t.true((await readFile(path.join(out, 'a.txt'), 'utf8')).includes('ferry terminal'));
	t.true((await readFile(path.join(out, 'sub', 'b.md'), 'utf8')).includes('tram extension'));
	t.regex(io.err(), /broken\.txt/);
	t.is(status, 2);
});

test('strip to a terminal shows control characters as visible markers; piped output keeps them', async t => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-strip-'));
	const file = path.join(dir, 'evil.txt');
	await writeFile(file, 'A Title\n\nThe minister said \u001B]52;c;ZXZpbA==\u0007 the plan was final and would be published on Monday morning.\n');
	const tty = captureIo({tty: true});
	await main(['strip', file], tty);
	t.false(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(tty.out()));
	t.true(tty.out().includes('␛'));
	const piped = captureIo();
	await main(['strip', file], piped);
	t.true(piped.out().includes('\u001B]52;c;ZXZpbA==\u0007'));
});

test('strip - --json reads JSON Lines on stdin and names each record source#id (a map step for GNU parallel or Spark pipe)', async t => {
	const input = [
		JSON.stringify({id: 'a-1', text: storyA, url: 'https://example.org/a'}),
		JSON.stringify({id: 'b-2', text: storyB}),
	].join('\n');
	const io = captureIo({stdin: `${input}\n`});
	t.is(await main(['strip', '-', '--json'], io), 0, io.err());
	const records = io.out().trim().split('\n').map(line => JSON.parse(line));
	t.deepEqual(records.map(record => record.path), ['stdin#a-1', 'stdin#b-2']);
	t.is(records[0].meta.url, 'https://example.org/a');
	t.false(records[1].body.includes('Leave a Reply'));
	t.true(records[1].body.includes('tram extension'));
});

test('strip --out refuses an output path that is a symlink onto an input file', async t => {
	const dir = await corpusDir();
	const out = path.join(dir, 'out');
	await mkdir(out);
	await symlink(path.join(dir, 'in', 'a.txt'), path.join(out, 'a.txt'));
	const io = captureIo();
	t.is(await main(['strip', path.join(dir, 'in', 'a.txt'), '--out', out], io), 2);
	t.regex(io.err(), /refusing to write over the input file/);
	t.is(await readFile(path.join(dir, 'in', 'a.txt'), 'utf8'), storyA);
});

test('the same bad JSON Lines gives list and strip the same exit status, the line number said once', async t => {
	const lines = '{"text":"Some text about a bridge."}\ngarbage\n';
	const strip = captureIo({stdin: lines});
	const list = captureIo({stdin: lines});
	const stripped = await main(['strip', '-'], strip);
	t.is(await main(['list', '-'], list), stripped);
	t.is(stripped, 2);
	for (const error of [strip.err(), list.err()]) {
		t.regex(error, /-#:2: not valid JSON/);
		t.notRegex(error, /line 2/);
	}
});

test('strip --out on bad web input: each bad page or record is one copydesk: line, everything else is written', async t => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-strip-web-'));
	const input = path.join(dir, 'in');
	await mkdir(input);
	const article = (title: string) => `<html><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1><p>${storyA.split('\n')[4]}</p></article></body></html>`;
	await writeFile(path.join(input, 'broken.html'), `<html><body><p>Unclosed <b>bold <i>misnested</b> text</i><div><p>${storyA.split('\n')[4]}<table><td>cell`);
	await writeFile(path.join(input, 'deep.html'), `<p>top</p>${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}`);
	await writeFile(path.join(input, 'script.html'), `<html><head><script>${'var x = 1;'.repeat(1000)}</script></head><body><script>document.write(1)</script></body></html>`);
	await writeFile(path.join(input, 'huge.html'), `<html><head><script>var d = "${'x'.repeat(10 * 1024 * 1024)}";</script></head><body>${article('Huge page')}</body></html>`);
	const gzipped = await Promise.all(['one', 'two', 'three'].map(async name => warcRecord({type: 'response', url: `https://example.com/${name}`, body: article(name), httpHeaders: {'Content-Type': 'text/html'}, gzip: true})));
	// The second gzip member cut short: that record is lost, the third loads.
	await writeFile(path.join(input, 'cut.warc.gz'), Buffer.concat([gzipped[0], gzipped[1].subarray(0, gzipped[1].length - 20), gzipped[2]]));
	const plain = await Promise.all(['four', 'five'].map(async name => warcRecord({type: 'response', url: `https://example.org/${name}`, body: article(name), httpHeaders: {'Content-Type': 'text/html'}, gzip: false})));
	const lying = Buffer.from(Buffer.from(plain[0]).toString('latin1').replace(/Content-Length: (\d+)/, (_, n) => `Content-Length: ${Number(n) + 9}`), 'latin1');
	await writeFile(path.join(input, 'lying.warc'), Buffer.concat([lying, plain[1]]));
	const out = path.join(dir, 'out');
	const io = captureIo();
	// Damaged archives lost text: exit 2 (as grep and diff report trouble), with every other page written.
	t.is(await main(['strip', input, '--out', out], io), 2, io.err());
	const errors = io.err().trim().split('\n');
	t.is(errors.length, 3, io.err());
	t.true(errors.every(line => line.startsWith('copydesk: ')));
	t.regex(errors[0], /cut\.warc\.gz@\d+: gzip member at byte \d+/);
	t.regex(errors[1], /lying\.warc@0: record at byte 0 \(https:\/\/example\.org\/four\): Content-Length does not match the record; skipped$/);
	t.is(errors[2], `copydesk: warning: ${path.join(input, 'script.html')}: no visible text on the page`);
	const written = async (name: string) => readFile(path.join(out, name), 'utf8');
	t.deepEqual((await readdir(out)).sort(), ['broken.html.txt', 'cut.warc.gz', 'deep.html.txt', 'huge.html.txt', 'lying.warc', 'script.html.txt']);
	t.deepEqual((await readdir(path.join(out, 'cut.warc.gz', 'example.com'))).sort(), ['one.txt', 'three.txt']);
	t.deepEqual(await readdir(path.join(out, 'lying.warc', 'example.org')), ['five.txt']);
	t.true((await written('broken.html.txt')).includes('east pier'));
	t.true((await written('deep.html.txt')).includes('deep text'));
	t.true((await written('huge.html.txt')).includes('east pier'));
	t.false((await written('huge.html.txt')).includes('xxxx'));
});

test('strip --json on a JSON Lines file streams its records in order, bad lines reported once before the output', async t => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-strip-jsonl-'));
	const file = path.join(dir, 'wire.jsonl');
	await writeFile(file, [JSON.stringify({id: 'a', text: storyA}), 'not json', JSON.stringify({id: 'b', text: storyB})].join('\n') + '\n');
	const io = captureIo();
	t.is(await main(['strip', '--json', file], io), 2);
	const records = io.out().trim().split('\n').map(line => JSON.parse(line) as {path: string; body: string});
	t.deepEqual(records.map(record => record.path), [`${file}#a`, `${file}#b`]);
	t.true(records[0].body.includes('east pier'));
	t.false(records[0].body.includes('All rights reserved'));
	t.deepEqual(io.err().trim().split('\n'), [`copydesk: error: ${file}#:2: not valid JSON (Unexpected token 'o', "not json" is not valid JSON)`]);
});

test('a problem met only by the second read (a file gone between the passes) is new; one met by both is said once', t => {
	const gone = {path: 'in/b.txt', kind: 'error' as const, message: 'ENOENT: no such file'};
	const binary = {path: 'in/c.txt', kind: 'skipped' as const, message: 'binary file (NUL bytes)'};
	t.deepEqual(problemsSince([binary], [binary, gone]), [gone]);
	t.deepEqual(problemsSince([binary], [binary]), []);
});

test('strip --out writes articles whose names share a stem under distinct names (the source extension kept)', async t => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-strip-stem-'));
	const input = path.join(dir, 'col');
	await mkdir(input);
	const html = (text: string) => `<html><body><article><p>${text}</p></article></body></html>`;
	await writeFile(path.join(input, 'a.txt'), 'Plain text copy about the harbour.\n');
	await writeFile(path.join(input, 'a.html'), html('HTML copy about the ferry.'));
	await writeFile(path.join(input, 'a.htm'), html('HTM copy about the tram.'));
	await writeFile(path.join(input, 'a.html.gz'), gzipSync(html('Gzipped copy about the pier.')));
	const out = path.join(dir, 'out');
	const io = captureIo();
	t.is(await main(['strip', input, '--out', out], io), 0, io.err());
	t.deepEqual((await readdir(out)).sort(), ['a.htm.txt', 'a.html.gz.txt', 'a.html.txt', 'a.txt']);
	t.regex(await readFile(path.join(out, 'a.txt'), 'utf8'), /harbour/);
	t.regex(await readFile(path.join(out, 'a.html.txt'), 'utf8'), /ferry/);
	t.regex(await readFile(path.join(out, 'a.htm.txt'), 'utf8'), /tram/);
	t.regex(await readFile(path.join(out, 'a.html.gz.txt'), 'utf8'), /pier/);
});

test('strip --out: two articles still given one output name: a copydesk: line and exit 2 for the second, the first written', async t => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-strip-clash-'));
	const input = path.join(dir, 'col');
	await mkdir(input);
	await writeFile(path.join(input, 'a.html'), '<html><body><article><p>The page copy about the ferry.</p></article></body></html>');
	await writeFile(path.join(input, 'a.html.txt'), 'The text copy about the harbour.\n');
	const out = path.join(dir, 'out');
	const io = captureIo();
	t.is(await main(['strip', input, '--out', out], io), 2);
	t.deepEqual(await readdir(out), ['a.html.txt']);
	t.regex(await readFile(path.join(out, 'a.html.txt'), 'utf8'), /ferry/);
	t.deepEqual(io.err().trim().split('\n'), [`copydesk: error: a.html.txt: its output name ${path.join(out, 'a.html.txt')} is taken by a.html; not written`]);
});

test('strip --out names a JSON Lines record <file>/<id>.txt', async t => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-strip-jsonl-out-'));
	const file = path.join(dir, 'c.jsonl');
	await writeFile(file, [JSON.stringify({id: 'a1', text: storyA}), JSON.stringify({id: '../../evil\u0007/x', text: storyB})].join('\n') + '\n');
	const out = path.join(dir, 'out');
	const io = captureIo();
	t.is(await main(['strip', file, '--out', out], io), 0, io.err());
	t.deepEqual(await readdir(out), ['c.jsonl']);
	t.deepEqual((await readdir(path.join(out, 'c.jsonl'))).sort(), ['.._.._evil__x~004cce0b.txt', 'a1.txt']);
	t.regex(await readFile(path.join(out, 'c.jsonl', 'a1.txt'), 'utf8'), /east pier/);
});

test('strip --out: JSON Lines ids that are one after making them safe ("b#2", "b_2") get names of their own, the same on every run', async t => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-strip-jsonl-ids-'));
	const file = path.join(dir, 'b.jsonl');
	await writeFile(file, [JSON.stringify({id: 'b#2', text: storyA}), JSON.stringify({id: 'b_2', text: storyB})].join('\n') + '\n');
	const names: string[][] = [];
	for (const run of ['one', 'two']) {
		const out = path.join(dir, run);
		const io = captureIo();
		t.is(await main(['strip', file, '--out', out], io), 0, io.err());
		t.is(io.err(), '');
		names.push((await readdir(path.join(out, 'b.jsonl'))).sort());
	}
	t.deepEqual(names[0], ['b_2.txt', 'b_2~6bc1da6c.txt']);
	t.deepEqual(names[1], names[0]);
	t.not(await readFile(path.join(dir, 'one', 'b.jsonl', 'b_2.txt'), 'utf8'), await readFile(path.join(dir, 'one', 'b.jsonl', 'b_2~6bc1da6c.txt'), 'utf8'));
});

test('outputName: distinct JSON Lines ids give distinct names (property); so do URI parts made safe', t => {
	const piece = fc.oneof(fc.constantFrom('#', '_', '~', '/', '.', '..', '?', 'b', '2', '\u0007', '~6bc1da6c'), fc.string({unit: 'binary', maxLength: 4}));
	fc.assert(
		fc.property(fc.array(piece, {maxLength: 6}), fc.array(piece, {maxLength: 6}), (x, y) => {
			const [a, b] = [x.join(''), y.join('')];
			fc.pre(a !== b);
			const name = (key: string) => outputName({id: `c.jsonl#${key}`, name: `c.jsonl#${key}`});
			t.not(name(a), name(b), `${JSON.stringify(a)} / ${JSON.stringify(b)}`);
		}),
		{numRuns: 3000},
	);
	t.not(outputName({id: 'x.warc#http://example.com/a?b', name: 'a?b'}), outputName({id: 'x.warc#http://example.com/a_b', name: 'a_b'}));
	t.not(outputName({id: 'c.jsonl#b#2', name: 'c.jsonl#b#2'}), outputName({id: 'c.jsonl#b_2', name: 'c.jsonl#b_2'}));
	t.not(outputName({id: 'c.jsonl#b_2~6bc1da6c', name: 'c.jsonl#b_2~6bc1da6c'}), outputName({id: 'c.jsonl#b#2', name: 'c.jsonl#b#2'}));
	// Names Windows reserves for devices are marked too (fresh user E10).
	for (const id of ['CON', 'con', 'nul', 'COM1', 'lpt9']) t.regex(outputName({id: `c.jsonl#${id}`, name: `c.jsonl#${id}`}), /^c\.jsonl\/[^/]+~[0-9a-f]{8}\.txt$/, id);
	t.is(outputName({id: 'c.jsonl#console', name: 'c.jsonl#console'}), 'c.jsonl/console.txt');
});

test('outputName: any record id or URI gives a relative path of safe parts, ending .txt', t => {
	fc.assert(
		fc.property(fc.string({unit: 'binary', maxLength: 40}), fc.constantFrom('c.jsonl', 'sub/c.jsonl', 'x.warc', 'y.warc.gz'), (key, container) => {
			const name = outputName({id: `${container}#${key}`, name: container.endsWith('.jsonl') ? `${container}#${key}` : key});
			t.true(name.startsWith(`${container}/`), name);
			t.true(name.endsWith('.txt'), name);
			const parts = name.split('/');
			t.true(parts.every(part => part !== '' && part !== '.' && part !== '..' && !/[\u0000-\u001f\u007f\\]/.test(part)), name);
		}),
	);
});

test('strip words a skipped file and a bad record as list does: `skipped: path: why`, `error: path:N: why`', async t => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-strip-skips-'));
	await writeFile(path.join(dir, 'bin.txt'), Buffer.from('text\0more\n'));
	await writeFile(path.join(dir, 'recs.jsonl'), [JSON.stringify({text: storyA}), '{"text": 3}'].join('\n') + '\n');
	const stripped = captureIo();
	await main(['strip', dir, '--json'], stripped);
	const listed = captureIo();
	await main(['list', dir], listed);
	const said = (io: ReturnType<typeof captureIo>) => io.err().split('\n').filter(line => /bin\.txt|recs\.jsonl#:2/.test(line)).sort();
	t.deepEqual(said(stripped), [
		`copydesk: error: ${path.join(dir, 'recs.jsonl')}#:2: no "text" or "html" string`,
		`copydesk: skipped: ${path.join(dir, 'bin.txt')}: binary file (NUL bytes)`,
	]);
	t.deepEqual(said(listed).map(line => line.replace(`${dir}/`, '')), said(stripped).map(line => line.replace(`${dir}/`, '')));
});

test('--json to a terminal writes an article\'s bidi and C1 characters as \\uXXXX (list, strip, diff); piped, as they are', async t => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-json-tty-'));
	const a = path.join(dir, 'a.txt');
	const b = path.join(dir, 'b.txt');
	await writeFile(a, 'The mayor said \u202Eevil\u202C the \u009B31m budget would pass on Tuesday.\n');
	await writeFile(b, 'The mayor said \u202Eevil\u202C the \u009B31m budget would fail on Tuesday.\n');
	for (const argv of [['strip', a, '--json'], ['list', dir, '--json'], ['diff', a, b, '--json']]) {
		const tty = captureIo({tty: true});
		await main(argv, tty);
		t.false(/[\u009b\u202e]/u.test(tty.out()), argv[0]);
		t.true(tty.out().includes(String.raw`\u202e`), argv[0]);
		const piped = captureIo();
		await main(argv, piped);
		t.true(piped.out().includes('\u202E'), argv[0]);
		t.deepEqual(tty.out().trim().split('\n').map(line => JSON.parse(line) as unknown), piped.out().trim().split('\n').map(line => JSON.parse(line) as unknown));
	}
});

test('strip --out that cannot be a directory (under a file): one `copydesk: error:` line before any labelling, exit 2, nothing written', async t => {
	const dir = await corpusDir();
	const out = path.join(dir, 'in', 'a.txt', 'sub');
	const io = captureIo();
	t.is(await main(['strip', path.join(dir, 'in', 'sub'), '--out', out], io), 2);
	t.deepEqual(io.err().trim().split('\n'), [`copydesk: error: ${out}: cannot create the output directory: a part of the path is a file, not a directory`]);
	t.is(io.out(), '');
});

test('strip --out under /proc (mkdir answers ENOENT under an existing parent) ends with one line and exit 2, not a loop', async t => {
	if (!existsSync('/proc/self')) {
		t.pass('no procfs here');
		return;
	}

	const dir = await corpusDir();
	const io = captureIo();
	t.is(await main(['strip', path.join(dir, 'in', 'sub'), '--out', '/proc/copydesk-nope/x'], io), 2);
	t.deepEqual(io.err().trim().split('\n'), ['copydesk: error: /proc/copydesk-nope/x: cannot create the output directory: no such file or directory']);
});

test('symlinks, as the README words them: a file symlink loop is an error (status 2, like a broken link); a directory link back to an ancestor is skipped (status 0)', async t => {
	const loop = await corpusDir();
	await symlink('l2.txt', path.join(loop, 'in', 'l1.txt'));
	await symlink('l1.txt', path.join(loop, 'in', 'l2.txt'));
	for (const command of ['strip', 'list']) {
		const io = captureIo();
		t.is(await main([command, path.join(loop, 'in')], io), 2, command);
		t.regex(io.err(), /copydesk: error: .*l1\.txt: symlink loop/);
	}

	const cycle = await corpusDir();
	await symlink('..', path.join(cycle, 'in', 'sub', 'up'));
	for (const command of ['strip', 'list']) {
		const io = captureIo();
		t.is(await main([command, path.join(cycle, 'in')], io), 0, command);
		t.regex(io.err(), /copydesk: skipped: .*up: symlink loop: leads back to a directory being read/);
	}
});

test('strip of a page separates its paragraphs by one blank line each, not only where chrome was removed (breaker10 H23)', async t => {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'copydesk-paragraphs-'));
	try {
		const paragraphs = [
			'A fire at a garment factory on the outskirts of Dhaka killed twelve workers on Monday and injured many others, police said.',
			'The blaze broke out in the morning and took firefighters three hours to control, a fire service spokesman told reporters.',
			'The building had no fire exits, the spokesman said, and most of the victims were trapped on the fourth floor of the factory.',
			'The factory employed about twelve hundred people and exported clothing worth millions of dollars to Europe last year.',
		];
		const file = path.join(directory, 'page.html');
		await writeFile(file, `<html><head><title>Fire</title></head><body><article><p>${paragraphs[0]}</p><p>${paragraphs[1]}</p><div class="ad">ADVERTISEMENT</div><p>${paragraphs[2]}</p><p>${paragraphs[3]}</p></article></body></html>`);
		const io = captureIo();
		t.is(await main(['strip', file], io), 0, io.err());
		const out = io.out();
		for (const [index, paragraph] of paragraphs.entries()) t.true(out.includes(index === 3 ? `${paragraph}\n` : `${paragraph}\n\n`), `paragraph ${index + 1} ends with a blank line`);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});

test('holdsAtLeast counts files by their size and read articles by theirs, a missing file as 0, and stops once enough', async t => {
	const directory = await mkdtemp(path.join(os.tmpdir(), 'copydesk-holds-'));
	try {
		const small = path.join(directory, 'small.txt');
		const large = path.join(directory, 'large.txt');
		await writeFile(small, 'x'.repeat(300));
		await writeFile(large, 'x'.repeat(900));
		const entry = (file: string) => ({file: {file, name: path.basename(file), explicit: true, regular: true}});
		const article = {article: {id: 'a', path: 'a', name: 'a', text: 'y'.repeat(500), size: 500, warnings: [], meta: {}}};
		t.false(await holdsAtLeast([entry(small)], 1000));
		t.true(await holdsAtLeast([entry(small), entry(large)], 1000));
		t.true(await holdsAtLeast([article, entry(small), entry(path.join(directory, 'gone.txt')), entry(small)], 1000));
		t.false(await holdsAtLeast([article, entry(path.join(directory, 'gone.txt'))], 1000));
		t.false(await holdsAtLeast([], 1));
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
});

test('strip warns when every line of an article with paragraphs of prose was labelled boilerplate, rather than print nothing silently (breaker14 P13)', async t => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-strip-'));
	const paragraph = (n: number) => `<p class="newsletter">Paragraph ${n} of the letter, long enough to read as prose, with commas, clauses, and a few words about the harbour, the ferry and the council's vote.</p>`;
	const file = path.join(dir, 'page.html');
	await writeFile(file, `<html><head><title>Letters</title></head><body><div>${Array.from({length: 8}, (_, i) => paragraph(i + 1)).join('')}</div></body></html>`);
	const io = captureIo();
	const status = await main(['strip', file], io);
	t.is(status, 0);
	t.is(io.out(), '');
	t.regex(io.err(), /warning: .*page\.html: every line was labelled boilerplate, though \d+ words/u);
});

test('Ctrl-C on strip --out stops it at the file it is writing, not after the last one (breaker20 O1), and leaves no temporary file', async t => {
	const {builtCli} = await import('../helpers/built-cli.js');
	const {spawn} = await import('node:child_process');
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-strip-sigint-'));
	try {
		const input = path.join(dir, 'in');
		const out = path.join(dir, 'out');
		await mkdir(input);
		// Enough articles that labelling and writing them takes seconds, one after another.
		const total = 400;
		const paragraph = (n: number) => `The council of town ${n} met on Tuesday to discuss the harbour, the new school and the roads that lead to them, and voted on the budget for the coming year.`;
		for (let n = 0; n < total; n++) await writeFile(path.join(input, `a${String(n).padStart(3, '0')}.txt`), `Headline number ${n}\n\n${Array.from({length: 30}, (_, k) => paragraph(n * 31 + k)).join('\n\n')}\n`);
		const child = spawn(process.execPath, [builtCli, 'strip', input, '--out', out], {stdio: 'ignore', env: {PATH: process.env['PATH'], XDG_CACHE_HOME: path.join(dir, '.cache')}});
		const ended = new Promise<{code: number | null; signal: NodeJS.Signals | null}>(resolve => child.on('exit', (code, signal) => resolve({code, signal})));
		let written = 0;
		for (let waited = 0; waited < 120_000 && written === 0; waited += 10) {
			await new Promise(resolve => setTimeout(resolve, 10));
			written = existsSync(out) ? (await readdir(out)).filter(name => name.endsWith('.txt')).length : 0;
		}

		child.kill('SIGINT');
		const {code, signal} = await ended;
		t.true(signal === 'SIGINT' || code === 130, `ended by the signal (code ${code}, signal ${signal})`);
		const names = await readdir(out);
		t.deepEqual(names.filter(name => name.endsWith('.tmp')), []);
		t.true(names.length < total, `stopped early: ${names.length} of ${total} written`);
	} finally {
		await rm(dir, {recursive: true, force: true});
	}
});

test('strip --out with an empty name says so in one line, naming the option (breaker20 O9: "error: : cannot create…")', async t => {
	const dir = await corpusDir();
	const io = captureIo();
	t.is(await main(['strip', path.join(dir, 'in'), '--out', ''], io), 2);
	t.is(io.err(), 'copydesk: error: --out: an empty name names no directory\n');
});

test('strip --out into a directory it may not write is one line before any labelling, not one per article (breaker20 O10)', async t => {
	const {builtCli} = await import('../helpers/built-cli.js');
	const {spawnSync} = await import('node:child_process');
	const {chmod} = await import('node:fs/promises');
	// Root may write anywhere: the refusal is seen only as another user (setpriv, util-linux).
	if (process.getuid?.() !== 0 || !existsSync('/usr/bin/setpriv')) return t.pass('needs root and setpriv to act as nobody');
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-strip-closed-'));
	try {
		await chmod(dir, 0o755);
		const input = path.join(dir, 'in');
		const closed = path.join(dir, 'closed');
		await mkdir(input, {mode: 0o755});
		await mkdir(closed, {mode: 0o555});
		await chmod(closed, 0o555);
		for (const name of ['a.txt', 'b.txt', 'c.txt']) await writeFile(path.join(input, name), storyA, {mode: 0o644});
		const run = spawnSync('/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, builtCli, 'strip', input, '--out', closed], {encoding: 'utf8', env: {PATH: process.env['PATH']}, cwd: '/'});
		t.is(run.status, 2, run.stderr);
		t.is(run.stderr, `copydesk: error: ${closed}: cannot write into the output directory: permission denied\n`);
	} finally {
		await rm(dir, {recursive: true, force: true});
	}
});
