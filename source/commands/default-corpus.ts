import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** `./corpus` when there is one, else the corpus bundled with copydesk (so a first run always shows something). */
export const defaultCorpus = (cwd = process.cwd()): string => {
	const local = path.join(cwd, 'corpus');
	if (existsSync(local)) return local;
	// dist/cli.js (bundle) and source/commands/default-corpus.ts (tsx) both sit two levels below the package root... or one.
	const here = path.dirname(fileURLToPath(import.meta.url));
	for (const candidate of [path.join(here, '..', 'corpus'), path.join(here, '..', '..', 'corpus')]) {
		if (existsSync(candidate)) return candidate;
	}

	return local;
};
