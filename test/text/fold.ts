import test from 'ava';
import {typedForms, unaccented} from '../../source/text/fold.js';

test('unaccented: one code unit for one, letters with marks as their base letter', t => {
	t.is(unaccented('łódź, cádiz, straße'), 'lodz, cadiz, straße');
});

test('typedForms: a lower-cased text as typed without accents (ß as ss) and with German umlauts as ae/oe/ue, each code unit traced to its letter (breaker12b L13)', t => {
	t.deepEqual(typedForms('köln, straße'), [
		{text: 'koln, strasse', origin: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 11]},
		{text: 'koeln, strasse', origin: [0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 11]},
	]);
	t.deepEqual(typedForms('cádiz').map(form => form.text), ['cadiz']);
	t.deepEqual(typedForms('plain ascii'), []);
});
