// Mounts the reader on the terminal and owns it for as long as it runs.
// Whatever ends it (q, Ctrl-C, SIGTERM, SIGHUP, a crash) leaves the terminal
// exactly as it was: Ink unmounted, alternate screen left, cursor shown, raw
// mode off.
import {spawnSync} from 'node:child_process';
import {isatty} from 'node:tty';
import {render} from 'ink';
import React from 'react';
import {safeString} from '../render/safe-text.js';
import {App} from './app.js';
import type {ReaderInput} from './reader-input.js';

const enterScreen = '\u001B[?1049h\u001B[?25l\u001B[H\u001B[2J';
// The alternate screen is blanked before it is left: a terminal resized while
// in it may keep some of its lines when the main screen comes back (tmux 3.3
// reflows the saved screen to the new size and leaves alternate-screen rows
// above the prompt), so those lines must be empty.
const leaveScreen = '\u001B[H\u001B[2J\u001B[?25h\u001B[?1049l';

/** Runs the reader on process.stdin/stdout (both TTYs); resolves with the exit code. */
export async function mountReader(input: ReaderInput): Promise<number> {
	const {stdin, stdout, stderr} = process;
	stdout.write(enterScreen);
	let restored = false;
	let settle: (code: number) => void = () => {};
	const finished = new Promise<number>(resolve => {
		settle = resolve;
	});

	// Idempotent: every way out runs it, the first one wins.
	const restore = (code: number) => {
		if (restored) return;
		restored = true;
		// The terminal hung up (its window closed, its tmux session killed): stdin was a terminal and is none now.
		const hungUp = stdin.isTTY && !isatty(0);
		try {
			instance.unmount();
		} catch {
			// Already unmounted: nothing to undo.
		}
		try {
			if (stdin.isTTY && !hungUp) stdin.setRawMode(false);
		} catch {
			// stdin closed (SIGHUP): nothing to reset.
		}
		if (!hungUp) stdout.write(leaveScreen);
		for (const [event, handler] of handlers) process.off(event, handler);
		settle(code);
		// With no terminal left to restore, the reader ends as a hang-up's default action ends a process: with no exit
		// handlers. At exit Node resets the terminal's modes itself and asserts that it could; on a terminal that is gone
		// it answers EIO, and Node aborted with a native stack trace (and a core dump where they are enabled) after
		// "standard output: EIO" (breaker17a K8). Another listener (the atomic writer removing its temporary files,
		// corpus/atomic-file.ts) runs first and raises the signal again itself.
		if (hungUp) process.kill(process.pid, 'SIGHUP');
	};

	const onSignal = (code: number) => () => restore(code);
	const onCrash = (error: unknown) => {
		restore(70);
		// One line, as commands/main.ts says a bug of ours (`copydesk: internal error:`); the stack with COPYDESK_DEBUG set.
		const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		const where = process.env['COPYDESK_DEBUG'] && error instanceof Error && error.stack ? `\n${error.stack}` : ' (a bug in copydesk; COPYDESK_DEBUG=1 prints where)';
		stderr.write(`copydesk: internal error: the reader failed: ${safeString(message.replace(/\s*\n\s*/gu, ' '))}${where}\n`);
	};
	const handlers: Array<[string, (...args: any[]) => void]> = [
		['SIGTERM', onSignal(143)],
		['SIGHUP', onSignal(129)],
		['SIGINT', onSignal(130)],
		['uncaughtException', onCrash],
		['unhandledRejection', onCrash],
	];
	for (const [event, handler] of handlers) process.on(event, handler);

	// $VISUAL/$EDITOR at a line, the terminal handed over and taken back (less's `v`).
	const openInEditor = (path: string, line: number): string | null => {
		const editor = process.env['VISUAL'] || process.env['EDITOR'];
		if (!editor) return 'set $VISUAL or $EDITOR to open files';
		const quoted = `'${path.replaceAll("'", "'\\''")}'`;
		stdout.write(leaveScreen);
		if (stdin.isTTY) stdin.setRawMode(false);
		// The editor is run through the shell, as git and less do: $EDITOR may carry arguments ("code -w").
		const result = spawnSync(`${editor} +${line} ${quoted}`, {shell: true, stdio: 'inherit'});
		if (stdin.isTTY) stdin.setRawMode(true);
		stdout.write(enterScreen);
		if (result.error) return `the editor could not be started: ${result.error.message}`;
		return result.status === 0 ? null : `the editor exited with status ${result.status ?? result.signal}`;
	};

	// Ctrl-Z in raw mode is a key, not SIGTSTP: the terminal handed back, then the process stopped as the shell's job
	// (less and vim do so). The signal stops it inside process.kill; on `fg` (SIGCONT) it goes on from there, takes the
	// terminal again, and the reader's next frame (it says it is back) draws the screen whole.
	const suspend = () => {
		stdout.write(leaveScreen);
		if (stdin.isTTY) stdin.setRawMode(false);
		process.kill(process.pid, 'SIGTSTP');
		if (restored) return;
		if (stdin.isTTY) stdin.setRawMode(true);
		stdout.write(enterScreen);
	};

	const instance = render(<App input={{...input, openInEditor, suspend}} onQuit={code => restore(code)} />, {exitOnCtrlC: false, patchConsole: false, stdout, stdin, stderr});
	// A render error makes Ink exit on its own: restore too.
	instance.waitUntilExit().then(
		() => restore(0),
		error => onCrash(error),
	);
	return finished;
}
