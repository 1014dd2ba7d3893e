import test from 'ava';
import {articleCell, formatArticleRow, formatTableHeader, longestNameWidth, showsGroups, tableArticle, tableColumns, type Column} from '../../source/render/article-table.js';
import {measureWidth} from '../../source/render/safe-text.js';
import {article, group} from '../helpers/articles.js';

const totalWidth = (columns: readonly Column[]) => columns.reduce((sum, column) => sum + column.width, 0) + columns.length - 1;

test('rows are exactly as wide as the table, CJK and controls included', t => {
	for (const width of [24, 30, 40, 49, 50, 69, 70, 80, 99, 100, 133, 200]) {
		for (const [withGroups, longestName] of [[false, undefined], [true, undefined], [false, 12], [true, 300]] as const) {
			for (const marks of [false, true]) {
				const columns = tableColumns(width, {withGroups, marks, ...(longestName === undefined ? {} : {longestName})});
				t.is(totalWidth(columns), width, `${width} ${withGroups} ${longestName} ${marks}`);
				const rows = [
					article('a.txt', '東京で大きな会議が開かれた東京で大きな会議が開かれた東京で大きな会議が開かれた', 'x'),
					article('evil\u001B[31m.txt', 'Title with \u001B]0;owned\u0007 escape and \u202Eoverride', 'x'),
					article('g.txt', 'Grouped', 'x', {group: group({group: 12, original: 'a.txt', groupSize: 340})}),
				];
				for (const row of rows) {
					const text = formatArticleRow(tableArticle(row), columns, 1);
					t.is(measureWidth(text), width, `${width} ${withGroups} ${row.id}`);
					t.false(/[\u0000-\u001f\u202e]/.test(text));
				}

				t.is(measureWidth(formatTableHeader(columns, {key: 'words', descending: true})), width);
			}
		}
	}
});

test('narrow tables drop the similarity, the relation, the group, then the title', t => {
	const keys = (width: number) => tableColumns(width, {withGroups: true, longestName: 12}).map(column => column.key);
	t.deepEqual(keys(120), ['title', 'name', 'words', 'boilerplate', 'group', 'relation', 'similarity']);
	t.deepEqual(keys(99), ['title', 'name', 'words', 'boilerplate', 'group', 'relation']);
	t.deepEqual(keys(69), ['title', 'name', 'words', 'boilerplate', 'group']);
	t.deepEqual(keys(49), ['title', 'name', 'words', 'boilerplate']);
	t.deepEqual(keys(30), ['name', 'words', 'boilerplate']);
	t.deepEqual(tableColumns(120, {withGroups: false}).map(column => column.key), ['title', 'name', 'words', 'boilerplate']);
});

test('cells: mark, truncated title, words, boilerplate share, group, relation and similarity', t => {
	const columns = tableColumns(120, {withGroups: true, marks: true});
	const copy = tableArticle(article('b.txt', 'A rather long title that will not fit in the column of this width at all, no it will not', 'one two', {labels: {lines: [], language: 'en', meta: {}, boilerplateShare: 0.123}, group: group({group: 3, original: 'a.txt', groupSize: 4, relation: 'rewritten', similarity: 0.456})}));
	const row = formatArticleRow(copy, columns, 2);
	t.regex(row, /^2 /);
	t.regex(row, /…/);
	t.regex(row, / 2 +12% +#3 ×4 rewritten +46%$/);
	const original = formatArticleRow(tableArticle(article('a.txt', 'Original', 'x', {group: group({group: 3, original: 'a.txt', groupSize: 4})})), columns, 0);
	t.regex(original, /\*#3 ×4 original *$/);
	// Alone: its group number, no relation, no similarity.
	const alone = tableArticle(article('e.txt', 'Alone', 'x', {group: group({group: 5, original: 'e.txt', groupSize: 1, relation: 'identical', similarity: 1})}));
	t.deepEqual(['group', 'relation', 'similarity'].map(key => articleCell(alone, key as 'group')), ['#5', '', '']);
	t.is(articleCell(tableArticle(article('w.txt', 't', 'x', {words: 12_345})), 'words'), '12,345');
	t.deepEqual(['words', 'boilerplate'].map(key => articleCell(tableArticle(article('p.txt', 't', 'x', {pending: true})), key as 'words')), ['…', '']);
	t.is(articleCell(tableArticle(article('u.txt', '  \n ', 'x')), 'title'), '(untitled)');
});

test('an estimated relation is marked ~ at every width, beside its similarity when shown', t => {
	const estimated = tableArticle(article('b.txt', 'Copy', 'x', {group: {...group({group: 3, original: 'a.txt', relation: 'rewritten', similarity: 0.5}), estimated: true}}));
	const judged = tableArticle(article('c.txt', 'Copy', 'x', {group: group({group: 3, original: 'a.txt', relation: 'rewritten', similarity: 0.5})}));
	for (const width of [70, 80, 99, 100, 200]) {
		const columns = tableColumns(width, {withGroups: true, marks: true});
		t.regex(formatArticleRow(estimated, columns), / ~rewritten( +~50%)?$/, String(width));
		t.notRegex(formatArticleRow(judged, columns), /~/, String(width));
	}
});

test('the name column takes what the longest name needs, within limits', t => {
	const name = (columns: Column[]) => columns.find(column => column.key === 'name')!.width;
	t.is(name(tableColumns(80, {withGroups: false, longestName: 24})), 24);
	t.is(name(tableColumns(80, {withGroups: false, longestName: 3})), 6);
	// A very long name leaves the title 14 columns.
	t.is(tableColumns(80, {withGroups: true, longestName: 200}).find(column => column.key === 'title')!.width, 14);
	t.is(name(tableColumns(79, {withGroups: true, marks: true, longestName: 24})), 24, "the bundled corpus's names fit whole at 80 columns");
	t.is(longestNameWidth([article('東京.txt', 't', 'x'), article('a.txt', 't', 'x')]), 8);
});

test('group columns only when some group holds several articles', t => {
	const alone = (id: string, number: number) => article(id, 't', 'x', {group: group({group: number, original: id, groupSize: 1})});
	t.false(showsGroups([alone('a.txt', 1), alone('b.txt', 2), article('c.txt', 't', 'x')]));
	t.true(showsGroups([alone('a.txt', 1), article('b.txt', 't', 'x', {group: group({group: 2, original: 'c.txt', groupSize: 2})})]));
});

test('a word count of a million or more is shown in millions, never cut to the column ("4,000,…" reads as another number; breaker10 H8)', t => {
	const cell = (words: number) => articleCell(tableArticle(article('big', 'A long text', 'x', {words})), 'words');
	t.is(cell(999_999), '999,999');
	t.is(cell(1_000_000), '1.0M');
	t.is(cell(4_000_000), '4.0M');
	t.is(cell(12_349_999), '12.3M');
	for (const words of [0, 7, 999_999, 1_000_000, 4_000_123, 999_999_999]) t.true(measureWidth(cell(words)) <= 7, String(words));
});
