// The analysis cache: reopening an unchanged corpus skips labelling and
// grouping. One file per corpus in the user's cache directory
// ($XDG_CACHE_HOME/copydesk, else ~/.cache/copydesk), named after the corpus's
// real path — never inside the corpus itself. The file is keyed by the content
// of every article (and the analysis version), carries a checksum, and is
// written atomically; anything unexpected means "no cache", never a crash.
import {createHash} from 'node:crypto';
import {mkdir, readFile, realpath, rename, rm, writeFile} from 'node:fs/promises';
import {homedir} from 'node:os';
import path from 'node:path';
import {analysisVersion} from './analyze.js';
import type {Article, GroupInfo} from './article.js';
import type {ArticleAnalysis} from './pipeline.js';

const format = 'copydesk-analysis';

export type CachedAnalysis = {analyses: ArticleAnalysis[]; groups: GroupInfo[]};

/** The cache directory, or undefined when there is no home to put it in. */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const xdg = env['XDG_CACHE_HOME'];
	if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'copydesk');
	const home = env['HOME'] || homedir();
	return home ? path.join(home, '.cache', 'copydesk') : undefined;
}

/** The cache file of a corpus opened from these inputs (stdin has none: its content is not kept anywhere). */
export async function cacheFileFor(inputs: readonly string[], directory: string | undefined): Promise<string | undefined> {
	if (!directory || inputs.length === 0 || inputs.includes('-')) return undefined;
	const real = await Promise.all(inputs.map(async input => realpath(input).catch(() => path.resolve(input))));
	const name = createHash('sha256').update(JSON.stringify(real)).digest('hex').slice(0, 32);
	return path.join(directory, `${name}.json`);
}

/** Identifies the exact content analysed: every article's id and text, and the analysis version. */
export function contentKey(articles: readonly Article[]): string {
	const hash = createHash('sha256');
	hash.update(`${format}:${analysisVersion}:${articles.length}\n`);
	for (const article of articles) {
		hash.update(article.id);
		hash.update('\0');
		hash.update(article.givenTitle ?? '');
		hash.update('\0');
		hash.update(JSON.stringify(article.meta));
		hash.update('\0');
		hash.update(article.text);
		hash.update('\u0001');
	}

	return hash.digest('hex');
}

/** The cached analysis when the file exists, is whole and matches `key`; otherwise undefined. */
export async function readCache(file: string, key: string, count: number): Promise<CachedAnalysis | undefined> {
	let raw: string;
	try {
		raw = await readFile(file, 'utf8');
	} catch {
		return undefined;
	}

	// Layout: a header line {format, version, key, checksum, length}, then the body.
	const newline = raw.indexOf('\n');
	if (newline === -1) return undefined;
	try {
		const header = JSON.parse(raw.slice(0, newline)) as Record<string, unknown>;
		const body = raw.slice(newline + 1);
		if (header['format'] !== format || header['version'] !== analysisVersion || header['key'] !== key) return undefined;
		if (header['length'] !== body.length || header['checksum'] !== checksum(body)) return undefined;
		const value = JSON.parse(body) as CachedAnalysis;
		if (!Array.isArray(value.analyses) || !Array.isArray(value.groups)) return undefined;
		if (value.analyses.length !== count || value.groups.length !== count) return undefined;
		return value;
	} catch {
		return undefined;
	}
}

/** Writes the cache atomically (temp file + rename). Failing to cache is not an error: returns false. */
export async function writeCache(file: string, key: string, value: CachedAnalysis): Promise<boolean> {
	const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	try {
		// Inside the try: a huge corpus can exceed the longest string V8 allows.
		const body = JSON.stringify(value);
		const header = JSON.stringify({format, version: analysisVersion, key, checksum: checksum(body), length: body.length});
		await mkdir(path.dirname(file), {recursive: true});
		await writeFile(temporary, `${header}\n${body}`);
		await rename(temporary, file);
		return true;
	} catch {
		await rm(temporary, {force: true}).catch(() => {});
		return false;
	}
}

const checksum = (body: string): string => createHash('sha256').update(body).digest('hex');
