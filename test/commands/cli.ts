// The command line as a daily user meets it: help, versions, mistakes, colors.
import path from 'node:path';
import {Writable} from 'node:stream';
import test from 'ava';
import {main, reportInternalError} from '../../source/commands/main.js';
import {measureWidth} from '../../source/render/safe-text.js';
import {captureIo} from '../helpers/command-io.js';

const corpus = path.join(import.meta.dirname, '..', '..', 'corpus');
const a = path.join(corpus, '000_0d08df38c960a208.txt');
const b = path.join(corpus, '001_8ecce001b37ddfde.txt');

test('--help on every command exits 0 with that command\'s usage; --version', async t => {
	for (const [argv, pattern] of [[['--help'], /Usage:/], [['diff', '--help'], /copydesk diff A B/], [['strip', '-h'], /copydesk strip FILE/], [['list', '--help'], /copydesk list/], [['--version'], /^\d+\.\d+\.\d+\n$/]] as const) {
		const io = captureIo();
		t.is(await main([...argv], io), 0, argv.join(' '));
		t.regex(io.out(), pattern, argv.join(' '));
	}
});

test('copydesk --help names every option of each command under that command', async t => {
	const help = captureIo();
	await main(['--help'], help);
	const top = help.out();
	for (const command of ['diff', 'strip', 'list', 'story']) {
		// Its part of the top-level help: from "  copydesk COMMAND" to the next command.
		const start = top.indexOf(`\n  copydesk ${command} `);
		t.not(start, -1, command);
		const end = top.indexOf('\n  copydesk ', start + 1);
		const part = top.slice(start, end === -1 ? undefined : end);
		const own = captureIo();
		await main([command, '--help'], own);
		const options = new Set([...own.out().matchAll(/--[a-z][a-z-]*/g)].map(match => match[0]).filter(option => option !== '--help'));
		t.true(options.size > 0, command);
		for (const option of options) t.true(part.includes(option), `copydesk --help: ${command} ${option}`);
	}
});

test('an unknown option is one copydesk: line, status 2, checked before "needs a terminal"', async t => {
	for (const argv of [['--bogus'], ['diff', a, b, '--bogus'], ['strip', '--nope', a], ['list', '--wat'], ['diff', a, b, '--width']]) {
		const io = captureIo();
		t.is(await main(argv, io), 2, argv.join(' '));
		t.regex(io.err(), /^copydesk: error: (unknown option --\w+|--width needs a value) for copydesk( \w+)? \(see copydesk( \w+)? --help\)\n$/, argv.join(' '));
	}
});

test('diff --help names --html; a negative --width gets the range message, not the parser\'s', async t => {
	const help = captureIo();
	t.is(await main(['diff', '--help'], help), 0);
	t.regex(help.out(), /--html/);
	for (const argv of [['diff', a, b, '--width', '-5'], ['list', corpus, '--width', '-5'], ['story', corpus, '--print', '--width', '-5']]) {
		const io = captureIo();
		t.is(await main(argv, io), 2, argv.join(' '));
		t.regex(io.err(), /^copydesk: error: --width must be a number of columns.*-5/, argv.join(' '));
		t.notRegex(io.err(), /ambiguous/);
	}
});

test('diff A A and diff A ./A: identical, status 0; a directory is named as such', async t => {
	for (const second of [a, `${path.dirname(a)}/./${path.basename(a)}`]) {
		const io = captureIo();
		t.is(await main(['diff', a, second, '--json'], io), 0);
		t.is((JSON.parse(io.out()) as {relation: string}).relation, 'identical');
	}
	const io = captureIo();
	t.is(await main(['diff', corpus, a], io), 2);
	t.regex(io.err(), /^copydesk: error: .*corpus: is a directory; diff compares two files/);
});

test('colors: --color=always colors a pipe, NO_COLOR and --color=never leave no escape byte, FORCE_COLOR colors a pipe', async t => {
	const run = async (argv: string[], env: NodeJS.ProcessEnv = {}, tty = false) => {
		const io = captureIo({env, tty, columns: 100});
		await main(['diff', a, b, '--width', '100', ...argv], io);
		return io.out();
	};
	t.true((await run(['--color=always'])).includes('\u001B['));
	t.true((await run([], {FORCE_COLOR: '1'})).includes('\u001B['));
	t.false((await run([], {NO_COLOR: '1'}, true)).includes('\u001B'));
	t.false((await run(['--color=never'], {}, true)).includes('\u001B'));
	t.false((await run([])).includes('\u001B'));
	const io = captureIo();
	t.is(await main(['diff', a, b, '--color=sometimes'], io), 2);
	t.regex(io.err(), /^copydesk: error: --color must be auto, always or never/);
});

test('every line of diff\'s terminal output fits --width, summary and substitutions included', async t => {
	for (const width of [40, 60, 80, 133]) {
		const io = captureIo();
		t.is(await main(['diff', a, b, '--width', String(width)], io), 1);
		for (const line of io.out().trimEnd().split('\n')) t.true(measureWidth(line) <= width, `${width}: ${line}`);
	}
});

test('the reader without a terminal checks its paths first: a missing one is "no such file", not "needs a terminal"', async t => {
	const io = captureIo();
	t.is(await main(['/nonexistent/copydesk-corpus'], io), 2);
	t.is(io.err(), 'copydesk: error: /nonexistent/copydesk-corpus: no such file or directory\n');
});

test('an error line quoting a file argument escapes its control characters (ESC, bidi override), never sends them raw', async t => {
	const io = captureIo();
	t.is(await main(['diff', a, 'nope\u001B[2J\u202E.txt'], io), 2);
	const error = io.err();
	t.regex(error, /^copydesk: error: /);
	t.false(/[\u001B\u202E]/.test(error), JSON.stringify(error));
	t.true(error.includes('nope\u241B[2J<U+202E>.txt'), JSON.stringify(error));
});

test('a failed write to standard output (a full disk) is one copydesk: line and status 2 on every command, not a stack trace', async t => {
	for (const argv of [['--help'], ['diff', '--help'], ['diff', a, a], ['diff', a, b, '--json'], ['list', a, b], ['list', a, b, '--json'], ['strip', a, '--json']]) {
		const io = captureIo();
		const full = new Writable({
			write(_chunk, _encoding, callback) {
				callback(Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'}));
			},
		});
		t.is(await main(argv, {...io, stdout: full}), 2, argv.join(' '));
		t.is(io.err(), 'copydesk: error: standard output: no space left on the device\n', argv.join(' '));
	}
});

test('an unexpected error is one "copydesk: internal error:" line and status 2 (not a stack trace and status 1); COPYDESK_DEBUG adds the stack', async t => {
	const io = captureIo();
	t.is(await reportInternalError(new RangeError('Maximum call stack size exceeded\u001B[31m'), io, {}), 2);
	t.regex(io.err(), /^copydesk: internal error: RangeError: Maximum call stack size exceeded.*COPYDESK_DEBUG=1.*\n$/);
	t.false(io.err().includes('\u001B'));
	t.is(io.err().split('\n').length, 2);
	const debug = captureIo();
	await reportInternalError(new Error('boom'), debug, {COPYDESK_DEBUG: '1'});
	t.regex(debug.err(), /internal error: Error: boom\n.*Error: boom\n\s+at /s);
});

test('the reader on a dumb terminal (TERM=dumb) says so in one line and exits 2, writing no escape sequence (breaker12 K39)', async t => {
	const io = captureIo({tty: true, env: {TERM: 'dumb'}});
	(io.stdin as {isTTY?: boolean}).isTTY = true;
	t.is(await main([corpus], io), 2);
	t.regex(io.err(), /^copydesk: error: the reader needs a terminal that can move its cursor \(TERM=dumb\); use `copydesk list`/);
	t.is(io.err().split('\n').length, 2);
	t.is(io.out(), '');
});
