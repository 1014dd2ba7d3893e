import {processIo, UsageError, write, type CommandIo} from './io.js';
import {helpWords, isCommandName, versionWords, type CommandName} from '../command-names.js';
import {diffUsage, stripUsage, usage, version} from './usage.js';

type Command = (argv: string[], io: CommandIo) => Promise<number>;

// Each command is imported only when used: `diff`, `strip` and `list` never
// load Ink or React; the reader does, and only it. One loader for each name of
// the command table (command-names.ts), which reader/early-keys.ts reads too.
const commands: Record<CommandName, () => Promise<Command>> = {
	// Its own bundle in dist/ (diff-command.ts), which seeds its own tables.
	diff: async () => (await import('./diff-command.js')).runDiff,
	// Its own bundle in dist/ too (strip-command.ts).
	strip: async () => (await import('./strip-command.js')).runStrip,
	list: async () => (await import('./list.js')).runList,
	read: async () => (await import('./read.js')).runRead,
	story: async () => (await import('./story.js')).runStory,
};

/** Runs copydesk with these arguments; resolves to the exit status. */
export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
	const [first, ...rest] = argv;
	// A reader that goes away (`| head`) is not an error: writes then fail with EPIPE and we stop quietly.
	// Any other failed write (a full disk: `> /dev/full`) is trouble, said in one line with status 2 once
	// the command ends; thrown from this event handler it would be an uncaught stack trace and exit 1.
	let stdoutError: NodeJS.ErrnoException | undefined;
	const onStdoutError = (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') stdoutError ??= error;
	};
	const stdoutTrouble = async (error: unknown): Promise<number> => {
		const {fileErrorReason} = await import('./file-error.js');
		await write(io.stderr, `copydesk: error: standard output: ${fileErrorReason(error)}\n`).catch(() => undefined);
		return 2;
	};
	// The stream knows its error as soon as a write's callback has it; the 'error' event comes a tick later.
	const failedWrite = (): NodeJS.ErrnoException | undefined => {
		const error = stdoutError ?? (io.stdout.errored as NodeJS.ErrnoException | null) ?? undefined;
		return error?.code === 'EPIPE' ? undefined : error;
	};
	io.stdout.on('error', onStdoutError);
	try {
		const status = await dispatch();
		const failed = failedWrite();
		return failed ? await stdoutTrouble(failed) : status;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 0;
		const failed = failedWrite();
		if (failed) return stdoutTrouble(failed);
		if (error instanceof UsageError || isUserFacing(error)) {
			// The message may quote an argument (a file name): its control characters must not reach the terminal raw.
			// (safe-text loads string-width: only on this error path, so a command that succeeds does not pay for it.)
			const {safeString} = await import('../render/safe-text.js');
			// One line, as every refusal is: `copydesk: error: why` (a message of several lines is joined).
			await write(io.stderr, `copydesk: error: ${safeString((error as Error).message.trim().replace(/\s*\n\s*/gu, ' '))}\n`);
			return 2;
		}

		// Anything else is a bug of ours. It still ends as diff(1) ends in trouble (status 2, one line), never as a
		// stack trace with Node's status 1, which for `diff` would tell a script the two texts differ.
		return reportInternalError(error, io);
	} finally {
		// A stream that failed keeps the listener: its 'error' event may still be on its way.
		if (!io.stdout.errored) io.stdout.off('error', onStdoutError);
	}

	async function dispatch(): Promise<number> {
		if (first !== undefined && helpWords.includes(first)) {
			await write(io.stdout, usage);
			return 0;
		}

		if (first !== undefined && versionWords.includes(first)) {
			await write(io.stdout, `${version}\n`);
			return 0;
		}

		// `copydesk diff --help`: that command's usage (list prints its own).
		const commandHelp: Record<string, string> = {diff: diffUsage, strip: stripUsage};
		if (first !== undefined && Object.hasOwn(commandHelp, first) && rest.slice(0, Math.max(0, rest.indexOf('--')) || rest.length).some(arg => arg === '--help' || arg === '-h')) {
			await write(io.stdout, commandHelp[first]!);
			return 0;
		}

		// Every command from here on compares or labels text: its tables come from the start-up data when it is current.
		// (`diff` and `strip` are bundles of their own, with their own tables: diff-command.ts and strip-command.ts seed those;
		// `list` seeds them only when it analyses, list-analysis.ts: a listing from the cache labels nothing.)
		// (The reader, `read` or no command, seeds them when it first compares or analyses: commands/read.ts lazyEngine.)
		const readArgs = first === '--' ? rest : argv;
		const reads = first === 'read' || !isCommandName(first);
		if (first !== 'diff' && first !== 'strip' && first !== 'list' && !reads) (await import('../start-data.js')).seedStartData();
		if (isCommandName(first)) {
			const command = await commands[first]();
			return await command(rest, io);
		}

		// `copydesk [DIR|FILES...]` opens the reader; `--` ends options for a file named like a command.
		const runRead = (await import('./read.js')).runRead;
		return runRead(readArgs, io);
	}
}

/**
 * Says an unexpected error (a bug, not the user's input) in one `copydesk: internal error:` line on stderr
 * and resolves to status 2; with COPYDESK_DEBUG set, the stack follows. Control characters of the message
 * (it may quote article text) are escaped.
 */
export const reportInternalError = async (error: unknown, io: CommandIo, environment: NodeJS.ProcessEnv = process.env): Promise<number> => {
	const {safeString} = await import('../render/safe-text.js');
	const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	const where = environment['COPYDESK_DEBUG'] && error instanceof Error && error.stack ? `\n${error.stack}` : ' (a bug in copydesk; COPYDESK_DEBUG=1 prints where)';
	await write(io.stderr, `copydesk: internal error: ${safeString(message)}${where}\n`).catch(() => undefined);
	return 2;
};

/**
 * Errors from parseArgs and from loading (missing path) are the user's to fix, not crashes.
 * Known by name, not class: `diff` runs from a bundle of its own (diff-command.ts) with its own copy of each class.
 */
const isUserFacing = (error: unknown): boolean =>
	error instanceof Error &&
	(('code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS')) ||
		error.name === 'CorpusError' ||
		error.name === 'UsageError' ||
		// An install missing its stopword lists (boilerplate/stopword-source.ts): said, not a crash.
		error.name === 'StopwordsMissingError');
