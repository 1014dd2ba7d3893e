// The reader's entry point for the CLI. Ink is imported only here, lazily,
// and with CI/CONTINUOUS_INTEGRATION hidden: Ink reads them once at load
// and, when set, prints only a final frame — an interactive session in a real
// terminal (a developer with CI exported, tmux tests on a CI runner) would
// show nothing.
import type {ReaderInput} from './reader-input.js';

export type {ReaderInput} from './reader-input.js';

const ciVariables = ['CI', 'CONTINUOUS_INTEGRATION'] as const;

let loading: Promise<typeof import('./mount.js')> | undefined;

/**
 * Starts loading Ink and the reader's screens (compiling ~0.9 MB of bundle),
 * so the caller can read the corpus meanwhile; runReader uses the same load.
 */
export function preloadReader(): Promise<typeof import('./mount.js')> {
	loading ??= loadMount();
	// A failure surfaces in runReader, not as an unhandled rejection here.
	loading.catch(() => {});
	return loading;
}

async function loadMount(): Promise<typeof import('./mount.js')> {
	const saved = ciVariables.map(name => [name, process.env[name]] as const);
	for (const name of ciVariables) delete process.env[name];
	// Yoga (Ink's layout engine) is an Emscripten build that, seeing a global fetch, fetches its
	// own inline wasm from a data: URL — loading undici, zlib and web streams first (50-100 ms
	// of the first frame). Without fetch it decodes the same bytes directly.
	const fetchDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (fetchDescriptor?.configurable) Object.defineProperty(globalThis, 'fetch', {value: undefined, configurable: true, writable: true});
	try {
		return await import('./mount.js');
	} finally {
		for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
		if (fetchDescriptor?.configurable) Object.defineProperty(globalThis, 'fetch', fetchDescriptor);
	}
}

/** Opens the reader on the terminal and resolves to the exit status when it is quit: 2, with a one-line message, when stdin or stdout is no terminal. */
export async function runReader(input: ReaderInput): Promise<number> {
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		// Worded as commands/read.ts says it.
		process.stderr.write('copydesk: error: the reader needs a terminal; use `copydesk diff A B`, `copydesk strip` or `copydesk list` instead (see --help)\n');
		return 2;
	}

	const mount = await preloadReader();
	return mount.mountReader(input);
}
