import test from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import type {ArticleLabels} from '../../source/boilerplate/label.js';

const kindOf = (labels: ArticleLabels, text: string, needle: string) => labels.lines.find(line => text.slice(line.span.start, line.span.end).includes(needle))?.kind;

const before = 'The council met on Tuesday to discuss the budget for the coming year, and members argued for hours about the new road scheme.';
const after = 'The mayor said the vote would be held again next month if the members could not agree on the cost of the two projects.';
const table = ['| Item | Cost |', '|---|---|', '| Road repairs on the High Street | 3.0 million euros |', '| New library building in the centre | 3.2 million euros |'];

/** The kind of each of `rows` placed between two paragraphs of an article (or, `outside`, after its last one). */
const kindsBetween = (rows: readonly string[], outside = false): Array<string | undefined> => {
	const text = ['# Budget approved', '', before, '', ...(outside ? [after, '', ...rows] : [...rows, '', after]), ''].join('\n');
	const labels = labelArticle(text);
	return rows.map(row => kindOf(labels, text, row));
};

test('a pipe table between two paragraphs of the article is the article\'s, every row of it (its cells read like a headline list)', t => {
	t.deepEqual(kindsBetween(table), table.map(() => 'body'));
	// Without a separator row, three rows of one cell count are a table too.
	const plain = ['| Road repairs | 3.0m |', '| Library | 3.2m |', '| Harbour wall | 1.1m |'];
	t.deepEqual(kindsBetween(plain), plain.map(() => 'body'));
});

test('a pipe table outside the article\'s span keeps its labels; two unmarked rows are no table', t => {
	const menu = ['| Home | News | Sport |', '| Weather | Travel | Contact |'];
	t.deepEqual(kindsBetween(menu), menu.map(() => 'boilerplate'));
	const sidebar = ['| Product | Price |', '|---|---|', '| Umbrella | 12 euros |', '| Raincoat | 40 euros |'];
	t.not(kindsBetween(sidebar, true)[2], 'body');
});

test('a table without the outer pipes (GitHub Markdown) is one too: with its separator row, or three rows of figures; a menu of the same shape is not', t => {
	const bare = ['Country | Filings | Change', 'Germany | 12,000 | +4%', 'France | 9,500 | -1%'];
	t.deepEqual(kindsBetween(bare), bare.map(() => 'body'));
	const marked = ['Country | Filings', '--- | ---', 'Germany | 12,000'];
	t.deepEqual(kindsBetween(marked), marked.map(() => 'body'));
	const menu = ['Home | News | Sport', 'Weather | Travel | Culture', 'About | Contact | Jobs'];
	t.false(kindsBetween(menu).includes('body'));
});

test('the sentence that introduces a table inside the article, ending with a colon, is the article\'s (breaker11 J11)', t => {
	const intro = 'The worst floods in the valley so far:';
	const rows = ['| Year | Flood | Deaths |', '|------|-------|-------:|', '| 1998 | Upper valley | 41 |', '| 2010 | Lake shore | 1,020 |'];
	const text = ['# Floods in the Valdora valley', '', before, '', after, '', intro, '', ...rows, '', 'The council will meet again on Friday to decide on the money for the repairs.', ''].join('\n');
	const labels = labelArticle(text);
	t.is(kindOf(labels, text, intro), 'body');
	t.is(kindOf(labels, text, '| 2010 |'), 'body');
	// A colon line that names chrome stays chrome.
	const chrome = text.replace(intro, 'Share this article:');
	t.not(kindOf(labelArticle(chrome), chrome, 'Share this article:'), 'body');
});
