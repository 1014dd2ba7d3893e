import test from 'ava';
import fc from 'fast-check';
import {sentenceFacts} from '../helpers/sentence-facts.js';

const facts = (before: string, after: string, language = 'en') => sentenceFacts(before, after, language).facts;

test('a claim given to another source written as a common noun is a name fact, and the copy is edited (breaker13 M27)', t => {
	t.deepEqual(sentenceFacts('At least 12 people were killed in the blast, police said in a statement on Tuesday.', 'At least 12 people were killed in the blast, rebels said in a statement on Tuesday.'), {facts: ['name: police said → rebels said'], relation: 'edited'});
	t.deepEqual(facts('At least 12 people were killed in the blast, according to the health ministry on Tuesday.', 'At least 12 people were killed in the blast, according to the militants on Tuesday.'), ['name: according to the health ministry → according to the militants']);
	t.deepEqual(facts('At least 12 people were killed in the blast, a government spokesman told reporters.', 'At least 12 people were killed in the blast, an opposition spokesman told reporters.'), ['name: a government spokesman told → an opposition spokesman told']);
	t.deepEqual(facts('At least 12 people were killed in the blast, said police.', 'At least 12 people were killed in the blast, said rebels.'), ['name: said police → said rebels']);
});

test('a source swapped in French and German, after their "according to" (breaker13 M27)', t => {
	t.deepEqual(facts('Au moins 12 personnes ont été tuées, selon la police.', 'Au moins 12 personnes ont été tuées, selon les rebelles.', 'fr'), ['name: selon la police → selon les rebelles']);
	t.deepEqual(facts('Mindestens 12 Menschen wurden getötet, laut der Polizei.', 'Mindestens 12 Menschen wurden getötet, laut den Rebellen.', 'de'), ['name: laut der Polizei → laut den Rebellen']);
});

test('the same source said another way is no fact: a pronoun, a generic source, a plural, an added word', t => {
	t.deepEqual(facts('At least 12 people were killed in the blast, police said.', 'At least 12 people were killed in the blast, officials said.'), []);
	t.deepEqual(facts('At least 12 people were killed in the blast, it said.', 'At least 12 people were killed in the blast, the company said.'), []);
	t.deepEqual(facts('At least 12 people were killed, a police officer said.', 'At least 12 people were killed, police officers said.'), []);
	t.deepEqual(facts('At least 12 people were killed, police said.', 'At least 12 people were killed, local police said.'), []);
	// One speaker named by their place in another way (the README sample's "embassy staff member" / "embassy employee"), and a hearer after "told".
	t.deepEqual(facts('"We are fine," an embassy staff member told TASS without more details.', '"We are fine," an embassy employee told TASS without more details.'), []);
	t.deepEqual(facts('At least 12 people were killed in the blast, the minister told reporters.', 'At least 12 people were killed in the blast, the minister told journalists.'), []);
	// A word replaced that is no source (not before a verb of speech).
	t.deepEqual(facts('At least 12 people were killed in the blast near the market, police said.', 'At least 12 people were killed in the blast near the station, police said.'), []);
});

test('swapping the two copies swaps the source fact', t => {
	const sources = ['police', 'rebels', 'witnesses', 'doctors', 'militants', 'firefighters'];
	fc.assert(
		fc.property(fc.constantFrom(...sources), fc.constantFrom(...sources), (one, other) => {
			fc.pre(one !== other);
			const [a, b] = [`At least 12 people were killed in the blast, ${one} said on Tuesday.`, `At least 12 people were killed in the blast, ${other} said on Tuesday.`];
			t.deepEqual(facts(a, b), [`name: ${one} said → ${other} said`]);
			t.deepEqual(facts(b, a), [`name: ${other} said → ${one} said`]);
		}),
		{numRuns: 20},
	);
});
