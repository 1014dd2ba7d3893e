import test from 'ava';
import {mkdtempSync, rmSync, unlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {watchFileChanges} from '../../source/reader/watch-file.js';
import {delay} from '../helpers/delay.js';

const until = async (condition: () => boolean, timeout = 3000) => {
	const started = Date.now();
	while (!condition() && Date.now() - started < timeout) await delay(10);
	return condition();
};

test('a file edited, deleted and re-created is noticed each time; after stop, nothing', async t => {
	const root = mkdtempSync(path.join(tmpdir(), 'copydesk-watch-'));
	t.teardown(() => rmSync(root, {recursive: true, force: true}));
	const file = path.join(root, 'article.txt');
	writeFileSync(file, 'first text');
	let calls = 0;
	const stop = watchFileChanges(file, () => calls++, 20);
	await delay(60);
	t.is(calls, 0);
	writeFileSync(file, 'a longer second text');
	t.true(await until(() => calls === 1));
	unlinkSync(file);
	t.true(await until(() => calls === 2));
	writeFileSync(file, 'back again');
	t.true(await until(() => calls === 3));
	stop();
	writeFileSync(file, 'changed after the watch stopped');
	await delay(100);
	t.is(calls, 3);
});
