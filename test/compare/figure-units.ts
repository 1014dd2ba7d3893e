import test from 'ava';
import fc from 'fast-check';
import {clockHalfSource, gap, readUnit, readUnitEnd, scaleWordOpening, scalesLongestFirst, unitSource} from '../../source/compare/figure-units.js';

/** The unit grammar as one sticky pattern (some 44,000 characters, past what V8 optimises): the oracle readUnitEnd is held to. */
const unitOracle = (clock: boolean): RegExp => new RegExp(clock ? `${gap}?${clockHalfSource}|${unitSource(gap)}` : unitSource(gap), 'uy');
const oracles = {clock: unitOracle(true), plain: unitOracle(false)};
const oracleEnd = (text: string, at: number, clock: boolean): number => {
	const pattern = clock ? oracles.clock : oracles.plain;
	pattern.lastIndex = at;
	return pattern.test(text) ? pattern.lastIndex : -1;
};

// Units of every part of the grammar (scales with a full stop, of several words, glued in unspaced scripts; currencies after a
// connector; symbols before a figure or not; measures whose capitals are their meaning; powers; rates; a clock's half), in
// capitals or not, near misses, and the white space a gap may be or not (two line breaks, a line break after two spaces).
const unitPieces = [
	'million', 'Million', 'millions', 'mil', 'mil millones', 'Mil Millones', 'millones', 'Mio.', 'mio', 'Mrd.', 'Mrd', 'Md', 'Mds', 'md', 'тыс.', 'bn', 'm', 'k', 'M', 'mn', 'lakh', '億', '万', '円', '億円', '억', '원', '을', 'を',
	'de', 'di', 'of', "d'", 'd’', 'De', 'euros', 'euro', 'Euro', 'dollars', 'Dollars', 'US', 'dollar', 'U.S.', 'US dollars', 'USD', 'EUR', 'CHF', 'Schweizer', 'Franken', 'yuan', 'zł',
	'$', 'US$', '€', '£', 'C$', '¥', '₩',
	'%', 'per', 'cent', 'percent', 'Per Cent', 'percentage', 'points', '°', 'C', 'c', '°C', '° c', 'degrees', 'Celsius', 'celsius', 'km', 'km/h', 'm/s', 'Mbit/s', 'sq', 'square', 'metres',
	'MB', 'Mb', 'mb', 'kWh', 'KWh', 'kilowatt', 'hours', 'hour', 'tonnes', 'ft', 'in', 'inches', 'g', 'L', 'l', 'µg', 'mcg', 'years', 'Jahre', 'лет', 'мая',
	'²', '³', '2', '3', '^', '5', '12', '٣', '𝟕', 'a.m.', 'p. m.', 'pm', 'am', 'a', 'p', '.', ',', '-', 'x', 'é', '日', '😀',
	' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\r', ' \n', '  \n', '\n\n', '\n ', '\u00a0', '\u2009', '\u3000', '\u2028', '\ufeff', '',
];
const unitTexts = fc.array(fc.constantFrom(...unitPieces), {maxLength: 12}).map(parts => parts.join(''));

test('readUnitEnd reads what the unit grammar as one pattern reads, at every position (with a clock\'s half and without)', t => {
	fc.assert(
		fc.property(unitTexts, fc.boolean(), (text, clock) => {
			for (let at = 0; at <= text.length; at++) {
				// Never inside a surrogate pair: a unit follows a figure's digits.
				if (at > 0 && (text.charCodeAt(at) & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800) continue;
				t.is(readUnitEnd(text, at, clock), oracleEnd(text, at, clock), `${JSON.stringify(text)} at ${at}`);
			}
		}),
		{numRuns: 4000},
	);
});

test('readUnitEnd: a scale and what it counts, after a connector or not; a symbol that opens the next figure is not read', t => {
	const unit = (text: string): string | undefined => {
		const end = readUnitEnd(text, 0, true);
		t.is(end, oracleEnd(text, 0, true), JSON.stringify(text));
		return end < 0 ? undefined : text.slice(0, end);
	};
	t.is(unit(' millones de euros más'), ' millones de euros');
	t.is(unit(" millions d'euros"), " millions d'euros");
	// A connector word and a gap, then another: two spaces and a line break.
	t.is(unit(' millones de  \neuros'), ' millones de  \neuros');
	t.is(unit(' millones de\n\neuros'), ' millones de\n\neuros');
	t.is(unit(' millones de\n\n\neuros'), ' millones');
	t.is(unit(' Mio. € im Jahr'), ' Mio. €');
	t.is(unit(' € 13'), undefined);
	t.is(unit('億円を'), '億円');
	t.is(unit(' \nmillion'), ' \nmillion');
	t.is(unit('  \nmillion'), undefined);
	t.is(unit(' Per Cent'), ' Per Cent');
	t.is(unit(' p. m.'), ' p. m.');
	t.is(unit(' millionaires'), undefined);
});

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

test('a scale glued to a currency symbol is a scale and a currency ("M€", "Md€", "Mds$", "Mrd€"); "Md" and "Mds" are scales only with a currency (breaker13 M4)', t => {
	t.like(readUnit(undefined, ' M€'), {currency: 'eur', scale: 6, rest: ''});
	t.like(readUnit(undefined, ' Md€'), {currency: 'eur', scale: 9, rest: ''});
	t.like(readUnit(undefined, ' Mds$'), {currency: 'dollar', scale: 9, rest: ''});
	t.like(readUnit(undefined, ' Mrd€'), {currency: 'eur', scale: 9, rest: ''});
	t.like(readUnit(undefined, " Md d'euros"), {currency: 'eur', scale: 9, rest: ''});
	t.is(readUnit(undefined, ' Md').scale, undefined);
	t.is(readUnit(undefined, ' Mds').scale, undefined);
	t.is(scaleWordOpening('md€'), 'md');
	t.is(scaleWordOpening('mdx'), undefined);
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

test('the scale word a unit opens is the first of the scale words, longest first, that the unit is, or that a space or a glued currency symbol follows, or anything when it ends in a stop or is unspaced', t => {
	const unspaced = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
	const symbols = ['€', '$', 'us$', '£', 'c$'];
	const firstOfAll = (words: string): string | undefined =>
		scalesLongestFirst.find(word => words === word || words.startsWith(`${word} `) || symbols.some(symbol => words === `${word}${symbol}`) || ((word.endsWith('.') || unspaced.test(word)) && words.startsWith(word)));
	const pieces = [...scalesLongestFirst, ' ', 'de', 'euros', 'dollars', '円', '원', '.', 'k', 'm', 'x', '', ...symbols];
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 4}), parts => {
			const words = parts.join('');
			t.is(scaleWordOpening(words), firstOfAll(words), JSON.stringify(words));
		}),
		{numRuns: 3000},
	);
	for (const word of scalesLongestFirst) t.is(scaleWordOpening(word), firstOfAll(word));
});

test('a measure joined to its figure by a hyphen is its unit: "12-year-old" is 12 years, not 12 weeks (breaker12 K14)', t => {
	t.is(readUnitEnd('-year-old boy', 0, false), '-year'.length);
	t.is(readUnitEnd('-day strike', 0, true), '-day'.length);
	t.is(readUnitEnd('-km race', 0, false), '-km'.length);
	t.is(readUnitEnd('-0 win', 0, false), -1);
	t.is(readUnit(undefined, '-year').measure, 'year');
	t.is(readUnit(undefined, '-week').measure, 'week');
});
