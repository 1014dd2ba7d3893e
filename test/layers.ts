// Imports run downhill: a folder of source/ may import only folders below it in
// this order, never one above it or beside it, so there is no import cycle
// between folders. The README's "How it is built" describes the same order.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import test from 'ava';

/** Lowest first. A folder (or top-level file) may import only those on earlier lines. */
export const layers: readonly string[][] = [
	['text', 'start-worker.ts', 'command-names.ts'], // normalisation, segmentation, hashing; starting a worker thread; the command words
	['boilerplate'], // line labels (label.ts also defines the Excluded spans compare/ takes)
	['html'], // pages: charset, parse, lines with DOM evidence, metadata
	['compare'], // the comparison engine and its model; comparing two analysed articles
	['start-data.ts'], // the engine's tables kept from the build (character classes, stopwords, calendar words)
	['groups'], // near-duplicate groups (GroupInfo lives here)
	['corpus'], // loading and analysing articles (article.ts: the article types)
	['story'], // the collation of many copies against a base (story/model.ts)
	['code-cache.ts'], // running a bundled script with V8's code cache (diff's, strip's, the reader's screens)
	['render'], // display-safe text, layout, ANSI
	['reader'], // the Ink app
	['commands'], // diff, strip, list, read (which starts the reader)
	['cli.ts'], // the entry
];

const source = path.resolve('source');
const layerOf = new Map(layers.flatMap((units, index) => units.map(unit => [unit, index] as const)));

const files = (dir: string): string[] => readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
	const full = path.join(dir, entry.name);
	return entry.isDirectory() ? files(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
});

/** The folder (or top-level file) of source/ a path lies in. */
const unitOf = (file: string): string => path.relative(source, file).split(path.sep)[0].replace(/\.js$/, '.ts');

const importPattern = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every relative import of a file, as [specifier, unit it lands in]. */
const importsOf = (file: string): Array<[string, string]> => {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(importPattern)]
		.map(match => match[1] ?? match[2])
		.filter(specifier => specifier.startsWith('.'))
		.map(specifier => [specifier, unitOf(path.resolve(path.dirname(file), specifier))]);
};

test('every folder of source/ has a place in the layer order', t => {
	const units = new Set(files(source).map(unitOf));
	t.deepEqual([...units].filter(unit => !layerOf.has(unit)), []);
});

test('imports run downhill: no folder imports one above it or beside it', t => {
	const uphill: string[] = [];
	for (const file of files(source)) {
		const from = unitOf(file);
		for (const [specifier, to] of importsOf(file)) {
			if (to === from) continue;
			const fromLayer = layerOf.get(from) ?? -1;
			const toLayer = layerOf.get(to) ?? Infinity;
			if (toLayer >= fromLayer) uphill.push(`${path.relative(source, file)} imports ${specifier} (${from} → ${to})`);
		}
	}
	t.deepEqual(uphill, []);
});

test('the import scan sees static, re-exported and dynamic imports', t => {
	const text = "import {a} from './a.js';\nexport type {B} from '../b/b.js';\nconst c = await import('../c/c.js');\nimport type {\n\tD,\n} from '../d/d.js';";
	t.deepEqual([...text.matchAll(importPattern)].map(match => match[1] ?? match[2]), ['./a.js', '../b/b.js', '../c/c.js', '../d/d.js']);
});
