// What a daily user does first, in a real 80×24 terminal: sort then move,
// filter then clear (the same article stays highlighted), colors through a pipe.
import test from 'ava';
import {TmuxSession, tmuxUnavailable} from '../helpers/tmux.js';

const unavailable = tmuxUnavailable();
const tmuxTest = unavailable && !(process.env.CI && unavailable.startsWith('tmux')) ? test.skip : test.serial;

const cli = 'node dist/cli.js corpus';
/** The highlighted row's article name (the row after the › pointer). */
const highlighted = (screen: string) => /^›.*?(\d{3}_[0-9a-f]+\.txt)/m.exec(screen)?.[1];
const position = (screen: string) => /· (\d+)\/(\d+) ·/.exec(screen)?.slice(1).map(Number);

tmuxTest('80×24: sort by words, then j j G g moves the highlight every time; 0 is file order again', async t => {
	const session = new TmuxSession(80, 24, {NO_COLOR: '1'});
	t.teardown(() => session.kill());
	session.run(cli);
	const first = await session.waitFor(/\d+ articles/);
	const total = position(first)![1];
	const before = highlighted(first);
	session.keys('3');
	const sorted = await session.waitFor(/words▲/);
	// The highlight followed its article to its sorted row.
	t.is(highlighted(sorted), before);
	const row = position(sorted)![0];
	session.keys('g');
	await session.waitFor(screen => position(screen)?.[0] === 1);
	session.keys('j');
	await session.waitFor(screen => position(screen)?.[0] === 2);
	session.keys('j');
	await session.waitFor(screen => position(screen)?.[0] === 3);
	t.true(row >= 1);
	session.keys('G');
	const last = await session.waitFor(screen => position(screen)?.[0] === total);
	t.truthy(highlighted(last));
	session.keys('g');
	await session.waitFor(screen => position(screen)?.[0] === 1);
	session.keys('k', 'j');
	await session.waitFor(screen => position(screen)?.[0] === 2);
	session.keys('0');
	const unsorted = await session.waitFor(screen => !/words▲/.test(screen));
	t.notRegex(unsorted, /[▲▼]/);
});

tmuxTest('80×24: filter, move, clear — the same article stays highlighted', async t => {
	const session = new TmuxSession(80, 24, {NO_COLOR: '1'});
	t.teardown(() => session.kill());
	session.run(cli);
	await session.waitFor(/\d+ articles/);
	session.keys('/', 'F', 'o', 'r', 'e', 'i', 'g', 'n');
	await session.waitFor(/\/Foreign/);
	session.keys('Enter');
	const filtered = await session.waitFor(/2 of 5 match \/Foreign/);
	session.keys('j');
	const moved = await session.waitFor(screen => position(screen)?.[0] === 2 && screen !== filtered);
	const article = highlighted(moved);
	t.truthy(article);
	session.keys('Escape');
	const cleared = await session.waitFor(/\d+ articles/);
	t.is(highlighted(cleared), article);
});

tmuxTest('diff --color=always through a pipe keeps colors; NO_COLOR=1 writes no escape byte', async t => {
	const session = new TmuxSession(80, 24);
	t.teardown(() => session.kill());
	const files = 'corpus/000_0d08df38c960a208.txt corpus/001_8ecce001b37ddfde.txt';
	session.run(`node dist/cli.js diff ${files} --width 80 --color=always | cat -v | grep -c '\\^\\[\\[[0-9;]*3[12]m' ; echo done-colors`);
	const colors = await session.waitFor(/^(\d+)\s*\ndone-colors/m);
	t.true(Number(/^(\d+)\s*\ndone-colors/m.exec(colors)![1]) > 0);
	session.run(`NO_COLOR=1 node dist/cli.js diff ${files} --width 80 | grep -c $'\\x1b' ; echo done-plain`);
	const plain = await session.waitFor(/^(\d+)\s*\ndone-plain/m);
	t.is(/^(\d+)\s*\ndone-plain/m.exec(plain)![1], '0');
});

/** Opens the first two articles of the bundled corpus in the split view. */
const openPair = async (session: TmuxSession) => {
	session.run(cli);
	await session.waitFor(/\d+ articles/);
	session.keys('Space', 'j', 'Space', 'Enter');
	return session.waitFor(/lines 1–\d+\/\d+/);
};

tmuxTest('80×24: / searches the comparison, n goes to the next match', async t => {
	const session = new TmuxSession(80, 24, {NO_COLOR: '1'});
	t.teardown(() => session.kill());
	await openPair(session);
	session.keys('/', 'K', 'r', 'e', 'm', 'l', 'i', 'n', 'Enter');
	const first = await session.waitFor(/\/Kremlin: match 1 of \d+ lines/);
	const line = (screen: string) => Number(/lines (\d+)–/.exec(screen)![1]);
	t.regex(first, /Kremlin/);
	session.keys('n');
	const second = await session.waitFor(/\/Kremlin: match 2 of \d+ lines/);
	t.true(line(second) > line(first));
});

tmuxTest('70 columns: the comparison is unified (- left, + right); u puts it side by side', async t => {
	const session = new TmuxSession(70, 24, {NO_COLOR: '1'});
	t.teardown(() => session.kill());
	const unified = await openPair(session);
	t.regex(unified, /^- How Russia Is Reacting/m);
	t.regex(unified, /^\+ How Russia is reacting/m);
	session.keys('u');
	t.regex(await session.waitFor(/side by side/), /How Russia Is Reacting.*How Russia is reacting/);
});
