import test from 'ava';
import fc from 'fast-check';
import {sentenceFacts} from '../helpers/sentence-facts.js';

const facts = (before: string, after: string) => sentenceFacts(before, after).facts;

test('outcomes or a negator swapped between two clauses turn each clause: a negation fact for each (breaker13b N19)', t => {
	t.deepEqual(sentenceFacts('Prices rose in Germany and fell in France last month, data showed.', 'Prices fell in Germany and rose in France last month, data showed.'), {facts: ['negation: Prices rose in Germany → Prices fell in Germany', 'negation: fell in France last month, data showed → rose in France last month, data showed'], relation: 'edited'});
	t.deepEqual(facts('The court found Smith guilty but cleared Jones on Monday.', 'The court cleared Smith but found Jones guilty on Monday.'), ['negation: The court found Smith guilty → The court cleared Smith', 'negation: cleared Jones on Monday → found Jones guilty on Monday']);
	t.deepEqual(facts('The mayor attended the meeting but the governor did not attend it, officials said.', 'The mayor did not attend the meeting but the governor attended it, officials said.'), ['negation: The mayor attended the meeting → The mayor did not attend the meeting', 'negation: the governor did not attend it, officials said → the governor attended it, officials said']);
});

test('clauses swapped whole, or an outcome said another way, are no clause reversal (breaker12b L2)', t => {
	t.deepEqual(facts('The party lost seats in the north but won in the south on Monday.', 'The party won in the south but lost seats in the north on Monday.'), []);
	t.deepEqual(facts('Prices rose in Germany and fell in France last month, data showed.', 'Prices increased in Germany and fell in France last month, data showed.'), []);
});

test('property: swapping the outcomes of two places turns both clauses, both ways round (breaker13b N19)', t => {
	fc.assert(
		fc.property(fc.constantFrom(['rose', 'fell'], ['won', 'lost']), fc.constantFrom('Germany', 'France', 'Spain'), fc.constantFrom('Italy', 'Poland', 'Greece'), ([up, down], one, other) => {
			const [a, b] = [`Sales ${up} in ${one} and ${down} in ${other} last year.`, `Sales ${down} in ${one} and ${up} in ${other} last year.`];
			t.is(facts(a, b).length, 2);
			t.deepEqual(facts(b, a), facts(a, b).map(fact => fact.replace(/^negation: (.*) → (.*)$/u, 'negation: $2 → $1')));
		}),
		{numRuns: 12},
	);
});
