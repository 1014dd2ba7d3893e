import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {editorLine} from '../../source/reader/editor-line.js';

test('a text file opens at the line shown', t => {
	t.deepEqual(editorLine({path: 'corpus/000.txt'}, 67), {line: 67});
});

test("a JSON Lines record opens at its own line of the file, not at its text's line (breaker12 K2)", t => {
	t.deepEqual(editorLine({path: 'r2/feed.jsonl', record: {line: 2, id: 's1'}}, 67), {line: 2, note: "the record's line 2"});
});

test('an HTML page opens at its first line, and a compressed page or a web archive not at all', t => {
	t.is((editorLine({path: 'page.html', dom: []}, 40) as {line: number}).line, 1);
	// A page read as HTML from a name that does not say so.
	t.is((editorLine({path: 'story.php', dom: []}, 40) as {line: number}).line, 1);
	for (const path of ['page.html.gz', 'crawl.warc.gz', 'crawl.warc']) t.true('problem' in editorLine({path, dom: []}, 40), path);
});

test('editor-line is pure as documented: nothing it imports, however deep, reads files or starts workers (review12 R17)', t => {
	const seen = new Set<string>();
	const external = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b(?!\s+type\b)[^'"]*?from\s*['"]([^'"]+)['"]/gm)) {
			if (specifier!.startsWith('.')) visit(path.resolve(path.dirname(file), specifier!.replace(/\.js$/, '.ts')));
			else external.add(specifier!);
		}
	};
	visit(fileURLToPath(new URL('../../source/reader/editor-line.ts', import.meta.url)));
	t.deepEqual([...external].filter(name => /^node:(?:fs|worker_threads|child_process)/.test(name)), [], [...seen].join(' '));
});
