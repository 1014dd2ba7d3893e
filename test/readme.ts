import {readFileSync} from 'node:fs';
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
