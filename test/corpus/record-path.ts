import test from 'ava';
import fc from 'fast-check';
import {parseRecordPath, recordPath} from '../../source/corpus/record-path.js';
import {problemsHeading, problemText} from '../../source/render/problem-text.js';

test('a record path is read back as the file and line it was written from, whatever the file name (a colon, a digit, a newline in it)', t => {
	fc.assert(fc.property(fc.string(), fc.integer({min: 1, max: 1e9}), (file, line) => {
		const parsed = parseRecordPath(recordPath(file, line));
		return parsed?.file === file && parsed.line === line;
	}));
	t.is(parseRecordPath('corpus/notes.txt'), undefined);
	t.is(parseRecordPath('C:\\feeds\\a.jsonl'), undefined);
	// A file whose name ends in a colon and digits is a file, not a record (it was counted as one, `notes:3`).
	t.is(parseRecordPath('notes:3'), undefined);
});

test('the problem lines and their heading read record paths with the one parser', t => {
	t.is(problemText({path: recordPath('feed.jsonl', 7), message: 'line 7: not JSON'}), 'feed.jsonl#:7: not JSON');
	t.is(problemsHeading([{path: recordPath('feed.jsonl', 7)}, {path: 'a.txt'}]), 'not read: 1 record, 1 file');
});
