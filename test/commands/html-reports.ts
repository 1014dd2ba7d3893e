import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {main} from '../../source/commands/main.js';
import {captureIo} from '../helpers/command-io.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const seed = (prefix: string) => path.join(corpus, ['000_0d08df38c960a208.txt', '001_8ecce001b37ddfde.txt'].find(name => name.startsWith(prefix))!);

test('diff --html writes one HTML page to stdout and keeps diff(1) exit status', async t => {
	const io = captureIo();
	t.is(await main(['diff', seed('000'), seed('001'), '--html'], io), 1, io.err());
	t.true(io.out().startsWith('<!doctype html>'));
	t.true(io.out().includes('001_8ecce001b37ddfde.txt'));
	t.true(io.out().trimEnd().endsWith('</html>'));
});

test('diff: --json and --html together is trouble', async t => {
	const io = captureIo();
	t.is(await main(['diff', seed('000'), seed('001'), '--html', '--json'], io), 2);
	t.regex(io.err(), /^copydesk: error: choose one of --json and --html\n$/);
});

test('story --html writes the story report of the seeds', async t => {
	const io = captureIo();
	t.is(await main(['story', corpus, '--html'], io), 0, io.err());
	t.true(io.out().startsWith('<!doctype html>'));
	t.is(io.out().match(/<th class="copy"/g)?.length, 4);
});
