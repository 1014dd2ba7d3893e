// The non-interactive commands must not load Ink or React (importing Ink alone
// costs ~0.4 s). Checked on the built bundle: follow the static imports from
// each command's chunk and look for Ink's or React's modules in what is reached.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';

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
	for (const command of ['diff', 'strip', 'list', 'story']) {
		const chunk = files.find(file => new RegExp(`^${command}-[A-Z\\d]+\\.js$`).test(file));
		t.truthy(chunk, `no ${command} chunk in dist/`);
		const offenders = [...reachable(chunk!)].filter(loadsUi);
		t.deepEqual(offenders, [], `${command} reaches ${offenders.join(', ')}`);
	}

	t.deepEqual([...reachable('cli.js')].filter(loadsUi), []);
	// And the reader's chunk does load Ink (lazily), so the check above can fail.
	const reader = files.find(file => file.startsWith('run-'));
	t.truthy(reader);
	t.true([...reachable(reader!, true)].some(loadsUi));
});

test('diff --json reaches no side-by-side printer: layout and wrapping load only for side-by-side output', t => {
	const files = readdirSync(dist);
	const chunk = files.find(file => /^diff-[A-Z\d]+\.js$/.test(file));
	t.truthy(chunk);
	const printer = (file: string) => /\/\/ source\/render\/(?:layout|wrap)\.ts/.test(readFileSync(path.join(dist, file), 'utf8'));
	t.deepEqual([...reachable(chunk!)].filter(printer), []);
	t.true([...reachable(chunk!, true)].some(printer));
});

test('diff and the entry reach neither string-width nor the HTML and WARC readers by static import: a text pair never compiles them', t => {
	const files = readdirSync(dist);
	const chunk = files.find(file => /^diff-[A-Z\d]+\.js$/.test(file));
	t.truthy(chunk);
	const heavy = (file: string) => /\/\/ node_modules\/(?:string-width|parse5|pako)\/|\/\/ source\/html\/page\.ts/.test(readFileSync(path.join(dist, file), 'utf8'));
	t.deepEqual([...reachable('cli.js'), ...reachable(chunk!)].filter(heavy), []);
	// They are there, behind dynamic imports, so the check can fail.
	t.true([...reachable(chunk!, true)].some(heavy));
});
