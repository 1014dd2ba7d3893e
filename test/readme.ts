import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {keyTables} from '../scripts/readme-keys.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

test('README quick start is exactly the two commands', t => {
	t.true(readme.includes('npm install && npm start'));
	t.true(readme.includes('npm test'));
});

test('README key tables are the keymap (regenerate: node --import=tsx scripts/readme-keys.ts)', t => {
	const block = /<!-- keys:start -->\n([\s\S]*?)\n<!-- keys:end -->/.exec(readme);
	t.truthy(block, 'README lacks the keys block');
	t.is(block![1], keyTables());
});

test('README story sample is what `copydesk story corpus --width 100` prints (regenerate: copy its first rows)', async t => {
	const {main} = await import('../source/commands/main.js');
	const {captureIo} = await import('./helpers/command-io.js');
	const io = captureIo();
	t.is(await main(['story', fileURLToPath(new URL('../corpus/', import.meta.url)), '--width', '100'], io), 0, io.err());
	const block = /`copydesk story corpus --width 100` \(piped, so plain; the first rows\):\n\n```\n([\s\S]*?)\n…\n```/.exec(readme);
	t.truthy(block, 'README lacks the story sample');
	const shown = block![1].split('\n');
	t.deepEqual(io.out().split('\n').slice(0, shown.length), shown);
});
