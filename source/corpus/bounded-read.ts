// Reading a file that is not a regular file — a pipe, `<(…)`, a character or
// block device — has no size to check first: it is read as a stream and
// stopped once past the limit. fs.readFile reads such a file to its end, and
// /dev/zero has none (breaker10 H29: `copydesk strip /dev/zero` grew to 1 GB
// in 8 s). Standard input is bounded the same way (load.ts readStdin).
import {createReadStream} from 'node:fs';

/**
 * The bytes of `file` read as a stream, or `'too large'` as soon as more than
 * `maxBytes` have arrived (the stream is then closed: a device without an end
 * costs at most `maxBytes` plus one chunk of memory). Rejects as
 * createReadStream does (ENOENT, EACCES, EISDIR …).
 */
export async function readBounded(file: string, maxBytes: number): Promise<Uint8Array | 'too large'> {
	const stream = createReadStream(file, {highWaterMark: 1024 * 1024});
	const chunks: Uint8Array[] = [];
	let length = 0;
	try {
		for await (const chunk of stream as AsyncIterable<Buffer>) {
			length += chunk.length;
			if (length > maxBytes) return 'too large';
			chunks.push(chunk);
		}
	} finally {
		stream.destroy();
	}

	return Buffer.concat(chunks, length);
}
