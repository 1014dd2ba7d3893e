// The non-interactive commands must not load Ink or React (importing Ink alone
// costs ~0.4 s). Checked on the built bundle: follow the static imports from
// each command's chunk and look for Ink's or React's modules in what is reached.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {isAscii} from 'node:buffer';
import test from 'ava';
import {isWrapped} from '../../source/commands/diff-bundle.js';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const staticImport = /^\s*(?:import|export)\s[^;]*?from\s*"(\.\/[^"]+)"|^\s*import\s*"(\.\/[^"]+)"/gm;

const dynamicImport = /\bimport\(\s*"(\.\/[^"]+)"\s*\)/g;

const reachable = (start: string, followDynamic = false): Set<string> => {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const source = readFileSync(path.join(dist, file), 'utf8');
		for (const match of source.matchAll(staticImport)) visit(path.normalize(match[1] ?? match[2]!));
		if (followDynamic) for (const match of source.matchAll(dynamicImport)) visit(path.normalize(match[1]!));
	};
	visit(start);
	return seen;
};

const loadsUi = (file: string) => /\/\/ node_modules\/(?:ink|react|react-reconciler|ink-select-input)\//.test(readFileSync(path.join(dist, file), 'utf8'));

test('diff, strip and list chunks (and the entry) reach no Ink or React module by static import', t => {
	if (!existsSync(path.join(dist, 'cli.js'))) {
		t.fail('dist/cli.js missing: npm test builds first (npm run build)');
		return;
	}

	const files = readdirSync(dist);
	for (const command of ['diff-bundle', 'strip-bundle', 'list', 'story']) {
		const chunk = files.find(file => new RegExp(`^${command}-[A-Z\\d]+\\.js$`).test(file));
		t.truthy(chunk, `no ${command} chunk in dist/`);
		const offenders = [...reachable(chunk!)].filter(loadsUi);
		t.deepEqual(offenders, [], `${command} reaches ${offenders.join(', ')}`);
	}

	t.deepEqual([...reachable('cli.js')].filter(loadsUi), []);
	// And the reader's chunk does load Ink (lazily): its screens are a script of their own (dist/reader-mount.cjs, run by
	// source/reader/mount-bundle.ts with V8's code cache), which holds Ink, so the check above can fail.
	const reader = files.find(file => file.startsWith('run-'));
	t.truthy(reader);
	const loader = [...reachable(reader!, true)].find(file => file.startsWith('mount-bundle-'));
	t.truthy(loader, 'the reader\'s chunk imports the loader of its screens\' script');
	t.true(readFileSync(path.join(dist, loader!), 'utf8').includes('"reader-mount.cjs"'));
	t.false([...reachable(reader!, true)].some(loadsUi), 'Ink is in the script, not in an ES module chunk (which V8 cannot cache on Node 20)');
	t.true(/\/\/ node_modules\/(?:ink|react|react-reconciler)\//.test(readFileSync(path.join(dist, 'reader-mount.cjs'), 'utf8')));
});

test('the reader\'s screens run from one wrapped, ASCII script with no top-level await: dist/reader-mount.cjs, compiled as it is with V8\'s code cache (source/reader/mount-bundle.ts); Yoga is instantiated by its entry before the screens\' modules are evaluated', t => {
	const bytes = readFileSync(path.join(dist, 'reader-mount.cjs'));
	t.true(isAscii(bytes));
	const script = bytes.toString('latin1');
	t.true(isWrapped(script));
	t.true(script.includes('// source/reader/mount.tsx\n'));
	// Its modules are evaluated only when loadMount asks for them, after Yoga: none of Ink's or the screens' at load (React's,
	// CommonJS, run when first required).
	t.deepEqual(eagerModules(script).filter(module => /^node_modules\/ink\/|^source\/reader\/(?!mount-entry)/.test(module)), []);
	t.false(/\bawait import\(['"]\.\/devtools\.js['"]\)/.test(script));
});

test('list\'s chunk reaches none of the labelling, grouping or analysis modules by static import: a listing from the cache loads only what it shows (list-analysis.ts is imported when it must analyse)', t => {
	const files = readdirSync(dist);
	const list = files.find(file => /^list-[A-Z\d]+\.js$/.test(file));
	const analysis = files.find(file => /^list-analysis-[A-Z\d]+\.js$/.test(file));
	t.truthy(list);
	t.truthy(analysis, 'the analysis is a chunk of its own');
	const heavy = (file: string) => /^\/\/ source\/(?:corpus\/analyze|corpus\/parallel-analysis|groups\/groups|groups\/member|boilerplate\/label|compare\/figures)\.ts$/m.test(readFileSync(path.join(dist, file), 'utf8'));
	t.deepEqual([...reachable(list!)].filter(heavy), []);
	// The analysis does reach them, so the check above can fail.
	t.true([...reachable(analysis!)].some(heavy));
});

// `diff` runs from a script of its own (dist/diff-command.cjs, see source/commands/diff-bundle.ts).
// CommonJS: what it imports dynamically is in the same file, in a module body esbuild evaluates only when imported
// (`var init_x = __esm({"path"() {...}})`), so V8 compiles no function of it unless it is called.
const diffScript = () => readFileSync(path.join(dist, 'diff-command.cjs'), 'utf8');
/** Module paths in the script whose bodies run at load, not only when imported. */
const eagerModules = (script: string): string[] => {
	const modules = [...script.matchAll(/^\/\/ ((?:source|node_modules)\/\S+)$/gm)].map(match => match[1]!);
	return modules.filter(module => !script.includes(`  ${JSON.stringify(module)}() {`));
};

test('strip\'s script (dist/strip-command.cjs, see source/commands/strip-bundle.ts) holds no Ink or React module', t => {
	const script = readFileSync(path.join(dist, 'strip-command.cjs'), 'utf8');
	t.false(/\/\/ node_modules\/(?:ink|react|react-reconciler|ink-select-input)\//.test(script));
	// And the labeller is there, run at load, so the check above can fail.
	t.true(eagerModules(script).includes('source/boilerplate/classify.ts'));
});

test('diff\'s script holds no Ink or React module', t => {
	const script = diffScript();
	t.false(/\/\/ node_modules\/(?:ink|react|react-reconciler|ink-select-input)\//.test(script));
	// And the engine is there, run at load, so the checks below can fail.
	t.true(eagerModules(script).includes('source/compare/compare.ts'));
});

test('diff --json runs no side-by-side printer: layout and wrapping are evaluated only for side-by-side output', t => {
	const script = diffScript();
	const printers = ['source/render/layout.ts', 'source/render/wrap.ts'];
	for (const printer of printers) t.true(script.includes(`// ${printer}\n`), `${printer} is not in the script`);
	t.deepEqual(eagerModules(script).filter(module => printers.includes(module)), []);
});

test('diff runs neither string-width nor the HTML and WARC readers at load: a text pair never evaluates them', t => {
	const script = diffScript();
	const heavy = (module: string) => /^node_modules\/(?:string-width|parse5|pako)\/|^source\/html\/page\.ts$/.test(module);
	t.deepEqual(eagerModules(script).filter(module => heavy(module)), []);
	// They are there, behind dynamic imports, so the check can fail.
	t.true([...script.matchAll(/^\/\/ (\S+)$/gm)].some(match => heavy(match[1]!)));
});

test('the reader\'s chunk reaches none of the labelling, comparing or start-up table modules by static import: a corpus listed from the cache draws its first frame without them (commands/read.ts lazyEngine, corpus/feed-from-disk.ts analysisModules)', t => {
	const files = readdirSync(dist);
	const read = files.find(file => /^read-[A-Z\d]+\.js$/.test(file));
	t.truthy(read);
	const heavy = (file: string) => /^\/\/ source\/(?:corpus\/analyze|corpus\/pipeline|boilerplate\/label|compare\/compare-articles|compare\/figures|start-data)\.ts$/m.test(readFileSync(path.join(dist, file), 'utf8'));
	t.deepEqual([...reachable(read!)].filter(heavy), []);
	// Loaded later, so the check above can fail.
	t.true([...reachable(read!, true)].some(heavy));
});

test('the reader\'s screens (their script, dist/reader-mount.cjs) hold no grouping and no figures\' tables: the story view\'s module (story/story.ts) takes its groups from its caller', t => {
	const files = readdirSync(dist);
	const grouping = (file: string) => /^\/\/ source\/(?:groups\/groups|groups\/member|compare\/figures)\.ts$/m.test(readFileSync(path.join(dist, file), 'utf8'));
	t.false(grouping('reader-mount.cjs'));
	// The story command does reach them, so the check above can fail.
	const story = files.find(file => /^story-[A-Z\d]+\.js$/.test(file));
	t.true([...reachable(story!)].some(grouping));
});
