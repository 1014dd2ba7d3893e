import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import {readBounded} from '../../source/corpus/bounded-read.js';
import {withTemporaryDirectory} from '../helpers/temporary-directory.js';

test('readBounded reads a file to its end when it fits, and says too large when it does not', async t => {
	await withTemporaryDirectory('bounded', async directory => {
		const file = path.join(directory, 'a.txt');
		await writeFile(file, 'x'.repeat(1000));
		t.is(((await readBounded(file, 1000)) as Uint8Array).length, 1000);
		t.is(await readBounded(file, 999), 'too large');
	});
});

(process.platform === 'linux' ? test : test.skip)('readBounded stops reading a device without an end at the limit', async t => {
	t.timeout(5000);
	t.is(await readBounded('/dev/zero', 3 * 1024 * 1024), 'too large');
});
