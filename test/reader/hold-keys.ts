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
