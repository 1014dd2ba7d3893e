import test from 'ava';
import {readUnit} from '../../source/compare/figure-units.js';

test('a currency reads as its code whether written as a symbol, a code or a word', t => {
	for (const [before, after] of [['US$', 'm'], ['USD ', ' million'], [undefined, ' million US dollars'], [undefined, ' millones de dólares estadounidenses'], [undefined, ' million USD']] as const) {
		t.like(readUnit(before, after), {currency: 'usd', scale: 6}, `${before ?? ''}…${after}`);
	}
	t.like(readUnit(undefined, ' millions d\'euros'), {currency: 'eur', scale: 6});
	t.like(readUnit(undefined, ' milioni di euro'), {currency: 'eur', scale: 6});
	t.like(readUnit(undefined, ' milhões de reais'), {currency: 'brl', scale: 6});
});

test('"$" and "dollars" alone are a dollar of no one country; a dollar the writer names is its own currency', t => {
	// Fresh user E3: the press writes "$" for the dollars of several countries and marks the others.
	for (const [before, after] of [['$', ' million'], [undefined, ' million dollars'], [undefined, ' millones de dólares'], [undefined, ' milioni di dollari']] as const) {
		t.like(readUnit(before, after), {currency: 'dollar', scale: 6}, `${before ?? ''}…${after}`);
	}
	for (const [before, after, code] of [['C$', ' million', 'cad'], ['CAD ', ' million', 'cad'], [undefined, ' million Canadian dollars', 'cad'], ['A$', 'm', 'aud'], ['AUD ', ' million', 'aud'], ['HK$', ' million', 'hkd'], ['NZ$', ' million', 'nzd'], ['S$', ' million', 'sgd']] as const) {
		t.like(readUnit(before, after), {currency: code, scale: 6}, `${before ?? ''}…${after}`);
	}
});

test('the Indian lakh and crore are scales (10⁵, 10⁷)', t => {
	// Fresh user E2.
	t.is(readUnit(undefined, ' lakh').scale, 5);
	t.is(readUnit(undefined, ' crore').scale, 7);
	t.like(readUnit(undefined, ' crore rupees'), {currency: 'inr', scale: 7});
});

test('mass, volume, data and power units read as their symbols; a symbol whose capitals are its meaning is read as written', t => {
	// Fresh user E2.
	for (const [after, symbol] of [[' mg', 'mg'], [' milligrams', 'mg'], [' µg', 'µg'], [' μg', 'µg'], [' mcg', 'µg'], [' micrograms', 'µg'], [' g', 'g'], [' grams', 'g'], [' l', 'l'], [' L', 'l'], [' litres', 'l'], [' liters', 'l'], [' ml', 'ml'], [' mL', 'ml'], [' millilitres', 'ml'], [' MB', 'MB'], [' megabytes', 'MB'], [' Mb', 'Mb'], [' megabits', 'Mb'], [' Mbps', 'Mb/s'], [' MW', 'MW'], [' megawatts', 'MW'], [' mW', 'mW'], [' MWh', 'MWh'], [' megawatt-hours', 'MWh'], [' kW', 'kW'], [' KW', 'kW'], [' m/s', 'm/s']] as const) {
		t.is(readUnit(undefined, after).measure, symbol, after);
	}
});

test('a scale is a power of ten in any language of the table, the longest form first ("mil millones" before "mil")', t => {
	t.is(readUnit(undefined, ' mil millones').scale, 9);
	t.is(readUnit(undefined, ' mil').scale, 3);
	t.is(readUnit(undefined, ' Mrd.').scale, 9);
	t.is(readUnit(undefined, ' млрд').scale, 9);
	t.is(readUnit(undefined, ' miliardi').scale, 9);
});

test('"m" and "k" are scales only beside a currency: "5m" alone is five metres', t => {
	t.deepEqual(readUnit(undefined, 'm'), {measure: 'm', rest: ''});
	t.deepEqual(readUnit(undefined, ' metres'), {measure: 'm', rest: ''});
	t.like(readUnit('$', 'm'), {currency: 'dollar', scale: 6});
	t.like(readUnit(undefined, 'm euros'), {currency: 'eur', scale: 6});
	t.deepEqual(readUnit(undefined, 'k'), {rest: 'k'});
});

test('a measure reads as its symbol; percent in any language of the table is "%"', t => {
	t.is(readUnit(undefined, ' kilometres').measure, 'km');
	t.is(readUnit(undefined, ' km').measure, 'km');
	t.is(readUnit(undefined, ' miles').measure, 'mi');
	t.is(readUnit(undefined, ' per cent').measure, '%');
	t.is(readUnit(undefined, ' por ciento').measure, '%');
	t.is(readUnit(undefined, ' a.m.').rest, 'am');
});
