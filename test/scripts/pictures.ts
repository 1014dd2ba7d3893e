// The README's pictures are the ones `npm run pictures` makes: every PNG the
// README shows exists and is written by scripts/pictures.ts, and the script
// writes nothing the README does not show.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {repoRoot} from '../helpers/tmux.js';

test('README pictures are made by npm run pictures', t => {
	const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
	const script = readFileSync(path.join(repoRoot, 'scripts', 'pictures.ts'), 'utf8');
	const shown = [...readme.matchAll(/!\[[^\]]*\]\((docs\/pictures\/([\w-]+)\.png)\)/g)];
	const made = [...script.matchAll(/shoot\('([\w-]+)'/g)].map(match => match[1]);
	t.true(shown.length >= 5);
	for (const [, file, name] of shown) {
		t.true(existsSync(path.join(repoRoot, file!)), `${file} is missing: run npm run pictures`);
		t.true(made.includes(name!), `${name} is not made by scripts/pictures.ts`);
	}

	t.deepEqual([...new Set(made)].sort(), [...new Set(shown.map(match => match[2]))].sort());
});
