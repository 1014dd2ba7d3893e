import test from 'ava';
import fc from 'fast-check';
import {compareTexts} from '../../source/compare/compare.js';

const article = (sentence: string) =>
	['Plane crashes near the capital', 'The regional council met in the town hall for its monthly session, officials said on the record.', sentence, 'The session ended in the afternoon and a further meeting is planned for later in the season.'].join('\n\n');

const compared = (before: string, after: string, language?: string) => {
	const result = compareTexts(article(before), article(after), {language});
	return {facts: (result.facts ?? []).map(fact => `${fact.kind}: ${fact.left} → ${fact.right}`), relation: result.relation};
};
const places = (before: string, after: string, language?: string) => compared(before, after, language).facts.filter(fact => fact.startsWith('place:'));

test('a compass direction of a location turned another way is a place fact, and the copy is edited (breaker13 M12)', t => {
	t.deepEqual(compared('The plane crashed 50 km north of the capital shortly after take-off on Monday.', 'The plane crashed 50 km south of the capital shortly after take-off on Monday.'), {facts: ['place: 50 km north of the capital → 50 km south of the capital'], relation: 'edited'});
	t.deepEqual(places('The plane crashed north of the capital shortly after take-off on Monday.', 'The plane crashed south of the capital shortly after take-off on Monday.'), ['place: north of the capital → south of the capital']);
	t.deepEqual(places('The earthquake struck off the east coast of the island early on Monday.', 'The earthquake struck off the west coast of the island early on Monday.'), ['place: east coast → west coast']);
	t.deepEqual(places('Fighting went on in northern Syria on Monday, officials said.', 'Fighting went on in southern Syria on Monday, officials said.'), ['place: northern Syria → southern Syria']);
	t.deepEqual(places('The village lies 12 miles north-east of the border post.', 'The village lies 12 miles north-west of the border post.'), ['place: 12 miles north-east of the border → 12 miles north-west of the border']);
	t.deepEqual(places('Shelling was heard in the north, officials said on Monday.', 'Shelling was heard in the south, officials said on Monday.'), ['place: north → south']);
	// Swapped sides alike.
	t.deepEqual(places('The plane crashed 50 km south of the capital on Monday.', 'The plane crashed 50 km north of the capital on Monday.'), ['place: 50 km south of the capital → 50 km north of the capital']);
});

test('a direction of a location in German, French, Spanish and Italian (breaker13 M12)', t => {
	t.deepEqual(places('Die Maschine stürzte 50 Kilometer nördlich der Hauptstadt ab, teilte die Polizei mit.', 'Die Maschine stürzte 50 Kilometer südlich der Hauptstadt ab, teilte die Polizei mit.', 'de'), ['place: 50 Kilometer nördlich der Hauptstadt → 50 Kilometer südlich der Hauptstadt']);
	t.deepEqual(places('Die Kämpfe gingen im Norden des Landes weiter, teilte die Polizei mit.', 'Die Kämpfe gingen im Süden des Landes weiter, teilte die Polizei mit.', 'de'), ['place: Norden des Landes → Süden des Landes']);
	t.deepEqual(places("L'avion s'est écrasé à 50 km au nord de la capitale lundi matin.", "L'avion s'est écrasé à 50 km au sud de la capitale lundi matin.", 'fr'), ['place: nord de la capitale → sud de la capitale']);
	t.deepEqual(places('Le séisme a frappé l’est du pays lundi matin, selon les autorités.', 'Le séisme a frappé l’ouest du pays lundi matin, selon les autorités.', 'fr'), ['place: l’est du pays → l’ouest du pays']);
	t.deepEqual(places('Le séisme a frappé la côte est lundi matin, selon les autorités.', 'Le séisme a frappé la côte ouest lundi matin, selon les autorités.', 'fr'), ['place: côte est → côte ouest']);
	t.deepEqual(places('El avión se estrelló 50 km al norte de la capital el lunes.', 'El avión se estrelló 50 km al sur de la capital el lunes.', 'es'), ['place: norte de la capital → sur de la capital']);
	t.deepEqual(places("L'aereo è precipitato a 50 km a nord di Roma lunedì.", "L'aereo è precipitato a 50 km a sud di Roma lunedì.", 'it'), ['place: nord di Roma → sud di Roma']);
});

test('a direction that is part of a name, the same point in other words, or a word that only looks like one is no place fact (breaker13 M12)', t => {
	// Names are name facts: "North Korea" → "South Korea" is one, "Middle East" never a direction.
	t.deepEqual(compared('The minister visited North Korea on Monday, officials said.', 'The minister visited South Korea on Monday, officials said.').facts, ['name: North Korea → South Korea']);
	t.deepEqual(places('Tensions rose across the Middle East on Monday, officials said.', 'Tensions rose across the Middle West on Monday, officials said.'), []);
	t.deepEqual(places('The minister flew to West Bank towns on Monday, officials said.', 'The minister flew to East Bank towns on Monday, officials said.'), []);
	// One point in two words.
	t.deepEqual(compared('Fighting went on in the north of the country on Monday.', 'Fighting went on in the northern part of the country on Monday.').facts, []);
	t.deepEqual(places('Die Maschine stürzte nördlich der Hauptstadt ab, teilte die Polizei mit.', 'Die Maschine stürzte im Norden der Hauptstadt ab, teilte die Polizei mit.', 'de'), []);
	// French "est" is "is", Spanish "este" "this": not directions where they stand.
	t.deepEqual(places('Le ministre est parti lundi matin, selon les autorités.', 'Le ministre ouest parti lundi matin, selon les autorités.', 'fr'), []);
	t.deepEqual(places('Este año el avión se estrelló al norte de la capital.', 'Oeste año el avión se estrelló al norte de la capital.', 'es'), []);
	// A direction of travel or of a wind is not where a place is.
	t.deepEqual(places('Officials headed north on Monday after the meeting.', 'Officials headed south on Monday after the meeting.'), []);
	// A direction in a rewritten clause (more than a few words changed) is not read as replaced.
	t.deepEqual(places('The plane crashed north of the capital on Monday.', 'The plane was seen flying low over fields well south of the capital on Monday.'), []);
});

test('property: place facts mirror when the texts are swapped', t => {
	const points = ['north', 'south', 'east', 'west', 'northern', 'southern', 'north-east', 'Middle', 'the'];
	const tails = ['of the capital', 'coast of the island', 'Syria', ', officials said', 'towns'];
	fc.assert(
		fc.property(fc.constantFrom(...points), fc.constantFrom(...points), fc.constantFrom(...tails), fc.constantFrom('', '50 km ', 'in the '), (a, b, tail, head) => {
			const [x, y] = [`The plane crashed ${head}${a} ${tail} on Monday.`, `The plane crashed ${head}${b} ${tail} on Monday.`];
			const there = places(x, y);
			const back = places(y, x).map(fact => fact.replace(/^place: (.*) → (.*)$/u, 'place: $2 → $1'));
			t.deepEqual(back, there, `${x} / ${y}`);
			if (a === b) t.deepEqual(there, []);
		}),
		{numRuns: 60},
	);
});
