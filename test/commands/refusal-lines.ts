// Every refusal of the built CLI, as a user meets it: one line on stderr, `copydesk: error: why`, exit status 2
// (README, Usage). Fresh users (eighteenth session, K7a) met lines without `error:` (a mistyped option, a missing
// corpus, no terminal for the reader, an output strip would not write, an empty file named for a story).
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';
import {spawnSync} from 'node:child_process';
import {builtCli, runBuilt} from '../helpers/built-cli.js';
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

// breaker18 M8: notices outside the one form — "no such file or directory: X", two wordings of "refusing to write
// over the input", an unprefixed "nothing of the article was left to compare", standard input said `stdin` in one
// line and `-` in the next. Every line is `copydesk: KIND: why`, and one about a file is `copydesk: KIND: PATH: why`
// with the path as typed (`-` for standard input).
test('every notice of dist/cli.js is `copydesk: KIND: why`, a file\'s `copydesk: KIND: PATH: why`', t => {
	const folder = temporaryDirectoryFor(t, 'copydesk-notices-');
	const story = path.join(folder, 'story.txt');
	const missing = path.join(folder, 'missing.txt');
	writeFileSync(story, 'A ferry capsized in the river on Sunday, officials said.\n\nRescuers searched the water through the night.\n');
	const menu = (site: string) => `Home\nWorld\nCulture\n\nLeave a Reply\n\n© 2025 ${site}. All rights reserved.\n`;
	writeFileSync(path.join(folder, 'menu-a.txt'), menu('One Media'));
	writeFileSync(path.join(folder, 'menu-b.txt'), menu('Other Media'));
	const env = {NO_COLOR: '1', XDG_CACHE_HOME: path.join(folder, 'cache')};
	const cases: Array<[string, string[], number, RegExp]> = [
		['diff of a missing file', ['diff', missing, story], 2, new RegExp(`^copydesk: error: ${escape(missing)}: no such file or directory\n$`)],
		['strip of a missing file', ['strip', missing], 2, new RegExp(`^copydesk: error: ${escape(missing)}: no such file or directory\n$`)],
		['list of a missing file', ['list', missing], 2, new RegExp(`^copydesk: error: ${escape(missing)}: no such file or directory\n$`)],
		['the reader on a missing file', [missing], 2, new RegExp(`^copydesk: error: ${escape(missing)}: no such file or directory\n$`)],
		['strip over its input (--out its folder)', ['strip', story, '--out', folder], 2, new RegExp(`^copydesk: error: ${escape(story)}: refusing to write over the input file\n$`)],
		['strip over its input (--out the file)', ['strip', story, '--out', story], 2, new RegExp(`^copydesk: error: ${escape(story)}: refusing to write over the input file\n$`)],
		['strip into its input', ['strip', folder, '--out', path.join(folder, 'out')], 2, new RegExp(`^copydesk: error: ${escape(path.join(folder, 'out'))}: inside the input directory ${escape(folder)}: refusing to write into it\n$`)],
		// breaker19 N8: the one notice of diff without a path; it is about the pair, so it names both.
		['diff of two menus', ['diff', path.join(folder, 'menu-a.txt'), path.join(folder, 'menu-b.txt')], 1, new RegExp(`^copydesk: warning: ${escape(path.join(folder, 'menu-a.txt'))}, ${escape(path.join(folder, 'menu-b.txt'))}: nothing of the article was left to compare \\(both sides are entirely boilerplate\\); compared the whole texts\n$`)],
		// Standard input named `-` as every line about it does, not only in the words.
		['diff - -', ['diff', '-', '-'], 2, /^copydesk: error: -: standard input can be read only once; use - for one of the two\n$/],
		['story - -', ['story', '-', '-', '--print'], 2, /^copydesk: error: -: standard input can be read only once; give - once\n$/],
		['strip - --out', ['strip', '-', '--out', path.join(folder, 'out')], 2, /^copydesk: error: -: standard input has no file name to write under --out; use --json or standard output\n$/],
	];
	for (const [what, args, expected, line] of cases) {
		const {status, stderr} = runBuilt(args, env);
		t.is(status, expected, what);
		t.regex(stderr, line, `${what}: ${stderr}`);
	}
	// Standard input is `-` in every line about it, a warning as a refusal.
	const empty = spawnSync(process.execPath, [builtCli, 'diff', '-', story], {env: {PATH: process.env['PATH'], ...env}, input: '', encoding: 'utf8'});
	t.regex(empty.stderr, /^copydesk: warning: -: empty file$/m);
	const binary = spawnSync(process.execPath, [builtCli, 'diff', '-', story], {env: {PATH: process.env['PATH'], ...env}, input: '\u0000\u0001binary', encoding: 'utf8'});
	t.is(binary.status, 2);
	t.regex(binary.stderr, /^copydesk: error: -: binary file \(NUL bytes\)\n$/);
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
