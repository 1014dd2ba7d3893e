import test from 'ava';
import {readUnit} from '../../source/compare/figure-units.js';

test('a currency reads as its code whether written as a symbol, a code or a word', t => {
	for (const [before, after] of [['$', ' million'], ['US$', 'm'], ['USD ', ' million'], [undefined, ' million dollars'], [undefined, ' millones de dólares'], [undefined, ' million USD']] as const) {
		t.like(readUnit(before, after), {currency: 'usd', scale: 6}, `${before ?? ''}…${after}`);
	}
	t.like(readUnit(undefined, ' millions d\'euros'), {currency: 'eur', scale: 6});
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
	t.like(readUnit('$', 'm'), {currency: 'usd', scale: 6});
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
