import {stopwordsFor} from '../boilerplate/stopwords.js';

/**
 * Numbers written as words, by language: cardinals ("twelve", "zwölf", "douze"), ordinals
 * ("third", "Dritter", "troisième") and a few fractions and counts ("half", "a dozen"). Each
 * word maps to the key its figure is compared by (compare/facts.ts): its value, as a figure in
 * digits is ("twelve" and "12" are both `=12`), an ordinal by its rank (`=3`, as "3rd" and "3e"
 * are), so "third" → "fourth" is a changed figure and "third" / "3rd" one figure. A rank and a
 * count of one value are one figure too ("the 270th page" / "page 270"): the value is what a
 * reader checks, and a stray suffix on a figure is no change.
 *
 * Words that are also a common word of their own language are left out: the indefinite article
 * ("ein", "een", "um", "una", Italian "uno") says "a", not "one". A text's own language and English
 * are read, and the number words of German, French and Spanish anywhere (a short text or a quotation
 * read as another language), save those that are English function words ("once", "un"); other
 * languages' words only in their own (an Italian "otto" is eight, a German "Otto" a name). Compound numbers written
 * with hyphens ("dix-sept", "twenty-one") are read word by word, and declined forms (Russian
 * "двенадцати") not at all: a fact there is missed, not invented.
 */

const cardinals = (words: string, values: readonly number[]): Array<[string, string]> => words.split(' ').map((word, index) => [word, `=${values[index]!}`]);
const ordinals = cardinals;
/** Values 0…20 then the tens 30…90. */
const upToTwenty = Array.from({length: 21}, (_, value) => value);
const tens = [30, 40, 50, 60, 70, 80, 90];
const range = (from: number, to: number) => Array.from({length: to - from + 1}, (_, index) => from + index);

/** German ordinals by their stem, in the endings a declined adjective takes ("dritte", "Dritter", "dritten"). */
const declined = (stems: string, values: readonly number[], endings: readonly string[]): Array<[string, string]> =>
	stems.split(' ').flatMap((stem, index) => endings.map(ending => [stem + ending, `=${values[index]!}`] as [string, string]));

const english: Array<[string, string]> = [
	...cardinals('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty', upToTwenty),
	...cardinals('thirty forty fifty sixty seventy eighty ninety hundred', [...tens, 100]),
	// Vague amounts by their scale: "tens of millions" / "billions" is a changed figure (10⁶ → 10⁹).
	...cardinals('hundreds thousands millions billions trillions', [1e2, 1e3, 1e6, 1e9, 1e12]),
	['dozen', '=12'],
	['half', '=0.5'],
	['quarter', '=0.25'],
	...ordinals('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth', [...range(1, 12), 20]),
];

const byLanguage: Record<string, Array<[string, string]>> = {
	de: [
		...cardinals('null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig', upToTwenty),
		...cardinals('dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend', [...tens, 100, 1000]),
		...cardinals('dutzend hälfte', [12, 0.5]),
		...declined('erst zweit dritt viert fünft sechst siebt neunt zehnt elft zwölft zwanzigst', [...range(1, 7), ...range(9, 12), 20], ['e', 'er', 'es', 'en', 'em']),
	],
	fr: [
		...cardinals('zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize', range(0, 16)),
		...cardinals('vingt trente quarante cinquante soixante cent mille douzaine moitié', [20, 30, 40, 50, 60, 100, 1000, 12, 0.5]),
		...ordinals('premier première deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième douzième vingtième', [1, 1, ...range(2, 12), 20]),
	],
	es: [
		...cardinals('cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte', upToTwenty),
		...cardinals('treinta cuarenta cincuenta sesenta setenta ochenta noventa cien mil docena mitad', [...tens, 100, 1000, 12, 0.5]),
		...ordinals('primero primera primer segundo segunda tercero tercera tercer cuarto cuarta quinto quinta sexto sexta séptimo séptima octavo octava noveno novena décimo décima', [1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10]),
	],
	it: [
		...cardinals('zero due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti', [0, ...range(2, 20)]),
		...cardinals('trenta quaranta cinquanta sessanta settanta ottanta novanta cento mille dozzina metà', [...tens, 100, 1000, 12, 0.5]),
		...ordinals('primo prima secondo seconda terzo terza quarto quarta quinto quinta sesto sesta settimo settima ottavo ottava nono nona decimo decima', [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10]),
	],
	pt: [
		...cardinals('zero dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quatorze quinze dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte', [0, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14, 15, 16, 16, 17, 17, 18, 19, 19, 20]),
		...cardinals('trinta quarenta cinquenta sessenta setenta oitenta noventa cem mil dúzia metade', [...tens, 100, 1000, 12, 0.5]),
		...ordinals('primeiro primeira segundo segunda terceiro terceira quarto quarta quinto quinta sexto sexta sétimo sétima oitavo oitava nono nona décimo décima', [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10]),
	],
	nl: [
		...cardinals('nul twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig', [0, ...range(2, 20)]),
		...cardinals('dertig veertig vijftig zestig zeventig tachtig negentig honderd duizend dozijn helft', [...tens, 100, 1000, 12, 0.5]),
		...ordinals('eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde twintigste', [...range(1, 12), 20]),
	],
	ru: [
		...cardinals('ноль один одна два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать', [0, 1, 1, 2, 2, ...range(3, 20)]),
		...cardinals('тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто сто тысяча дюжина половина', [...tens, 100, 1000, 12, 0.5]),
	],
};

/**
 * Ordinals past the twelfth that the tables above leave out: the teens, the tens and the round
 * hundreds and thousands ("nineteenth century", "thirtieth anniversary", "hundredth day"), by
 * language, as regular as their cardinals (English, German declined as erst-, French, Dutch).
 * English is read in every text, as its other number words are.
 */
const higherOrdinals: Record<string, Array<[string, string]>> = {
	en: ordinals('thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth', [...range(13, 19), ...tens, 100, 1000, 1e6]),
	de: declined('dreizehnt vierzehnt fünfzehnt sechzehnt siebzehnt achtzehnt neunzehnt dreißigst vierzigst fünfzigst sechzigst siebzigst achtzigst neunzigst hundertst tausendst', [...range(13, 19), ...tens, 100, 1000], ['e', 'er', 'es', 'en', 'em']),
	fr: ordinals('treizième quatorzième quinzième seizième trentième quarantième cinquantième soixantième centième millième', [...range(13, 16), 30, 40, 50, 60, 100, 1000]),
	nl: ordinals('dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende dertigste veertigste vijftigste zestigste zeventigste tachtigste negentigste honderdste duizendste', [...range(13, 19), ...tens, 100, 1000]),
};

/** The number words read in a text of any language: German, French and Spanish ones, not English function words (the stopword list). */
const anywhere = (): Array<[string, string]> => {
	const englishFunction = stopwordsFor('en');
	return ['de', 'fr', 'es'].flatMap(language => byLanguage[language]!.filter(([word]) => !englishFunction?.has(word)));
};

const cache = new Map<string, ReadonlyMap<string, string>>();

/**
 * The number words read in a text of `language` (an ISO 639-1 code): English and that language's,
 * lower-cased, each to its figure's key (`=12`; "third" `=3`). A language without a table reads English only.
 */
export const numberWordsFor = (language: string): ReadonlyMap<string, string> => {
	let words = cache.get(language);
	if (!words) cache.set(language, (words = new Map([...anywhere(), ...english, ...higherOrdinals.en!, ...(byLanguage[language] ?? []), ...(language === 'en' ? [] : (higherOrdinals[language] ?? []))])));
	return words;
};
