import test from 'ava';
import {main} from '../../source/commands/main.js';
import {captureIo} from '../helpers/command-io.js';
import {writtenFiles} from '../helpers/temporary-directory.js';

const files = async (texts: Record<string, string>) => writtenFiles('copydesk-nothing-left-', texts);

const chromeA = 'Home\nNews\nSport\n\nLeave a Reply\n\n© 2024 Example Media. All rights reserved.\n';
const chromeB = 'Home\nWorld\nCulture\n\nLeave a Reply\n\n© 2025 Other Media. All rights reserved.\n';

test('two pages that are entirely boilerplate are not "identical": diff says nothing was left and exits as diff(1) on the raw texts', async t => {
	const file = await files({'a.txt': chromeA, 'b.txt': chromeB, 'c.txt': chromeA});
	const io = captureIo();
	t.is(await main(['diff', file('a.txt'), file('b.txt'), '--json'], io), 1);
	const json = JSON.parse(io.out()) as {relation: string; nothing_left?: boolean};
	t.not(json.relation, 'identical');
	t.true(json.nothing_left);
	t.regex(io.err(), /nothing of the article was left to compare/);
	const same = captureIo();
	t.is(await main(['diff', file('a.txt'), file('c.txt')], same), 0);
	t.regex(same.err(), /nothing of the article was left to compare/);
});

test('two empty files: diff says nothing was left to compare, never that they are identical copies, and exits as diff(1) on the raw texts', async t => {
	const file = await files({'a.txt': '', 'b.txt': '', 'blank.txt': '\n  \n'});
	const text = captureIo();
	t.is(await main(['diff', file('a.txt'), file('b.txt'), '--width', '80'], text), 0);
	t.regex(text.err(), /nothing of the article was left to compare \(neither file has any text\)/);
	t.notRegex(text.out(), /identical/);
	t.regex(text.out(), /nothing to compare: neither side has any text/);
	const json = captureIo();
	t.is(await main(['diff', file('a.txt'), file('b.txt'), '--json'], json), 0);
	t.true((JSON.parse(json.out()) as {nothing_left?: boolean}).nothing_left);
	// An empty file and one of white space only: the raw texts differ, as diff(1) would say.
	t.is(await main(['diff', file('a.txt'), file('blank.txt')], captureIo()), 1);
});

test('pages entirely boilerplate and equal: the summary gives the whole texts\' figures as such, no relation between articles', async t => {
	const file = await files({'a.txt': chromeA, 'c.txt': chromeA});
	const io = captureIo();
	t.is(await main(['diff', file('a.txt'), file('c.txt'), '--width', '200'], io), 0);
	t.notRegex(io.out(), /relation: identical/);
	t.regex(io.out(), /nothing of the article left to compare · whole texts: identical/);
});

test('diff\'s text and JSON title an empty or blank file, or empty standard input, alike', async t => {
	const file = await files({'empty.txt': '', 'blank.txt': '\n \n', 'other.txt': 'Bridge reopens\n\nThe bridge reopened on Monday after repairs, officials said.\n'});
	for (const [left, stdin] of [[file('empty.txt'), ''], [file('blank.txt'), ''], ['-', '']] as const) {
		const text = captureIo({stdin});
		await main(['diff', left, file('other.txt'), '--width', '160'], text);
		const json = captureIo({stdin});
		await main(['diff', left, file('other.txt'), '--json'], json);
		const {title} = (JSON.parse(json.out()) as {left: {title: string}}).left;
		t.is(text.out().split('\n')[0]!.split(/\s{3,}/)[0], title, left);
	}
});

test('all boilerplate, raw texts differing in line ends or a blank line only: the summary, the JSON and the exit status all say "not identical"', async t => {
	const file = await files({'a.txt': 'Share on Facebook\nTweet\n', 'crlf.txt': 'Share on Facebook\r\nTweet\r\n', 'blank.txt': 'Share on Facebook\nTweet\n\n', 'same.txt': 'Share on Facebook\nTweet\n'});
	for (const other of ['crlf.txt', 'blank.txt']) {
		const text = captureIo();
		const status = await main(['diff', file('a.txt'), file(other), '--width', '200'], text);
		t.is(status, 1, other);
		t.regex(text.out(), /nothing of the article left to compare · whole texts: verbatim/, other);
		t.regex(text.err(), /nothing of the article was left to compare/);
		const json = captureIo();
		t.is(await main(['diff', file('a.txt'), file(other), '--json'], json), 1);
		t.is((JSON.parse(json.out()) as {relation: string}).relation, 'verbatim', other);
	}

	const same = captureIo();
	t.is(await main(['diff', file('a.txt'), file('same.txt'), '--width', '200'], same), 0);
	t.regex(same.out(), /whole texts: identical/);
});
