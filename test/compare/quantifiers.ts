import test from 'ava';
import fc from 'fast-check';
import {sentenceFacts} from '../helpers/sentence-facts.js';

const facts = (before: string, after: string, language = 'en') => sentenceFacts(before, after, language).facts;

test('a proportional quantifier replaced by another of its scale is a figure fact, and the copy is edited (breaker13 M21)', t => {
	t.deepEqual(sentenceFacts('All of the passengers survived the crash, the airline said in a statement on Monday.', 'Most of the passengers survived the crash, the airline said in a statement on Monday.'), {facts: ['number: All of → Most of'], relation: 'edited'});
	t.deepEqual(facts('Most of the passengers survived the crash, the airline said in a statement on Monday.', 'Few of the passengers survived the crash, the airline said in a statement on Monday.'), ['number: Most of → Few of']);
	t.deepEqual(facts('A majority of the council members voted for the plan on Monday, the mayor said.', 'A minority of the council members voted for the plan on Monday, the mayor said.'), ['number: majority of → minority of']);
	t.deepEqual(facts('Eine Mehrheit der Ratsmitglieder stimmte am Montag für den Plan.', 'Eine Minderheit der Ratsmitglieder stimmte am Montag für den Plan.', 'de'), ['number: Mehrheit der → Minderheit der']);
});

test('a factor of "as many" replaced by another is a figure fact; the same factor in other words is none (breaker13 M21)', t => {
	t.deepEqual(facts('Twice as many people voted in the election as four years ago, officials said.', 'Three times as many people voted in the election as four years ago, officials said.'), ['number: Twice as → Three times as']);
	t.deepEqual(facts('Twice as many people voted in the election as four years ago, officials said.', 'Two times as many people voted in the election as four years ago, officials said.'), []);
});

test('swapping the copies swaps a quantifier fact', t => {
	// "none" is a negator: its change is the negation fact (below).
	const scale = ['few', 'some', 'many', 'most', 'all'];
	fc.assert(
		fc.property(fc.constantFrom(...scale), fc.constantFrom(...scale), (one, other) => {
			fc.pre(one !== other);
			const sentence = (word: string) => `The report said ${word} of the workers had left the plant by Monday.`;
			t.deepEqual(facts(sentence(one), sentence(other)), [`number: ${one} of → ${other} of`]);
			t.deepEqual(facts(sentence(other), sentence(one)), [`number: ${other} of → ${one} of`]);
		}),
		{numRuns: 15},
	);
	t.deepEqual(facts('The report said none of the workers had left the plant by Monday.', 'The report said few of the workers had left the plant by Monday.'), ['negation: report said none of → report said few of']);
});
