// The built reader in a real terminal (tmux). Skipped when dist/cli.js is
// missing; in CI a missing tmux is a failure, not a skip.
import test, {type ExecutionContext} from 'ava';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {TmuxSession, tmuxUnavailable} from '../helpers/tmux.js';

const unavailable = tmuxUnavailable();
const tmuxTest = unavailable && !(process.env.CI && unavailable.startsWith('tmux')) ? test.skip : test.serial;
if (unavailable) console.log(`tmux tests: ${unavailable}`);

const corpus = 'test/fixtures/reader/pair';
const cli = `node dist/cli.js ${corpus}`;

const withSession = (columns: number, rows: number, env: Record<string, string> = {}) => {
	const session = new TmuxSession(columns, rows, env);
	return session;
};

tmuxTest('list → mark two → split view shows both titles and a changed word; ] moves; q back to the list', async t => {
	const session = withSession(100, 30, {NO_COLOR: '1'});
	t.teardown(() => session.kill());
	session.run(cli);
	await session.waitFor(/2 articles/);
	session.keys('Space', 'j', 'Space');
	await session.waitFor(/marked 1:alpha\.txt 2:beta\.txt/);
	session.keys('Enter');
	await session.waitFor(/Harbour bridge reopens after repairs.*Harbour bridge opens again/);
	// Without colors the changed words carry wdiff markers.
	const split = await session.waitFor(/\[-Monday-\]/);
	t.regex(split, /\{\+Tuesday\+\}/);
	t.regex(split, /lines 1–/);
	// Opened at its first change (it is on the first line): ] steps to the next one, as the status line counts them.
	await session.waitFor(/change 1\/4/);
	session.keys(']');
	await session.waitFor(/change 2\/4/);
	session.keys(']');
	await session.waitFor(/change 3\/4/);
	session.keys('q');
	await session.waitFor(/2 articles/);
});

tmuxTest('colors mark changed words when NO_COLOR is unset', async t => {
	const session = withSession(100, 30);
	t.teardown(() => session.kill());
	session.run(cli);
	await session.waitFor(/2 articles/);
	session.keys('Space', 'j', 'Space', 'Enter');
	await session.waitFor(/Monday/);
	const colored = session.tmux('capture-pane', '-p', '-e');
	t.regex(colored, /\u001B\[[0-9;]*31m[^\u001B]*Monday/);
	t.regex(colored, /\u001B\[[0-9;]*32m[^\u001B]*Tuesday/);
	t.notRegex(colored, /\[-Monday-\]/);
});

tmuxTest('q from the list restores the terminal: alternate screen left, cursor visible, prompt back', async t => {
	const session = withSession(100, 30);
	t.teardown(() => session.kill());
	session.run('echo BEFORE-READER');
	await session.waitFor(/^BEFORE-READER/m);
	session.run(`${cli}; echo EXIT-$?`);
	await session.waitFor(/2 articles/);
	t.is(session.display('#{alternate_on} #{cursor_flag}'), '1 0');
	session.keys('q');
	const screen = await session.waitFor(/EXIT-0/);
	t.regex(screen, /BEFORE-READER/);
	t.is(session.display('#{alternate_on} #{cursor_flag}'), '0 1');
});

tmuxTest('q after a resize leaves nothing of the reader on the shell screen', async t => {
	// A list taller than the screen: tmux 3.3 kept its top rows on the shell screen after a resize.
	const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-resize-'));
	for (let index = 1; index <= 50; index++) writeFileSync(path.join(folder, `s${String(index).padStart(2, '0')}.txt`), `Story number ${index} about the bridge\n\nThe bridge reopened on Monday after repairs, officials said. Traffic was light, number ${index}.\n`);
	const session = withSession(80, 24);
	t.teardown(() => {
		session.kill();
		rmSync(folder, {recursive: true, force: true});
	});
	session.run('echo BEFORE-READER');
	await session.waitFor(/^BEFORE-READER/m);
	session.run(`node dist/cli.js ${folder}; echo EXIT-$?`);
	await session.waitFor(/50 articles/);
	session.tmux('resize-window', '-x', '200', '-y', '50');
	// Re-laid out at the new size: the status line now at the bottom of 50 rows.
	await session.waitFor(screen => screen.split('\n').findIndex(line => /50 articles/.test(line)) >= 40);
	session.keys('q');
	const screen = await session.waitFor(/EXIT-0/);
	t.regex(screen, /BEFORE-READER/);
	t.notRegex(screen, /Story number|s\d\d\.txt|articles/);
	t.is(session.display('#{alternate_on}'), '0');
});

tmuxTest('resizing the terminal re-lays the screen out; too small asks to enlarge', async t => {
	const session = withSession(100, 30);
	t.teardown(() => session.kill());
	session.run(cli);
	await session.waitFor(/2 articles/);
	session.keys('Space', 'j', 'Space', 'Enter');
	await session.waitFor(/Monday/);
	const wide = session.screen().split('\n');
	session.tmux('resize-window', '-x', '60', '-y', '20');
	const narrow = await session.waitFor(screen => {
		const lines = screen.split('\n');
		return lines.some(line => /lines \d+–\d+\/\d+/.test(line)) && lines.every(line => line.trimEnd().length <= 60) && screen !== wide.join('\n');
	});
	// The status line moved up with the shorter window and text rewrapped to the narrower panes.
	const statusRow = narrow.split("\n").findIndex(line => /lines \d+–\d+\/\d+/.test(line));
	t.true(statusRow > 0 && statusRow < 20);
	session.tmux('resize-window', '-x', '30', '-y', '8');
	await session.waitFor(/enlarge the terminal/);
	// At 10×3 the message is whole, in fewer words.
	session.tmux('resize-window', '-x', '10', '-y', '3');
	const tiny = await session.waitFor(/need 40×10/);
	t.deepEqual(tiny.split('\n').map(line => line.trimEnd()).filter(Boolean), ['need 40×10', 'q quits']);
	session.tmux('resize-window', '-x', '100', '-y', '30');
	await session.waitFor(/Monday/);
	t.pass();
});

for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
	tmuxTest(`${signal} restores the terminal`, async t => {
		const session = withSession(100, 30);
		t.teardown(() => session.kill());
		session.run(`${cli}; echo EXIT-$?`);
		await session.waitFor(/2 articles/);
		// Leave it in the split view: the deepest state to unwind.
		session.keys('Space', 'j', 'Space', 'Enter');
		await session.waitFor(/Monday/);
		let pid: number | undefined;
		for (let attempt = 0; attempt < 40 && !pid; attempt++) {
			pid = session.childPid();
			if (!pid) await sleep(50);
		}
		t.truthy(pid);
		process.kill(pid!, signal);
		await session.waitFor(new RegExp(`EXIT-${code}`));
		t.is(session.display('#{alternate_on} #{cursor_flag}'), '0 1');
		// The shell takes commands again.
		session.run('echo COOKED');
		await session.waitFor(/^COOKED/m);
	});
}

tmuxTest('a terminal that goes away (its tmux session killed) ends the reader quietly: no "EIO", no native assertion from Node (breaker17a K8)', async t => {
	const session = withSession(100, 30);
	const log = path.join(mkdtempSync(path.join(tmpdir(), 'copydesk-hangup-')), 'log');
	t.teardown(() => session.kill());
	session.run(`${cli} 2>${log}`);
	await session.waitFor(/2 articles/);
	let pid: number | undefined;
	for (let attempt = 0; attempt < 40 && !pid; attempt++) {
		pid = session.childPid();
		if (!pid) await sleep(50);
	}
	t.truthy(pid);
	session.kill();
	const alive = () => {
		try {
			process.kill(pid!, 0);
			return true;
		} catch {
			return false;
		}
	};
	for (let waited = 0; waited < 20_000 && alive(); waited += 50) await sleep(50);
	t.false(alive());
	t.is(readFileSync(log, 'utf8'), '');
});

tmuxTest('quitting with stderr redirected leaves no cursor control in the log: it goes to the terminal the reader draws on', async t => {
	const session = withSession(100, 30);
	const log = path.join(mkdtempSync(path.join(tmpdir(), 'copydesk-stderr-')), 'log');
	t.teardown(() => session.kill());
	session.run(`${cli} 2>${log}; echo EXIT-$?`);
	await session.waitFor(/2 articles/);
	session.keys('q');
	await session.waitFor(/EXIT-0/);
	t.is(session.display('#{alternate_on} #{cursor_flag}'), '0 1');
	t.is(readFileSync(log, 'utf8'), '');
});

for (const gzip of [false, true]) {
	tmuxTest(`pages of a ${gzip ? '.warc.gz' : '.warc'} compare, re-read and make a story like files`, async t => {
		const {warcRecord} = await import('../helpers/warc-records.js');
		const directory = mkdtempSync(path.join(tmpdir(), 'copydesk-warc-reader-'));
		const page = (text: string) => `<html><head><title>Fire</title></head><body><article><h1>Fire</h1><p>${text}</p></article></body></html>`;
		const records = [
			await warcRecord({type: 'response', url: 'http://a.example/fire', body: page('A fire broke out in the old mill on Tuesday night, and crews worked until dawn.'), httpHeaders: {'Content-Type': 'text/html'}, gzip}),
			await warcRecord({type: 'response', url: 'http://b.example/fire', body: page('A fire broke out in the old mill on Tuesday night, and crews fought it until morning.'), httpHeaders: {'Content-Type': 'text/html'}, gzip}),
		];
		const file = path.join(directory, gzip ? 't.warc.gz' : 't.warc');
		writeFileSync(file, Buffer.concat(records));
		const session = withSession(120, 30, {NO_COLOR: '1'});
		t.teardown(() => {
			session.kill();
			rmSync(directory, {recursive: true, force: true});
		});
		session.run(`node dist/cli.js ${file}`);
		await session.waitFor(/2 articles/);
		session.keys('Space', 'j', 'Enter');
		const split = await session.waitFor(/http:\/\/a\.example\/fire .*http:\/\/b\.example\/fire[\s\S]*crews \[-worked-\].*crews \{\+fought it\+\}/);
		t.notRegex(split, /no such article|WARC\/1|HTTP\/1\.1|cannot be re-read/);
		session.keys('r');
		await session.waitFor(/re-read: both files unchanged/);
		session.keys('q');
		await session.waitFor(/2 articles/);
		session.keys('s');
		const story = await session.waitFor(/story ·/);
		t.notRegex(story, /the base is gone|no copies/);
	});
}

/**
 * The reader opened in a 100×30 tmux session (NO_COLOR) on a FIFO and a text file: its loading waits until the test
 * writes the FIFO. Both removed when the test ends.
 */
const readerOnFifo = async (t: ExecutionContext, prefix: string) => {
	const {execFileSync} = await import('node:child_process');
	const directory = mkdtempSync(path.join(tmpdir(), prefix));
	const fifo = path.join(directory, 'slow.txt');
	execFileSync('mkfifo', [fifo]);
	writeFileSync(path.join(directory, 'a.txt'), 'Harbour bridge reopens\n\nThe harbour bridge reopened on Monday after repairs, officials said.\n');
	const session = withSession(100, 30, {NO_COLOR: '1'});
	t.teardown(() => {
		session.kill();
		rmSync(directory, {recursive: true, force: true});
	});
	session.run(`clear; node dist/cli.js ${fifo} ${path.join(directory, 'a.txt')}; echo EXIT-$?`);
	return {fifo, session};
};

// K7c (fresh users, eighteenth session): keys typed while the reader was still loading were echoed by the terminal
// over the screen. A FIFO named on the command line holds the loading until the test writes to it.
tmuxTest('keys typed while the reader loads are not echoed, and reach the reader once it reads keys', async t => {
	const {execFileSync} = await import('node:child_process');
	const {fifo, session} = await readerOnFifo(t, 'copydesk-typeahead-');
	// The terminal out of its line mode (-icanon): the reader holds keys from here, the FIFO still unread.
	const tty = session.display('#{pane_tty}');
	const started = Date.now();
	// Node's, not the shell's: bash's line editor has the terminal out of its line mode too, until it runs the command.
	const nodeRuns = () => {
		const pid = session.childPid();
		return pid !== undefined && /node/.test(execFileSync('ps', ['-o', 'comm=', '-p', String(pid)], {encoding: 'utf8'}));
	};
	while (!(nodeRuns() && /-icanon/.test(execFileSync('stty', ['-F', tty, '-a'], {encoding: 'utf8'}))) && Date.now() - started < 8000) await sleep(50);
	// Typed before the reader reads keys: j (the next article), then keys no screen binds.
	session.tmux('send-keys', '-l', 'jwww');
	await sleep(500);
	t.notRegex(session.screen(), /jwww/);
	writeFileSync(fifo, 'Harbour bridge opens again\n\nThe harbour bridge opened again on Tuesday after repairs, officials said.\n');
	const list = await session.waitFor(/2 articles/);
	t.notRegex(list, /jwww/);
	// The j typed ahead moved the highlight to the second article.
	await session.waitFor(/›.*a\.txt/);
	session.keys('q');
	await session.waitFor(/EXIT-0/);
});

tmuxTest('a reader that loaded slowly with no key typed meanwhile opens and reads keys (the held terminal read is handed over)', async t => {
	const {fifo, session} = await readerOnFifo(t, 'copydesk-slow-load-');
	await sleep(2500);
	writeFileSync(fifo, 'Harbour bridge opens again\n\nThe harbour bridge opened again on Tuesday after repairs, officials said.\n');
	await session.waitFor(/2 articles/);
	t.notRegex(session.screen(), /EXIT-/);
	session.keys('j');
	await session.waitFor(/›.*a\.txt/);
	session.keys('q');
	await session.waitFor(/EXIT-0/);
});

// breaker18 (nineteenth session's brief): at 80×24 on the seeds, in one column, G said "92%", not Bot — u then G
// read before the next frame; and Escape then [ written at once was read as [ alone (M6). In a real terminal.
tmuxTest('80×24 on the seeds: u then G at once is at the end (Bot); Escape then [ at once goes back to the list', async t => {
	const session = withSession(80, 24, {NO_COLOR: '1'});
	t.teardown(() => session.kill());
	session.run('node dist/cli.js corpus');
	await session.waitFor(/5 articles/);
	session.keys('Space', 'j', 'Space', 'Enter');
	await session.waitFor(/lines 1–/);
	session.tmux('send-keys', '-l', 'uG');
	const end = await session.waitFor(/lines \d+–\d+\/\d+ (Bot|\d+%)/);
	t.regex(end, /lines \d+–(\d+)\/\1 Bot/);
	session.tmux('send-keys', '-l', '\u001B[');
	t.regex(await session.waitFor(/5 articles|marked 1:/), /marked 1:/);
});

// breaker19 N9: at 80×24, G said "change 19/20" with change 20 on screen (19 above it), and ] near the bottom raised
// the counter with nothing on screen seen to move. The change the counter names is on screen, its mark highlighted
// (inverse video, kept under NO_COLOR), side by side and in one column.
tmuxTest('80×24 on the seeds: after G the change counted is on screen with its mark highlighted; [ there says which row', async t => {
	const session = withSession(80, 24, {NO_COLOR: '1'});
	t.teardown(() => session.kill());
	session.run('node dist/cli.js corpus');
	await session.waitFor(/5 articles/);
	// The original against a rewrite: changes down to the last lines.
	session.keys('Space', 'j', 'j', 'j', 'Enter');
	await session.waitFor(/lines 1–\d+\/\d+ Top · change 1\//);
	/** The pane rows (below the two header rows, not the status line) holding inverse video: a highlighted change mark. */
	const markedRows = () =>
		session
			.tmux('capture-pane', '-p', '-e')
			.split('\n')
			.slice(2)
			.filter(row => /\u001B\[(?:[\d;]*;)?7m/u.test(row) && !/lines \d+–\d+\//u.test(row));
	for (const layout of ['side by side', 'one column']) {
		session.keys('G');
		const end = await session.waitFor(/Bot · change \d+\/\d+/);
		const [, counted, total] = /change (\d+)\/(\d+)/.exec(end)!;
		// Fresh, the last change is counted at the end; once [ chose one still on screen there, that one stays counted.
		if (layout === 'side by side') t.is(counted, total, `${layout}: the last change is on screen at the end`);
		t.is(markedRows().length, 1, `${layout}: ${end}`);
		session.keys('[');
		const said = await session.waitFor(/change \d+\/\d+ is on row \d+|lines \d+–\d+\/\d+ \d+%/);
		if (/is on row/.test(said)) t.is(markedRows().length, 1, `${layout}: ${said}`);
		session.keys('g', 'u');
		await session.waitFor(/lines 1–/);
	}
});
