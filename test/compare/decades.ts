import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {decadeAt} from '../../source/compare/decades.js';
import {figuresOf} from '../../source/compare/figures.js';

const article = (sentence: string, language = 'en') => language === 'de'
	? `Neues aus der Region\n\nDie Landesregierung hat am Morgen ihren wöchentlichen Bericht über die Lage in den nördlichen Provinzen veröffentlicht.\n\n${sentence}\n\nHilfsorganisationen erklärten, sie bereiteten sich in den kommenden Tagen und Wochen auf weitere Lieferungen vor.\n`
	: `Officials gave an update\n\nThe regional government published its weekly report on the situation in the northern provinces this morning.\n\n${sentence}\n\nAid agencies said they were preparing for further deliveries in the coming days and weeks ahead.\n`;
const between = (a: string, b: string, language = 'en') => {
	const comparison = compareTexts(article(a, language), article(b, language), {language});
	return {facts: comparison.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`), relation: comparison.relation};
};

test('a part of a decade is part of the date: "early 1990s" → "late 1990s" is a changed date (breaker12 K41)', t => {
	t.deepEqual(between('The company was founded in the early 1990s in Berlin, its website says.', 'The company was founded in the late 1990s in Berlin, its website says.'), {facts: ['date:early 1990s→late 1990s'], relation: 'edited'});
	t.deepEqual(between('Sales peaked in the mid-1990s in Europe, the report said.', 'Sales peaked in the late 1990s in Europe, the report said.').facts, ['date:mid-1990s→late 1990s']);
	t.deepEqual(between('Die Firma wurde Anfang der 1990er Jahre in Berlin gegründet, heißt es.', 'Die Firma wurde Ende der 1990er Jahre in Berlin gegründet, heißt es.', 'de').facts, ['date:Anfang der 1990er Jahre→Ende der 1990er Jahre']);
});

test('a decade is no year: "the 1990s" → "1990" is a changed date, "1990s" and "1990\'s" one', t => {
	t.deepEqual(between('Sales peaked in the 1990s in Europe, the report said.', 'Sales peaked in 1990 in Europe, the report said.').facts, ['date:1990s→1990']);
	t.deepEqual(between('Sales peaked in the 1990s in Europe, the report said.', 'Sales peaked in the 1990\'s in Europe, the report said.').facts, []);
	t.deepEqual(between('Sales peaked in the 1990s in Europe, the report said.', 'Sales peaked in the 1980s in Europe, the report said.').facts, ['date:1990s→1980s']);
});

test('a decade\'s digits end in 0 and carry its suffix; its part may stand before it', t => {
	t.is(decadeAt('in 1995s', 3, 7), undefined);
	t.is(decadeAt('in 1990 sales', 3, 7), undefined);
	t.deepEqual(decadeAt('the late ’90s', 10, 12), {start: 4, end: 13, key: 'decade:90~late'});
	t.deepEqual(figuresOf('in the early 2000s and in 2001').map(figure => [figure.text, figure.key]), [['early 2000s', 'decade:2000~early'], ['2001', '=2001']]);
});

test('a decade written with two digits or in words is the decade of four digits: "early 1990s" = "early \'90s" = "early 90s" = "early nineties" (breaker12b L14, review12 R14)', t => {
	const same = (a: string, b: string) => between(`The factory closed in the ${a}, the union said.`, `The factory closed in the ${b}, the union said.`).facts;
	t.deepEqual(same('early 1990s', 'early \'90s'), []);
	t.deepEqual(same('early 1990s', 'early 90s'), []);
	t.deepEqual(same('mid-1990s', 'mid-90s'), []);
	t.deepEqual(same('1990s', 'nineties'), []);
	t.deepEqual(same('early 1990s', 'early nineties'), []);
	t.deepEqual(same('’20s', '1920s'), []);
	// Another decade, or another part of it, is still a changed date.
	t.deepEqual(same('’90s', '1980s'), ['date:’90s→1980s']);
	t.deepEqual(same('early 1990s', 'late nineties'), ['date:early 1990s→late nineties']);
	t.deepEqual(same('1990s', '1980s'), ['date:1990s→1980s']);
});

test('an age ("in her 40s", "in his forties") is no decade and no date; another age is a changed figure (breaker12b L14, review12 R14)', t => {
	t.deepEqual(between('The woman, in her 40s, was arrested on Monday.', 'The woman, in her forties, was arrested on Monday.').facts, []);
	t.deepEqual(between('The woman, in her early 40s, was arrested on Monday.', 'The woman, in her early forties, was arrested on Monday.').facts, []);
	t.deepEqual(between('The woman, in her 40s, was arrested on Monday.', 'The woman, in her 50s, was arrested on Monday.').facts, ['number:40s→50s']);
	t.deepEqual(figuresOf('a man in his 40s').map(figure => [figure.kind, figure.key]), [['number', 'age:40']]);
	t.deepEqual(figuresOf('in the early nineties').map(figure => [figure.kind, figure.key]), [['date', 'decade:90~early']]);
});
