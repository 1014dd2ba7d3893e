import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {moodFacts} from '../../source/compare/mood.js';

const article = (sentence: string) =>
	['Officials gave an update', 'The regional government published its weekly report on the situation in the northern provinces this morning.', sentence, 'Aid agencies said they were preparing for further deliveries in the coming days and weeks ahead.'].join('\n\n');
const facts = (before: string, after: string) => {
	const result = compareTexts(article(before), article(after));
	return {facts: (result.facts ?? []).map(fact => `${fact.left} → ${fact.right} (${fact.kind})`), relation: result.relation};
};

test('a question turned into a statement is a mood fact, and the copy is edited (breaker12 K17)', t => {
	t.deepEqual(facts('Will the government raise taxes? The minister said it would not rule it out.', 'The government will raise taxes. The minister said it would not rule it out.'), {facts: ['Will the government raise taxes? → The government will raise taxes. (mood)'], relation: 'edited'});
	// Back again: a statement turned into a question.
	t.deepEqual(facts('The government will raise taxes next year, the minister said.', 'Will the government raise taxes next year, the minister asked?').facts.filter(fact => fact.endsWith('(mood)')).length, 1);
	// The same question, or the same statement, reworded: no mood fact.
	t.false(facts('Will the government raise taxes next year?', 'Will the government raise income taxes next year?').facts.some(fact => fact.endsWith('(mood)')));
	t.false(facts('The government will raise taxes next year.', 'The government will raise income taxes next year.').facts.some(fact => fact.endsWith('(mood)')));
	// The Arabic and full-width question marks ask too.
	t.deepEqual(moodFacts('هل سترفع الحكومة الضرائب؟', 'سترفع الحكومة الضرائب.', [{kind: 'changed', left: {start: 0, end: 25}, right: {start: 0, end: 22}, similarity: 0.8, ops: []}]).length, 1);
	t.deepEqual(moodFacts('a?', 'b?', []), []);
});

test('a quotation whose question mark came or went is altered: "We will win," → "We will win?" (breaker12 K17)', t => {
	t.deepEqual(facts('“We will win the election,” the party leader told supporters in the capital.', '“We will win the election?” the party leader asked supporters in the capital.'), {facts: ['We will win the election, → We will win the election? (quote)'], relation: 'edited'});
	// A quotation cut at its stop is the same.
	t.deepEqual(facts('“We will win the election.” the party leader told supporters in the capital.', '“We will win the election,” the party leader told supporters in the capital.').facts, []);
});
