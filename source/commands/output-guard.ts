import {readdir, realpath} from 'node:fs/promises';
import path from 'node:path';

/** The real path of p, or of its nearest existing ancestor joined with the rest (p may not exist yet). */
async function resolveReal(p: string): Promise<string> {
	const absolute = path.resolve(p);
	try {
		return await realpath(absolute);
	} catch {
		const parent = path.dirname(absolute);
		if (parent === absolute) {
			return absolute;
		}

		return path.join(await resolveReal(parent), path.basename(absolute));
	}
}

const isInside = (child: string, parent: string): boolean => {
	const relative = path.relative(parent, child);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * Why writing to `outDir` would touch the user's input, or null when it is safe.
 * Refuses an output directory inside (or equal to) an input directory, and one
 * that contains an input (outputs mirror relative paths, so they could land on it).
 */
export async function outputConflict(outDir: string, inputs: Array<{path: string; isDirectory: boolean}>): Promise<string | null> {
	const out = await resolveReal(outDir);
	for (const input of inputs) {
		const real = await resolveReal(input.path);
		if (input.isDirectory && isInside(out, real)) {
			// `PATH: why`, the path the one at fault (--out), as every notice says it (breaker18 M8).
			return `${outDir}: inside the input directory ${input.path}: refusing to write into it`;
		}

		if (!input.isDirectory && out === real) {
			return `${input.path}: refusing to write over the input file`;
		}
	}

	return null;
}

/**
 * True when writing `destination` would overwrite one of the input files.
 * `directories` caches the real path of each destination directory (a corpus
 * has many files per directory; resolving each file's whole path cost a tenth of
 * a 200-article strip). `listings`, when given, caches the names each destination
 * directory held when it was first asked about, so a file that was not there
 * (the usual case: a fresh --out) costs no failed realpath. Give it only when
 * this run's own writes cannot be inputs (they are new files, renamed into place).
 */
export async function overwritesInput(destination: string, inputFiles: ReadonlySet<string>, directories = new Map<string, Promise<string>>(), listings?: Map<string, Promise<Set<string>>>): Promise<boolean> {
	const directory = path.dirname(path.resolve(destination));
	let real = directories.get(directory);
	if (!real) {
		real = resolveReal(directory);
		directories.set(directory, real);
	}

	const file = path.join(await real, path.basename(destination));
	if (inputFiles.has(file)) return true;
	if (listings) {
		let names = listings.get(directory);
		if (!names) {
			names = readdir(directory).then(entries => new Set(entries), () => new Set<string>());
			listings.set(directory, names);
		}

		if (!(await names).has(path.basename(destination))) return false; // not there: nothing to overwrite
	}

	try {
		// An existing file may be a symlink onto an input.
		return inputFiles.has(await realpath(file));
	} catch {
		return false; // not there yet: nothing to overwrite
	}
}

export {resolveReal};
