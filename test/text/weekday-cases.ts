import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {weekdayCases} from '../../source/text/weekday-cases.js';

const slovene = 'Vlada je v torek objavila poročilo o razmerah v državi. Poročilo obravnava gospodarstvo in proračun.';
const dates = (a: string, b: string) => (compareTexts(`${slovene} ${a}`, `${slovene} ${b}`, {language: 'sl'}).facts ?? []).filter(fact => fact.kind === 'date').map(fact => `${fact.left}→${fact.right}`);

test('Slovene "sredi" (amid, in the middle of) is no Wednesday; "v sredo" still is (review12 R11)', t => {
	t.deepEqual(dates('Protestniki so se zbrali sredi Ljubljane pred parlamentom.', 'Protestniki so se zbrali v središču Ljubljane pred parlamentom.'), []);
	t.deepEqual(dates('Cene so sredi leta močno narasle.', 'Cene so poleti močno narasle.'), []);
	t.false(weekdayCases('sl').some(([word]) => word === 'sredi'));
	t.deepEqual(dates('Minister je odstopil v sredo.', 'Minister je odstopil v petek.'), ['sredo→petek']);
});

test('a Finnish weekday in the essive, the form a sentence dates by, is a date: "tiistaina" → "keskiviikkona" changed (breaker13 M34)', t => {
	const days = new Map(weekdayCases('fi'));
	t.is(days.get('tiistaina'), 2);
	t.is(days.get('keskiviikkona'), 3);
	t.is(days.get('sunnuntaihin'), 7);
	const article = (day: string) => `Tulipalo tehtaalla\n\nTulipalo syttyi ${day} aamulla tehtaalla, palokunta kertoi.\n\nPalokunta sammutti palon iltapäivällä.`;
	t.deepEqual(compareTexts(article('tiistaina'), article('keskiviikkona'), {language: 'fi'}).facts?.map(fact => `${fact.kind}: ${fact.left} → ${fact.right}`), ['date: tiistaina → keskiviikkona']);
});
