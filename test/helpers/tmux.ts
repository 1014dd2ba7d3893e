// Drives the built CLI in a real terminal: a detached tmux session of fixed
// size on a private socket, keys sent with send-keys, the screen read with
// capture-pane and polled until the expected text appears.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const builtCli = path.join(repoRoot, 'dist', 'cli.js');

export const hasTmux = (): boolean => {
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
};

/** Why the tmux tests cannot run here, or null. */
export const tmuxUnavailable = (): string | null => {
	if (!existsSync(builtCli)) return 'dist/cli.js is missing: run `npm run build` first';
	if (!hasTmux()) return 'tmux is not installed';
	return null;
};

let sessions = 0;

export class TmuxSession {
	readonly socket = `copydesk-test-${process.pid}-${sessions++}`;

	constructor(columns: number, rows: number, env: Record<string, string> = {}) {
		const vars = Object.entries({TERM: 'xterm-256color', PS1: 'PROMPT$ ', ...env}).flatMap(([key, value]) => ['-e', `${key}=${value}`]);
		this.tmux('new-session', '-d', '-x', String(columns), '-y', String(rows), '-c', repoRoot, ...vars, 'bash --norc --noprofile');
		// Keep the window the size asked for whatever clients attach.
		this.tmux('set-option', '-g', 'window-size', 'manual');
	}

	tmux(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.socket, ...args], {encoding: 'utf8'});
	}

	/** Types a shell command line and runs it. */
	run(command: string): void {
		this.tmux('send-keys', '-l', command);
		this.tmux('send-keys', 'Enter');
	}

	/** Sends keys by tmux name (Enter, Space, Escape, ']'...). */
	keys(...keys: string[]): void {
		for (const key of keys) this.tmux('send-keys', key);
	}

	screen(): string {
		return this.tmux('capture-pane', '-p');
	}

	/** `#{alternate_on} #{cursor_flag}` and other pane formats. */
	display(format: string): string {
		return this.tmux('display', '-p', format).trim();
	}

	/** Polls the screen until `expected` matches; throws with the last screen after `timeout` ms. */
	async waitFor(expected: RegExp | ((screen: string) => boolean), timeout = 8000): Promise<string> {
		const started = Date.now();
		let screen = '';
		while (Date.now() - started < timeout) {
			screen = this.screen();
			if (typeof expected === 'function' ? expected(screen) : expected.test(screen)) return screen;
			await sleep(50);
		}
		throw new Error(`timed out waiting for ${String(expected)}; screen:\n${screen}`);
	}

	/** Pid of the program running in the pane's shell, if any. */
	childPid(): number | undefined {
		const shell = this.display('#{pane_pid}');
		try {
			return Number(execFileSync('pgrep', ['-P', shell], {encoding: 'utf8'}).trim().split('\n')[0]) || undefined;
		} catch {
			return undefined;
		}
	}

	kill(): void {
		try {
			this.tmux('kill-server');
		} catch {
			// Already gone.
		}
	}
}
