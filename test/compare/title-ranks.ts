import test from 'ava';
import fc from 'fast-check';
import {compareTexts} from '../../source/compare/compare.js';
import {sentenceFacts} from '../helpers/sentence-facts.js';

const facts = (before: string, after: string, language = 'en') => sentenceFacts(before, after, language).facts;

test('a title\'s rank modifier added or dropped is a name fact, and the copy is edited (breaker13b N8)', t => {
	t.deepEqual(sentenceFacts('Governor Smith signed the bill on Monday, officials said.', 'Lieutenant Governor Smith signed the bill on Monday, officials said.'), {facts: ['name: Governor Smith → Lieutenant Governor Smith'], relation: 'edited'});
	t.deepEqual(facts('Gov. Smith signed the bill on Monday, officials said.', 'Lt. Gov. Smith signed the bill on Monday, officials said.'), ['name: Gov. Smith → Lt. Gov. Smith']);
	t.deepEqual(facts('President Smith signed the order on Monday, officials said.', 'Vice President Smith signed the order on Monday, officials said.'), ['name: President Smith → Vice President Smith']);
	t.deepEqual(facts('The president signed the order on Monday, officials said.', 'The vice president signed the order on Monday, officials said.'), ['name: president → vice president']);
	t.deepEqual(facts('Deputy Prime Minister Smith signed the order on Monday.', 'Prime Minister Smith signed the order on Monday.'), ['name: Deputy Prime Minister Smith → Prime Minister Smith']);
	t.deepEqual(facts('Former President Smith signed the order on Monday.', 'President Smith signed the order on Monday.'), ['name: Former President Smith → President Smith']);
	t.deepEqual(facts('Gen. Smith signed the order on Monday.', 'Lt. Gen. Smith signed the order on Monday.'), ['name: Gen. Smith → Lt. Gen. Smith']);
});

test('a rank modifier in German, French and Spanish, written apart, hyphenated or glued (breaker13b N8)', t => {
	t.deepEqual(facts('Ministerpräsident Söder sagte am Montag, die Lage sei ernst.', 'Ex-Ministerpräsident Söder sagte am Montag, die Lage sei ernst.', 'de'), ['name: Ministerpräsident Söder → Ex-Ministerpräsident Söder']);
	t.deepEqual(facts('Le président Macron a déclaré lundi que la situation était grave.', "L'ancien président Macron a déclaré lundi que la situation était grave.", 'fr'), ["name: Le président Macron → L'ancien président Macron"]);
	t.deepEqual(facts('El presidente Sánchez dijo el lunes que la situación era grave.', 'El expresidente Sánchez dijo el lunes que la situación era grave.', 'es'), ['name: presidente Sánchez → expresidente Sánchez']);
});

test('a title written another way is no rank fact; a title replaced by another stays one name fact', t => {
	t.deepEqual(facts('Gov. Smith signed the bill on Monday, officials said.', 'Governor Smith signed the bill on Monday, officials said.'), []);
	t.deepEqual(facts('Gov. Smith signed the bill on Monday, officials said.', 'Sen. Smith signed the bill on Monday, officials said.'), ['name: Gov Smith → Sen Smith']);
	t.deepEqual(facts('The president signed the order on Monday, officials said.', 'The new president signed the order on Monday, officials said.'), []);
});

test('swapping the copies swaps a rank fact', t => {
	fc.assert(
		fc.property(fc.constantFrom('Vice', 'Former', 'Acting', 'Interim', 'Deputy'), fc.constantFrom('President', 'Governor', 'Chancellor'), (modifier, title) => {
			const [a, b] = [`${title} Smith signed the order on Monday.`, `${modifier} ${title} Smith signed the order on Monday.`];
			t.deepEqual(facts(a, b), [`name: ${title} Smith → ${modifier} ${title} Smith`]);
			t.deepEqual(facts(b, a), [`name: ${modifier} ${title} Smith → ${title} Smith`]);
		}),
		{numRuns: 15},
	);
});

test('a modifier before a word in lower case, or glued to one, is no rank: "Acting on a tip", "the former factory", "export" / "port" (review14 V5)', t => {
	const lead = 'The regional council met in the town hall for its monthly session, officials said.\n\n';
	for (const [a, b] of [['Acting on a tip, police raided the house.', 'On a tip, police raided the house.'], ['The former factory was demolished on Monday.', 'The factory was demolished on Monday.'], ['Interim results showed growth, the firm said.', 'Results showed growth, the firm said.'], ['The exchange rate fell sharply on Monday.', 'The change rate fell sharply on Monday.'], ['The company will export grain next year.', 'The company will port grain next year.']]) {
		const facts = compareTexts(`${lead}${a}\n`, `${lead}${b}\n`).facts ?? [];
		t.deepEqual(facts.filter(fact => fact.kind === 'name'), [], a);
	}
});
