import path from 'node:path';
import {mkdir, writeFile} from 'node:fs/promises';
import test from 'ava';
import {main} from '../../source/commands/main.js';
import {warningLine} from '../../source/commands/warning-line.js';
import {captureIo} from '../helpers/command-io.js';
import {withTemporaryDirectory} from '../helpers/temporary-directory.js';

test('a warning names the article by its address: a file\'s path as given, a record\'s FILE#key; terminal-safe', t => {
	t.is(warningLine({id: 'pdf.txt', name: 'pdf.txt', path: 'odd/pdf.txt'}, 'invalid UTF-8 at byte 10'), 'warning: odd/pdf.txt: invalid UTF-8 at byte 10');
	t.is(warningLine({id: 'w.warc#https://ex.com/a#x', name: 'https://ex.com/a#x', path: 'odd/w.warc'}, 'no charset declared; read as UTF-8'), 'warning: odd/w.warc#https://ex.com/a#x: no charset declared; read as UTF-8');
	t.is(warningLine({id: 'a\u001b.txt', name: 'a\u001b.txt', path: 'a\u001b.txt'}, 'empty file'), 'warning: a\u241b.txt: empty file');
});

test('every command words a file\'s warning one way, `copydesk: warning: PATH: why`, with the path as given (breaker12 K18)', async t => {
	await withTemporaryDirectory('warnings', async directory => {
		const odd = path.join(directory, 'odd');
		await mkdir(odd);
		const story = 'Storm hits coast\n\nThe storm killed 12 people and left 3,000 homes without power on the island.\n';
		const plain = path.join(odd, 'u1.txt');
		const latin = path.join(odd, 'u2.txt');
		await writeFile(plain, story);
		await writeFile(latin, Buffer.concat([Buffer.from(story.trimEnd()), Buffer.from([0xa0, 0x0a])]));
		const expected = `copydesk: warning: ${latin}: invalid UTF-8 at byte 94; decoded as windows-1252 (detected)`;
		for (const args of [['diff', plain, latin], ['story', plain, latin, '--print'], ['list', plain, latin], ['list', odd], ['strip', odd]]) {
			const io = captureIo();
			await main(args, io);
			t.deepEqual(io.err().split('\n').filter(line => line.includes('u2.txt')), [expected], args.join(' '));
		}
	});
});
