import test from 'ava';
import {numberWordsFor} from '../../source/compare/number-words.js';
import {compareTexts} from '../../source/compare/compare.js';

const article = (sentence: string) => `Officials gave an update\n\nThe regional government published its weekly report on the situation in the northern provinces this morning.\n\n${sentence}\n\nAid agencies said they were preparing for further deliveries in the coming days and weeks ahead.\n`;
const between = (a: string, b: string) => {
	const comparison = compareTexts(article(a), article(b), {language: 'en'});
	return {facts: comparison.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`), relation: comparison.relation};
};

test('ordinal words past "twelfth" are figures by their rank: "nineteenth century" → "eighteenth century" is a changed figure (breaker12 K41)', t => {
	t.deepEqual(between('The tower was built in the nineteenth century, historians said.', 'The tower was built in the eighteenth century, historians said.'), {facts: ['number:nineteenth→eighteenth'], relation: 'edited'});
	t.deepEqual(between('It was the company\'s twentieth anniversary, the chairman said.', 'It was the company\'s thirtieth anniversary, the chairman said.').facts, ['number:twentieth→thirtieth']);
	t.deepEqual(between('It was the company\'s twenty-first anniversary, the chairman said.', 'It was the company\'s twenty-second anniversary, the chairman said.').facts, ['number:twenty-first→twenty-second']);
	t.deepEqual(between('It was the company\'s twenty-first anniversary, the chairman said.', 'It was the company\'s 21st anniversary, the chairman said.').facts, []);
});

test('the ordinals of the teens and tens are keyed by rank in English, German, French and Dutch', t => {
	t.is(numberWordsFor('en').get('nineteenth'), '=19');
	t.is(numberWordsFor('en').get('ninetieth'), '=90');
	t.is(numberWordsFor('de').get('neunzehnten'), '=19');
	t.is(numberWordsFor('fr').get('seizième'), '=16');
	t.is(numberWordsFor('nl').get('negentiende'), '=19');
	t.is(numberWordsFor('it').get('nineteenth'), '=19');
});
