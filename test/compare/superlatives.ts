import test from 'ava';
import fc from 'fast-check';
import {sentenceFacts} from '../helpers/sentence-facts.js';

const facts = (before: string, after: string, language = 'en') => sentenceFacts(before, after, language).facts;

test('a superlative\'s rank dropped or added, and "one of the" before it, are figure facts; the copy is edited (breaker13 M26)', t => {
	t.deepEqual(sentenceFacts('Bangladesh has the second-largest garment industry in the world after China, the report said.', 'Bangladesh has the largest garment industry in the world after China, the report said.'), {facts: ['number: second-largest → largest'], relation: 'edited'});
	t.deepEqual(facts("It was one of the deadliest industrial accidents in the country's history, officials said.", "It was the deadliest industrial accident in the country's history, officials said."), ['number: one of the deadliest → the deadliest']);
	t.deepEqual(facts('Bangladesch hat die zweitgrößte Textilindustrie der Welt, hieß es in dem Bericht.', 'Bangladesch hat die größte Textilindustrie der Welt, hieß es in dem Bericht.', 'de'), ['number: zweitgrößte → größte']);
	t.deepEqual(facts('Le Bangladesh possède la deuxième plus grande industrie textile du monde, selon le rapport.', 'Le Bangladesh possède la plus grande industrie textile du monde, selon le rapport.', 'fr'), ['number: deuxième plus grande → plus grande']);
	// Both ranks written: the ordinal's own figure fact, once.
	t.deepEqual(facts('Bangladesh has the second-largest garment industry in the world, the report said.', 'Bangladesh has the third-largest garment industry in the world, the report said.'), ['number: second → third']);
});

test('a superlative turned to its opposite is a negation fact (breaker13 M26)', t => {
	t.deepEqual(facts("It was the deadliest industrial accident in the country's history, officials said.", "It was the least deadly industrial accident in the country's history, officials said."), ['negation: deadliest industrial → least deadly industrial']);
	t.deepEqual(facts("The company is the world's biggest maker of the chips, the report said.", "The company is the world's smallest maker of the chips, the report said."), ['negation: biggest maker → smallest maker']);
	// The same end of the scale in other words, and a bound, are no reversal of a superlative.
	t.deepEqual(facts("It was the biggest protest in the country's history, officials said.", "It was the largest protest in the country's history, officials said."), []);
	t.deepEqual(facts('The company earned at least $80m in the quarter, it said.', 'The company earned at most $80m in the quarter, it said.'), ['number: at least $80m → at most $80m']);
	t.deepEqual(facts('The company posted its biggest profit in the quarter, it said.', 'The company posted its biggest interest in the quarter, it said.'), []);
});

test('swapping the copies swaps a superlative fact', t => {
	fc.assert(
		fc.property(fc.constantFrom(['biggest', 'smallest'], ['highest', 'lowest'], ['oldest', 'youngest'], ['richest', 'poorest']), fc.boolean(), ([one, other], swap) => {
			const [x, y] = swap ? [other!, one!] : [one!, other!];
			t.deepEqual(facts(`It is the ${x} company in the region, the report said.`, `It is the ${y} company in the region, the report said.`), [`negation: ${x} company → ${y} company`]);
		}),
		{numRuns: 12},
	);
});
