// A WARC file as a corpus: every `response` (or `resource`) record whose
// payload is HTML becomes an article named by its target URI, dated by the
// page's own publication date or else by WARC-Date; `conversion` records (WET:
// text extracted by the crawler) are read as text. Streamed record by record;
// damaged records are problems, the rest loads.
import {brotliDecompressSync, gunzipSync, inflateSync} from 'node:zlib';
import type {Article, LoadProblem} from './article.js';
import {withLineFeeds} from '../text/line-separators.js';
import {decodeBytes} from './decode.js';
import {articleFromHtml} from './html-article.js';
import {gunzipMembers, readWarcRecords, type WarcProblem, type WarcRecord} from './warc-stream.js';

export type WarcSource = {path: string; name: string; maxRecordBytes: number; gzip: boolean};

/** HTTP status codes whose pages are articles (redirects, errors and not-modified are not). */
const isSuccess = (status: number) => status >= 200 && status < 300;

/** Reads a WARC stream into articles; problems name the byte offset of the damage. */
export async function parseWarc(chunks: AsyncIterable<Uint8Array>, source: WarcSource): Promise<{articles: Article[]; problems: LoadProblem[]}> {
	const articles: Article[] = [];
	const problems: LoadProblem[] = [];
	for await (const item of warcItems(chunks, source)) {
		if ('article' in item) articles.push(item.article);
		else problems.push(item.problem);
	}

	return {articles, problems};
}

/** One article or one problem of a streamed corpus file, in file order. */
export type StreamItem = {article: Article} | {problem: LoadProblem};

/**
 * The articles of a WARC stream one by one, as the records arrive (memory: one
 * record at a time, plus the URIs seen, to number captures of one URI).
 */
export async function* warcItems(chunks: AsyncIterable<Uint8Array>, source: WarcSource): AsyncGenerator<StreamItem> {
	const gzipProblems: WarcProblem[] = [];
	const seen = new Set<string>();
	let problemCount = 0;
	// Damage (a truncated or corrupt member, a broken record) lost text: an error, so list and strip exit 2.
	const report = (problem: WarcProblem): StreamItem => {
		problemCount++;
		return {problem: {path: `${source.path}@${problem.offset}`, kind: problem.kind ?? 'error', message: problem.message}};
	};

	const bytes = source.gzip ? gunzipMembers(chunks, gzipProblems) : chunks;
	let recordCount = 0;
	// A damaged gzip member also breaks the record it held: said once, by the gzip problem. The record's own
	// problem may come before the member's end shows the damage, so record problems wait for the next good record.
	let pending: WarcProblem[] = [];
	let damaged = false;
	for await (const item of readWarcRecords(bytes, source.maxRecordBytes)) {
		for (const problem of gzipProblems.splice(0)) {
			damaged = true;
			yield report(problem);
		}

		if ('problem' in item) {
			if (source.gzip) pending.push(item.problem);
			else yield report(item.problem);
			continue;
		}

		if (!damaged) for (const problem of pending) yield report(problem);
		pending = [];
		damaged = false;
		recordCount++;
		let article: Article | undefined;
		try {
			article = recordArticle(item.record, source);
		} catch (error) {
			yield report({offset: item.record.offset, message: `record at byte ${item.record.offset}: ${(error as Error).message}; skipped`});
			continue;
		}

		if (!article) continue;
		// The same URI captured again: numbered in file order.
		let n = 1;
		while (seen.has(n === 1 ? article.id : `${article.id} (${n})`)) n++;
		const suffix = n === 1 ? '' : ` (${n})`;
		seen.add(article.id + suffix);
		yield {article: suffix === '' ? article : {...article, id: article.id + suffix, name: article.name + suffix}};
	}

	for (const problem of gzipProblems.splice(0)) {
		damaged = true;
		yield report(problem);
	}

	if (!damaged) for (const problem of pending) yield report(problem);
	if (recordCount === 0 && problemCount === 0) yield {problem: {path: source.path, kind: 'skipped', message: 'no WARC records'}};
}

function recordArticle(record: WarcRecord, source: WarcSource): Article | undefined {
	const type = record.headers.get('warc-type')?.toLowerCase();
	const uri = (record.headers.get('warc-target-uri') ?? '').replace(/^<(.*)>$/, '$1');
	const date = record.headers.get('warc-date');
	const name = uri || `record@${record.offset}`;
	const id = `${source.name}#${name}`;
	// WARC-Date says when the page was captured: its date only when the page (metadata, dateline) gives none.
	const meta = {...(uri ? {url: uri} : {}), ...(date ? {crawled: date} : {})};
	const contentType = record.headers.get('content-type') ?? '';
	if (type === 'conversion') {
		const raw = decodeBytes(record.block);
		const decoded = {...raw, text: withLineFeeds(raw.text)};
		if (decoded.binary) return undefined;
		return {id, path: source.path, name, text: decoded.text, size: record.block.length, warnings: decoded.warnings, meta};
	}

	if (type === 'resource' && isHtmlType(contentType)) return articleFromHtml(record.block, {id, name, path: source.path, contentType, meta});
	if (type !== 'response' || !/^application\/http/i.test(contentType)) return undefined;
	const http = parseHttpResponse(record.block);
	if (!http || !isSuccess(http.status)) return undefined;
	const payloadType = http.headers.get('content-type') ?? '';
	if (payloadType ? !isHtmlType(payloadType) : !/^\s*<(?:!doctype html|html|head|body)/i.test(Buffer.from(http.body.subarray(0, 512)).toString('latin1'))) return undefined;
	const body = decodeContent(http.body, http.headers);
	return articleFromHtml(body, {id, name, path: source.path, contentType: payloadType, meta, size: record.block.length});
}

const isHtmlType = (contentType: string) => /^\s*(?:text\/html|application\/xhtml\+xml)/i.test(contentType);

type HttpResponse = {status: number; headers: Map<string, string>; body: Uint8Array};

/** Status, headers and body of the HTTP response a WARC record holds. */
function parseHttpResponse(block: Uint8Array): HttpResponse | undefined {
	const buffer = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
	let end = buffer.indexOf('\r\n\r\n');
	let separator = 4;
	if (end === -1) {
		end = buffer.indexOf('\n\n');
		separator = 2;
	}

	if (end === -1) return undefined;
	const lines = buffer.subarray(0, end).toString('latin1').split(/\r?\n/);
	const status = /^HTTP\/\S+\s+(\d{3})/.exec(lines[0] ?? '');
	if (!status) return undefined;
	const headers = new Map<string, string>();
	for (const line of lines.slice(1)) {
		const colon = line.indexOf(':');
		if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
	}

	return {status: Number(status[1]), headers, body: buffer.subarray(end + separator)};
}

/** The body as the server meant it: chunked transfer undone, gzip/deflate/br content decoded (when the crawler kept them). */
function decodeContent(body: Uint8Array, headers: Map<string, string>): Uint8Array {
	let bytes = body;
	if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) bytes = dechunk(bytes) ?? bytes;
	const encoding = (headers.get('content-encoding') ?? '').toLowerCase().trim();
	try {
		if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(bytes);
		if (encoding === 'deflate') return inflateSync(bytes);
		if (encoding === 'br') return brotliDecompressSync(bytes);
	} catch {
		// Crawlers often store the decoded body but keep the header: the bytes are already the page.
	}

	return bytes;
}

function dechunk(body: Uint8Array): Uint8Array | undefined {
	const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	const parts: Buffer[] = [];
	let at = 0;
	while (at < buffer.length) {
		const lineEnd = buffer.indexOf('\r\n', at);
		if (lineEnd === -1) return undefined;
		const size = Number.parseInt(buffer.subarray(at, lineEnd).toString('latin1').split(';')[0], 16);
		if (!Number.isFinite(size)) return undefined;
		if (size === 0) break;
		parts.push(buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
		at = lineEnd + 2 + size + 2;
	}

	return Buffer.concat(parts);
}
