import {PassThrough, Readable} from 'node:stream';
import type {CommandIo} from '../../source/commands/io.js';

export type CapturedIo = CommandIo & {out: () => string; err: () => string};

/** Streams for running a command in-process: captured stdout/stderr, a given stdin. */
export const captureIo = (options: {stdin?: string; tty?: boolean; env?: NodeJS.ProcessEnv; columns?: number} = {}): CapturedIo => {
	const stdout = new PassThrough() as PassThrough & {isTTY?: boolean; columns?: number};
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', chunk => (out += String(chunk)));
	stderr.on('data', chunk => (err += String(chunk)));
	stdout.isTTY = options.tty ?? false;
	stdout.columns = options.columns;
	const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]) as Readable & {isTTY?: boolean};
	return {stdout, stderr, stdin, env: options.env ?? {}, out: () => out, err: () => err};
};
