// A temporary directory for one test, removed afterwards whatever happens.
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

export async function withTemporaryDirectory(prefix: string, run: (directory: string) => Promise<void>): Promise<void> {
	const directory = await mkdtemp(path.join(tmpdir(), `copydesk-${prefix}-`));
	try {
		await run(directory);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
}
