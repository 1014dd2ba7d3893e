// The key hold's first step, taken by the CLI's entry before anything else is
// loaded (breaker18 M9): from the shell's Enter to the reader's hold
// (reader/hold-keys.ts, once the command's modules are loaded, ~0.3 s on a
// busy machine) the terminal was still in its line mode and echoed what was
// typed. Raw mode from the first statement on: nothing typed is echoed, and
// it stays in the terminal's queue, unread, until the hold reads it (Ctrl-C
// too: the hold raises it). Nothing but the command table (command-names.ts,
// which imports nothing) here, so that this runs before the commands load.
import {commandTable, helpWords, versionWords} from '../command-names.js';

/** First arguments that never open the reader holding keys: the commands that hold none (command-names.ts), help, version. */
const notReader = new Set<string>([...Object.entries(commandTable).flatMap(([name, command]) => (command.holdsKeys ? [] : [name])), ...helpWords, ...versionWords]);

let early = false;

/**
 * Puts the terminal in raw mode at once when `argv` (process.argv without node and the script) opens the
 * reader on a terminal that can show it: no command or `read`, no `-` (the terminal read as an article),
 * no --help, stdin and stdout terminals, TERM not dumb. Returns whether it did. The hold takes over (takeEarlyKeys);
 * endEarlyKeys gives the line mode back where the reader never started (a refusal). Never throws.
 */
export const holdKeysEarly = (argv: readonly string[], stdin: NodeJS.ReadStream = process.stdin, stdout: {isTTY?: boolean} = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean => {
	const [first] = argv;
	if ((first !== undefined && notReader.has(first)) || argv.includes('-') || argv.includes('--help') || argv.includes('-h')) return false;
	if (!stdin.isTTY || !stdout.isTTY || env['TERM'] === 'dumb' || typeof stdin.setRawMode !== 'function') return false;
	try {
		stdin.setRawMode(true);
		early = true;
	} catch {
		return false;
	}
	return true;
};

/** The hold takes the terminal over (reader/hold-keys.ts): it is in raw mode already, and stays so. */
export const takeEarlyKeys = (): void => {
	early = false;
};

/** The reader did not start and the hold never took over: the terminal's line mode back. */
export const endEarlyKeys = (stdin: NodeJS.ReadStream = process.stdin): void => {
	if (!early) return;
	early = false;
	try {
		stdin.setRawMode(false);
	} catch {
		// The terminal is gone: nothing to give back.
	}
};
