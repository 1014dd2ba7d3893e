import test from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import type {ArticleLabels} from '../../source/boilerplate/label.js';
import {deriveTitle} from '../../source/corpus/title.js';

const kindOf = (labels: ArticleLabels, n: number): string | undefined => labels.lines.find((line) => line.n === n)?.kind;

const prose = [
	'Heavy monsoon rain flooded large parts of the city on Tuesday, forcing dozens of garment factories to close and leaving thousands of workers without pay for the day.',
	'The drainage system, which officials have promised to upgrade for years, failed within hours as the water rose above knee height in several industrial districts.',
	'Factory owners said they expected the closures to last at least until Thursday, when forecasters predict that the rain will ease across the region.',
];

test('a plain text: a one-word first line followed by prose is the title, kept', (t) => {
	const text = ['Monsoon', '', ...prose.flatMap((p) => [p, ''])].join('\n');
	const labels = labelArticle(text);
	t.is(kindOf(labels, 1), 'title');
	t.is(deriveTitle(text, labels), 'Monsoon');
});

test('a plain text: a short first line is the title and the subtitle lines under it are the author\'s', (t) => {
	const text = ['Chronicle of the mountain season 1956', 'WITH FURTHER NOTES ON THE YEARS BEFORE BY A. WRITER', 'With 3 illustrations', '', ...prose.flatMap((p) => [p, ''])].join('\n');
	const labels = labelArticle(text);
	t.is(kindOf(labels, 1), 'title');
	t.is(kindOf(labels, 2), 'body');
	t.is(kindOf(labels, 3), 'body');
	t.is(deriveTitle(text, labels), 'Chronicle of the mountain season 1956');
});

test('a link is not a title: a list item, a chevron, a chevron left as an entity', (t) => {
	for (const link of ['WATCH VIDEO: Entertainment &raquo', '• Complete Coverage »', 'More from the weather desk ›']) {
		const text = [link, ...prose].join('\n');
		const labels = labelArticle(text);
		t.not(deriveTitle(text, labels), link, link);
		t.not(kindOf(labels, 1), 'title', link);
	}
});
