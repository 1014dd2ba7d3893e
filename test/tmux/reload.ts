// Files changing under the built reader in a real terminal: an article edited
// while its comparison is open is compared again on r, a deleted one keeps its
// text with a notice, a file written again is re-read unasked; and a 30,000-word pair answers keys while it opens.
import test from 'ava';
import {mkdtempSync, rmSync, unlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {editedPair} from '../../bench/generate-article.js';
import {TmuxSession, tmuxUnavailable} from '../helpers/tmux.js';

const unavailable = tmuxUnavailable();
const tmuxTest = unavailable && !(process.env.CI && unavailable.startsWith('tmux')) ? test.skip : test.serial;
if (unavailable) console.log(`tmux tests: ${unavailable}`);

/** A scratch corpus and cache directory, removed after the test. */
const scratch = (t: {teardown: (fn: () => void) => void}, files: Record<string, string>) => {
	const root = mkdtempSync(path.join(tmpdir(), 'copydesk-reload-'));
	t.teardown(() => rmSync(root, {recursive: true, force: true}));
	const corpus = path.join(root, 'corpus');
	for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
	return {root, corpus, file: (name: string) => path.join(root, name)};
};

tmuxTest('an edited file is compared again on r; a deleted one stays, with a notice; written again, it is re-read unasked', async t => {
	const {root, file} = scratch(t, {
		'first.txt': 'Harbour bridge reopens\n\nThe harbour bridge reopened on Monday after repairs.\n',
		'second.txt': 'Harbour bridge reopens\n\nThe harbour bridge reopened on Monday after repairs.\n',
	});
	const session = new TmuxSession(100, 24, {NO_COLOR: '1', XDG_CACHE_HOME: path.join(root, 'cache')});
	t.teardown(() => session.kill());
	session.run(`node dist/cli.js ${file('first.txt')} ${file('second.txt')}`);
	await session.waitFor(/2 articles/);
	session.keys('Space', 'j', 'Space', 'Enter');
	await session.waitFor(/no changes/);
	writeFileSync(file('second.txt'), 'Harbour bridge reopens\n\nThe harbour bridge reopened on Tuesday after repairs.\n');
	session.keys('r');
	const changed = await session.waitFor(/\{\+Tuesday\+\}/);
	t.regex(changed, /\[-Monday-\]/);
	unlinkSync(file('second.txt'));
	session.keys('r');
	const deleted = await session.waitFor(/second\.txt was deleted since it was opened/);
	t.regex(deleted, /\{\+Tuesday\+\}/, 'the text as loaded is still shown');
	// Written again, with no key pressed: the watch re-reads it.
	writeFileSync(file('second.txt'), 'Harbour bridge reopens\n\nThe harbour bridge reopened on Wednesday after repairs.\n');
	const rewritten = await session.waitFor(/\{\+Wednesday\+\}/, 10_000);
	t.notRegex(rewritten, /deleted/);
	// Still alive and answering keys.
	session.keys('q');
	await session.waitFor(/2 articles/);
});

tmuxTest('a 30,000-word pair: keys answered while it is compared and laid out', async t => {
	const {original, edited} = editedPair();
	const {root, file} = scratch(t, {'original.txt': original, 'edited.txt': edited});
	const session = new TmuxSession(120, 40, {NO_COLOR: '1', XDG_CACHE_HOME: path.join(root, 'cache')});
	t.teardown(() => session.kill());
	session.run(`node dist/cli.js ${file('original.txt')} ${file('edited.txt')}`);
	await session.waitFor(/2 articles(?![\s\S]*analysing)/, 20_000);
	session.keys('Space', 'j', 'Space', 'Enter');
	await session.waitFor(/comparing…|laying out…|lines 1–/);
	// The help overlay opens while the work goes on behind it, and closes again.
	session.keys('?');
	await session.waitFor(/comparison keys/, 3000);
	session.keys('Escape');
	const done = await session.waitFor(/lines 1–\d+\/\d+ .*changes/, 20_000);
	t.notRegex(done, /laying out/);
	session.keys('G');
	await session.waitFor(/lines \d+–\d+\/\d+ Bot · /, 3000);
});
