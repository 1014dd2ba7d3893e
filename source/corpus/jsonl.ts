// JSON Lines corpora: one article per line, `{"text": ..., "title"?, "url"?, "date"?, "id"?}`
// ("content" or "body" accepted for "text", "author" for "byline"; `"html"` instead of
// "text" is a page, read as an HTML file is).
// Parsed from a byte stream line by line, so a corpus larger than a JS string still loads.
import {parseDateSpan} from '../text/dates.js';
import {withLineFeeds} from '../text/line-separators.js';
import type {Article, ArticleMeta, LoadProblem} from './article.js';
import {recordPath} from './record-path.js';

export type JsonlResult = {articles: Article[]; problems: LoadProblem[]};

const lineDecoder = new TextDecoder('utf-8');

/**
 * Splits a byte stream at LF (a CR before it is dropped). Lines longer than
 * `maxLineBytes` are not buffered: they come back as `null` (too long).
 */
export async function* splitByteLines(
	chunks: AsyncIterable<Uint8Array | string>,
	maxLineBytes: number,
): AsyncGenerator<{n: number; bytes: Uint8Array | null}> {
	let pending: Uint8Array[] = [];
	let pendingLength = 0;
	let tooLong = false;
	let n = 0;
	const finish = (): Uint8Array | null => {
		if (tooLong) return null;
		const joined = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingLength);
		return joined.length > 0 && joined[joined.length - 1] === 0x0d ? joined.subarray(0, -1) : joined;
	};

	const take = (piece: Uint8Array) => {
		if (tooLong || piece.length === 0) return;
		pendingLength += piece.length;
		if (pendingLength > maxLineBytes + 1) {
			tooLong = true;
			pending = [];
			return;
		}
		pending.push(piece);
	};

	for await (const raw of chunks) {
		const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
		let from = 0;
		for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, from)) {
			take(chunk.subarray(from, at));
			n++;
			yield {n, bytes: finish()};
			pending = [];
			pendingLength = 0;
			tooLong = false;
			from = at + 1;
		}
		// Copy: some streams reuse their buffers.
		if (from < chunk.length) take(Uint8Array.prototype.slice.call(chunk, from));
	}

	if (pendingLength > 0 || tooLong) {
		n++;
		yield {n, bytes: finish()};
	}
}

export type JsonlSource = {
	/** Path of the file (or '-' for stdin), for Article.path and problems. */
	path: string;
	/** Display name of the file; records are named `name#id`. */
	name: string;
	maxRecordBytes: number;
};

/** Reads JSON Lines records; bad lines become problems with their line number, the rest loads. */
export async function parseJsonl(chunks: AsyncIterable<Uint8Array | string>, source: JsonlSource): Promise<JsonlResult> {
	const articles: Article[] = [];
	const problems: LoadProblem[] = [];
	for await (const item of jsonlItems(chunks, source)) {
		if ('article' in item) articles.push(item.article);
		else problems.push(item.problem);
	}

	return {articles, problems};
}

/** The records of a JSON Lines stream one by one, as they arrive: each an article or a problem. */
export async function* jsonlItems(chunks: AsyncIterable<Uint8Array | string>, source: JsonlSource): AsyncGenerator<{article: Article} | {problem: LoadProblem}> {
	const seenIds = new Set<string>();
	for await (const {n, bytes} of splitByteLines(chunks, source.maxRecordBytes)) {
		const where = recordPath(source.path, n);
		if (bytes === null) {
			yield {problem: {path: where, kind: 'skipped', message: `line ${n}: record larger than ${formatBytes(source.maxRecordBytes)}; skipped`}};
			continue;
		}

		let line = lineDecoder.decode(bytes);
		if (n === 1 && line.startsWith('\uFEFF')) line = line.slice(1);
		if (line.trim() === '') continue;
		let record: unknown;
		try {
			record = JSON.parse(line);
		} catch (error) {
			yield {problem: {path: where, kind: 'error', message: `line ${n}: not valid JSON (${(error as Error).message.split('\n')[0]})`}};
			continue;
		}

		if (typeof record !== 'object' || record === null || Array.isArray(record)) {
			yield {problem: {path: where, kind: 'error', message: `line ${n}: not a JSON object`}};
			continue;
		}

		const fields = record as Record<string, unknown>;
		// "text" is the contract; web-corpus dumps often say "content" or "body".
		const body = [fields['text'], fields['content'], fields['body']].find(value => typeof value === 'string') as string | undefined;
		const html = body === undefined && typeof fields['html'] === 'string' ? fields['html'] : undefined;
		if (body === undefined && html === undefined) {
			yield {problem: {path: where, kind: 'error', message: `line ${n}: no "text" or "html" string`}};
			continue;
		}

		const warnings: string[] = [];
		const givenId = typeof fields['id'] === 'string' || typeof fields['id'] === 'number' ? String(fields['id']) : undefined;
		let key = givenId;
		if (key !== undefined && seenIds.has(key)) {
			warnings.push(`duplicate id ${JSON.stringify(key)}; identified by line ${n}`);
			key = undefined;
		}

		const unread = dateWarning(recordDate(fields['date']));
		if (unread) warnings.push(unread);
		key ??= lineKey(n, seenIds);
		seenIds.add(key);
		const place = {line: n, ...(givenId === undefined ? {} : {id: givenId})};
		if (html !== undefined) {
			// The record's own fields outrank what the page says of itself.
			// parse5 is loaded on the first HTML record only (most JSON Lines corpora carry text).
			const {articleFromHtml} = await import('./html-article.js');
			const page = articleFromHtml(Buffer.from(html), {id: `${source.name}#${key}`, name: `${source.name}#${key}`, path: source.path, contentType: 'text/html; charset=utf-8', meta: recordMeta(fields), size: Buffer.byteLength(html)});
			const title = stringField(fields, 'title');
			yield {article: {...page, meta: {...page.meta, ...recordMeta(fields)}, warnings: [...warnings, ...page.warnings], record: place, ...(title === undefined ? {} : {givenTitle: title})}};
			continue;
		}

		// U+2028 and U+2029 are line ends (JSON keeps them raw in strings).
		const text = withLineFeeds(body!.startsWith('\uFEFF') ? body!.slice(1) : body!);
		const meta = recordMeta(fields);
		const title = stringField(fields, 'title');
		const id = `${source.name}#${key}`;
		yield {article: {
			id,
			path: source.path,
			name: id,
			text,
			size: Buffer.byteLength(text),
			warnings,
			meta,
			record: place,
			...(title === undefined ? {} : {givenTitle: title}),
		}};
	}
}

/**
 * The key of a record named by its line `n` (no id of its own, or an id an earlier line
 * took): `:n`, a form no real corpus gives as an id, so it can neither take nor be taken
 * for a record's own id (breaker10 H12: the line-named `line2` stole the key of a record
 * whose id was "line2"). A record's own id of that very form met earlier gets one more `:`.
 */
export function lineKey(n: number, taken: ReadonlySet<string>): string {
	let key = `:${n}`;
	while (taken.has(key)) key = `:${key}`;
	return key;
}

function recordMeta(fields: Record<string, unknown>): ArticleMeta {
	const meta: ArticleMeta = {};
	const date = recordDate(fields['date']);
	const url = stringField(fields, 'url');
	const byline = stringField(fields, 'byline') ?? stringField(fields, 'author');
	if (date) meta.date = date;
	if (url) meta.url = url;
	if (byline) meta.byline = byline;
	return meta;
}

/**
 * A record's `date` as a string the date reader takes (text/dates.ts parseDateSpan), or undefined when it gives none.
 * A string is kept as written. A Unix time — a JSON number or a string of digits: 9 or 10 digits are seconds (GDELT,
 * Reddit's `created_utc`, most crawl exports), 12 or 13 milliseconds (JavaScript's Date.now) — is that instant in
 * ISO 8601 UTC; 8 digits that make a valid day are `YYYYMMDD` (ISO 8601's basic format). Other numbers are returned
 * as written, for the caller to warn of (dateWarning).
 */
export function recordDate(value: unknown): string | undefined {
	const written = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
	if (written === undefined) return undefined;
	const digits = /^\d+(?:\.\d+)?$/.exec(written) ? written.split('.')[0]! : undefined;
	if (digits === undefined) return typeof value === 'string' ? value : written;
	if (digits.length === 8) {
		const [year, month, day] = [Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6))];
		const at = new Date(Date.UTC(year, month - 1, day));
		if (year >= 1800 && at.getUTCMonth() === month - 1 && at.getUTCDate() === day) return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`;
	}

	const milliseconds = digits.length === 9 || digits.length === 10 ? Number(written) * 1000 : digits.length === 12 || digits.length === 13 ? Number(written) : undefined;
	return milliseconds === undefined ? written : new Date(Math.round(milliseconds)).toISOString();
}

/** The warning for a record whose `date` the date reader cannot read (it would be left out of the ranking silently), or undefined. */
export const dateWarning = (date: string | undefined): string | undefined =>
	date === undefined || parseDateSpan(date) !== undefined ? undefined : `date ${JSON.stringify(date.length > 40 ? `${date.slice(0, 40)}…` : date)} not understood; the record is ranked as undated`;

const stringField = (fields: Record<string, unknown>, key: string): string | undefined => {
	const value = fields[key];
	return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

/** A size for people: "512 B", "12 KB", "1.5 MB" (binary units). */
export const formatBytes = (bytes: number): string =>
	bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`;

/**
 * A size over a limit, as one phrase that shows it is over: `21.5 MB; the limit
 * is 20 MB`. Where the rounded sizes would read alike or the wrong way round
 * (21,000,000 bytes is "20.0 MB" against a 20 MB limit), a second decimal,
 * then exact byte counts: `20.03 MB; …`, `2,097,153 bytes; the limit is 2,097,152 bytes (2 MB)`.
 */
export const formatBytesOver = (bytes: number, limit: number): string => {
	const shownLimit = formatBytes(limit);
	const units = ['B', 'KB', 'MB'];
	const reads = (shown: string) => [units.indexOf(shown.split(' ')[1]!), Number(shown.split(' ')[0])] as const;
	const over = (shown: string) => {
		const [unit, value] = reads(shown);
		const [limitUnit, limitValue] = reads(shownLimit);
		return unit > limitUnit || (unit === limitUnit && value > limitValue);
	};

	const candidates = [formatBytes(bytes), ...(bytes >= 1024 * 1024 ? [`${(bytes / 1024 / 1024).toFixed(2)} MB`] : [])];
	const shown = candidates.find(candidate => over(candidate));
	if (shown) return `${shown}; the limit is ${shownLimit}`;
	return `${bytes.toLocaleString('en')} bytes; the limit is ${limit.toLocaleString('en')} bytes${limit >= 1024 ? ` (${shownLimit})` : ''}`;
};
