import test from 'ava';
import {formatHeader, formatRow, listColumns, longestNameWidth} from '../../../source/reader/list/columns.js';
import {measureWidth} from '../../../source/render/safe-text.js';
import {article, group} from '../../helpers/articles.js';

test('rows are exactly as wide as the columns, CJK and controls included', t => {
	for (const width of [40, 49, 50, 69, 70, 80, 133, 200]) {
		for (const [withGroups, longestName] of [[false, undefined], [true, undefined], [false, 12], [true, 300]] as const) {
			const columns = listColumns(width, withGroups, longestName);
			const total = columns.reduce((sum, column) => sum + column.width, 0) + columns.length - 1;
			const rows = [
				article('a.txt', '東京で大きな会議が開かれた東京で大きな会議が開かれた東京で大きな会議が開かれた', 'x'),
				article('evil\u001B[31m.txt', 'Title with \u001B]0;owned\u0007 escape and \u202Eoverride', 'x'),
				article('g.txt', 'Grouped', 'x', {group: group({group: 12, original: 'a.txt', groupSize: 340})}),
			];
			for (const row of rows) {
				const text = formatRow(row, columns, 1);
				t.is(measureWidth(text), total, `${width} ${withGroups} ${row.id}`);
				t.false(/[\u0000-\u001f\u202e]/.test(text));
			}
			t.true(total <= width, `${width} ${withGroups}`);
			t.is(measureWidth(formatHeader(columns, {key: 'words', descending: true})), total);
		}
	}
});

test('cells: mark, truncated title, words, boilerplate share, group and relation', t => {
	const columns = listColumns(100, true);
	const row = formatRow(article('b.txt', 'A rather long title that will not fit in the column of this width at all', 'one two', {labels: {lines: [], language: 'en', meta: {}, boilerplateShare: 0.123}, group: group({group: 3, original: 'a.txt', groupSize: 4, relation: 'rewritten'})}), columns, 2);
	t.regex(row, /^2 /);
	t.regex(row, /…/);
	t.regex(row, / 2 +12% +#3 ×4 rewritten/);
	const original = formatRow(article('a.txt', 'Original', 'x', {group: group({group: 3, original: 'a.txt', groupSize: 4})}), columns, 0);
	t.regex(original, /\*#3 ×4 original/);
});

test('the name column takes what the longest name needs, within limits', t => {
	const name = (columns: ReturnType<typeof listColumns>) => columns.find(column => column.key === 'name')!.width;
	t.is(name(listColumns(80, false, 24)), 24);
	t.is(name(listColumns(80, false, 3)), 6);
	// A very long name leaves the title 14 columns.
	const wide = listColumns(80, true, 200);
	t.is(wide.find(column => column.key === 'title')!.width, 14);
	t.is(name(listColumns(79, true, 24)), 24, 'the bundled corpus\'s names fit whole at 80 columns');
	t.is(longestNameWidth([article('東京.txt', 't', 'x'), article('a.txt', 't', 'x')]), 8);
});
