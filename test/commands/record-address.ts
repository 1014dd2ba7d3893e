// A record address FILE#key (a JSON Lines or WARC record, as list --json names it) is accepted wherever a file is:
// story and its --base, list, strip, diff (fresh user J10).
import {writeFile} from 'node:fs/promises';
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
