import test from 'ava';
import fc from 'fast-check';
import {compareTexts} from '../../source/compare/compare.js';
import {sentenceFacts} from '../helpers/sentence-facts.js';

const facts = (before: string, after: string, language = 'en') => sentenceFacts(before, after, language).facts;

test('a word negated by a prefix is a negation fact, and the copy is edited (breaker13 M33)', t => {
	t.deepEqual(sentenceFacts('The injuries were non-fatal, the hospital said in a statement on Tuesday evening.', 'The injuries were fatal, the hospital said in a statement on Tuesday evening.'), {facts: ['negation: non-fatal → fatal'], relation: 'edited'});
	t.deepEqual(facts('The court ruled that the search of the premises was lawful, the judge said.', 'The court ruled that the search of the premises was unlawful, the judge said.'), ['negation: lawful → unlawful']);
	t.deepEqual(facts('The minister said the strike was legal and would go ahead as planned.', 'The minister said the strike was illegal and would go ahead as planned.'), ['negation: legal and → illegal and']);
	t.deepEqual(facts('The minister said the evidence was inconclusive, the report said.', 'The minister said the evidence was conclusive, the report said.'), ['negation: inconclusive → conclusive']);
	t.deepEqual(facts('The regulator said the merger was unlikely to harm consumers in the region.', 'The regulator said the merger was likely to harm consumers in the region.'), ['negation: unlikely to → likely to']);
	t.deepEqual(facts('Die Durchsuchung war nach Ansicht des Gerichts unrechtmäßig, sagte der Richter.', 'Die Durchsuchung war nach Ansicht des Gerichts rechtmäßig, sagte der Richter.', 'de'), ['negation: unrechtmäßig → rechtmäßig']);
	t.deepEqual(facts('Le tribunal a jugé que la perquisition était légale, selon le juge.', 'Le tribunal a jugé que la perquisition était illégale, selon le juge.', 'fr'), ['negation: légale → illégale']);
	t.deepEqual(facts('El tribunal dijo que la huelga era legal, según el juez.', 'El tribunal dijo que la huelga era ilegal, según el juez.', 'es'), ['negation: legal → ilegal']);
});

test('"with" and "without" swapped is a negation fact, in English, German and French (breaker13 M33)', t => {
	t.deepEqual(facts('The officers entered the building without a warrant, the lawyer told the court.', 'The officers entered the building with a warrant, the lawyer told the court.'), ['negation: without a → with a']);
	t.deepEqual(facts('Die Beamten betraten das Gebäude ohne Durchsuchungsbefehl, sagte der Anwalt.', 'Die Beamten betraten das Gebäude mit Durchsuchungsbefehl, sagte der Anwalt.', 'de'), ['negation: ohne Durchsuchungsbefehl → mit Durchsuchungsbefehl']);
	t.deepEqual(facts('Les policiers sont entrés sans mandat, a dit l’avocat au tribunal.', 'Les policiers sont entrés avec mandat, a dit l’avocat au tribunal.', 'fr'), ['negation: sans mandat → avec mandat']);
});

test('a word that only looks prefixed is no negation: "inform" / "form", "discover" / "cover", a German noun in "Un-"', t => {
	t.deepEqual(facts('The minister said he would inform the council on Monday.', 'The minister said he would form the council on Monday.'), []);
	t.deepEqual(facts('The team said it would discover the site on Monday.', 'The team said it would cover the site on Monday.'), []);
	t.deepEqual(facts('Nach dem Unfall wurde die Straße gesperrt, sagte ein Sprecher.', 'Nach dem Fall wurde die Straße gesperrt, sagte ein Sprecher.', 'de'), []);
});

test('swapping the copies swaps a prefix negation fact', t => {
	fc.assert(
		fc.property(fc.constantFrom(['lawful', 'unlawful'], ['legal', 'illegal'], ['possible', 'impossible'], ['regular', 'irregular'], ['complete', 'incomplete'], ['honest', 'dishonest']), fc.boolean(), ([one, other], swap) => {
			const [x, y] = swap ? [other!, one!] : [one!, other!];
			t.deepEqual(facts(`The court said the plan was ${x} in every respect.`, `The court said the plan was ${y} in every respect.`), [`negation: ${x} in → ${y} in`]);
		}),
		{numRuns: 12},
	);
});

test('an inflected word that is no negation of its base stays none: "disclosed" / "closed", "invested" / "vested", "flammable" / "inflammable" (review14 V4)', t => {
	const lead = 'The regional council met in the town hall for its monthly session, officials said.\n\n';
	for (const [a, b] of [['The company disclosed the deal on Monday.', 'The company closed the deal on Monday.'], ['The firm invested heavily in the plant.', 'The firm vested heavily in the plant.'], ['Officials discovered the leak on Monday.', 'Officials covered the leak on Monday.'], ['The material is flammable, the firm said.', 'The material is inflammable, the firm said.']]) {
		const facts = compareTexts(`${lead}${a}\n`, `${lead}${b}\n`).facts ?? [];
		t.deepEqual(facts.filter(fact => fact.kind === 'negation'), [], a);
	}
});
