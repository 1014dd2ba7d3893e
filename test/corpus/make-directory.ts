import {mkdtemp, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {fileErrorReason} from '../../source/commands/file-error.js';
import {makeDirectory} from '../../source/corpus/make-directory.js';

test('makeDirectory makes missing ancestors, accepts an existing directory, refuses a file in the way', async t => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-mkdir-'));
	const deep = path.join(dir, 'a', 'b', 'c');
	await makeDirectory(deep);
	t.true((await stat(deep)).isDirectory());
	await t.notThrowsAsync(makeDirectory(deep));
	await writeFile(path.join(dir, 'f'), 'x');
	const error = await t.throwsAsync(makeDirectory(path.join(dir, 'f')));
	t.is(fileErrorReason(error), 'exists and is not a directory');
	const under = await t.throwsAsync(makeDirectory(path.join(dir, 'f', 'g', 'h')));
	t.is(fileErrorReason(under), 'a part of the path is a file, not a directory');
});
