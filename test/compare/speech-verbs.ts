import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {speechVerbFollows} from '../../source/compare/speech-verbs.js';

test('a verb of speech in the singular after an opener, its auxiliary first where the language builds its past so', t => {
	t.true(speechVerbFollows(' sagte am Montag', 'de'));
	t.true(speechVerbFollows(' a déclaré lundi', 'fr'));
	t.true(speechVerbFollows(' ha detto lunedì', 'it'));
	t.true(speechVerbFollows(' dijo el lunes', 'es'));
	t.false(speechVerbFollows(' powiedział w poniedziałek', 'pl'), 'no articles: a bare noun or an adverb opens a sentence as a name does');
	t.true(speechVerbFollows(' said on Monday', 'en'));
	t.false(speechVerbFollows(' sagten am Montag', 'de'), 'a plural verb: a bare plural noun opens a sentence');
	t.false(speechVerbFollows(' a perdu lundi', 'fr'));
	t.false(speechVerbFollows(' a\ndéclaré', 'fr'), 'not across a line');
	t.false(speechVerbFollows(' said', 'xx'));
});

const lead: Record<string, string> = {
	de: 'Der Stadtrat tagte am Montag im Rathaus zu seiner monatlichen Sitzung, teilten Beamte mit.',
	fr: "Le conseil régional s'est réuni lundi à l'hôtel de ville pour sa session mensuelle, selon des responsables.",
	es: 'El consejo regional se reunió el lunes en el ayuntamiento para su sesión mensual, según funcionarios.',
	it: 'Il consiglio regionale si è riunito lunedì in municipio per la sessione mensile, secondo i funzionari.',
	pl: 'Rada regionalna zebrała się w poniedziałek w ratuszu na comiesięcznej sesji, poinformowali urzędnicy.',
};
const facts = (language: string, left: string, right: string) =>
	(compareTexts(`${lead[language]}\n\n${left}`, `${lead[language]}\n\n${right}`, {language}).facts ?? []).map(fact => [fact.kind, fact.left, fact.right]);

test('a one-word surname opening a sentence before a verb of speech is who spoke, in other languages than English (breaker13 M1)', t => {
	t.deepEqual(facts('de', 'Scholz sagte am Montag in Berlin, die Regierung werde die Hilfen verlängern.', 'Habeck sagte am Montag in Berlin, die Regierung werde die Hilfen verlängern.'), [['name', 'Scholz', 'Habeck']]);
	t.deepEqual(facts('fr', 'Macron a déclaré lundi à Paris que le gouvernement prolongerait les aides.', 'Bayrou a déclaré lundi à Paris que le gouvernement prolongerait les aides.'), [['name', 'Macron', 'Bayrou']]);
	t.deepEqual(facts('es', 'Sánchez dijo el lunes en Madrid que el gobierno prorrogará las ayudas.', 'Feijóo dijo el lunes en Madrid que el gobierno prorrogará las ayudas.'), [['name', 'Sánchez', 'Feijóo']]);
	t.deepEqual(facts('it', 'Meloni ha detto lunedì a Roma che il governo prorogherà gli aiuti.', 'Schlein ha detto lunedì a Roma che il governo prorogherà gli aiuti.'), [['name', 'Meloni', 'Schlein']]);
});

test('in a language without articles an opener is a name only when the texts write it as one inside a sentence', t => {
	t.deepEqual(facts('pl', 'Następnie powiedział w poniedziałek, że rząd przedłuży pomoc.', 'Potem powiedział w poniedziałek, że rząd przedłuży pomoc.'), []);
	t.deepEqual(
		facts('pl', 'Premier Donald Tusk spotkał się z prezydentem Andrzejem Dudą. Tusk powiedział w poniedziałek, że rząd przedłuży pomoc.', 'Premier Donald Tusk spotkał się z prezydentem Andrzejem Dudą. Duda powiedział w poniedziałek, że rząd przedłuży pomoc.'),
		[['name', 'Tusk', 'Duda']],
	);
});

test('an adverb opening a sentence before the verb (its subject after it, or dropped) is no speaker', t => {
	t.deepEqual(facts('de', 'Dann sagte er in Berlin, die Regierung werde die Hilfen verlängern.', 'Später sagte er in Berlin, die Regierung werde die Hilfen verlängern.'), []);
	t.deepEqual(facts('de', 'Danach sagte er in Berlin, die Regierung werde die Hilfen verlängern.', 'Anschließend sagte er in Berlin, die Regierung werde die Hilfen verlängern.'), []);
	t.deepEqual(facts('es', 'Después dijo que el gobierno prorrogará las ayudas.', 'Luego dijo que el gobierno prorrogará las ayudas.'), []);
	t.deepEqual(facts('de', 'Experten sagten am Montag, die Lage sei ernst.', 'Ermittler sagten am Montag, die Lage sei ernst.'), []);
});

test('a pronoun right after the verb makes the opener an adverb; an article does not, as it opens objects too; a Scandinavian definite noun is no speaker (breaker13b N13, review13 R15, review13b S1)', t => {
	t.deepEqual(facts('de', 'Zudem erklärte er, die Hilfen würden verlängert.', 'Ferner erklärte er, die Hilfen würden verlängert.'), []);
	t.false(speechVerbFollows(' erklärte er', 'de'));
	t.true(speechVerbFollows(' sagte der Deutschen Presse-Agentur', 'de'));
	t.deepEqual(facts('de', 'Müller sagte der Deutschen Presse-Agentur, die Hilfen würden verlängert.', 'Schmidt sagte der Deutschen Presse-Agentur, die Hilfen würden verlängert.'), [['name', 'Müller', 'Schmidt']]);
	t.true(speechVerbFollows(' dijo el lunes en Madrid', 'es'));
	t.false(speechVerbFollows(' dijo él', 'es'));
	t.true(speechVerbFollows(' a déclaré lundi', 'fr'));
	t.false(speechVerbFollows(' a déclaré il', 'fr'));
	t.false(speechVerbFollows(' uppger', 'sv'), 'a definite suffix: "Polisen uppger" opens as a name does');
});
