// Streaming WARC reading (ISO 28500, WARC/1.0 and 1.1), gzip members decoded
// one at a time, so a damaged member or a record whose Content-Length lies is
// reported and skipped and reading goes on at the next record. Webrecorder's
// warcio (a dev dependency: the tests write WARCs with it) reads well-formed
// files, but stops without a word at a truncated gzip member and loses every
// record after it; hence this reader. Memory: one record at a time (bounded
// by `maxRecordBytes`), whatever the size of the file.
import {crc32} from 'node:zlib';
import pako from 'pako';

export type WarcRecord = {
	/** Byte offset of the record in the uncompressed stream. */
	offset: number;
	/** WARC header fields, names lower-cased. */
	headers: Map<string, string>;
	block: Uint8Array;
};

/**
 * `skipped`: a whole record left out on purpose (larger than the limit); otherwise
 * (the default) the archive is damaged there and its text was lost: trouble (exit 2).
 */
export type WarcProblem = {offset: number; message: string; kind?: 'skipped'};

export type WarcItem = {record: WarcRecord} | {problem: WarcProblem};

/** Compressed bytes of one gzip member kept for a search from its start when it turns out damaged. */
const keptMemberBytes = 32 * 1024 * 1024;

/** WARC headers longer than this are not headers (a record starts with a few hundred bytes of them). */
const maxHeaderBytes = 64 * 1024;

const crlfcrlf = Buffer.from('\r\n\r\n');

/** Pulls bytes from an async source into one buffer, on demand. */
class ByteReader {
	private buffer: Buffer = Buffer.alloc(0);
	private done = false;
	/** Offset in the stream of buffer[0]. */
	offset = 0;
	constructor(private readonly source: AsyncIterator<Uint8Array>) {}

	get available(): Buffer {
		return this.buffer;
	}

	/** Reads until `count` bytes are buffered or the stream ends; true when they are. */
	async fill(count: number): Promise<boolean> {
		const parts: Buffer[] = [this.buffer];
		let length = this.buffer.length;
		while (length < count && !this.done) {
			const next = await this.source.next();
			if (next.done) this.done = true;
			else {
				parts.push(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength));
				length += next.value.byteLength;
			}
		}

		if (parts.length > 1) this.buffer = Buffer.concat(parts, length);
		return this.buffer.length >= count;
	}

	/** Reads until `needle` is buffered (searching at most `limit` bytes); its index or -1. */
	async find(needle: Buffer, limit: number): Promise<number> {
		let from = 0;
		while (true) {
			const at = this.buffer.indexOf(needle, from);
			if (at !== -1 && at < limit) return at;
			if (this.buffer.length >= limit || this.done) return -1;
			from = Math.max(0, this.buffer.length - needle.length + 1);
			await this.fill(this.buffer.length + 64 * 1024);
		}
	}

	async atEnd(): Promise<boolean> {
		return !(await this.fill(1));
	}

	take(count: number): Buffer {
		const taken = this.buffer.subarray(0, count);
		this.skip(count);
		return taken;
	}

	skip(count: number) {
		this.buffer = this.buffer.subarray(count);
		this.offset += count;
	}

	/** Drops bytes up to `count` without holding them: for records too large to keep. */
	async discard(count: number): Promise<number> {
		let left = count;
		while (left > 0) {
			if (this.buffer.length === 0 && !(await this.fill(1))) break;
			const step = Math.min(left, this.buffer.length);
			this.skip(step);
			left -= step;
		}

		return count - left;
	}
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true});

/**
 * A WARC record's header block as text: UTF-8, as WARC/1.1 §4 has header fields
 * (a WARC-Target-URI may be an IRI with raw non-ASCII characters); Latin-1, byte
 * for byte, when the bytes are not valid UTF-8 (older writers). Read as Latin-1
 * throughout, an IRI came out in mojibake (breaker10 H28).
 */
export function headerText(bytes: Buffer): string {
	// ASCII (nearly every header block) reads the same either way.
	if (!bytes.some(byte => byte >= 0x80)) return bytes.toString('latin1');
	try {
		return strictUtf8.decode(bytes);
	} catch {
		return bytes.toString('latin1');
	}
}

/**
 * Reads the records of an uncompressed WARC byte stream. Damage is reported
 * and reading resumes at the next line that starts a record (`WARC/1.`).
 */
export async function* readWarcRecords(chunks: AsyncIterable<Uint8Array>, maxRecordBytes: number): AsyncGenerator<WarcItem> {
	const reader = new ByteReader(chunks[Symbol.asyncIterator]());
	while (!(await reader.atEnd())) {
		// Blank lines between records (some writers add extra CRLFs) are skipped.
		while ((await reader.fill(1)) && (reader.available[0] === 0x0d || reader.available[0] === 0x0a)) reader.skip(1);
		if (await reader.atEnd()) return;
		const offset = reader.offset;
		const headerEnd = await reader.find(crlfcrlf, maxHeaderBytes);
		const head = headerText(reader.available.subarray(0, headerEnd === -1 ? Math.min(reader.available.length, 16) : headerEnd));
		if (!head.startsWith('WARC/')) {
			yield {problem: {offset, message: `no WARC record at byte ${offset}; skipped to the next record`}};
			await resync(reader, 1);
			continue;
		}

		if (headerEnd === -1) {
			yield {problem: {offset, message: `record at byte ${offset}: headers never end (truncated file?); skipped`}};
			await resync(reader, 1);
			continue;
		}

		const headers = parseHeaders(head);
		const length = Number(headers.get('content-length'));
		if (!Number.isSafeInteger(length) || length < 0) {
			yield {problem: {offset, message: `record at byte ${offset}: no valid Content-Length; skipped`}};
			await resync(reader, headerEnd);
			continue;
		}

		const blockStart = headerEnd + 4;
		if (length > maxRecordBytes) {
			reader.skip(blockStart);
			const dropped = await reader.discard(length);
			yield {problem: {offset, message: `record at byte ${offset} (${headers.get('warc-target-uri') ?? headers.get('warc-type') ?? 'record'}): larger than ${maxRecordBytes} bytes; skipped`, kind: 'skipped'}};
			if (dropped < length) return;
			await expectTrailer(reader);
			continue;
		}

		const complete = await reader.fill(blockStart + length + 4);
		const trailerOk = complete && reader.available.subarray(blockStart + length, blockStart + length + 4).equals(crlfcrlf);
		if (!trailerOk) {
			const what = complete ? 'Content-Length does not match the record' : 'record truncated (file ends inside it)';
			yield {problem: {offset, message: `record at byte ${offset} (${headers.get('warc-target-uri') ?? headers.get('warc-type') ?? 'record'}): ${what}; skipped`}};
			await resync(reader, headerEnd);
			continue;
		}

		const block = Buffer.from(reader.available.subarray(blockStart, blockStart + length));
		reader.skip(blockStart + length + 4);
		yield {record: {offset, headers, block}};
	}
}

/** Skips to the next `WARC/1.` at the start of a line, searching from `from`. */
async function resync(reader: ByteReader, from: number): Promise<void> {
	const marker = Buffer.from('\nWARC/1.');
	while (true) {
		const at = reader.available.indexOf(marker, Math.max(0, from - 1));
		if (at !== -1) {
			reader.skip(at + 1);
			return;
		}

		// Keep the last few bytes (a marker may straddle chunks); drop the rest.
		const keep = Math.min(reader.available.length, marker.length);
		reader.skip(reader.available.length - keep);
		from = 0;
		if (!(await reader.fill(reader.available.length + 64 * 1024)) && reader.available.indexOf(marker) === -1) {
			reader.skip(reader.available.length);
			return;
		}
	}
}

async function expectTrailer(reader: ByteReader): Promise<void> {
	await reader.fill(4);
	if (reader.available.subarray(0, 4).equals(crlfcrlf)) reader.skip(4);
}

function parseHeaders(head: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const line of head.split('\r\n').slice(1)) {
		const colon = line.indexOf(':');
		if (colon <= 0) continue;
		const name = line.slice(0, colon).trim().toLowerCase();
		if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
	}

	return headers;
}

/**
 * Decompresses a gzip stream member by member (RFC 1952), yielding the bytes
 * of each member as they come. A damaged member (bad header, bad data, CRC
 * mismatch, truncated) becomes a problem, and decoding resumes at the next
 * gzip header found after the member's start.
 */
export async function* gunzipMembers(chunks: AsyncIterable<Uint8Array>, problems: WarcProblem[]): AsyncGenerator<Uint8Array> {
	const reader = new ByteReader(chunks[Symbol.asyncIterator]());
	while (!(await reader.atEnd())) {
		const start = reader.offset;
		const headerLength = await gzipHeaderLength(reader);
		if (headerLength === -1) {
			// Trailing zero padding after the last member is allowed.
			if (reader.available.every(byte => byte === 0) && !(await reader.fill(reader.available.length + 1))) return;
			problems.push({offset: start, message: `no gzip member at byte ${start} of the compressed file; skipped to the next one`});
			await skipToGzipHeader(reader, 1);
			continue;
		}

		// The member's bytes stay buffered (up to `keptMemberBytes`) until it ends, so a damaged
		// member can be searched for the next header from its own start.
		let fed = headerLength;
		let kept = true;
		const inflator = new pako.Inflate({raw: true});
		const state = inflator as unknown as {strm: {next_in: number}; ended: boolean};
		let crc = 0;
		let size = 0;
		const out: Uint8Array[] = [];
		inflator.onData = (chunk: Uint8Array) => {
			out.push(Uint8Array.prototype.slice.call(chunk));
		};

		let failed = false;
		while (!state.ended && !failed) {
			if (fed >= reader.available.length && !(await reader.fill(fed + 64 * 1024)) && fed >= reader.available.length) break;
			const input = reader.available.subarray(fed);
			inflator.push(input, false);
			fed += state.ended ? state.strm.next_in : input.length;
			for (const piece of out) {
				crc = crc32(piece, crc);
				size += piece.length;
				yield piece;
			}

			out.length = 0;
			if (inflator.err) failed = true;
			if (!state.ended && fed > keptMemberBytes) {
				reader.skip(fed);
				fed = 0;
				kept = false;
			}
		}

		if (failed || !state.ended) {
			problems.push({offset: start, message: failed ? `gzip member at byte ${start}: corrupt data (${inflator.msg || 'inflate error'}); skipped to the next member` : `gzip member at byte ${start}: truncated (the file ends inside it)`});
			yield afterDamage;
			await skipToGzipHeader(reader, kept ? 1 : 0);
			continue;
		}

		await reader.fill(fed + 8);
		const trailer = reader.available.subarray(fed, fed + 8);
		if (trailer.length < 8 || trailer.readUInt32LE(0) !== crc >>> 0 || trailer.readUInt32LE(4) !== (size >>> 0)) {
			// A member cut short reads on into the next one and "ends" there: its checksum gives it away.
			// Search again from its own start, so the member it ran into is not lost.
			problems.push({offset: start, message: `gzip member at byte ${start}: damaged or truncated (checksum does not match); skipped to the next member`});
			yield afterDamage;
			await skipToGzipHeader(reader, kept ? 1 : 0);
			continue;
		}

		reader.skip(fed + 8);
	}
}

/**
 * Put after a damaged member's partial output: it ends mid-line, and the
 * record reader finds the next record (the next member's) only at a line start.
 */
const afterDamage = Uint8Array.of(0x0d, 0x0a);

/** Length of the gzip header at the reader's position, or -1 when there is none. */
async function gzipHeaderLength(reader: ByteReader): Promise<number> {
	if (!(await reader.fill(10))) return -1;
	const bytes = reader.available;
	if (bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) return -1;
	const flags = bytes[3];
	let at = 10;
	if (flags & 4) {
		if (!(await reader.fill(at + 2))) return -1;
		at += 2 + reader.available.readUInt16LE(at);
	}

	for (const flag of [8, 16]) {
		if (!(flags & flag)) continue;
		const end = await reader.find(Buffer.from([0]), at + 64 * 1024);
		if (end === -1) return -1;
		// find() searches from 0: look again past `at`.
		const zero = reader.available.indexOf(0, at);
		if (zero === -1) return -1;
		at = zero + 1;
	}

	if (flags & 2) at += 2;
	return (await reader.fill(at)) ? at : -1;
}

async function skipToGzipHeader(reader: ByteReader, from: number): Promise<void> {
	const magic = Buffer.from([0x1f, 0x8b, 0x08]);
	while (true) {
		const at = reader.available.indexOf(magic, from);
		if (at !== -1) {
			reader.skip(at);
			return;
		}

		reader.skip(Math.max(0, reader.available.length - 2));
		from = 0;
		if (!(await reader.fill(reader.available.length + 64 * 1024))) {
			if (reader.available.indexOf(magic) === -1) reader.skip(reader.available.length);
			if (reader.available.length === 0) return;
		}
	}
}
