// Writes a large WARC for the memory measurement of the README ("a 1 GB WARC
// with bounded memory"): the pages of a folder of .html/.html.gz files as
// `response` records, repeated under new URIs until the file reaches the size.
//   node --import=tsx bench/make-warc.ts PAGES_DIR OUT.warc[.gz] MEGABYTES
// Records are written by hand (the WARC/1.1 format is a few header lines); with
// .gz each record is its own gzip member, as crawlers write them.
import {createWriteStream, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync, gzipSync} from 'node:zlib';

const [pagesDirectory, out, megabytes] = process.argv.slice(2);
if (!pagesDirectory || !out || !megabytes) {
	console.error('usage: node --import=tsx bench/make-warc.ts PAGES_DIR OUT.warc[.gz] MEGABYTES');
	process.exit(2);
}

const pages = readdirSync(pagesDirectory)
	.filter(file => /\.html?(?:\.gz)?$/.test(file))
	.map(file => {
		const bytes = readFileSync(path.join(pagesDirectory, file));
		return file.endsWith('.gz') ? gunzipSync(bytes) : bytes;
	});
const gzip = out.endsWith('.gz');
const stream = createWriteStream(out);
const limit = Number(megabytes) * 1024 * 1024;
let written = 0;
let count = 0;
const write = (chunk: Buffer) =>
	new Promise<void>(resolve => {
		written += chunk.length;
		if (stream.write(chunk)) resolve();
		else stream.once('drain', resolve);
	});

while (written < limit) {
	const page = pages[count % pages.length];
	const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${page.length}\r\n\r\n`), page]);
	const head = `WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(count).padStart(12, '0')}>\r\nWARC-Target-URI: https://example.org/copy/${count}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
	const record = Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]);
	await write(gzip ? gzipSync(record, {level: 1}) : record);
	count++;
}

stream.end(() => console.log(`${out}: ${count} records, ${(written / 1024 / 1024).toFixed(0)} MB`));
