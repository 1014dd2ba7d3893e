import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {figureValue, figuresOf} from '../../source/compare/figures.js';

const article = (sentence: string) => `Officials gave an update\n\nThe regional government published its weekly report on the situation in the northern provinces this morning.\n\n${sentence}\n\nAid agencies said they were preparing for further deliveries in the coming days and weeks ahead.\n`;
const between = (a: string, b: string) => compareTexts(article(a), article(b), {language: 'en'}).facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`);

test('a figure grouped the Indian way ("1,20,000") is its value: 1,20,000 and 120,000 are one figure, 1,20,000 and 12,000 two (breaker12 K26)', t => {
	t.deepEqual(between('The company cut 1,20,000 jobs last year, the union said on Monday.', 'The company cut 120,000 jobs last year, the union said on Monday.'), []);
	t.deepEqual(between('The company cut 15,00,000 jobs last year, the union said on Monday.', 'The company cut 1.5 million jobs last year, the union said on Monday.'), []);
	t.deepEqual(between('The company cut 1,20,000 jobs last year, the union said on Monday.', 'The company cut 12,000 jobs last year, the union said on Monday.'), ['number:1,20,000→12,000']);
	t.is(figureValue('1,23,45,678.50'), '12345678.5');
	t.is(figureValue('1,20,00'), undefined);
	t.is(figureValue('12,00,000'), '1200000');
	t.is(figuresOf('Rs 1,20,000')[0]!.key, figuresOf('Rs 1.2 lakh')[0]!.key);
});
