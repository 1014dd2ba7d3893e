import type {Readable, Writable} from 'node:stream';

/** The streams a command talks to; tests pass their own. */
export type CommandIo = {
	stdout: Writable & {isTTY?: boolean; columns?: number};
	stderr: Writable & {isTTY?: boolean};
	stdin: Readable & {isTTY?: boolean};
	env: NodeJS.ProcessEnv;
};

/** The process's own streams and environment, for commands run from the command line. */
export const processIo = (): CommandIo => ({
	stdout: process.stdout,
	stderr: process.stderr,
	stdin: process.stdin,
	env: process.env,
});

/** A user-facing failure: printed as one line, exit status 2. */
export class UsageError extends Error {
	override name = 'UsageError';
}

/** Writes and resolves once the stream has taken the data (so large outputs are not cut at exit). */
export const write = (stream: Writable, text: string): Promise<void> =>
	new Promise((resolve, reject) => {
		if (text.length === 0) {
			resolve();
			return;
		}

		stream.write(text, error => {
			if (error) {
				reject(error);
			} else {
				resolve();
			}
		});
	});

