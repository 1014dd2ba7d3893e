import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {asksOwn, moodFacts} from '../../source/compare/mood.js';

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

/** moodFacts of one paired row holding the whole of each text. */
const pair = (before: string, after: string, language?: string) => moodFacts(before, after, [{kind: 'changed', left: {start: 0, end: before.length}, right: {start: 0, end: after.length}, similarity: 0.9, ops: []}], language);

test('a question put another way is no mood fact: reported ("asked whether", "wondered aloud why"), or ended by a full stop with its question word, as Urdu news writes it (breaker12b L3, L5, review R13)', t => {
	const mood = (before: string, after: string) => facts(before, after).facts.filter(fact => fact.endsWith('(mood)'));
	t.deepEqual(mood('The minister asked: will the plan for the northern provinces work?', 'The minister asked whether the plan for the northern provinces would work.'), []);
	t.deepEqual(mood('He wondered aloud: why now, after all these years of delay?', 'He wondered aloud why now, after all these years of delay.'), []);
	t.deepEqual(mood('The mayor asked: "Who will pay for the new roads in the north?" Nobody answered her.', 'The mayor asked who would pay for the new roads in the north. Nobody answered her.'), []);
	// A title that lost its question mark ends with no stop: it tells nothing.
	t.deepEqual(pair('Will the council raise taxes for schools next year?', 'Will the council raise taxes for schools next year'), []);
	// A title reworded into a statement, with no stop, still is one.
	t.is(pair('Will the council raise taxes for schools?', 'Council to raise taxes for schools').length, 1);
	// Urdu: a "why" question written with "۔", then with "؟", is the same question.
	t.deepEqual(pair('انہوں نے پوچھا کہ اپیل کیوں دائر نہ کی۔', 'انہوں نے پوچھا کہ اپیل کیوں دائر نہ کی؟', 'ur'), []);
	// A statement with no question in it turned into a question still is one.
	t.is(mood('The government will raise taxes for schools next year.', 'Will the government raise taxes for schools next year?').length, 1);
	t.is(pair('حکومت ٹیکس بڑھائے گی۔', 'حکومت ٹیکس بڑھائے گی؟', 'ur').length, 1);
});

test('the Greek question mark ";" (U+037E, or the semicolon it normalises to) asks (breaker12b L20)', t => {
	const statement = 'Η κυβέρνηση θα αυξήσει τους φόρους.';
	for (const question of ['Θα αυξήσει η κυβέρνηση τους φόρους;', 'Θα αυξήσει η κυβέρνηση τους φόρους\u037E']) t.is(pair(statement, question, 'el').length, 1);
	// Elsewhere a semicolon asks nothing.
	t.false(asksOwn('The vote was held;', 'en'));
});
