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
 * with hyphens ("dix-sept", "twenty-one") are read word by word. The tables of Russian, Ukrainian, Polish, Arabic, Persian
 * and Hindi are CLDR's (cldr-rbnf 48, the spellout-numbering and spellout-cardinal rule sets: 0–20, the tens, 100 and
 * 1000 where CLDR writes them as one word), with the declined forms its rule sets give (Russian "девяти", Polish
 * "dziewięciu"); Urdu's, which CLDR lacks, are the same Hindustani numerals in Urdu script. A word with a clitic or
 * a declined form CLDR does not give is not read: a fact there is missed, not invented.
 */

const cardinals = (words: string, values: readonly number[]): Array<[string, string]> => words.split(' ').map((word, index) => [word, `=${values[index]!}`]);
const ordinals = cardinals;
/** Values 0…20 then the tens 30…90. */
const upToTwenty = Array.from({length: 21}, (_, value) => value);
const tens = [30, 40, 50, 60, 70, 80, 90];
const range = (from: number, to: number) => Array.from({length: to - from + 1}, (_, index) => from + index);

/**
 * Verbs that multiply an amount, by their factor ("doubled" ×2, "halved" ×0.5), keyed `×2`: a factor of their own, so
 * "halved" → "doubled" is a changed figure, and "doubled" is not the count "2" of the other side.
 */
const factors = (words: string, values: readonly number[]): Array<[string, string]> => words.split(' ').map((word, index) => [word, `×${values[index]!}`]);

/** Each value's forms (written in one string, apart by spaces), as table rows: a declined numeral's cases, a spelling's variants. */
const forms = (rows: ReadonlyArray<readonly [number, string]>): Array<[string, string]> => rows.flatMap(([value, words]) => words.split(' ').map(word => [word, `=${value}`] as [string, string]));

/** German ordinals by their stem, in the endings a declined adjective takes ("dritte", "Dritter", "dritten"). */
const declined = (stems: string, values: readonly number[], endings: readonly string[]): Array<[string, string]> =>
	stems.split(' ').flatMap((stem, index) => endings.map(ending => [stem + ending, `=${values[index]!}`] as [string, string]));

const english: Array<[string, string]> = [
	...cardinals('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty', upToTwenty),
	...cardinals('thirty forty fifty sixty seventy eighty ninety hundred', [...tens, 100]),
	// Vague amounts by their scale: "tens of millions" / "billions" is a changed figure (10⁶ → 10⁹), "dozens" / "hundreds" too.
	...cardinals('tens dozens hundreds thousands millions billions trillions', [10, 12, 1e2, 1e3, 1e6, 1e9, 1e12]),
	...factors('halved halving doubled doubling tripled tripling trebled quadrupled quadrupling', [0.5, 0.5, 2, 2, 3, 3, 3, 4, 4]),
	['dozen', '=12'],
	// "scores of people": read only before "of" (facts.ts numberWordsOf), for "scores" is also a noun ("test scores") and a verb.
	['scores', '=20'],
	['half', '=0.5'],
	['quarter', '=0.25'],
	...ordinals('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth', [...range(1, 12), 20]),
];

const byLanguage: Record<string, Array<[string, string]>> = {
	de: [
		...cardinals('null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig', upToTwenty),
		...cardinals('dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend', [...tens, 100, 1000]),
		...cardinals('dutzend hälfte dutzende hunderte tausende', [12, 0.5, 12, 100, 1000]),
		...factors('halbiert verdoppelt verdreifacht vervierfacht', [0.5, 2, 3, 4]),
		...declined('erst zweit dritt viert fünft sechst siebt neunt zehnt elft zwölft zwanzigst', [...range(1, 7), ...range(9, 12), 20], ['e', 'er', 'es', 'en', 'em']),
	],
	fr: [
		...cardinals('zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize', range(0, 16)),
		...cardinals('vingt trente quarante cinquante soixante cent mille douzaine moitié dizaines douzaines centaines milliers', [20, 30, 40, 50, 60, 100, 1000, 12, 0.5, 10, 12, 100, 1000]),
		...factors('doublé doublée doublés doublées triplé triplée triplés triplées quadruplé quadruplée', [2, 2, 2, 2, 3, 3, 3, 3, 4, 4]),
		...ordinals('premier première deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième douzième vingtième', [1, 1, ...range(2, 12), 20]),
	],
	es: [
		...cardinals('cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte', upToTwenty),
		...cardinals('treinta cuarenta cincuenta sesenta setenta ochenta noventa cien mil docena mitad decenas docenas centenares miles', [...tens, 100, 1000, 12, 0.5, 10, 12, 100, 1000]),
		...factors('duplicado duplicó triplicado triplicó cuadruplicado cuadruplicó', [2, 2, 3, 3, 4, 4]),
		...ordinals('primero primera primer segundo segunda tercero tercera tercer cuarto cuarta quinto quinta sexto sexta séptimo séptima octavo octava noveno novena décimo décima', [1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10]),
	],
	it: [
		...cardinals('zero due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti', [0, ...range(2, 20)]),
		...cardinals('trenta quaranta cinquanta sessanta settanta ottanta novanta cento mille dozzina metà decine dozzine centinaia migliaia', [...tens, 100, 1000, 12, 0.5, 10, 12, 100, 1000]),
		...factors('dimezzato dimezzata raddoppiato raddoppiata triplicato triplicata quadruplicato quadruplicata', [0.5, 0.5, 2, 2, 3, 3, 4, 4]),
		...ordinals('primo prima secondo seconda terzo terza quarto quarta quinto quinta sesto sesta settimo settima ottavo ottava nono nona decimo decima', [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10]),
	],
	pt: [
		...cardinals('zero dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quatorze quinze dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte', [0, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14, 15, 16, 16, 17, 17, 18, 19, 19, 20]),
		...cardinals('trinta quarenta cinquenta sessenta setenta oitenta noventa cem mil dúzia metade dezenas dúzias centenas milhares', [...tens, 100, 1000, 12, 0.5, 10, 12, 100, 1000]),
		...factors('duplicou duplicado triplicou triplicado quadruplicou quadruplicado', [2, 2, 3, 3, 4, 4]),
		...ordinals('primeiro primeira segundo segunda terceiro terceira quarto quarta quinto quinta sexto sexta sétimo sétima oitavo oitava nono nona décimo décima', [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10]),
	],
	nl: [
		...cardinals('nul twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig', [0, ...range(2, 20)]),
		...cardinals('dertig veertig vijftig zestig zeventig tachtig negentig honderd duizend dozijn helft tientallen honderden duizenden', [...tens, 100, 1000, 12, 0.5, 10, 100, 1000]),
		...factors('gehalveerd halveerde verdubbeld verdubbelde verdrievoudigd verdrievoudigde verviervoudigd verviervoudigde', [0.5, 0.5, 2, 2, 3, 3, 4, 4]),
		...ordinals('eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde twintigste', [...range(1, 12), 20]),
	],
	// Swedish, Danish, Czech and Finnish (breaker13 M34): 0–20, the tens, 100 and 1000 as their grammars write them; not
	// the indefinite articles that are "one" ("en", "ett", Danish "et"). Czech with its genitive and locative forms ("pěti",
	// "dvanácti"), Finnish in the nominative only (its partitive after a numeral is the noun's).
	sv: cardinals('noll två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton tjugo trettio fyrtio femtio sextio sjuttio åttio nittio hundra tusen', [0, ...range(2, 20), ...tens, 100, 1000]),
	da: cardinals('nul to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten tyve tredive fyrre halvtreds tres halvfjerds firs halvfems hundrede tusind', [0, ...range(2, 20), ...tens, 100, 1000]),
	cs: forms([
		[0, 'nula'],
		[1, 'jeden jedna jedno jednoho jedné'],
		[2, 'dva dvě dvou dvěma'],
		[3, 'tři tří třech třem třemi'],
		[4, 'čtyři čtyř čtyřech čtyřem čtyřmi'],
		[5, 'pět pěti'],
		[6, 'šest šesti'],
		[7, 'sedm sedmi'],
		[8, 'osm osmi'],
		[9, 'devět devíti'],
		[10, 'deset deseti'],
		[11, 'jedenáct jedenácti'],
		[12, 'dvanáct dvanácti'],
		[13, 'třináct třinácti'],
		[14, 'čtrnáct čtrnácti'],
		[15, 'patnáct patnácti'],
		[16, 'šestnáct šestnácti'],
		[17, 'sedmnáct sedmnácti'],
		[18, 'osmnáct osmnácti'],
		[19, 'devatenáct devatenácti'],
		[20, 'dvacet dvaceti'],
		[30, 'třicet třiceti'],
		[40, 'čtyřicet čtyřiceti'],
		[50, 'padesát padesáti'],
		[60, 'šedesát šedesáti'],
		[70, 'sedmdesát sedmdesáti'],
		[80, 'osmdesát osmdesáti'],
		[90, 'devadesát devadesáti'],
		[100, 'sto sta'],
		[1000, 'tisíc tisíce'],
	]),
	fi: cardinals(
		'nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen yksitoista kaksitoista kolmetoista neljätoista viisitoista kuusitoista seitsemäntoista kahdeksantoista yhdeksäntoista kaksikymmentä kolmekymmentä neljäkymmentä viisikymmentä kuusikymmentä seitsemänkymmentä kahdeksankymmentä yhdeksänkymmentä sata tuhat',
		[...upToTwenty, ...tens, 100, 1000],
	),
	// Russian in every case (CLDR's spellout-cardinal rule sets by gender and case), with "ё" as well as the "е" CLDR writes ("трёх").
	ru: [
		...forms([
			[0, 'ноль нолю ноля нуле нулем нолём'],
			// Not "одни" ("some", "alone": "одни говорят"), the plural no count says (review12 R18).
			[1, 'один одна одним одними одних одно одного одной одном одному одну'],
			[2, 'два две двум двумя двух'],
			[3, 'три трем трём тремя трех трёх'],
			[4, 'четыре четырем четырём четырех четырёх четырьмя'],
			[8, 'восемь восемью восьмью восьми'],
			[40, 'сорок сорока'],
			[50, 'пятьдесят пятидесяти пятьюдесятью'],
			[60, 'шестьдесят шестидесяти шестьюдесятью'],
			[70, 'семьдесят семидесяти семьюдесятью'],
			[80, 'восемьдесят восьмидесяти восемьюдесятью'],
			[90, 'девяносто девяноста'],
			[10, 'десятки десятков десятками'],
			[100, 'сто ста сотни сотен сотнями'],
			[1000, 'тысяча тысячи тысяч тысячу тысяче тысячей тысячами тысячам тысячах'],
			[12, 'дюжина дюжины дюжину'],
			[0.5, 'половина половины половину'],
		]),
		// 5–20 and 30 end in a soft sign: the oblique cases end in -и, the instrumental in -ью ("девять", "девяти", "девятью").
		...'пять шесть семь девять десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать тридцать'
			.split(' ')
			.flatMap((word, index): Array<[string, string]> => {
				const value = `=${[5, 6, 7, ...range(9, 20), 30][index]!}`;
				const stem = word.slice(0, -1);
				// "семью" is also the accusative of "семья" (family), one of the commonest nouns in Russian news: left out (review12 R18).
				return [[word, value], [`${stem}и`, value], ...(stem === 'сем' ? [] : [[`${stem}ью`, value] as [string, string]])];
			}),
	],
	uk: [
		// CLDR's spellout-cardinal; the apostrophe as CLDR writes it (U+02BC, a letter), so "пʼять" is one word.
		...cardinals('нуль один одна одне два дві три чотири пʼять шість сім вісім девʼять десять одинадцять дванадцять тринадцять чотирнадцять пʼятнадцять шістнадцять сімнадцять вісімнадцять девʼятнадцять двадцять', [0, 1, 1, 1, 2, 2, ...range(3, 20)]),
		...cardinals('тридцять сорок пʼятдесят шістдесят сімдесят вісімдесят девʼяносто сто тисяча тисячі тисяч', [...tens, 100, 1000, 1000, 1000]),
	],
	// Polish in every case CLDR's spellout-cardinal rule sets give (by gender and case), tens in the nominative and genitive.
	pl: forms([
		[0, 'zero zera zerem zeru zerze'],
		[1, 'jeden jedna jedno jednego jednej jednemu jednym jedną'],
		[2, 'dwa dwaj dwie dwiema dwoma dwóch dwóm'],
		[3, 'trzy trzej trzech trzem trzema'],
		[4, 'cztery czterej czterech czterem czterema'],
		[5, 'pięć pięciu pięcioma'],
		[6, 'sześć sześciu sześcioma'],
		[7, 'siedem siedmiu siedmioma'],
		[8, 'osiem ośmiu ośmioma'],
		[9, 'dziewięć dziewięciu dziewięcioma'],
		[10, 'dziesięć dziesięciu dziesięcioma'],
		[11, 'jedenaście jedenastu jedenastoma'],
		[12, 'dwanaście dwunastu dwunastoma'],
		[13, 'trzynaście trzynastu trzynastoma'],
		[14, 'czternaście czternastu czternastoma'],
		[15, 'piętnaście piętnastu piętnastoma'],
		[16, 'szesnaście szesnastu szesnastoma'],
		[17, 'siedemnaście siedemnastu siedemnastoma'],
		[18, 'osiemnaście osiemnastu osiemnastoma'],
		[19, 'dziewiętnaście dziewiętnastu dziewiętnastoma'],
		[20, 'dwadzieścia dwudziestu dwudziestoma'],
		[30, 'trzydzieści trzydziestu trzydziestoma'],
		[40, 'czterdzieści czterdziestu czterdziestoma'],
		[50, 'pięćdziesiąt pięćdziesięciu pięćdziesięcioma'],
		[60, 'sześćdziesiąt sześćdziesięciu sześćdziesięcioma'],
		[70, 'siedemdziesiąt siedemdziesięciu siedemdziesięcioma'],
		[80, 'osiemdziesiąt osiemdziesięciu osiemdziesięcioma'],
		[90, 'dziewięćdziesiąt dziewięćdziesięciu dziewięćdziesięcioma'],
		[100, 'sto stu'],
		[1000, 'tysiąc tysiąca tysiącem tysiącowi tysiącu tysiące tysięcy'],
	]),
	// Arabic: CLDR's spellout-numbering (the nominative masculine; "إثنان" also as written without the hamza, "اثنان"), the
	// feminine forms a masculine noun counts with ("سبع سنوات"), the oblique "-ين" of two and the tens ("عشرين"), and "مئة", the
	// spelling of "مائة" most news now writes. Words with a clitic glued on ("وثلاثة": "and three") are not read: missed, not invented.
	ar: forms([
		[0, 'صفر'],
		[1, 'واحد واحدة'],
		[2, 'إثنان اثنان إثنتان اثنتان اثنين اثنتين إثنين'],
		[3, 'ثلاثة ثلاث'],
		[4, 'أربعة أربع'],
		[5, 'خمسة خمس'],
		[6, 'ستة ست'],
		[7, 'سبعة سبع'],
		[8, 'ثمانية ثماني ثمان'],
		[9, 'تسعة تسع'],
		[10, 'عشرة عشر'],
		[20, 'عشرون عشرين'],
		[30, 'ثلاثون ثلاثين'],
		[40, 'أربعون أربعين'],
		[50, 'خمسون خمسين'],
		[60, 'ستون ستين'],
		[70, 'سبعون سبعين'],
		[80, 'ثمانون ثمانين'],
		[90, 'تسعون تسعين'],
		[100, 'مائة مئة'],
		[1000, 'ألف'],
	]),
	// Persian: CLDR's spellout-numbering, save "نه" (nine, and the word for "no") and "یک" (one, and the indefinite "a"). "شش" (also
	// "lung"), "ده" ("village") and "سی" (the letter C) stay: "ده نفر" → "شش نفر" is a death toll changed (review13 R14), which
	// weighs more than a village or a lung read as a figure.
	fa: [
		...cardinals('صفر دو سه چهار پنج شش هفت هشت ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده بیست', [0, ...range(2, 8), ...range(10, 20)]),
		...cardinals('سی چهل پنجاه شصت هفتاد هشتاد نود صد هزار', [...tens, 100, 1000]),
	],
	// Hindi: CLDR's spellout-numbering, with the spellings news writes beside CLDR's (anusvara "पांच", "पंद्रह"; "हजार" without the nukta), save "एक" (one, and the indefinite "a").
	hi: [
		...cardinals('शून्य दो तीन चार पाँच पांच छह छः सात आठ नौ दस ग्यारह बारह तेरह चौदह पन्द्रह पंद्रह सोलह सत्रह अठारह उन्नीस बीस', [0, 2, 3, 4, 5, 5, 6, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 15, 16, 17, 18, 19, 20]),
		...cardinals('तीस चालीस पचास साठ सत्तर अस्सी नब्बे सौ हज़ार हजार', [...tens, 100, 1000, 1000]),
	],
	// Urdu (CLDR has no Urdu spellout): the Hindustani numerals of the Hindi table in Urdu script, save "ایک" (one, and the indefinite "a"), "اسی"
	// (eighty, and "that very"), and "سو" (hundred, and "sleep"), read only as a multiplier ("دو سو", facts.ts). "نو" (nine, and "new") is
	// not read before the words it makes new (homographBefore).
	ur: [
		...cardinals('صفر دو تین چار پانچ چھ چھے سات آٹھ نو دس گیارہ بارہ تیرہ چودہ پندرہ سولہ سترہ اٹھارہ انیس بیس', [0, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]),
		...cardinals('تیس چالیس پچاس ساٹھ ستر نوے ہزار', [30, 40, 50, 60, 70, 90, 1000]),
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

/**
 * Number words that are another word before certain words, by the number word and those next words: Urdu "نو" is nine
 * ("نو افراد", nine people) and "new" before what it makes new ("نو منتخب", newly elected; "نومولود" is one word),
 * and "ستر" seventy and "veil" ("ستر پوشی") (review12 R19). Read as no number there.
 */
export const homographBefore: ReadonlyMap<string, ReadonlySet<string>> = new Map([
	['نو', new Set(['منتخب', 'منتخبہ', 'مولود', 'جوان', 'جوانوں', 'آموز', 'تعمیر', 'تعمیرشدہ', 'بیاہتا', 'زائیدہ', 'آبادیاتی', 'دریافت'])],
	['ستر', new Set(['پوشی'])],
]);

/**
 * Number words that name an amount only by its scale ("dozens", "hundreds", "scores of", "tens of millions"): vague, so
 * never the exact figure of their scale ("Bomb kills 12" / "Bomb kills dozens" is a changed figure, as "dozens" /
 * "hundreds" is). facts.ts keys them with "≈" before their value. Lower case.
 */
export const vagueAmounts: ReadonlySet<string> = new Set(['tens', 'dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'trillions']);
