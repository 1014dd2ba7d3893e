import test from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import {compareArticles} from '../../source/compare/compare-articles.js';
import {story} from './stories.js';

const article = `Ferry terminal approved\n\n${story(5, 8)}`;
const lastLine = (text: string) => labelArticle(text).lines.at(-1)!;

test('a source credit under the article\'s last paragraph is the article\'s attribution, and a changed source is a change (M29)', t => {
	for (const credit of ['Source: Wire Agency', 'Quelle: dpa', 'Fuente: EFE', 'Source: https://www.health.example.int/news/item/03-03-2025-report']) {
		t.is(lastLine(`${article}\n\n${credit}\n`).kind, 'body', credit);
	}

	const compare = (a: string, b: string) => {
		const left = `${article}\n\n${a}\n`;
		const right = `${article}\n\n${b}\n`;
		return compareArticles({text: left, labels: labelArticle(left)}, {text: right, labels: labelArticle(right)});
	};

	t.not(compare('Source: Wire Agency', 'Source: Other Agency').relation, 'identical');
	t.true(compare('Source: https://www.health.example.int/news/item/1', 'Source: https://www.health-int.example.ru/news/item/1').changes > 0);
});

test('a scraper\'s "Source:" header above the article, and a long "Sources:" list after it, stay chrome', t => {
	const headed = labelArticle(`Source: https://www.example.org/news/1\n\n${article}\n`);
	t.not(headed.lines[0]!.kind, 'body');
	const listed = `${article}\n\nSources: ${Array.from({length: 14}, (_, i) => `site${i}.example`).join(', ')}\n`;
	t.not(lastLine(listed).kind, 'body');
});
