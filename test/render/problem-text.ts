import test from 'ava';
import type {LoadProblem} from '../../source/corpus/article.js';
import {sortProblems} from '../../source/corpus/load.js';
import {problemsHeading} from '../../source/render/problem-text.js';

const problem = (path: string): LoadProblem => ({path, message: 'not a JSON object', kind: 'error'});

test('problems sort by file, then by record line as a number, and the heading counts records and files (breaker12 K30)', t => {
	const sorted = sortProblems(['j1/feed.jsonl#:10', 'j1/feed.jsonl#:11', 'j1/feed.jsonl#:3', 'b.txt', 'j1/feed.jsonl#:4', 'j1/feed.jsonl', 'j1/feed.jsonl#:9'].map(problem));
	t.deepEqual(sorted.map(item => item.path), ['b.txt', 'j1/feed.jsonl', 'j1/feed.jsonl#:3', 'j1/feed.jsonl#:4', 'j1/feed.jsonl#:9', 'j1/feed.jsonl#:10', 'j1/feed.jsonl#:11']);
	t.is(problemsHeading(sorted), 'not read: 5 records, 2 files');
	t.is(problemsHeading([problem('a.txt')]), 'not read: 1 file');
	t.is(problemsHeading([problem('f.jsonl#:3')]), 'not read: 1 record');
});

test('a folder\'s notice standing for several files counts them, as the list\'s "N skipped" does (three FIFOs and devices: 3 files, not 1)', t => {
	t.is(problemsHeading([{path: '/corpus', files: 3}]), 'not read: 3 files');
	t.is(problemsHeading([{path: '/corpus', files: 3}, {path: 'f.jsonl#:3'}, {path: 'a.txt'}]), 'not read: 1 record, 4 files');
});
