import test from 'ava';
import fc from 'fast-check';
import {minimumSize, tooSmallLines} from '../../source/reader/size.js';

test('the too-small message fits any terminal below the minimum: no line wider than its columns, no more lines than its rows', t => {
	fc.assert(
		fc.property(fc.integer({min: 0, max: 200}), fc.integer({min: 0, max: minimumSize.rows - 1}), (columns, rows) => {
			const lines = tooSmallLines({columns: columns + 1, rows: rows + 1}, {columns, rows});
			return lines.length <= rows && lines.every(line => [...line].length <= columns) && (rows === 0 || columns < 7 || /^(?:enlarge|need)/.test(lines[0]!));
		}),
		{numRuns: 2000},
	);
	t.pass();
});

test('the too-small message says the most that fits: the sizes when there is room, the size needed and how to quit at 10×3', t => {
	t.deepEqual(tooSmallLines({columns: 30, rows: 8}), ['enlarge the terminal', '(need 40×10, have 30×8)', 'q quits']);
	t.deepEqual(tooSmallLines({columns: 10, rows: 3}), ['enlarge', 'to 40×10', 'q quits']);
	// The reader keeps a terminal's last row free: a 10×3 terminal has two rows for it.
	t.deepEqual(tooSmallLines({columns: 10, rows: 3}, {columns: 10, rows: 2}), ['need 40×10', 'q quits']);
	t.deepEqual(tooSmallLines({columns: 80, rows: 1}), ['enlarge to 40×10 · q quits']);
	t.deepEqual(tooSmallLines({columns: 4, rows: 2}), ['enla']);
});
