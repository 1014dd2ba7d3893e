// Keys typed while the reader is still loading (the corpus read, Ink started):
// the terminal, still in its line mode, echoed them over the screen (fresh
// users, eighteenth session, K7c). From the moment the reader knows it has a
// terminal, raw mode is on: nothing is echoed, and what is typed is kept and
// handed to the reader once it reads keys, as less keeps keys typed ahead.
// Ctrl-C and Ctrl-Z still do what they do at a shell meanwhile. No Ink here:
// the command loads it later. Raw mode itself comes earlier still, at the
// CLI's first statement (early-keys.ts); the hold takes it over.
import type {Readable} from 'node:stream';
import {takeEarlyKeys} from './early-keys.js';

/** The terminal's input as the hold needs it (process.stdin). */
export type HeldInput = Readable & {isTTY?: boolean; setRawMode?: (raw: boolean) => unknown};

export type KeyHold = {
	/** Stops holding and puts the keys typed so far back on the input, for the reader to read; raw mode stays on. */
	release(): void;
	/** Stops holding and gives the terminal back its line mode: the reader did not start, or failed to before it owned the terminal. Idempotent. */
	end(): void;
};

const interrupt = 0x03;
const suspendKey = 0x1a;

/** Holds the keys of `stdin` (a terminal; otherwise nothing is done) until release or end. */
export const holdKeys = (stdin: HeldInput, signal: (name: NodeJS.Signals) => void = name => process.kill(process.pid, name)): KeyHold => {
	if (!stdin.isTTY || typeof stdin.setRawMode !== 'function') return {release() {}, end() {}};
	const setRawMode = (raw: boolean) => stdin.setRawMode!(raw);
	const held: Buffer[] = [];
	let holding = true;
	let ended = false;
	// Read with a 'readable' listener, not 'data': a stream paused after flowing is left waiting on a read that
	// was stopped, and the reader's own 'readable' listener then never started the terminal's read again (the
	// process ended as it opened, when no key had come meanwhile). Removed, the listener leaves the read going and
	// what comes meanwhile buffered for the reader.
	const onReadable = () => {
		let chunk: Buffer | string | null;
		while (holding && (chunk = stdin.read() as Buffer | string | null) !== null) onData(chunk);
	};
	const stop = () => {
		if (!holding) return false;
		holding = false;
		stdin.off('readable', onReadable);
		return true;
	};
	const onData = (chunk: Buffer | string) => {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		if (bytes.includes(interrupt)) {
			// As at the shell: the signal's default (or the atomic writer's handler, which raises it again) ends the process.
			hold.end();
			signal('SIGINT');
			return;
		}
		if (bytes.includes(suspendKey)) {
			setRawMode(false);
			signal('SIGTSTP');
			// Back (fg): hold again.
			if (holding) setRawMode(true);
			return;
		}
		held.push(bytes);
	};
	const hold: KeyHold = {
		release() {
			if (!stop()) return;
			if (held.length > 0) stdin.unshift(Buffer.concat(held));
		},
		end() {
			stop();
			if (ended) return;
			ended = true;
			// No reader will read the terminal: its read stopped, so the process can end.
			stdin.pause();
			try {
				setRawMode(false);
			} catch {
				// The terminal is gone (a hang-up): nothing to give back.
			}
		},
	};
	setRawMode(true);
	// Raw since the CLI's first statement, maybe (early-keys.ts): the hold has it now.
	takeEarlyKeys();
	stdin.on('readable', onReadable);
	return hold;
};
