import {mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {main} from '../../source/commands/main.js';
import {captureIo} from '../helpers/command-io.js';

const files = async (texts: Record<string, string>) => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-nothing-left-'));
	for (const [name, text] of Object.entries(texts)) await writeFile(path.join(dir, name), text);
	return (name: string) => path.join(dir, name);
};

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
