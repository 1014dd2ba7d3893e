import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {main} from '../../source/commands/main.js';
import {captureIo} from '../helpers/command-io.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const seed = (prefix: string) => path.join(corpus, ['000_0d08df38c960a208.txt', '001_8ecce001b37ddfde.txt', '002_dcb8e835f7dd2d04.txt', '003_9a0fc8b4e15542d4.txt', '004_4159c005f6648bb9.txt'].find(name => name.startsWith(prefix))!);

type StoryJson = {
	base: {path: string; name: string; title: string; date: string | null};
	copies: Array<{name: string; relation: string; similarity: number; boilerplate_share: number; facts_changed: number; states: Record<string, number>}>;
	rows: Array<{base: {start: number; end: number} | null; cells: Array<{copy: number; state: string; span: {start: number; end: number} | null; facts: unknown[]}>}>;
};

test('story --json on the seeds: base 000, one cell per copy on every base row, added rows, the documented fields', async t => {
	const io = captureIo();
	t.is(await main(['story', corpus, '--json'], io), 0, io.err());
	const json = JSON.parse(io.out()) as StoryJson;
	t.true(json.base.name.startsWith('000'));
	t.is(json.base.date, 'December 08, 2024');
	t.deepEqual(json.copies.map(copy => copy.name.slice(0, 3)).slice(0, 2), ['002', '001']);
	for (const copy of json.copies) t.deepEqual(Object.keys(copy), ['path', 'name', 'title', 'date', 'relation', 'similarity', 'boilerplate_share', 'changes', 'facts_changed', 'states', 'degraded']);
	const baseRows = json.rows.filter(row => row.base);
	t.true(baseRows.length >= 20);
	for (const row of baseRows) t.deepEqual(row.cells.map(cell => cell.copy), [0, 1, 2, 3]);
	t.true(json.rows.some(row => row.base === null && row.cells.every(cell => cell.state === 'added' && cell.span)));
	const cell = baseRows[1].cells[0];
	t.deepEqual(Object.keys(cell), ['copy', 'state', 'span', 'facts']);
});

test('story --base picks the base; --group narrows to one group', async t => {
	const io = captureIo();
	t.is(await main(['story', corpus, '--json', '--base', seed('001')], io), 0, io.err());
	const json = JSON.parse(io.out()) as StoryJson;
	t.true(json.base.name.startsWith('001'));
	t.is(json.copies.length, 4);

	const grouped = captureIo();
	t.is(await main(['story', '--group', '1', corpus, '--json'], grouped), 0, grouped.err());
	const group = JSON.parse(grouped.out()) as StoryJson;
	t.true(group.base.name.startsWith('000'));
	t.deepEqual(group.copies.map(copy => copy.name.slice(0, 3)).sort(), ['001', '002']);
});

test('story as text, piped: the table with glyphs and no escape sequences, fitted to --width', async t => {
	const io = captureIo();
	t.is(await main(['story', seed('000'), seed('001'), seed('003'), '--width', '90'], io), 0, io.err());
	const out = io.out();
	t.false(out.includes('\u001B'));
	t.regex(out, /^ 1 2$/m);
	t.regex(out, /^ ~ - {2}# How Russia/m);
	t.regex(out, /^ {3}\+ {2}\+ 2 003: /m);
	for (const line of out.split('\n')) t.true([...line].length <= 90, line);
});

test('story: one line of trouble and exit 2 for a lone article, a missing group, both --json and --html', async t => {
	for (const args of [['story', seed('000')], ['story', corpus, '--group', '9'], ['story', corpus, '--json', '--html'], ['story', corpus, '--group', 'x'], ['story', corpus, '--base', '/nonexistent.txt']]) {
		const io = captureIo();
		t.is(await main(args, io), 2, args.join(' '));
		t.regex(io.err(), /^copydesk: error: .+\n$/, args.join(' '));
	}
});

test('story - - says standard input can be read only once, before reading it', async t => {
	const io = captureIo({stdin: 'An article on standard input.'});
	t.is(await main(['story', '-', '-'], io), 2);
	t.is(io.err(), 'copydesk: error: -: standard input can be read only once; give - once\n');
});

test('story --color=always colors the piped table; --help prints the usage', async t => {
	const io = captureIo();
	t.is(await main(['story', seed('000'), seed('001'), '--print', '--color=always'], io), 0, io.err());
	t.regex(io.out(), /\u001B\[33;1m~|\u001B\[1;33m~/);
	const help = captureIo();
	t.is(await main(['story', '--help'], help), 0);
	t.regex(help.out(), /^Usage: copydesk story/);
});

test('story --group N on a one-article group says the group has one article', async t => {
	const io = captureIo();
	t.is(await main(['story', corpus, '--group', '2'], io), 2);
	t.is(io.err(), 'copydesk: error: group 2 has one article: a story needs a base and at least one copy (copydesk list shows the groups)\n');
});

test('story --base outside the corpus: names are paths from the working directory, or absolute outside it', async t => {
	const {mkdtemp, copyFile} = await import('node:fs/promises');
	const os = await import('node:os');
	// A folder sharing nothing but / with the working directory (a clone may itself live under the temporary folder).
	const top = (file: string) => path.resolve(file).split(path.sep)[1];
	const parent = top(os.tmpdir()) === top(process.cwd()) ? '/var/tmp' : os.tmpdir();
	const directory = await mkdtemp(path.join(parent, 'copydesk-base-'));
	const base = path.join(directory, 'plain.txt');
	await copyFile(seed('000'), base);
	const io = captureIo();
	t.is(await main(['story', corpus, '--base', base, '--print', '--width', '100'], io), 0, io.err());
	t.true(io.out().includes(`base: ${base.split(path.sep).join('/')} ·`), io.out());
	t.regex(io.out(), /^1 corpus\/0\d\d_/m);
});

test('the reader\'s list behind a story shows list\'s verdicts, not estimates (a small corpus is judged whole)', async t => {
	const {loadCorpus} = await import('../../source/corpus/load.js');
	const {analyzeArticles} = await import('../../source/corpus/analyze.js');
	const {storyReaderArticles} = await import('../../source/commands/story-reader.js');
	const articles = await storyReaderArticles(analyzeArticles((await loadCorpus([corpus])).articles));
	const io = captureIo();
	t.is(await main(['list', corpus, '--json'], io), 0, io.err());
	const listed = io.out().trim().split('\n').map(line => JSON.parse(line) as {path: string; relation: string | null; similarity: number | null; estimated: boolean});
	t.is(listed.length, articles.length);
	for (const row of listed) {
		const article = articles.find(candidate => candidate.path === row.path)!;
		t.is(article.group?.estimated, undefined, row.path);
		// An original has no relation to itself in list --json (null).
		if (row.relation === null) t.is(article.group?.original, article.id, row.path);
		else t.deepEqual([article.group?.relation, Math.round((article.group?.similarity ?? -1) * 1000) / 1000], [row.relation, row.similarity], row.path);
	}
});

test('an empty article is left out of a story: named, one line on stderr and status 2 (the rest still printed); in a DIR, the line only; as --base, a one-line error', async t => {
	const {mkdtempSync, writeFileSync} = await import('node:fs');
	const {tmpdir} = await import('node:os');
	const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-story-'));
	const empty = path.join(folder, 'a-empty.txt');
	const story = path.join(folder, 'b-story.txt');
	const copy = path.join(folder, 'c-copy.txt');
	writeFileSync(empty, '');
	writeFileSync(story, 'A ferry capsized in the river on Sunday, officials said.\n\nRescuers searched the water through the night for the missing passengers.\n');
	writeFileSync(copy, 'A ferry capsized in the river on Sunday, officials said.\n\nRescuers searched the river through the night for the missing passengers.\n');
	const named = captureIo();
	t.is(await main(['story', empty, story, copy, '--json'], named), 2, named.err());
	const json = JSON.parse(named.out()) as StoryJson;
	t.is(json.base.name, 'b-story.txt');
	t.deepEqual(json.copies.map(member => member.name), ['c-copy.txt']);
	t.deepEqual(named.err().trimEnd().split('\n'), [`copydesk: error: ${empty}: empty file: left out of the story`]);
	// With only the empty file beside one story there is no copy: the usage error, after the line.
	const alone = captureIo();
	t.is(await main(['story', empty, story, '--json'], alone), 2);
	t.is(alone.out(), '');
	t.regex(alone.err(), /left out of the story\n.*a story needs a base and at least one copy/);
	const folderRun = captureIo();
	t.is(await main(['story', folder, '--json'], folderRun), 0, folderRun.err());
	t.regex(folderRun.err(), /^copydesk: skipped: .*a-empty\.txt: empty file: left out of the story$/m);
	// --group N: the empty file is in no group, and still gets its line (it was silent).
	const grouped = captureIo();
	t.is(await main(['story', folder, '--group', '1', '--print'], grouped), 0, grouped.err());
	t.regex(grouped.err(), /a-empty\.txt: empty file: left out of the story/);
	const given = captureIo();
	t.is(await main(['story', empty, story, '--json', '--base', empty], given), 2);
	t.deepEqual(given.err().trimEnd().split('\n').length, 1, given.err());
	t.regex(given.err(), /^copydesk: error: .*the base is empty/m);
	t.is(given.out(), '');
});

test('story on seeds, template stories, their copies and a round-up: the base is the seeds\' original, as list groups them (diff\'s verdicts, not the fingerprints\' estimate)', async t => {
	const {templateFolder} = await import('../helpers/template-folder.js');
	const folder = templateFolder(t);
	const io = captureIo();
	t.is(await main(['story', folder, '--json'], io), 0, io.err());
	const json = JSON.parse(io.out()) as StoryJson;
	// The fingerprints link the five reports from one template into the largest group; diff calls them related.
	t.true(json.base.name.startsWith('000'), json.base.name);
	// --group N is the group list numbers N: the copy of the second report with its original, no other report.
	const listed = captureIo();
	t.is(await main(['list', folder, '--json'], listed), 0, listed.err());
	const rows = listed.out().trim().split('\n').map(line => JSON.parse(line) as {path: string; group: number; group_size: number; original: string});
	const copy = rows.find(row => path.basename(row.path) === 'earn1-copy.txt')!;
	t.is(path.basename(copy.original), 'earn1.txt');
	t.is(copy.group_size, 2);
	const grouped = captureIo();
	t.is(await main(['story', folder, '--group', String(copy.group), '--json'], grouped), 0, grouped.err());
	const story = JSON.parse(grouped.out()) as StoryJson;
	t.is(story.base.name, 'earn1.txt');
	t.deepEqual(story.copies.map(each => each.name), ['earn1-copy.txt']);
	// The round-up is a group of its own: never the original of what it quotes.
	const digest = rows.find(row => path.basename(row.path) === 'digest.txt')!;
	t.is(digest.group_size, 1);
	t.false(rows.some(row => row.group_size > 1 && path.basename(row.original) === 'digest.txt'));
});

test('story on a dumb terminal (TERM=dumb) prints the table, as the reader\'s refusal there recommends, and returns: no full-screen view (breaker12b L28)', async t => {
	const io = captureIo({tty: true, columns: 100, env: {TERM: 'dumb'}});
	(io.stdin as {isTTY?: boolean}).isTTY = true;
	t.is(await main(['story', corpus], io), 0);
	t.regex(io.out(), /base/);
	t.false(io.out().includes('\u001B'), 'no escape sequence: neither the alternate screen nor styles');
	t.true(io.out().split('\n').every(line => line.length <= 100));
});

test('story of a folder whose articles are no copies of one another is no story: exit 2, one line; named one by one they are collated (breaker14 P6)', async t => {
	const {mkdtempSync, writeFileSync} = await import('node:fs');
	const os = await import('node:os');
	const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-story-'));
	const stories = [
		'A fire at a garment factory in Dhaka killed twelve workers on Tuesday, police said. Firefighters needed six hours to bring the blaze under control, and the owners could not be reached.',
		'Flood waters rose across northern Italy on Tuesday, forcing 3,000 people from their homes in the Po valley. Rescue teams used boats to reach elderly residents trapped on upper floors.',
		'The central bank of Brazil raised its benchmark interest rate by half a point on Wednesday, citing stubborn inflation. Economists polled by Reuters had forecast the move.',
	];
	const files = stories.map((text, index) => {
		const file = path.join(folder, `p${index}.txt`);
		writeFileSync(file, `${text}\n`);
		return file;
	});
	const io = captureIo();
	t.is(await main(['story', folder, '--json'], io), 2);
	t.regex(io.err(), /^copydesk: error: no two of the 3 articles are copies of one another .+\n$/u);
	t.is(io.out(), '');
	const named = captureIo();
	t.is(await main(['story', ...files, '--json'], named), 0);
});

test('story: any two of --json, --html and --print is one line of trouble (breaker14 P11)', async t => {
	for (const pair of [['--json', '--print'], ['--html', '--print'], ['--json', '--html']]) {
		const io = captureIo();
		t.is(await main(['story', corpus, ...pair], io), 2, pair.join(' '));
		t.is(io.err(), 'copydesk: error: choose one of --json, --html and --print\n', pair.join(' '));
	}
});
