// A generated corpus (bench/generate-corpus.ts) written to a temporary
// directory, with extra files beside it, removed after the test.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {generateCorpus} from '../../bench/generate-corpus.js';

export async function withGeneratedCorpus(count: number, seed: number, extra: Record<string, string | Uint8Array>, run: (directory: string) => Promise<void>): Promise<void> {
	const directory = await mkdtemp(path.join(tmpdir(), 'copydesk-generated-'));
	try {
		for (const generated of generateCorpus(count, seed)) await writeFile(path.join(directory, generated.name), generated.text);
		for (const [name, content] of Object.entries(extra)) await writeFile(path.join(directory, name), content);
		await run(directory);
	} finally {
		await rm(directory, {recursive: true, force: true});
	}
}
