import test from 'ava';
import v8 from 'node:v8';
import vm from 'node:vm';
import {compareTexts} from '../../source/compare/compare.js';
import type {Excluded} from '../../source/boilerplate/label.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** `lines` lines of "Read more", each excluded as boilerplate with a category and a reason, as the labeller gives them. */
const boilerplateText = (lines: number): {text: string; excluded: Excluded[]} => {
	const excluded: Excluded[] = [];
	for (let line = 0; line < lines; line++) {
		const excludedLine: Excluded = {span: {start: line * 10, end: line * 10 + 9}, label: 'boilerplate'};
		excludedLine.category = 'related';
		excludedLine.reason = 'related articles';
		excluded.push(excludedLine);
	}

	return {text: 'Read more\n'.repeat(lines), excluded};
};

// breaker13 M3: a text of many short lines took ~470 bytes of heap per input byte. Each boilerplate row was spread
// from a shared part and then added to, and V8 gave every such object a hidden class of its own (~300 bytes a row).
test('a boilerplate row costs its fields, not a hidden class of its own', t => {
	const lines = 20_000;
	const left = boilerplateText(lines);
	const right = boilerplateText(lines);
	// Tables the engine makes on first use (patterns, word lists: the eighteenth session made more of them lazy) are
	// made by a small comparison first, so that the figure is the rows' own cost.
	const warm = boilerplateText(10);
	compareTexts(warm.text, warm.text, {exclude: {left: warm.excluded, right: warm.excluded}});
	gc();
	const before = process.memoryUsage().heapUsed;
	const comparison = compareTexts(left.text, right.text, {exclude: {left: left.excluded, right: right.excluded}});
	gc();
	const perRow = (process.memoryUsage().heapUsed - before) / comparison.rows.length;
	t.log(`${perRow.toFixed(0)} bytes of heap per row`);
	t.is(comparison.rows.length, 2 * lines);
	t.true(comparison.rows.every(row => row.kind === 'boilerplate' && row.reason === 'related articles'));
	// Fields, its span and an empty ops array: under 200 bytes (a hidden class each made it ~500).
	t.true(perRow < 300, `${perRow.toFixed(0)} bytes of heap per row`);
});
