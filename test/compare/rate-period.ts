import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {figuresOf} from '../../source/compare/figures.js';
import {ratePeriodAfter} from '../../source/compare/rate-period.js';

const article = (sentence: string) => `Officials gave an update\n\nThe regional government published its weekly report on the situation in the northern provinces this morning.\n\n${sentence}\n\nAid agencies said they were preparing for further deliveries in the coming days and weeks ahead.\n`;
const between = (a: string, b: string, language = 'en') => {
	const comparison = compareTexts(article(a), article(b), {language});
	return {facts: comparison.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`), relation: comparison.relation};
};

test('a rate\'s period is part of its figure: "$12 an hour" → "$12 a day" is a changed figure (breaker12 K38)', t => {
	t.deepEqual(between('Workers will be paid $12 an hour under the new deal, the union said.', 'Workers will be paid $12 a day under the new deal, the union said.'), {facts: ['number:$12 an hour→$12 a day'], relation: 'edited'});
	t.deepEqual(between('The drug costs 500 euros per month for each patient, the insurer said.', 'The drug costs 500 euros per year for each patient, the insurer said.').facts, ['number:500 euros per month→500 euros per year']);
	t.deepEqual(between('The country produces 2 million barrels a day, the ministry said.', 'The country produces 2 million barrels a week, the ministry said.').facts, ['number:2 million barrels a day→2 million barrels a week']);
	t.deepEqual(between('Nurses earn €40,000 annually, the union said.', 'Nurses earn €40,000 a month, the union said.').facts, ['number:€40,000 annually→€40,000 a month']);
	t.deepEqual(between('Die Pflegekräfte verdienen 15 Euro pro Stunde, sagte die Gewerkschaft.', 'Die Pflegekräfte verdienen 15 Euro pro Tag, sagte die Gewerkschaft.', 'de').facts, ['number:15 Euro pro Stunde→15 Euro pro Tag']);
});

test('one period written two ways is one figure, and a span that is a moment is no period', t => {
	t.deepEqual(between('The country produces 2 million barrels a day, the ministry said.', 'The country produces 2 million barrels per day, the ministry said.').facts, []);
	t.deepEqual(between('Workers are paid $12 an hour, the union said.', 'Workers are paid $12 hourly, the union said.').facts, []);
	t.is(ratePeriodAfter('12 years ago', 2), undefined);
	t.is(ratePeriodAfter('40 people a week after the storm', 2), undefined);
	t.is(ratePeriodAfter('12 years a slave', 8), undefined);
	t.deepEqual(figuresOf('He was jailed for 12 years a decade ago.').map(figure => figure.text), ['12 years']);
	t.deepEqual(ratePeriodAfter('$12 an hour, the union said', 3), {period: 'h', end: 11});
	t.deepEqual(ratePeriodAfter('5 millions d\'euros par an', 18), {period: 'year', end: 25});
	t.deepEqual(figuresOf('Workers are paid 5 an hour.').map(figure => figure.key), ['=5/h']);
});

test('a time span that a figure or a dating word follows is a moment, no period: "im Jahr 2023", "al día siguiente" (review R3)', t => {
	t.is(ratePeriodAfter(' im Jahr 2023, teilte die Firma mit.', 0), undefined);
	t.is(ratePeriodAfter(' al día siguiente, dijo la policía.', 0), undefined);
	t.is(ratePeriodAfter(' im Jahr zuvor, teilte die Firma mit.', 0)?.period, undefined);
	t.is(ratePeriodAfter(' im Jahr, teilte die Firma mit.', 0)?.period, 'year');
});

test('a rate written with a slash, as a speed unit or with a period adjective is the rate in words: "$12/hour" = "$12 an hour", "120 km/h" = "120 km an hour", "75 mph" = "75 miles an hour", "Monthly rent is 500 euros" = "500 euros a month" (breaker12b L26, L10)', t => {
	const same = (a: string, b: string) => between(`${a}, the union said.`, `${b}, the union said.`).facts;
	t.deepEqual(same('Workers earn $12 an hour', 'Workers earn $12/hour'), []);
	t.deepEqual(same('Workers earn $12 an hour', 'Workers earn $12/hr'), []);
	t.deepEqual(same('Rent is 500 euros a month', 'Rent is 500 euros/month'), []);
	t.deepEqual(same('Rent is 500 euros a month', 'Monthly rent is 500 euros'), []);
	t.deepEqual(same('The plant produces 500 tonnes a year', 'The plant\'s annual output is 500 tonnes'), []);
	t.deepEqual(same('The car was going 120 km/h', 'The car was going 120 km an hour'), []);
	t.deepEqual(same('The car was going 120 km/h', 'The car was going 120 kilometres per hour'), []);
	t.deepEqual(same('The car was going 75 mph', 'The car was going 75 miles an hour'), []);
	// Another period, another speed, or a rate dropped, is a changed figure.
	t.deepEqual(same('Rent is 500 euros a month', 'Annual rent is 500 euros'), ['number:500 euros a month→500 euros']);
	t.deepEqual(same('The car was going 75 mph', 'The car was going 75 km/h'), ['number:75 mph→75 km/h']);
	t.deepEqual(same('Workers earn $12 an hour', 'Workers earn $12/day'), ['number:$12 an hour→$12/day']);
});

test('"after tax" after a rate says what it is net of, not when: "$2 billion a year after tax" → "$2 billion after tax" drops the rate (breaker12b L10)', t => {
	t.deepEqual(between('The deal is worth $2 billion a year after tax, the firm said.', 'The deal is worth $2 billion after tax, the firm said.').facts, ['number:$2 billion a year→$2 billion']);
	t.is(ratePeriodAfter('40 people a week after the storm', 2), undefined);
});
