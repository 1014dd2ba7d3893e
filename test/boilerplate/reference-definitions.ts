import test from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import type {ArticleLabels} from '../../source/boilerplate/label.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {compareArticles} from '../../source/compare/compare-articles.js';
import type {AnalyzedArticle, Article} from '../../source/corpus/article.js';

const kindOf = (labels: ArticleLabels, text: string, needle: string) => labels.lines.find(line => text.slice(line.span.start, line.span.end).includes(needle));

// A Markdown story written with reference links and a citation number, an image line and a numbered
// list: the shape that lost its lead as "images and form fields" (breaker11 J11).
const lead = 'Floodwater swept through three villages in the Valdora valley overnight, killing 9 people and leaving 300 without shelter, officials said.[1]';
const story = [
	'# Floods kill 9 in Valdora valley',
	'',
	lead,
	'',
	'> "The river rose faster than anyone had seen," mayor Ilse Varga said.',
	'',
	'Relief money will come from the [regional disaster fund][fund], the council said.',
	'',
	'![Rescuers in a boat](https://img.example.com/boat.jpg "Photo: Agency")',
	'',
	'1. The valley road was closed on Tuesday.',
	'2. Schools stayed shut.',
	'',
	'[fund]: https://fund.example.org/valdora',
	'[1]: https://news.example.com/valdora-floods',
	'',
].join('\n');

const source = (name: string, text: string): Article => ({id: name, path: name, name, text, size: text.length, warnings: [], meta: {}});
const compared = (a: string, b: string) => {
	const [left, right] = analyzeArticles([source('a.md', a), source('b.md', b)]) as [AnalyzedArticle, AnalyzedArticle];
	return compareArticles(left, right);
};

test('a lead sentence with a citation number, in a story with reference links and an image, is the article\'s (breaker11 J11)', t => {
	const labels = labelArticle(story);
	t.is(kindOf(labels, story, 'Floodwater swept')?.kind, 'body');
	t.is(kindOf(labels, story, 'regional disaster fund')?.kind, 'body');
	t.is(kindOf(labels, story, 'Schools stayed shut')?.kind, 'body');
});

test('a reference definition a kept paragraph uses is the article\'s; one nothing uses keeps its label', t => {
	const labels = labelArticle(story);
	t.is(kindOf(labels, story, '[fund]: https://')?.kind, 'body');
	t.is(kindOf(labels, story, '[1]: https://')?.kind, 'body');
	const unused = story.replace('[fund]: https://fund.example.org/valdora', '[other]: https://fund.example.org/valdora');
	t.is(kindOf(labelArticle(unused), unused, '[other]: https://')?.kind, 'boilerplate');
});

test('a changed figure in the lead, and a reference definition pointed at another address, are changes (breaker11 J11)', t => {
	const figure = compared(story, story.replace('killing 9 people', 'killing 19 people'));
	t.not(figure.relation, 'identical');
	t.is(figure.changes, 1);
	const target = compared(story, story.replace('https://fund.example.org/valdora', 'https://fund-valdora.example.ru/'));
	t.not(target.relation, 'identical');
	t.is(target.changes, 1);
	// The same story with the marks dropped and the links written inline reads as the same words.
	const inline = story.replace('.[1]', '.').replace('[regional disaster fund][fund]', '[regional disaster fund](https://fund.example.org/valdora)');
	t.is(compared(story, inline).changes, 0);
});
