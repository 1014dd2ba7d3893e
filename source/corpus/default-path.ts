// Where a corpus is looked for when none is given: ./corpus, else the sample
// corpus shipped with the package (beside dist/ or source/).
import {existsSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export function defaultCorpusPath(cwd = process.cwd()): string {
	const local = path.join(cwd, 'corpus');
	if (isDirectory(local)) return 'corpus';
	for (const relative of ['../corpus', '../../corpus']) {
		const bundled = fileURLToPath(new URL(relative, import.meta.url));
		if (isDirectory(bundled) && existsSync(path.join(bundled, '..', 'package.json'))) return bundled;
	}

	return 'corpus';
}

const isDirectory = (candidate: string): boolean => {
	try {
		return statSync(candidate).isDirectory();
	} catch {
		return false;
	}
};
