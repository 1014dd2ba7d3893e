// Keys typed while the reader loads (reader/hold-keys.ts): raw mode at once, so the terminal echoes nothing; the
// keys kept and put back for the reader; Ctrl-C raised as the signal it is at a shell; the line mode given back
// when the reader does not start.
import {PassThrough} from 'node:stream';
import test from 'ava';
import {holdKeys, type HeldInput} from '../../source/reader/hold-keys.js';

const fakeTerminal = () => {
	const modes: boolean[] = [];
	const stdin = Object.assign(new PassThrough(), {isTTY: true, setRawMode: (raw: boolean) => modes.push(raw)}) as HeldInput & PassThrough;
	return {stdin, modes};
};

test('raw mode from the start; what is typed is put back for the reader on release, raw mode kept', async t => {
	const {stdin, modes} = fakeTerminal();
	const hold = holdKeys(stdin, () => t.fail());
	t.deepEqual(modes, [true]);
	stdin.write('jj');
	stdin.write('x');
	await new Promise(resolve => setImmediate(resolve));
	hold.release();
	t.is(String(stdin.read()), 'jjx');
	t.deepEqual(modes, [true]);
});

test('Ctrl-C while loading gives the line mode back and raises SIGINT; end without release restores the line mode once', async t => {
	const {stdin, modes} = fakeTerminal();
	const signals: string[] = [];
	const hold = holdKeys(stdin, name => signals.push(name));
	stdin.write('j\u0003');
	await new Promise(resolve => setImmediate(resolve));
	t.deepEqual(signals, ['SIGINT']);
	t.deepEqual(modes, [true, false]);
	hold.end();
	t.deepEqual(modes, [true, false]);
});

test('not a terminal: nothing is done', t => {
	const stdin = new PassThrough() as HeldInput;
	const hold = holdKeys(stdin);
	hold.release();
	hold.end();
	t.pass();
});

// breaker18 M9: keys typed in the ~0.3 s before the hold were echoed: it began once the command's modules were
// loaded. The CLI's entry puts the terminal in raw mode first (early-keys.ts), for the reader only.
test('the early hold: raw mode for the reader on a terminal only; the hold takes it over; a refusal gives the line mode back', async t => {
	const {holdKeysEarly, endEarlyKeys} = await import('../../source/reader/early-keys.js');
	const terminal = () => fakeTerminal() as unknown as {stdin: NodeJS.ReadStream & PassThrough; modes: boolean[]};
	const tty = {isTTY: true};
	for (const argv of [[], ['corpus'], ['a.txt', 'b.txt'], ['read', 'corpus']]) {
		const {stdin, modes} = terminal();
		t.true(holdKeysEarly(argv, stdin, tty, {}), argv.join(' '));
		t.deepEqual(modes, [true]);
		// The reader refused (a missing path, say): the line mode back, once.
		endEarlyKeys(stdin);
		endEarlyKeys(stdin);
		t.deepEqual(modes, [true, false]);
	}
	for (const [argv, stdout, env] of [[['diff', 'a', 'b'], tty, {}], [['list'], tty, {}], [['story', 'corpus'], tty, {}], [['corpus', '-'], tty, {}], [['--help'], tty, {}], [['corpus'], {isTTY: false}, {}], [['corpus'], tty, {TERM: 'dumb'}]] as const) {
		const {stdin, modes} = terminal();
		t.false(holdKeysEarly(argv, stdin, stdout, env), argv.join(' '));
		t.deepEqual(modes, []);
	}
	// The hold takes it over: the end of the CLI leaves raw mode to the reader.
	const {stdin, modes} = terminal();
	holdKeysEarly(['corpus'], stdin, tty, {});
	const hold = holdKeys(stdin as unknown as HeldInput, () => t.fail());
	endEarlyKeys(stdin);
	t.deepEqual(modes, [true, true]);
	hold.end();
});

test('dist/cli.js holds the keys before it loads anything of the commands', async t => {
	const {readFile} = await import('node:fs/promises');
	const {builtCli} = await import('../helpers/built-cli.js');
	const source = await readFile(builtCli, 'utf8').catch(() => '');
	if (!source) return t.pass('dist/cli.js is not built');
	const call = source.indexOf('holdKeysEarly(process.argv');
	t.true(call > 0);
	// Before the call: only the early hold's own import (and the bundle's shared runtime), no command's.
	const before = source.slice(0, call);
	t.notRegex(before, /main|usage|io-|commands/i);
	t.true(source.indexOf('import("./main') > call);
	// What it loads before the call is small: the early hold and the command table (command-names.ts), no module of a command's.
	const {statSync} = await import('node:fs');
	const path = await import('node:path');
	const chunks = [...before.matchAll(/^import (?:[^;]*? from )?"\.\/([^"]+)";/gmu)].map(match => match[1]!);
	const bytes = chunks.reduce((sum, chunk) => sum + statSync(path.join(path.dirname(builtCli), chunk)).size, 0);
	t.true(chunks.length > 0 && bytes < 16_000, `${chunks.join(', ')}: ${bytes} bytes`);
});

// Review (nineteenth session): early-keys.ts kept its own list of the commands, beside main.ts's. Both read command-names.ts now.
test('the early hold leaves alone every command of the table that holds no keys, help and version; the reader\'s holds them', async t => {
	const {holdKeysEarly, endEarlyKeys} = await import('../../source/reader/early-keys.js');
	const {commandTable, helpWords, versionWords} = await import('../../source/command-names.js');
	const tty = {isTTY: true};
	for (const [name, command] of Object.entries(commandTable)) {
		const {stdin} = fakeTerminal() as unknown as {stdin: NodeJS.ReadStream & PassThrough};
		t.is(holdKeysEarly([name, 'corpus'], stdin, tty, {}), command.holdsKeys, name);
		endEarlyKeys(stdin);
	}
	for (const word of [...helpWords, ...versionWords]) t.false(holdKeysEarly([word], fakeTerminal().stdin as unknown as NodeJS.ReadStream, tty, {}), word);
});
