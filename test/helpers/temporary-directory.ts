// A temporary directory for one test, removed afterwards whatever happens.
import {mkdtempSync, rmSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {ExecutionContext} from 'ava';

export async function withTemporaryDirectory(prefix: string, run: (directory: string) => Promise<void>): Promise<void> {
	const directory = await mkdtemp(path.join(tmpdir(), `copydesk-${prefix}-`));
	try {
		await run(directory);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
}

/** A fresh directory under the system's temporary one (named `prefix`…), removed when test `t` ends. */
export const temporaryDirectoryFor = (t: ExecutionContext, prefix: string): string => {
	const directory = mkdtempSync(path.join(tmpdir(), prefix));
	t.teardown(() => rmSync(directory, {recursive: true, force: true}));
	return directory;
};

/** Writes `texts` (file name → text) into a fresh temporary directory named `prefix`…; returns a file name's path there. */
export const writtenFiles = async (prefix: string, texts: Record<string, string>): Promise<(name: string) => string> => {
	const dir = await mkdtemp(path.join(tmpdir(), prefix));
	for (const [name, text] of Object.entries(texts)) await writeFile(path.join(dir, name), text);
	return (name: string) => path.join(dir, name);
};
