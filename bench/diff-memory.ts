// Where `copydesk diff`'s heap goes, phase by phase (breaker13 M3: ~470 bytes per input byte on texts of many short lines).
// Runs the diff's phases in this process (from source, through tsx) and prints the live heap after each, collected:
//   node --expose-gc --import=tsx bench/diff-memory.ts A B [--json | --text]
// A and B default to two generated files of N short lines (DIFF_MEMORY_LINES, default 50,000), one line apart.
import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadCorpus} from '../source/corpus/load.js';
import {comparePair} from '../source/corpus/pair-verdict.js';
import {diffJson} from '../source/commands/diff-json.js';
import {diffText} from '../source/render/diff-text.js';

const gc = (globalThis as {gc?: () => void}).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = (): number => {
	gc();
	gc();
	return process.memoryUsage().heapUsed;
};

const files = process.argv.slice(2).filter(argument => !argument.startsWith('--'));
const lines = Number(process.env['DIFF_MEMORY_LINES'] ?? 50_000);
if (files.length !== 2) {
	const directory = mkdtempSync(path.join(os.tmpdir(), 'copydesk-diff-memory-'));
	files.push(path.join(directory, 'a.txt'), path.join(directory, 'b.txt'));
	writeFileSync(files[0]!, 'Read more\n'.repeat(lines));
	writeFileSync(files[1]!, `${'Read more\n'.repeat(lines - 1)}Read less\n`);
}

const corpus = await loadCorpus(files, {});
const [leftArticle, rightArticle] = corpus.articles;
const inputBytes = Buffer.byteLength(leftArticle!.text) + Buffer.byteLength(rightArticle!.text);
const base = heap();
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB (${((bytes) / inputBytes).toFixed(0)} B per input byte)`;
console.log(`input ${(inputBytes / 2 ** 20).toFixed(2)} MiB`);
const start = process.hrtime.bigint();
const result = comparePair(leftArticle!, rightArticle!, {measures: false});
console.log(`after comparePair: ${mb(heap() - base)}; rows ${result.comparison.rows.length}; ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms`);
const output = process.argv.includes('--text') ? diffText(result.left, result.right, result.comparison, {width: 160, color: false}) : JSON.stringify(diffJson(result.left, result.right, result.comparison));
console.log(`after rendering: ${mb(heap() - base)}; output ${(output.length / 2 ** 20).toFixed(1)} M characters`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
