// A record address FILE#key (a JSON Lines or WARC record, as list --json names it) is accepted wherever a file is:
// story and its --base, list, strip, diff (fresh user J10).
import {execFileSync} from 'node:child_process';
import {readFile, rm, writeFile} from 'node:fs/promises';
import {setTimeout} from 'node:timers/promises';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
import {main} from '../../source/commands/main.js';
import {captureIo} from '../helpers/command-io.js';
import {temporaryDirectoryFor} from '../helpers/temporary-directory.js';

const story = (figure: number, word: string) => `Harbour authority approves new ferry terminal

The harbour authority voted on Tuesday to approve a new ferry terminal on the east pier, ending a ${word} that had lasted three years.

The terminal will handle up to ${figure} passengers a day when it opens in 2027, officials said.

Critics said the cost, put at 48 million euros, was too high for a town of its size.
`;

const corpus = async (t: ExecutionContext) => {
	const directory = temporaryDirectoryFor(t, 'copydesk-address-');
	const records = [{id: 'a1', text: story(4000, 'dispute')}, {id: 'a2', text: story(4000, 'row')}, {id: 'a3', text: story(5000, 'row')}];
	const container = path.join(directory, 'c.jsonl');
	await writeFile(container, records.map(record => JSON.stringify(record)).join('\n') + '\n');
	return container;
};

test('story --base FILE#id takes that record as the base, whether or not the container is also given whole', async t => {
	const container = await corpus(t);
	for (const inputs of [[container], [`${container}#a1`, `${container}#a3`]]) {
		const io = captureIo();
		t.is(await main(['story', ...inputs, '--base', `${container}#a2`, '--json'], io), 0, io.err());
		const json = JSON.parse(io.out()) as {base: {path: string}; copies: Array<{path: string}>};
		t.is(json.base.path, `${container}#a2`, inputs.join(' '));
		t.deepEqual(json.copies.map(copy => copy.path).sort(), [`${container}#a1`, `${container}#a3`], inputs.join(' '));
	}
});

test('list and strip take FILE#id: that record only', async t => {
	const container = await corpus(t);
	const listed = captureIo();
	t.is(await main(['list', `${container}#a1`, `${container}#a3`, '--json'], listed), 0, listed.err());
	t.deepEqual(listed.out().trimEnd().split('\n').map(line => (JSON.parse(line) as {path: string}).path).sort(), [`${container}#a1`, `${container}#a3`]);
	const stripped = captureIo();
	t.is(await main(['strip', `${container}#a3`], stripped), 0, stripped.err());
	t.regex(stripped.out(), /up to 5000 passengers/);
	t.notRegex(stripped.out(), /4000/);
});

test('a record the container does not hold is one line naming it and exit 2, in every command', async t => {
	const container = await corpus(t);
	const line = `copydesk: error: ${container}: has no record zz (copydesk list ${container} names its records)`;
	for (const argv of [['strip', `${container}#zz`], ['list', `${container}#zz`], ['story', container, '--base', `${container}#zz`, '--print'], ['diff', `${container}#zz`, `${container}#a1`]]) {
		const io = captureIo();
		t.is(await main(argv, io), 2, argv.join(' '));
		t.deepEqual(io.err().trim().split('\n'), [line], argv.join(' '));
	}

	// Beside an address that resolves, strip still strips it and says which one it could not find.
	const mixed = captureIo();
	t.is(await main(['strip', `${container}#zz`, `${container}#a1`], mixed), 2);
	t.regex(mixed.out(), /ending a dispute/);
	t.regex(mixed.err(), /has no record zz/);
});

// breaker19 N8: a FIFO named p1.jsonl, addressed p1.jsonl#a1, said "no such file or directory": only a regular file was
// taken for a container. A pipe named on the command line is read as a file is (list p1.jsonl reads it), so is a record of it.
test('a record of a JSON Lines FIFO is read from the pipe, as the FIFO named whole is; a record it lacks is named', async t => {
	if (process.platform === 'win32') return t.pass();
	const directory = temporaryDirectoryFor(t, 'copydesk-fifo-address-');
	const pipe = path.join(directory, 'p1.jsonl');
	const records = [{id: 'a1', text: story(4000, 'dispute')}, {id: 'a2', text: story(5000, 'row')}];
	for (const [key, expected] of [['a1', 0], ['zz', 2]] as const) {
		execFileSync('mkfifo', [pipe]);
		// The writer opens the pipe once the reader does, as a shell's `cat x > p1.jsonl &` would.
		const writer = writeFile(pipe, records.map(record => JSON.stringify(record)).join('\n') + '\n');
		let written = false;
		void writer.then(() => (written = true));
		const io = captureIo();
		const status = await main(['strip', `${pipe}#${key}`], io);
		// A reader that never opened the pipe leaves the writer waiting: open it here, so a failure is a failure, not a hang.
		await Promise.race([writer, setTimeout(1000)]);
		if (!written) await readFile(pipe);
		await writer;
		t.is(status, expected, io.err());
		if (key === 'a1') t.regex(io.out(), /ending a dispute/);
		else t.deepEqual(io.err().trim().split('\n'), [`copydesk: error: ${pipe}: has no record zz (copydesk list ${pipe} names its records)`]);
		t.notRegex(io.err(), /no such file/);
		await rm(pipe);
	}
});

// breaker19 N8: a record that could not be read was `w.jsonl:3` in one line and the records beside it `w.jsonl#:5` in the
// next; asked for by that name, it was "has no record :3". One name, the one a listing gives and diff opens (README).
test('a record that could not be read is named FILE#:N, as the records beside it are, and so is it when asked for by that name', async t => {
	const directory = temporaryDirectoryFor(t, 'copydesk-broken-record-');
	const feed = path.join(directory, 'w.jsonl');
	await writeFile(feed, [JSON.stringify({text: story(4000, 'dispute')}), 'not json', JSON.stringify({text: story(5000, 'row')})].join('\n') + '\n');
	const broken = new RegExp(`^copydesk: error: ${feed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#:2: not valid JSON \\(`, 'u');
	const listed = captureIo();
	t.is(await main(['list', feed, '--json'], listed), 2);
	t.deepEqual(listed.out().trim().split('\n').map(line => (JSON.parse(line) as {path: string}).path), [`${feed}#:1`, `${feed}#:3`]);
	t.regex(listed.err(), broken);
	const stripped = captureIo();
	t.is(await main(['strip', feed], stripped), 2);
	t.regex(stripped.err(), broken);
	const compared = captureIo();
	t.is(await main(['diff', `${feed}#:2`, `${feed}#:3`], compared), 2);
	t.is(compared.err().trim().split('\n').length, 1, compared.err());
	t.regex(compared.err(), broken);
});
