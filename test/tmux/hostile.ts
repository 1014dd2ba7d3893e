// Article text with terminal escape sequences (OSC 52 clipboard, OSC 8
// hyperlinks, window titles, screen clears, C1 controls, bidi overrides) shown
// by the built CLI in a real terminal: it must change nothing but the text.
import {copyFileSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {repoRoot, TmuxSession, tmuxUnavailable} from '../helpers/tmux.js';

const unavailable = tmuxUnavailable();
const tmuxTest = unavailable && !(process.env.CI && unavailable.startsWith('tmux')) ? test.skip : test.serial;

const hostile = path.join(repoRoot, 'test', 'fixtures', 'hostile', 'controls.txt');

/** A corpus of the hostile article and an edited copy of it, outside the repository. */
const corpus = (): string => {
	const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-hostile-'));
	copyFileSync(hostile, path.join(directory, 'a.txt'));
	writeFileSync(path.join(directory, 'b.txt'), readFileSync(hostile, 'utf8').replace('end.', 'finish.'));
	return directory;
};

/** A session whose terminal would obey OSC 52 (set-clipboard on) and shows a known title. */
const session = () => {
	const terminal = new TmuxSession(120, 30, {NO_COLOR: '1'});
	terminal.tmux('set-option', '-g', 'set-clipboard', 'on');
	terminal.tmux('set-option', '-g', 'allow-rename', 'on');
	terminal.tmux('select-pane', '-T', 'SAFE-TITLE');
	return terminal;
};

const assertUntouched = (t: {is: (a: unknown, b: unknown, m?: string) => void; false: (v: boolean, m?: string) => void}, terminal: TmuxSession, screen: string) => {
	t.is(terminal.display('#{pane_title}'), 'SAFE-TITLE', 'the window title was changed');
	t.is(terminal.tmux('list-buffers').trim(), '', 'OSC 52 reached the clipboard (a tmux buffer was set)');
	t.false(screen.includes('pwned'.repeat(2)), 'title text leaked');
	// No raw escape reached the screen: what tmux keeps for the pane has only its own SGR codes.
	const withEscapes = terminal.tmux('capture-pane', '-p', '-e');
	t.false(/\u001B\][0-9]/.test(withEscapes), 'an OSC sequence is on the screen');
};

tmuxTest('reader: escape sequences in articles are shown as markers and change neither title, clipboard nor screen', async t => {
	const terminal = session();
	t.teardown(() => terminal.kill());
	const directory = corpus();
	terminal.run(`node dist/cli.js ${directory}`);
	await terminal.waitFor(/2 articles/);
	terminal.keys('Space', 'j', 'Space', 'Enter');
	const screen = await terminal.waitFor(/OSC 52 clipboard/);
	t.regex(screen, /␛/);
	t.regex(screen, /<U\+202E>/);
	assertUntouched(t, terminal, screen);
	terminal.keys('Q');
	await terminal.waitFor(screen => !screen.includes('OSC 52 clipboard'));
});

tmuxTest('diff and strip in a terminal: the same sequences are made visible', async t => {
	const terminal = session();
	t.teardown(() => terminal.kill());
	const directory = corpus();
	// The markers are awaited alone on their line: the typed command line holds them too.
	terminal.run(`clear; node dist/cli.js diff ${directory}/a.txt ${directory}/b.txt --width 118; echo DIFF-DONE`);
	const diffScreen = await terminal.waitFor(/^DIFF-DONE$/m);
	t.regex(diffScreen, /␛/);
	assertUntouched(t, terminal, diffScreen);
	terminal.run(`clear; node dist/cli.js strip ${directory}/a.txt; echo STRIP-DONE`);
	const stripScreen = await terminal.waitFor(/^STRIP-DONE$/m);
	t.regex(stripScreen, /Window title: ␛/);
	assertUntouched(t, terminal, stripScreen);
});
