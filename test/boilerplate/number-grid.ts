import fc from 'fast-check';
import test from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import {gridCells} from '../../source/boilerplate/number-grid.js';
import type {ArticleLabels} from '../../source/boilerplate/label.js';

const lineOf = (labels: ArticleLabels, text: string, needle: string) => labels.lines.find((line) => text.slice(line.span.start, line.span.end).includes(needle));

const prose = [
	'The cabins stand at the edge of the forest, a short walk from the lake, and each of them sleeps up to six guests in two bedrooms.',
	'Guests can rent boats at the jetty from May to September, and the owners organise guided walks through the nature reserve every Saturday morning.',
	'Bookings are confirmed once the deposit has arrived, and the rest of the price is paid on arrival or by bank transfer four weeks before the stay.',
];

/** A month of a booking calendar as w3m prints it: a heading, a row of weekday abbreviations, weeks of day numbers. */
const month = (name: string, days: string[], offset: number): string[] => {
	const cells = [...Array.from({length: offset}, () => '  '), ...Array.from({length: 31}, (_, i) => String(i + 1).padStart(2, '0'))];
	const weeks: string[] = [];
	for (let i = 0; i < cells.length; i += 7) weeks.push(`    ${cells.slice(i, i + 7).join(' ')}`);
	return [`        ${name} 2020`, `    ${days.join(' ')}`, ...weeks];
};

test('a booking calendar (weekday abbreviations and day numbers) is navigation, the article around it is kept', (t) => {
	const text = [prose[0], '', prose[1], '', ...month('Oktober', ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'], 3), '', ...month('Dezember', ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'], 1), '', prose[2], ''].join('\n');
	const labels = labelArticle(text);
	for (const needle of ['Mo Di Mi', '08 09 10', '29 30 31', 'Oktober 2020', 'Dezember 2020']) {
		const line = lineOf(labels, text, needle);
		t.is(line?.kind, 'boilerplate', needle);
		t.is(line?.reason, 'calendar or number grid', needle);
	}

	for (const sentence of prose) t.is(lineOf(labels, text, sentence.slice(0, 30))?.kind, 'body');
});

test('a calendar given one cell a line (as a page\'s HTML table gives it) is navigation too', (t) => {
	const cells = ['Lu', 'Ma', 'Me', 'Je', 'Ve', 'Sa', 'Di', ...Array.from({length: 30}, (_, i) => String(i + 1))];
	const text = [prose[0], '', 'Novembre 2020', ...cells, '', prose[1], '', prose[2], ''].join('\n');
	const labels = labelArticle(text);
	const grid = labels.lines.filter((line) => /^\s*(?:\d{1,2}|[A-Z][a-z])\s*$/u.test(text.slice(line.span.start, line.span.end)));
	t.true(grid.length >= 30);
	t.true(grid.every((line) => line.reason === 'calendar or number grid'));
});

test('property: prose with figures, and a short list of figures, is never a number grid', (t) => {
	fc.assert(fc.property(fc.array(fc.integer({min: 1, max: 31}), {minLength: 1, maxLength: 13}), fc.integer({min: 0, max: 2}), (figures, at) => {
		const lines = [...prose];
		lines.splice(at, 0, figures.join(' '));
		const text = lines.join('\n\n');
		return labelArticle(text).lines.every((line) => line.reason !== 'calendar or number grid');
	}), {numRuns: 40});
	t.pass();
});

test('a league table or a list of scores (no month named, no days counting up) is article text, so a changed score is a change', (t) => {
	const table = ['Premier League 2024', 'ARS 10 8 1 1 25', 'MCI 10 7 2 1 23', 'LIV 10 7 1 2 22', 'AVL 10 6 2 2 20', 'TOT 10 5 3 2 18', 'NEW 10 5 2 3 17'];
	const scores = ['Final scores on Saturday:', 'Ars 2 Avl 1', 'Mci 4 Tot 4', 'Liv 3 New 0', 'Che 1 Bha 1', 'Whu 0 Eve 2', 'Ful 2 Bre 2', 'Wol 1 Bou 3'];
	for (const block of [table, scores]) {
		const text = [prose[0], '', prose[1], '', ...block, '', prose[2], ''].join('\n');
		const labels = labelArticle(text);
		for (const row of block.slice(1)) t.not(lineOf(labels, text, row)?.reason, 'calendar or number grid', row);
	}
});

test('day numbers counting up one by one are a calendar even without a month\'s name', (t) => {
	const cells = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su', ...Array.from({length: 28}, (_, i) => String(i + 1))];
	const text = [prose[0], '', ...cells, '', prose[1], '', prose[2], ''].join('\n');
	const labels = labelArticle(text);
	t.is(lineOf(labels, text, 'Mo')?.reason, 'calendar or number grid');
	t.is(lineOf(labels, text, prose[2].slice(0, 30))?.kind, 'body');
});

/** gridCells as it was written first: split every block, then test each token. */
const splitCells = (raw: string): string[] | undefined => {
	const cells = raw.split(/[\s|]+/u).filter(Boolean);
	return cells.length > 0 && cells.every((cell) => /^(?:\p{N}{1,2}[.)]?|\p{L}{1,3}\.?)$/u.test(cell)) ? cells : undefined;
};

test('gridCells, tested whole before it splits, answers as splitting every block did', (t) => {
	// Pieces of cells, separators and what breaks a cell, so that both answers come up often.
	const piece = fc.constantFrom('1', '07', '123', 'Mo', 'Tue', 'Sept', 'é', '\u0301', '٣', '.', ')', '..', ' ', '  ', '\t', '|', '\u00A0', '\n', '-', 'x');
	fc.assert(fc.property(fc.array(piece, {maxLength: 12}), (pieces) => {
		const raw = pieces.join('');
		t.deepEqual(gridCells(raw), splitCells(raw), JSON.stringify(raw));
	}), {numRuns: 3000});
	t.deepEqual(gridCells('  01 02 | 03  '), ['01', '02', '03']);
	t.is(gridCells('Mo Di Mittwoch'), undefined);
});
