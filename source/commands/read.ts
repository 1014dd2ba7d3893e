import {defaultCorpus} from './default-corpus.js';
import {openCorpusFeed} from '../corpus/feed-from-disk.js';
import {checkInputs} from '../corpus/load.js';
import type {compareArticles} from '../compare/compare-articles.js';
import {colorChoice, parseCommandArgs} from './args.js';
import {write, type CommandIo} from './io.js';
import {readUsage} from './usage.js';
import {describeLoad, statusLine} from './load-status.js';
import {holdKeys, type HeldInput} from '../reader/hold-keys.js';

export {defaultCorpus} from './default-corpus.js';

/** `copydesk [DIR|FILES...]`: the interactive reader. */
export async function runRead(argv: string[], io: CommandIo): Promise<number> {
	// Options first: a mistyped one is said as such, terminal or not.
	const {values, positionals} = parseCommandArgs('', argv, {});
	if (values.help) {
		await write(io.stdout, readUsage);
		return 0;
	}
	// --color=never is NO_COLOR for the reader; always keeps colors whatever NO_COLOR says.
	if (values.color !== undefined && !colorChoice(values.color, {...io, stdout: Object.assign(Object.create(io.stdout), {isTTY: true}), env: {...io.env, NO_COLOR: undefined}})) process.env['NO_COLOR'] = '1';
	else if (values.color === 'always') delete process.env['NO_COLOR'];

	// A wrong path is said as such, terminal or not.
	await checkInputs(positionals);
	if (!io.stdin.isTTY || !io.stdout.isTTY) {
		await write(io.stderr, 'copydesk: error: the reader needs a terminal; use `copydesk diff A B`, `copydesk strip` or `copydesk list` instead (see --help)\n');
		return 2;
	}
	// A terminal that cannot address its cursor (TERM=dumb: Emacs's shell, script logs) would get a screen of escape codes, as less warns.
	if (io.env['TERM'] === 'dumb') {
		await write(io.stderr, 'copydesk: error: the reader needs a terminal that can move its cursor (TERM=dumb); use `copydesk list`, `copydesk diff A B` or `copydesk story DIR --print` instead\n');
		return 2;
	}

	const inputs = positionals.length > 0 ? positionals : [defaultCorpus()];
	// The comparison engine and the start-up tables (compare/, boilerplate/: ~1 MB of bundle) are loaded after the
	// first frame (below), or sooner when an article must be analysed: a corpus listed from the cache never waits on them.
	const engine = lazyEngine();
	// Keys typed from here until the reader reads them are not echoed over the screen, but kept for it
	// (reader/hold-keys.ts); not when the terminal itself is read as an article (`-`).
	const held = inputs.includes('-') ? holdKeys({} as HeldInput) : holdKeys(io.stdin);
	// Ink and the screens load while the corpus is read (the files are read off this thread).
	const reader = import('../reader/run.js').then(module => {
		void module.preloadReader();
		return module;
	});
	reader.catch(() => {});
	// The list shows once the files are read; labels, titles and groups fill in from the cache or in the background.
	const status = statusLine(io.stdout);
	let feed;
	try {
		feed = await openCorpusFeed(inputs, {env: io.env, onProgress: progress => status.update(() => describeLoad(progress)), beforeAnalysis: engine.seed});
	} catch (error) {
		held.end();
		throw error;
	} finally {
		status.clear();
	}

	let runReader, preloadReader, compareOffThread, watchFileChanges;
	try {
		({runReader, preloadReader} = await reader);
		({compareOffThread} = await import('../reader/compare-off-thread.js'));
		({watchFileChanges} = await import('../reader/watch-file.js'));
	} catch (error) {
		held.end();
		feed.close();
		throw error;
	}
	// Large pairs are compared in a worker: a longer time bound, and the keys never wait on it.
	const inWorker = compareOffThread(async (left, right, options) => (await engine.load())(left, right, options));
	held.release();
	// A moment after the first frame, the engine loads while the reader waits for keys; a pair opened before that waits
	// for it in its "comparing…" frame. The timer starts once Ink and the screens are loaded: the first frame is drawn
	// as they mount, in the same turn, so the engine's compiling never delays it, however slowly Ink loads. Not at once:
	// a reader quit on its first frame would wait for the load to end before the shell's prompt came back (the timer
	// does not hold the process).
	void preloadReader().then(
		() => setTimeout(() => void engine.load().catch(() => {}), enginePrefetchMs).unref(),
		() => {},
	);
	try {
		return await runReader({
			feed,
			compare: async (left, right, options) => (await engine.load())(left, right, {withBoilerplate: options.withBoilerplate, diffBudget: 5_000_000}),
			compareOffThread: (left, right, options) => inWorker(left, right, {withBoilerplate: options.withBoilerplate, diffBudget: 40_000_000}),
			reloadArticle: article => feed.reloadArticle(article),
			watchFile: watchFileChanges,
		});
	} catch (error) {
		// Failed before the reader owned the terminal (which it restores itself): its line mode back.
		held.end();
		throw error;
	} finally {
		inWorker.close();
		feed.close();
	}
}

/** How long after the reader mounts its comparison engine starts loading (ms), unless a comparison asks for it sooner. */
const enginePrefetchMs = 300;

/**
 * The reader's comparison engine, loaded once on first use: `seed` installs the start-up tables (start-data.ts;
 * never throws, a stale or missing file only costs time); `load` seeds them too and resolves to compareArticles.
 */
export const lazyEngine = (): {seed: () => Promise<void>; load: () => Promise<typeof compareArticles>} => {
	let seeded: Promise<void> | undefined;
	let loaded: Promise<typeof compareArticles> | undefined;
	const seed = () =>
		(seeded ??= import('../start-data.js').then(({seedStartData}) => {
			seedStartData();
		}));
	const load = () =>
		(loaded ??= (async () => {
			await seed();
			return (await import('../compare/compare-articles.js')).compareArticles;
		})());
	return {seed, load};
};
