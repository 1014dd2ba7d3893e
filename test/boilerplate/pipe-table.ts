import test from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import type {ArticleLabels} from '../../source/boilerplate/label.js';

const kindOf = (labels: ArticleLabels, text: string, needle: string) => labels.lines.find(line => text.slice(line.span.start, line.span.end).includes(needle))?.kind;

const before = 'The council met on Tuesday to discuss the budget for the coming year, and members argued for hours about the new road scheme.';
const after = 'The mayor said the vote would be held again next month if the members could not agree on the cost of the two projects.';
const table = ['| Item | Cost |', '|---|---|', '| Road repairs on the High Street | 3.0 million euros |', '| New library building in the centre | 3.2 million euros |'];

test('a pipe table between two paragraphs of the article is the article\'s, every row of it (its cells read like a headline list)', t => {
	const text = ['# Budget approved', '', before, '', ...table, '', after, ''].join('\n');
	const labels = labelArticle(text);
	for (const row of table) t.is(kindOf(labels, text, row), 'body', row);
	// Without a separator row, three rows of one cell count are a table too.
	const plain = ['| Road repairs | 3.0m |', '| Library | 3.2m |', '| Harbour wall | 1.1m |'];
	const text2 = ['# Budget approved', '', before, '', ...plain, '', after, ''].join('\n');
	const labels2 = labelArticle(text2);
	for (const row of plain) t.is(kindOf(labels2, text2, row), 'body', row);
});

test('a pipe table outside the article\'s span keeps its labels; two unmarked rows are no table', t => {
	const menu = ['| Home | News | Sport |', '| Weather | Travel | Contact |'];
	const text = ['# Budget approved', '', before, '', ...menu, '', after, ''].join('\n');
	const labels = labelArticle(text);
	for (const row of menu) t.is(kindOf(labels, text, row), 'boilerplate', row);
	const sidebar = ['| Product | Price |', '|---|---|', '| Umbrella | 12 euros |', '| Raincoat | 40 euros |'];
	const text2 = ['# Budget approved', '', before, '', after, '', ...sidebar, ''].join('\n');
	const labels2 = labelArticle(text2);
	t.not(kindOf(labels2, text2, '| Umbrella | 12 euros |'), 'body');
});

test('a table without the outer pipes (GitHub Markdown) is one too: with its separator row, or three rows of figures; a menu of the same shape is not', t => {
	const bare = ['Country | Filings | Change', 'Germany | 12,000 | +4%', 'France | 9,500 | -1%'];
	const text = ['# Patent filings', '', before, '', ...bare, '', after, ''].join('\n');
	const labels = labelArticle(text);
	for (const row of bare) t.is(kindOf(labels, text, row), 'body', row);
	const marked = ['Country | Filings', '--- | ---', 'Germany | 12,000'];
	const text2 = ['# Patent filings', '', before, '', ...marked, '', after, ''].join('\n');
	const labels2 = labelArticle(text2);
	for (const row of marked) t.is(kindOf(labels2, text2, row), 'body', row);
	const menu = ['Home | News | Sport', 'Weather | Travel | Culture', 'About | Contact | Jobs'];
	const text3 = ['# Patent filings', '', before, '', ...menu, '', after, ''].join('\n');
	const labels3 = labelArticle(text3);
	for (const row of menu) t.not(kindOf(labels3, text3, row), 'body', row);
});
