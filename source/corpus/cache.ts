// The analysis cache: reopening an unchanged corpus skips labelling and
// grouping. One file per corpus in the user's cache directory
// ($XDG_CACHE_HOME/copydesk, else ~/.cache/copydesk), named after the corpus's
// real path — never inside the corpus itself. The file is keyed by the content
// of every article (and the analysis version), carries a checksum, and is
// written atomically; anything unexpected means "no cache", never a crash.
import {createHash} from 'node:crypto';
import {mkdir, open, readFile, realpath, rename, rm, type FileHandle} from 'node:fs/promises';
import {homedir} from 'node:os';
import path from 'node:path';
import {analysisVersion} from './analyze.js';
import type {Article, GroupInfo} from './article.js';
import type {ArticleAnalysis} from './pipeline.js';

/** Names the file layout (since '-2': body first, then a trailer line, so the body can be written in slices). */
const format = 'copydesk-analysis-2';

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

	// Layout: the body (one line of JSON), then a trailer line {format, version, key, checksum, length}.
	if (!raw.endsWith('\n')) return undefined;
	const trailerStart = raw.lastIndexOf('\n', raw.length - 2) + 1;
	if (trailerStart === 0) return undefined;
	try {
		const trailer = JSON.parse(raw.slice(trailerStart)) as Record<string, unknown>;
		const body = raw.slice(0, trailerStart - 1);
		if (trailer['format'] !== format || trailer['version'] !== analysisVersion || trailer['key'] !== key) return undefined;
		if (trailer['length'] !== body.length || trailer['checksum'] !== checksum(body)) return undefined;
		const value = JSON.parse(body) as CachedAnalysis;
		if (!Array.isArray(value.analyses) || !Array.isArray(value.groups)) return undefined;
		if (value.analyses.length !== count || value.groups.length !== count) return undefined;
		return value;
	} catch {
		return undefined;
	}
}

/**
 * Writes the cache atomically (temp file + rename), a slice of articles at a
 * time: the whole body as one string would be a few hundred MB more at the
 * moment the reader holds the most (100,000 articles). Failing to cache is
 * not an error: returns false.
 */
export async function writeCache(file: string, key: string, value: CachedAnalysis): Promise<boolean> {
	const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	let handle: FileHandle | undefined;
	try {
		await mkdir(path.dirname(file), {recursive: true});
		handle = await open(temporary, 'w');
		const hash = createHash('sha256');
		let length = 0;
		const put = async (text: string) => {
			hash.update(text);
			length += text.length;
			await handle!.write(text);
		};

		await put('{"analyses":[');
		for (let at = 0; at < value.analyses.length; at += writeSlice) {
			await put((at > 0 ? ',' : '') + value.analyses.slice(at, at + writeSlice).map(analysis => JSON.stringify(analysis)).join(','));
		}

		await put(`],"groups":${JSON.stringify(value.groups)}}`);
		await handle.write(`\n${JSON.stringify({format, version: analysisVersion, key, checksum: hash.digest('hex'), length})}\n`);
		await handle.close();
		handle = undefined;
		await rename(temporary, file);
		return true;
	} catch {
		await handle?.close().catch(() => {});
		await rm(temporary, {force: true}).catch(() => {});
		return false;
	}
}

/** Articles serialised per write. */
const writeSlice = 1000;

const checksum = (body: string): string => createHash('sha256').update(body).digest('hex');
