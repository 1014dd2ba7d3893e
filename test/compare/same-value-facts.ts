// One value written two ways is no changed fact (breaker16): year ranges with a shortened end, an age said two ways,
// a clock's half in capitals or on the 24-hour clock, German hours and ages, a unit written once for a range, the
// French article, names written without their accents. Each with a real change beside it that must still be found.
import test from 'ava';
import {compareArticles} from '../../source/compare/compare-articles.js';
import {compareTexts} from '../../source/compare/compare.js';
import {figuresOf} from '../../source/compare/figures.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import type {AnalyzedArticle} from '../../source/corpus/article.js';
import {sentenceFacts} from '../helpers/sentence-facts.js';

const facts = (before: string, after: string, language = 'en') => sentenceFacts(before, after, language).facts;

test('a year range whose end is written with two digits ends in the full year: "2023-24" is "2023-2024"', t => {
	t.deepEqual(facts('The striker scored nine goals for the club in the 2023-2024 season, the club said.', 'The striker scored nine goals for the club in the 2023-24 season, the club said.'), []);
	t.deepEqual(facts('The archive holds the letters the soldier wrote home in 1914-18 from the front.', 'The archive holds the letters the soldier wrote home in 1914-1918 from the front.'), []);
	t.deepEqual(facts('The theatre staged the opera in its 1952/53 season for the first time.', 'The theatre staged the opera in its 1952/1953 season for the first time.'), []);
	// Across a century: "1999-00" ends in 2000.
	t.deepEqual(figuresOf('in the 1999–00 season').map(figure => figure.key), ['=1999', '=2000']);
	// A far end is no range: "2020-10" is no span of ninety years.
	t.deepEqual(figuresOf('in 2020-10 the plant').map(figure => figure.key), ['=2020', '=10']);
	// Another end is a change.
	t.deepEqual(facts('The striker scored nine goals for the club in the 2023-24 season, the club said.', 'The striker scored nine goals for the club in the 2023-25 season, the club said.'), ['date: 2023-24 → 2023-25']);
});

test('an age said two ways is one figure, and a fact never shows the same text on both sides', t => {
	t.deepEqual(facts('The painter, who lived near the harbour, died aged 84 after a short illness.', 'The painter, who lived near the harbour, died at the age of 84 after a short illness.'), []);
	t.deepEqual(facts('The painter, who lived near the harbour, died aged 84 after a short illness.', 'The painter, who lived near the harbour, died at the age of 85 after a short illness.'), ['number: 84 → 85']);
	// An age and the bare number of it: the other side did not say it was an age, not another value.
	t.deepEqual(facts('The painter, who lived near the harbour, died aged 84 after a short illness.', 'The painter, who lived near the harbour, died at 84 after a short illness.'), []);
});

test('a clock time with its half in capitals is the time with a.m. or p.m., and 19:20 is 7:20 p.m.', t => {
	t.deepEqual(facts('The first train left the station at 7:20 AM with about forty passengers.', 'The first train left the station at 7:20 a.m. with about forty passengers.'), []);
	t.deepEqual(facts('The last train left the station at 19:20 with about forty passengers.', 'The last train left the station at 7:20 PM with about forty passengers.'), []);
	// AM and PM are no names.
	t.deepEqual(facts('The last train left the station at 7:20 PM with about forty passengers.', 'The last train left the station at 7:20 AM with about forty passengers.'), ['date: 7:20 PM → 7:20 AM']);
	t.deepEqual(figuresOf('at 7:20 AM').map(figure => [figure.text, figure.key]), [['7:20 AM', 'time:7:20']]);
});

test('German: an hour with "Uhr" is one time however its minutes are written; a weekday before a count is no date; ages', t => {
	t.deepEqual(facts('Die Sitzung des Stadtrats beginnt am Abend um 14 Uhr im großen Saal des Rathauses.', 'Die Sitzung des Stadtrats beginnt am Abend um 14:00 Uhr im großen Saal des Rathauses.', 'de'), []);
	t.deepEqual(facts('Die Sitzung des Stadtrats beginnt am Abend um 14 Uhr im großen Saal des Rathauses.', 'Die Sitzung des Stadtrats beginnt am Abend um 15 Uhr im großen Saal des Rathauses.', 'de'), ['date: 14 → 15']);
	// German copy writes the 24-hour clock: "10:30" is "10.30 Uhr", "9 Uhr" is "9:00".
	t.deepEqual(facts('Die Sitzung des Stadtrats beginnt am Morgen um 10:30 im großen Saal des Rathauses.', 'Die Sitzung des Stadtrats beginnt am Morgen um 10.30 Uhr im großen Saal des Rathauses.', 'de'), []);
	t.deepEqual(facts('Die Sitzung des Stadtrats beginnt am Morgen um 9:00 im großen Saal des Rathauses.', 'Die Sitzung des Stadtrats beginnt am Morgen um 9 Uhr im großen Saal des Rathauses.', 'de'), []);
	t.deepEqual(facts('Bei dem Unfall auf der Landstraße wurden am Montag drei Menschen schwer verletzt.', 'Bei dem Unfall auf der Landstraße wurden am Montag 3 Menschen schwer verletzt.', 'de'), []);
	t.deepEqual(figuresOf('am Montag 3 Menschen', 'de').map(figure => figure.key), ['=3']);
	t.deepEqual(figuresOf('Der 84-Jährige starb im Alter von 84 Jahren, er war 84 Jahre alt.', 'de').map(figure => figure.key), ['age:84', 'age:84', 'age:84']);
	t.deepEqual(facts('Der 84-Jährige starb am Dienstag in seinem Haus in der Nähe der Stadt, sagte die Familie.', 'Er starb am Dienstag im Alter von 84 Jahren in seinem Haus in der Nähe der Stadt, sagte die Familie.', 'de'), []);
});

test('two short German copies are read as German together: their capitalised nouns are no names', t => {
	const article = (name: string, text: string) => ({id: name, path: name, name, text, size: text.length, warnings: [], meta: {}});
	const [left, right] = analyzeArticles([article('a.txt', 'Der 84-Jährige starb am Dienstag.\n'), article('b.txt', 'Im Alter von 84 Jahren starb er am Dienstag.\n')]) as [AnalyzedArticle, AnalyzedArticle];
	t.deepEqual(compareArticles(left, right).facts, []);
});

test('a unit written once for a range is each end\'s: "from 5 to 3 percent" is "from 5% to 3%"', t => {
	t.deepEqual(facts('Unemployment in the region fell from 5% to 3% over the last two years, the office said.', 'Unemployment in the region fell from 5 to 3 percent over the last two years, the office said.'), []);
	t.deepEqual(figuresOf('zwischen 2 und 4 Prozent', 'de').map(figure => figure.key), ['=2%', '=4%']);
	t.deepEqual(facts('Unemployment in the region fell from 5% to 3% over the last two years, the office said.', 'Unemployment in the region fell from 6 to 3 percent over the last two years, the office said.'), ['number: 5% → 6']);
});

test('French "un" is the article, not the number one, save inside a number or before its scale', t => {
	// The article is no figure a figure in its place replaced ("un → 2025").
	const french = facts('Le ministre a présenté un nouveau plan pour les écoles de la région, a-t-il dit.', 'Le ministre a présenté le nouveau plan 2025 pour les écoles de la région, a-t-il dit.', 'fr');
	t.false(french.some(fact => fact.includes('un →')), french.join(' · '));
	t.deepEqual(facts('La ville a reçu vingt et un millions d\'euros pour les écoles de la région.', 'La ville a reçu 21 millions d\'euros pour les écoles de la région.', 'fr'), []);
	t.deepEqual(facts('La ville a reçu un million d\'euros pour les écoles de la région.', 'La ville a reçu 2 millions d\'euros pour les écoles de la région.', 'fr'), ['number: un million d\'euros → 2 millions d\'euros']);
});

test('a name written without its accents is the same name ("José" / "Jose"); another name is still a change', t => {
	t.deepEqual(facts('The mayor of the city, José Álvarez, opened the new bridge over the river on the coast.', 'The mayor of the city, Jose Alvarez, opened the new bridge over the river on the coast.'), []);
	t.deepEqual(facts('The delegation flew from São Paulo to the capital for the talks on trade.', 'The delegation flew from Sao Paulo to the capital for the talks on trade.'), []);
	t.deepEqual(facts('The mayor of the city, José Álvarez, opened the new bridge over the river on the coast.', 'The mayor of the city, José Martínez, opened the new bridge over the river on the coast.'), ['name: José Álvarez → José Martínez']);
});

test('noon is "12:00" and a quarter written as its code is that quarter: "third quarter" is "Q3"', t => {
	t.deepEqual(facts('The talks between the two unions ended at noon on Friday, a spokesman said.', 'The talks between the two unions ended at 12:00 on Friday, a spokesman said.'), []);
	t.deepEqual(facts('The talks between the two unions ended at 12:30 on Friday, a spokesman said.', 'The talks between the two unions ended at 12:30 p.m. on Friday, a spokesman said.'), []);
	t.deepEqual(facts('The talks between the two unions ended at noon on Friday, a spokesman said.', 'The talks between the two unions ended at 13:00 on Friday, a spokesman said.'), ['date: noon → 13:00']);
	t.deepEqual(facts('Profits at the carmaker rose sharply in the third quarter, the company said.', 'Profits at the carmaker rose sharply in Q3, the company said.'), []);
	t.deepEqual(facts('Profits at the carmaker rose sharply in Q3, the company said.', 'Profits at the carmaker rose sharply in Q4, the company said.'), ['number: Q3 → Q4']);
});

test('a bound turned the other way before one figure written two ways is a change: "at least 12" → "at most twelve"', t => {
	t.deepEqual(facts('At least 12 people were hurt when the bus left the road, police said.', 'At most twelve people were hurt when the bus left the road, police said.'), ['number: At least 12 → At most twelve']);
	t.deepEqual(facts('More than 12 people were hurt when the bus left the road, police said.', 'Fewer than twelve people were hurt when the bus left the road, police said.'), ['number: More than 12 → Fewer than twelve']);
	t.deepEqual(facts('At least 12 people were hurt when the bus left the road, police said.', 'At least twelve people were hurt when the bus left the road, police said.'), []);
	t.deepEqual(facts('About 12 people were hurt when the bus left the road, police said.', 'At most twelve people were hurt when the bus left the road, police said.'), []);
});

test('an elided article after a figure is no unit: "1956, l\'expédition" is no litres (breaker16 B5)', t => {
	t.deepEqual(figuresOf("En juin 1956 l'expédition est partie de Skardu.").map(figure => figure.key), figuresOf('En juin 1956 elle est partie de Skardu.').map(figure => figure.key));
	t.deepEqual(facts("En juin 1956, l'expédition est partie de Skardu avec deux cents porteurs.", "En juin 1956 l'expédition est partie de Skardu avec deux cents porteurs.", 'fr'), []);
	// A litre is still one.
	t.deepEqual(facts('Le réservoir contient 5 l d\'eau potable pour la nuit.', 'Le réservoir contient 8 l d\'eau potable pour la nuit.', 'fr'), ['number: 5 l → 8 l']);
});

// breaker16 B2: a French or German number of several words was left unread, so the digits of the other side were an added figure.
test('a French or German number of several words is its value: "vingt-cinq" is 25, "quatre-vingt-dix" 90, "einundzwanzig" 21', t => {
	const french = (figure: string) => `D'après les pompiers, l'incendie de l'entrepôt a fait ${figure} blessés dans la nuit.`;
	for (const [written, digits] of [['vingt-cinq', '25'], ['quatre-vingt-dix', '90'], ['soixante-dix', '70'], ['soixante et onze', '71'], ['deux cent cinquante', '250'], ['trois mille', '3000']]) t.deepEqual(facts(french(written!), french(digits!), 'fr'), [], written);
	const german = (figure: string) => `Nach Angaben der Feuerwehr gab es bei dem Brand in der Lagerhalle ${figure} Verletzte in der Nacht.`;
	for (const [written, digits] of [['einundzwanzig', '21'], ['zweihundert', '200'], ['dreitausend', '3000'], ['zweihundertfünfzig', '250']]) t.deepEqual(facts(german(written!), german(digits!), 'de'), [], written);
	// Another value is a changed figure.
	t.deepEqual(facts(french('quatre-vingt-dix'), french('80'), 'fr'), ['number: quatre-vingt-dix → 80']);
	t.deepEqual(facts(german('einundzwanzig'), german('12'), 'de'), ['number: einundzwanzig → 12']);
});

// breaker16 B3: noon and midnight in French and German words, a German hour with its part of the day, and an hour of the
// 24-hour clock before "o'clock" were other values than the same time in figures.
test('"à midi" is "à 12 h", "um Mitternacht" "um 0 Uhr", "7 Uhr abends" "19 Uhr", "16 o\'clock" "4 pm"; another time is a change', t => {
	const french = (time: string) => `Le 3 mars ${time}, selon la mairie, la place a été évacuée par la police.`;
	t.deepEqual(facts(french('à midi'), french('à 12 h'), 'fr'), []);
	t.deepEqual(facts(french('à minuit'), french('à 0 h'), 'fr'), []);
	t.deepEqual(facts(french('à midi'), french('à minuit'), 'fr'), ['date: midi → minuit']);
	const german = (time: string) => `Am 3. März ${time} wurde der Platz nach Angaben der Stadt von der Polizei geräumt.`;
	t.deepEqual(facts(german('um Mitternacht'), german('um 0 Uhr'), 'de'), []);
	t.deepEqual(facts(german('um 19 Uhr'), german('um 7 Uhr abends'), 'de'), []);
	t.deepEqual(facts(german('um 19 Uhr'), german('um 7 Uhr morgens'), 'de'), ['date: 19 → 7 Uhr morgens']);
	const english = (time: string) => `At ${time} the climbers reached the ridge, the expedition said.`;
	t.deepEqual(facts(english('16 o\'clock'), english('4 pm')), []);
	t.deepEqual(facts(english('16 o\'clock'), english('5 pm')), ['date: 16 o\'clock → 5 pm']);
});

test('German "halb acht" is 7:30, a range\'s half of the day written once is each end\'s, "T3" is the third quarter, "03.03." is 3 March (breaker16 B3)', t => {
	t.deepEqual(facts('Die Sitzung des Stadtrats begann am Dienstag um halb acht im großen Saal des Rathauses.', 'Die Sitzung des Stadtrats begann am Dienstag um 7:30 Uhr im großen Saal des Rathauses.', 'de'), []);
	t.deepEqual(facts('Die Sitzung des Stadtrats begann am Dienstag gegen halb 8 Uhr abends im großen Saal des Rathauses.', 'Die Sitzung des Stadtrats begann am Dienstag gegen 19:30 Uhr im großen Saal des Rathauses.', 'de'), []);
	t.deepEqual(facts('Die Sitzung des Stadtrats begann am Dienstag um halb acht im großen Saal des Rathauses.', 'Die Sitzung des Stadtrats begann am Dienstag um halb neun im großen Saal des Rathauses.', 'de'), ['date: halb acht → halb neun']);
	t.deepEqual(facts('The library on the square is open from 9 to 11 a.m. on weekdays, the librarian said.', 'The library on the square is open from 9 a.m. to 11 a.m. on weekdays, the librarian said.'), []);
	t.deepEqual(facts('The library on the square is open from 9 to 11 a.m. on weekdays, the librarian said.', 'The library on the square is open from 8 a.m. to 11 a.m. on weekdays, the librarian said.'), ['date: 9 → 8 a.m.']);
	t.deepEqual(facts('Die Bibliothek am Marktplatz ist werktags von 9 bis 11 Uhr geöffnet, sagte die Leiterin.', 'Die Bibliothek am Marktplatz ist werktags von 9 Uhr bis 11 Uhr geöffnet, sagte die Leiterin.', 'de'), []);
	t.deepEqual(facts('Les ventes du groupe ont progressé de 4 % au troisième trimestre, selon la direction.', 'Les ventes du groupe ont progressé de 4 % au T3, selon la direction.', 'fr'), []);
	t.deepEqual(facts('Les ventes du groupe ont progressé de 4 % au T3, selon la direction.', 'Les ventes du groupe ont progressé de 4 % au T4, selon la direction.', 'fr'), ['number: T3 → T4']);
	t.deepEqual(facts('Das Stadtfest auf dem Marktplatz fand am 3. März statt, sagte der Bürgermeister.', 'Das Stadtfest auf dem Marktplatz fand am 03.03. statt, sagte der Bürgermeister.', 'de'), []);
	t.deepEqual(facts('Das Stadtfest auf dem Marktplatz fand am 3. März statt, sagte der Bürgermeister.', 'Das Stadtfest auf dem Marktplatz fand am 04.03. statt, sagte der Bürgermeister.', 'de'), ['date: 3. März → 04.03.']);
	// A decimal with no stop after it stays a number.
	t.deepEqual(figuresOf('eine Quote von 3.5 Prozent', 'de').map(figure => figure.kind), ['number']);
});

test('a changed year range is shown whole, once; a name with its umlauts spelled out or as its initials is the same name (breaker16 B12)', t => {
	const season = (range: string) => `The striker scored nine goals for the club in the ${range} season, the club said.`;
	t.deepEqual(facts(season('2023-24'), season('2024-25')), ['date: 2023-24 → 2024-25']);
	t.deepEqual(facts(season('2023-24'), season('2022-23')), ['date: 2023-24 → 2022-23']);
	t.deepEqual(facts(season('2023-24'), season('2023-2024')), []);
	t.deepEqual(facts('The race on the river was won by Zoë Müller on Monday, the club said.', 'The race on the river was won by Zoe Mueller on Monday, the club said.'), []);
	t.deepEqual(facts('The race on the river was won by Zoë Müller on Monday, the club said.', 'The race on the river was won by Zoe Meyer on Monday, the club said.'), ['name: Zoë Müller → Zoe Meyer']);
	t.deepEqual(facts('The first pages of the World Wide Web were written at a laboratory near Geneva.', 'The first pages of the WWW were written at a laboratory near Geneva.'), []);
	t.deepEqual(facts('Delegates of the World Health Organization met at a laboratory near Geneva.', 'Delegates of the IMF met at a laboratory near Geneva.'), ['name: World Health Organization → IMF']);
});

// Fresh user L9: "um halb acht" / "um acht" gave no fact ("halb" alone changed, a word no fact was read in), an hour in words
// before "Uhr" was a bare number ("acht Uhr" / "8 Uhr" was "acht → 8"), and "Uhr." ending a sentence before a name ran into it.
test('German "halb" dropped is a changed time, an hour in words before "Uhr" is that time, and "Uhr" is never a name', t => {
	const party = (time: string) => `Die Feier beginnt am Samstag ${time}. Bürgermeister Schmidt wird eine Rede halten und danach gibt es Musik.`;
	const de = (before: string, after: string) => compareTexts(party(before), party(after), {language: 'de'}).facts!.map(fact => `${fact.kind}: ${fact.left} → ${fact.right}`);
	t.deepEqual(de('um halb acht', 'um acht'), ['number: halb acht → acht']);
	t.deepEqual(de('um halb acht', 'um acht Uhr'), ['date: halb acht → acht Uhr']);
	t.deepEqual(de('um halb acht Uhr', 'um acht Uhr'), ['date: halb acht Uhr → acht Uhr']);
	t.deepEqual(de('um sieben Uhr', 'um acht Uhr'), ['date: sieben Uhr → acht Uhr']);
	t.deepEqual(de('um halb 8', 'um 8 Uhr'), ['date: halb 8 → 8']);
	// One time written two ways.
	t.deepEqual(de('um acht Uhr', 'um 8 Uhr'), []);
	t.deepEqual(de('um sieben Uhr abends', 'um 19 Uhr'), []);
	t.deepEqual(de('um acht', 'um acht Uhr'), []);
	t.deepEqual(de('um halb acht', 'um 7:30 Uhr'), []);
	// "um" before a count is still "by": a changed number.
	t.deepEqual(de('und die Zahl der Gäste stieg um acht', 'und die Zahl der Gäste stieg um neun'), ['number: acht → neun']);
});

// Fresh user L10 (a COUNTER pair): a range's two ends paired with different figures of a reworded sentence listed the range twice.
test('a year range is listed once in a row whatever its ends were paired with; one changed at two places is two facts', t => {
	t.deepEqual(facts('The cabinet also approved talks with Afghanistan on cultural agreements for 2014-18.', 'The cabinet also approved 37 agreements with other countries on health and education.').filter(fact => fact.startsWith('number') || fact.startsWith('date')), ['number: 2014-18 → 37']);
	t.deepEqual(facts('The plan for 2023-24 was cut and the plan for 2023-24 was frozen.', 'The plan for 2024-25 was cut and the plan for 2024-25 was frozen.'), ['date: 2023-24 → 2024-25', 'date: 2023-24 → 2024-25']);
});

test('two capitals are not the initials of a person\'s name: "Paul Murphy" → "the PM" is a changed name; "United States" → "US" is the same (breaker17b L2)', t => {
	const plan = (who: string) => `The council met on Tuesday. The plan was defended by ${who} in the chamber, officials said.`;
	t.deepEqual(facts(plan('Paul Murphy'), plan('the PM')), ['name: Paul Murphy → PM']);
	t.deepEqual(facts(plan('Mike Pence'), plan('the MP')), ['name: Mike Pence → MP']);
	const talks = (who: string) => `Trade talks with the ${who} resumed in Geneva on Monday, officials said.`;
	t.deepEqual(facts(talks('United States'), talks('US')), []);
});
