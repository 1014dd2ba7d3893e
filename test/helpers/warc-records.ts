import {WARCRecord, WARCSerializer} from 'warcio';

const encoder = new TextEncoder();

async function* once(bytes: Uint8Array) {
	yield bytes;
}

/** One WARC record, written by Webrecorder's warcio (gzip: its own gzip member, as crawlers write them). */
export async function warcRecord(options: {type: string; url: string; body: Uint8Array | string; httpHeaders?: Record<string, string>; statusline?: string; contentType?: string; gzip: boolean}): Promise<Uint8Array> {
	const body = typeof options.body === 'string' ? encoder.encode(options.body) : options.body;
	const warcHeaders: Record<string, string> = options.contentType ? {'Content-Type': options.contentType} : {};
	const created = WARCRecord.create(
		{url: options.url, date: '2024-05-01T10:00:00Z', type: options.type as 'response', warcVersion: 'WARC/1.1', warcHeaders, ...(options.httpHeaders ? {httpHeaders: options.httpHeaders, statusline: options.statusline ?? 'HTTP/1.1 200 OK'} : {})},
		once(body),
	);
	return WARCSerializer.serialize(created, {gzip: options.gzip});
}
