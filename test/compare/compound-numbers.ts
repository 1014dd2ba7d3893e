import test from 'ava';
import {frenchCompoundValue, germanCompoundValue} from '../../source/compare/compound-numbers.js';

const french = (written: string) => frenchCompoundValue(written.split(/[- ]/u));

test('French numbers of several words by French grammar: tens and units, 70, 80 and 90, hundreds, thousands', t => {
	t.is(french('vingt-cinq'), 25);
	t.is(french('vingt et un'), 21);
	t.is(french('soixante-dix'), 70);
	t.is(french('soixante et onze'), 71);
	t.is(french('soixante-dix-neuf'), 79);
	t.is(french('quatre-vingts'), 80);
	t.is(french('quatre-vingt-un'), 81);
	t.is(french('quatre-vingt-dix'), 90);
	t.is(french('quatre-vingt-dix-neuf'), 99);
	t.is(french('dix-sept'), 17);
	t.is(french('deux cents'), 200);
	t.is(french('cent un'), 101);
	t.is(french('deux cent cinquante'), 250);
	t.is(french('mille deux cents'), 1200);
	t.is(french('deux mille vingt-cinq'), 2025);
	t.is(french('trois cent mille'), 300_000);
});

test('a French sequence its grammar makes no one number of is none: a list, a unit after a unit, "vingt-un"', t => {
	for (const written of ['cinq six', 'deux trois', 'vingt-un', 'trente-dix', 'un cent', 'dix deux', 'et un', 'vingt']) t.is(french(written), undefined, written);
});

test('German numbers written as one word: units before tens with "und", hundreds, thousands; other words none', t => {
	t.is(germanCompoundValue('einundzwanzig'), 21);
	t.is(germanCompoundValue('neunundneunzig'), 99);
	t.is(germanCompoundValue('zweihundert'), 200);
	t.is(germanCompoundValue('einhundert'), 100);
	t.is(germanCompoundValue('zweihundertfünfzig'), 250);
	t.is(germanCompoundValue('dreitausend'), 3000);
	t.is(germanCompoundValue('dreitausendvierhundertzwölf'), 3412);
	t.is(germanCompoundValue('zweitausendundeins'), 2001);
	for (const word of ['achtung', 'dreieck', 'zweier', 'zwanzig', 'sechzehn', 'hundert', 'einundzwanzigste', 'elfmeter', 'einundeins']) t.is(germanCompoundValue(word), undefined, word);
});
