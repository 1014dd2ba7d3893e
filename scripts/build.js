// Bundles the CLI with esbuild. One ESM bundle with code splitting, so the
// non-interactive commands (diff, strip, list) never load Ink or React: the
// reader lives in a chunk that cli.ts imports dynamically.
import {build} from 'esbuild';
import {asciiBundle} from './ascii-bundle.js';
import {readFile, rm, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {existsSync} from 'node:fs';
import path from 'node:path';

const stubDevtools = {
	name: 'stub-react-devtools',
	setup(b) {
		// Ink imports react-devtools-core only when DEV=true; never ship it.
		b.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {initialize() {}, connectToDevTools() {}};'}));
	},
};

// The stopword lists ship with the bundle: dist/stopwords-iso.json (written below), read on first use by
// source/boilerplate/stopword-source.ts, which knows it runs from the bundle by this version being defined.
// So dist/ labels the same with no node_modules beside it, at no start-up cost (the lists as a string inside
// the bundle cost ~14 ms to load on every start; start-up data usually spares even reading the file).
const packageRequire = createRequire(import.meta.url);
const stopwordsVersion = JSON.parse(await readFile(packageRequire.resolve('stopwords-iso/package.json'), 'utf8')).version;
// Regular expressions with Unicode property escapes (\p{L}) and the v flag stay literals: for target node20
// esbuild turns them into `new RegExp(...)` calls, which, inside a function, build a regular expression on
// every call (one per word in some loops: facts, stopword hits), where a literal is made once. Node 20's V8
// (11.3) has both; a property it did not know would fail the whole bundle at load, which every test runs.
const supported = {'regexp-unicode-property-escapes': true, 'regexp-set-notation': true};
const define = {'process.env.NODE_ENV': '"production"', COPYDESK_STOPWORDS_VERSION: JSON.stringify(stopwordsVersion), COPYDESK_LEGACY_DECODE: '"./legacy-decode.cjs"'};

// `diff` is built apart (below): where main.ts imports it, the main bundle has its loader (diff-bundle.ts).
const diffApart = {
	name: 'diff-apart',
	setup(b) {
		b.onResolve({filter: /^\.\/diff-command\.js$/}, () => ({path: path.resolve('source/commands/diff-bundle.ts')}));
		// `strip` likewise (strip-command.ts, loaded by strip-bundle.ts).
		b.onResolve({filter: /^\.\/strip-command\.js$/}, () => ({path: path.resolve('source/commands/strip-bundle.ts')}));
		// The reader's screens likewise (mount-entry.ts, loaded by mount-bundle.ts), where run.tsx imports them.
		b.onResolve({filter: /^\.\/mount\.js$/}, args => (args.importer.endsWith(path.join('reader', 'run.tsx')) ? {path: path.resolve('source/reader/mount-bundle.ts')} : undefined));
	},
};

// Ink hides the cursor through cli-cursor, whose restore-cursor writes ESC[?25h to process.stderr at exit,
// terminal or not: `copydesk DIR 2>log` found it in the log. The reader shows the cursor itself on every
// way out (source/reader/mount.tsx, on the terminal it draws on); this stand-in only repeats that at exit
// on stdout when stdout is that terminal, and never writes to a redirected stream.
const cursorOnTerminal = {
	name: 'cursor-on-terminal',
	setup(b) {
		b.onResolve({filter: /^restore-cursor$/}, () => ({path: 'restore-cursor', namespace: 'cursor-on-terminal'}));
		b.onLoad({filter: /.*/, namespace: 'cursor-on-terminal'}, () => ({
			contents: "let done = false; export default function restoreCursor() { if (done) return; done = true; process.once('exit', () => { if (process.stdout.isTTY) process.stdout.write('\\u001B[?25h'); }); }",
		}));
	},
};

// string-width makes an Intl.Segmenter when its module is evaluated (~30 ms: ICU's break rules), but
// source/render/safe-text.ts asks it only for text that is not one column per code unit (narrowText),
// which most news never is. In the diff bundle safe-text's import is this stand-in, which requires the
// real module (bundled, evaluated on that first call) only when a width is asked: side-by-side output
// of ASCII or Latin text never pays for the segmenter. The same function, called at another time.
const lazyStringWidth = {
	name: 'lazy-string-width',
	setup(b) {
		b.onResolve({filter: /^string-width$/}, args => (args.kind === 'import-statement' && args.importer.endsWith('safe-text.ts') ? {path: 'string-width', namespace: 'lazy-string-width'} : undefined));
		b.onLoad({filter: /.*/, namespace: 'lazy-string-width'}, () => ({
			contents: "let real; export default function stringWidth(text, options) { real ??= require('string-width').default; return real(text, options); }",
			resolveDir: process.cwd(),
		}));
	},
};

const banner = {
	// Bundled CommonJS dependencies (yoga, signal-exit) call require(). The banner is in every
	// chunk, so the real require is made on first use only (createRequire costs ~1 ms a chunk).
	js: "import {createRequire as __copydeskCreateRequire} from 'node:module'; let __copydeskRequire; const require = function (id) { return (__copydeskRequire ??= __copydeskCreateRequire(import.meta.url))(id); };",
};

await rm('dist', {recursive: true, force: true});
await build({
	entryPoints: Object.fromEntries(Object.entries({cli: 'source/cli.ts', 'analysis-worker': 'source/corpus/analysis-worker.ts', 'compare-worker': 'source/reader/compare-worker.ts', 'start-data': 'source/start-data.ts'}).filter(([, file]) => existsSync(file))),
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: false,
	sourcemap: false,
	jsx: 'automatic',
	define,
	supported,
	plugins: [stubDevtools, diffApart, cursorOnTerminal],
	banner,
	logLevel: 'warning',
});

// `copydesk diff` (source/commands/diff-command.ts) as one script of its own, sharing nothing
// with the build above: dist/diff-command.cjs, run by diff-bundle.ts with V8's code cache, which
// ES modules cannot use on Node 20. One file instead of some twenty chunks, and the engine's calls
// stay inside one scope. CommonJS, so dynamic imports (side-by-side printer, HTML and WARC readers)
// are in the same file, evaluated only when imported. In dist/ beside the rest, so that
// start-data.json and node_modules resolve from it alike (import.meta.url is given by the loader).
/** A command as one CommonJS file of its own in dist/ (see above), run by its *-bundle.ts loader with V8's code cache. */
// `wrapped`: the bundle written as the function its loader compiles (source/commands/diff-bundle.ts bundleHead and
// bundleTail, which must stay equal to these), so the loader need not join ~1.8 MB of source into a new string each start.
// `options`: more esbuild options (the reader's script adds JSX and its plugins).
const commandBundle = (entry, outfile, wrapped = false, options = {}) =>
	build({
		entryPoints: [entry],
		outfile,
		bundle: true,
		format: 'cjs',
		platform: 'node',
		target: 'node20',
		minify: false,
		sourcemap: false,
		define: {...define, 'import.meta.url': '__copydeskModuleUrl'},
		supported,
		plugins: [stubDevtools, lazyStringWidth],
		// Strict, as the ES modules it is made of.
		banner: {js: wrapped ? '(function (exports, require, module, __filename, __dirname, __copydeskModuleUrl) {"use strict";' : '"use strict";'},
		...(wrapped ? {footer: {js: '})'}} : {}),
		logLevel: 'warning',
		...options,
	});

await commandBundle('source/commands/diff-command.ts', 'dist/diff-command.cjs', true);
// In ASCII only (scripts/ascii-bundle.js), so that its loader reads it as Latin-1 without decoding it; as it is when it
// cannot be made so (its loader reads either).
const asciiDiff = await asciiBundle(await readFile('dist/diff-command.cjs', 'utf8'));
if (asciiDiff !== undefined) await writeFile('dist/diff-command.cjs', asciiDiff);

// The analysis worker (list's and the reader's labelling threads) as one ES module of its own, written over
// the entry the build above made (a list of re-exports from shared chunks, which only the worker loads): the
// labeller's modules in one scope, so their calls are not calls through imported bindings, and one file to
// load in each worker. The worker seeds its own tables from the start-up data (analysis-worker.ts).
await build({
	entryPoints: {'analysis-worker': 'source/corpus/analysis-worker.ts'},
	outdir: 'dist',
	bundle: true,
	splitting: false,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: false,
	sourcemap: false,
	define,
	supported,
	plugins: [stubDevtools],
	banner,
	allowOverwrite: true,
	logLevel: 'warning',
});

// `copydesk strip` (source/commands/strip-command.ts) the same way: dist/strip-command.cjs, run by
// strip-bundle.ts with the code cache. One scope for the labeller's modules (~a tenth of its CPU in
// diff's case) and no compiling of its code on each run.
// Written wrapped and in ASCII as diff's is (above): its loader compiles the file's string as it is, read without
// decoding, instead of joining ~1.2 MB of source into a new one on every start.
await commandBundle('source/commands/strip-command.ts', 'dist/strip-command.cjs', true);
const asciiStrip = await asciiBundle(await readFile('dist/strip-command.cjs', 'utf8'));
if (asciiStrip !== undefined) await writeFile('dist/strip-command.cjs', asciiStrip);

// The reader's screens, Ink, React and Yoga (source/reader/mount-entry.ts) the same way: dist/reader-mount.cjs, run by
// source/reader/mount-bundle.ts with the code cache: compiling them was about a third of the first frame's CPU. Two
// things of theirs do not fit a script. Yoga's index module has a top-level await (it instantiates its WebAssembly):
// the script's `yoga-layout` is the instance mount-entry.ts makes first with yoga-layout/load (its enums are that
// module's too). Ink's reconciler awaits at its top level, only when DEV=true, React's devtools (stubbed here anyway)
// and its package.json (for them): in the script neither is loaded, which is all they gave without the real devtools.
const yogaFromEntry = {
	name: 'yoga-from-entry',
	setup(b) {
		b.onResolve({filter: /^yoga-layout$/}, () => ({path: 'yoga-layout', namespace: 'yoga-from-entry'}));
		b.onLoad({filter: /.*/, namespace: 'yoga-from-entry'}, () => ({
			contents: "export * from 'yoga-layout/load'; export default globalThis[Symbol.for('copydesk.yoga')];",
			resolveDir: process.cwd(),
		}));
	},
};
const inkWithoutTopLevelAwait = {
	name: 'ink-without-top-level-await',
	setup(b) {
		b.onLoad({filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			const devtools = "await import('./devtools.js');";
			const packageJson = '? await loadPackageJson()';
			// Either gone means the file changed: look again (esbuild refuses any other top-level await in a script).
			if (!source.includes(devtools) || !source.includes(packageJson)) throw new Error('ink/build/reconciler.js changed: see inkWithoutTopLevelAwait in scripts/build.js');
			const patched = source.replace(devtools, 'undefined;').replace(packageJson, '? {name: undefined, version: undefined}');
			return {contents: patched, loader: 'js'};
		});
	},
};
await commandBundle('source/reader/mount-entry.ts', 'dist/reader-mount.cjs', true, {jsx: 'automatic', plugins: [stubDevtools, cursorOnTerminal, yogaFromEntry, inkWithoutTopLevelAwait]});
const asciiReader = await asciiBundle(await readFile('dist/reader-mount.cjs', 'utf8'));
if (asciiReader !== undefined) await writeFile('dist/reader-mount.cjs', asciiReader);

// Charset detection and legacy decoding (source/corpus/decode.ts) as a file of their own, required on the first
// text file that is not UTF-8: their tables never cost a UTF-8 corpus its start-up.
await build({
	stdin: {contents: "module.exports = {analyse: require('chardet').analyse, iconv: require('iconv-lite')};", resolveDir: process.cwd(), loader: 'js'},
	outfile: 'dist/legacy-decode.cjs',
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	logLevel: 'warning',
});

// The stopword lists for the bundle (see COPYDESK_STOPWORDS_VERSION above), without the JSON's white space.
await writeFile('dist/stopwords-iso.json', JSON.stringify(JSON.parse(await readFile(packageRequire.resolve('stopwords-iso/stopwords-iso.json'), 'utf8'))));

// Start-up data (source/start-data.ts): tables every process would otherwise
// build before its first comparison, computed once here, keyed by the Node,
// ICU, Unicode and stopwords-iso versions, ignored when stale.
const {writeStartData} = await import('../dist/start-data.js');
writeStartData('dist/start-data.json');
