import test from 'ava';
import {PassThrough, Readable} from 'node:stream';
import {runList} from '../../source/commands/list.js';
import type {CommandIo} from '../../source/commands/io.js';
import {withGeneratedCorpus} from '../helpers/generated-corpus.js';
import {withFailingWorkers} from '../helpers/failing-workers.js';

function fakeIo() {
	const stdout = Object.assign(new PassThrough(), {isTTY: false});
	const stderr = new PassThrough();
	let out = '';
	let error = '';
	stdout.on('data', chunk => (out += chunk));
	stderr.on('data', chunk => (error += chunk));
	const io: CommandIo = {stdout, stderr, stdin: Readable.from([]), env: {}};
	return {io, out: () => out, error: () => error};
}

test('worker threads that fail are no silent fallback: the listing is done on one thread and stderr says why, in one line', async t => {
	await withGeneratedCorpus(210, 5, {}, async directory => {
		const expected = fakeIo();
		t.is(await runList([directory, '--json'], expected.io), 0);
		t.is(expected.error(), '');

		const failing = fakeIo();
		const {result: status, started} = await withFailingWorkers('out of memory\n    at somewhere (worker.js:1:1)', async () => runList([directory, '--json'], failing.io));
		t.true(started > 0, 'worker threads were tried');
		t.is(status, 0, 'the listing is still done');
		t.is(failing.out(), expected.out(), 'the same listing, from this thread');
		t.is(failing.error(), 'copydesk: warning: worker threads failed (out of memory); analysed on one thread instead\n');
	});
});
