// Every refusal of the built CLI, as a user meets it: one line on stderr, `copydesk: error: why`, exit status 2
// (README, Usage). Fresh users (eighteenth session, K7a) met lines without `error:` (a mistyped option, a missing
// corpus, no terminal for the reader, an output strip would not write, an empty file named for a story).
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {runBuilt} from '../helpers/built-cli.js';
import {temporaryDirectoryFor} from '../helpers/temporary-directory.js';

const refusal = /^copydesk: error: [^\n]+\n$/;

test('each refusal of dist/cli.js is one `copydesk: error:` line with exit status 2', t => {
	const folder = temporaryDirectoryFor(t, 'copydesk-refusals-');
	const story = path.join(folder, 'story.txt');
	const copy = path.join(folder, 'copy.txt');
	const empty = path.join(folder, 'empty.txt');
	writeFileSync(story, 'A ferry capsized in the river on Sunday, officials said.\n\nRescuers searched the water through the night.\n');
	writeFileSync(copy, 'A ferry capsized in the river on Sunday, officials said.\n\nRescuers searched the river through the night.\n');
	writeFileSync(empty, '');
	const clash = path.join(folder, 'clash');
	mkdirSync(clash);
	writeFileSync(path.join(clash, 'a.html'), '<html><body><article><p>The page copy about the ferry.</p></article></body></html>');
	writeFileSync(path.join(clash, 'a.html.txt'), 'The text copy about the harbour.\n');
	const cases: Array<[string, string[]]> = [
		['a mistyped option', ['diff', story, copy, '--wdith', '80']],
		['a bad --color', ['diff', story, copy, '--color=sometimes']],
		['a missing corpus', ['list', path.join(folder, 'nowhere')]],
		['diff with one file', ['diff', story]],
		['the reader without a terminal', [folder]],
		['strip over its input', ['strip', story, '--out', folder]],
		['strip into its input', ['strip', folder, '--out', path.join(folder, 'out')]],
		['an empty file named for a story', ['story', empty, story, copy, '--print']],
	];
	for (const [what, args] of cases) {
		const {status, stderr} = runBuilt(args, {NO_COLOR: '1', XDG_CACHE_HOME: path.join(folder, 'cache')});
		t.is(status, 2, what);
		t.regex(stderr, refusal, `${what}: ${stderr}`);
	}
	// Two articles given one output name: the second is not written, said in the same form.
	const {status, stderr} = runBuilt(['strip', clash, '--out', path.join(folder, 'clash-out')], {XDG_CACHE_HOME: path.join(folder, 'cache')});
	t.is(status, 2);
	t.regex(stderr, /^copydesk: error: a\.html\.txt: its output name .* is taken by a\.html; not written\n$/);
});
