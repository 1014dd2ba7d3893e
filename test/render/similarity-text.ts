import test from 'ava';
import fc from 'fast-check';
import {shownSimilarity, similarityFixed, similarityPercent} from '../../source/render/similarity-text.js';
import {compareTexts} from '../../source/compare/compare.js';
import {articleCell, tableArticle} from '../../source/render/article-table.js';
import {article, group} from '../helpers/articles.js';

test('a pair that is not identical never shows 1 or 100%, at any precision', t => {
	fc.assert(
		fc.property(fc.double({min: 0, max: 1, noNaN: true}), value => {
			t.not(similarityFixed(value, false), '1.00');
			t.not(similarityPercent(value, false), '100');
			t.true(shownSimilarity(value, false, 4) < 1);
			// Below the top, the usual rounding.
			if (value < 0.985) t.is(similarityFixed(value, false), value.toFixed(2));
		}),
	);
	t.is(similarityFixed(1, true), '1.00');
	t.is(similarityPercent(1, true), '100');
	t.is(similarityFixed(0.996, false), '0.99');
});

test('a copy that changes only a sign (similarity 1 by its words) is shown below 1 in the list', t => {
	const text = 'The temperature in the city fell to -5 °C overnight, the weather service said. Schools stayed open.';
	const comparison = compareTexts(text, text.replace('-5 °C', '5 °C'));
	t.is(comparison.relation, 'edited');
	t.is(similarityFixed(comparison.similarity, false), '0.99');
	const copy = tableArticle(article('b.txt', 'Copy', 'x', {group: group({group: 3, original: 'a.txt', relation: 'edited', similarity: comparison.similarity})}));
	t.is(articleCell(copy, 'similarity'), '99%');
});
