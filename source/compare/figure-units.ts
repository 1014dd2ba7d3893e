// The words and symbols a figure carries, as tables: what compare/figures.ts reads
// beside the digits and how it compares them. One entry per notation, so "$5
// million", "5 million dollars", "USD 5m" and "5 millones de dólares" are one
// figure, and "40 km" / "40 miles" two. Data, not cases: a new currency, scale or
// measure is a new row here.

/**
 * Currencies, each by the key it is compared as: the ISO 4217 code, or the shared symbol itself for one
 * that several currencies write. `codes` are the ISO codes written beside the digits ("USD 5", "5 million
 * CAD"), `symbols` the signs written before the digits, `words` the names (any language, lower case but
 * where a name's capitals are its own: "US dollars", "Canadian dollars") written after them.
 *
 * A figure is compared by value only when its notation reads one way (figures.ts figureValue, dayKey),
 * so a change is never hidden by choosing a reading: "$" and "dollars" alone are written for the
 * dollars of the United States, Canada, Australia, Hong Kong, New Zealand, Singapore… (the press marks
 * the others "C$", "A$", "HK$" where its readers would take "$" for their own), so they are one currency
 * of their own, "a dollar" ("$5" = "5 dollars"), not the US dollar: "$5" / "US$5" and "$5" / "C$5" are
 * changed figures, "US$5" = "USD 5" = "5 US dollars", "C$5" = "CAD 5" = "5 Canadian dollars". The
 * price is a fact listed where a copy only qualified its "$" (a reader checks it at a glance), never
 * one hidden. "¥", "£", "francs" and "rupees" keep the one currency the press writes them for.
 */
const currencies: ReadonlyArray<{key: string; codes: readonly string[]; symbols: readonly string[]; words: readonly string[]}> = [
	{key: 'dollar', codes: [], symbols: ['$'], words: ['dollars', 'dollar', 'dólares', 'dólar', 'dollari', 'dollaro', 'доллара', 'долларов', 'доллар', 'ドル', '달러', 'دولار', 'دولارات']},
	{key: 'usd', codes: ['USD'], symbols: ['US$', 'U.S.$'], words: ['US dollars', 'US dollar', 'U.S. dollars', 'U.S. dollar', 'American dollars', 'dólares estadounidenses', 'dollars américains', 'dollari americani', 'долларов США', '美元', '美金', '米ドル', '미국 달러', 'دولار أمريكي']},
	{key: 'cad', codes: ['CAD'], symbols: ['CA$', 'Can$', 'C$'], words: ['Canadian dollars', 'Canadian dollar', 'dollars canadiens']},
	{key: 'aud', codes: ['AUD'], symbols: ['AU$', 'A$'], words: ['Australian dollars', 'Australian dollar']},
	{key: 'hkd', codes: ['HKD'], symbols: ['HK$'], words: ['Hong Kong dollars', 'Hong Kong dollar']},
	{key: 'nzd', codes: ['NZD'], symbols: ['NZ$'], words: ['New Zealand dollars', 'New Zealand dollar']},
	{key: 'sgd', codes: ['SGD'], symbols: ['S$'], words: ['Singapore dollars', 'Singapore dollar']},
	{key: 'twd', codes: ['TWD'], symbols: ['NT$'], words: ['Taiwan dollars', 'New Taiwan dollars']},
	{key: 'brl', codes: ['BRL'], symbols: ['R$'], words: ['reais', 'réis']},
	{key: 'eur', codes: ['EUR'], symbols: ['€'], words: ['euros', 'euro', 'евро', 'ユーロ', '欧元', '유로', 'يورو']},
	{key: 'gbp', codes: ['GBP'], symbols: ['£'], words: ['pounds', 'pound', 'sterling', 'livres', 'libras', 'фунтов', 'фунта']},
	{key: 'jpy', codes: ['JPY'], symbols: ['¥'], words: ['yen', '円', '日元', '日圓', '엔']},
	// "Rs" is written before the digits as a code is ("Rs 5 crore"), for the rupee the press writes "rupees" for.
	{key: 'inr', codes: ['INR', 'Rs'], symbols: ['₹'], words: ['rupees', 'rupee', 'roupies']},
	{key: 'pkr', codes: ['PKR'], symbols: [], words: ['Pakistani rupees', 'Pakistani rupee']},
	{key: 'lkr', codes: ['LKR'], symbols: [], words: ['Sri Lankan rupees', 'Sri Lankan rupee']},
	{key: 'npr', codes: ['NPR'], symbols: [], words: ['Nepalese rupees', 'Nepali rupees']},
	{key: 'bdt', codes: ['BDT', 'Tk'], symbols: ['৳'], words: ['taka']},
	{key: 'rub', codes: ['RUB'], symbols: ['₽'], words: ['roubles', 'rouble', 'rubles', 'ruble', 'рублей', 'рубля', 'рубль']},
	{key: 'cny', codes: ['CNY'], symbols: [], words: ['yuan', 'renminbi', '元', '人民币', '人民幣', '元人民币', '위안']},
	{key: 'chf', codes: ['CHF'], symbols: [], words: ['francs', 'franc', 'franken', 'franchi', 'Swiss francs', 'Swiss franc', 'franchi svizzeri', 'francos suizos', 'francs suisses', 'Schweizer Franken']},
	{key: 'krw', codes: ['KRW'], symbols: ['₩'], words: ['원']},
	{key: 'pln', codes: ['PLN'], symbols: [], words: ['złotych', 'złote', 'złoty', 'zł', 'zloty', 'zlotys', 'zlotych']},
	// Pesos are written for the currencies of Mexico, Argentina, Chile, Colombia, the Philippines…: one currency of their own, as "dollar".
	{key: 'peso', codes: [], symbols: [], words: ['pesos', 'peso']},
	{key: 'pen', codes: ['PEN'], symbols: [], words: ['soles', 'nuevos soles']},
	// Arabic: the riyal, dirham, dinar and pound of several countries each, as written.
	{key: 'ريال', codes: [], symbols: [], words: ['ريال', 'ريالات']},
	{key: 'درهم', codes: [], symbols: [], words: ['درهم', 'دراهم']},
	{key: 'دينار', codes: [], symbols: [], words: ['دينار', 'دنانير']},
	{key: 'جنيه', codes: [], symbols: [], words: ['جنيه', 'جنيهات']},
];

/**
 * Scale words by their power of ten (English, German, French, Spanish, Italian, Portuguese,
 * Dutch, Russian, and the Indian lakh and crore; "billion" is the short scale, 10⁹; Spanish and Portuguese write it "mil
 * millones", "mil milhões"). "m" and "k" are scales only after a currency ("$5m"; "5m" alone is
 * five metres: scaleOf).
 */
const scaleWords = new Map<string, number>([
	...['thousand', 'thousands', 'tausend', 'mille', 'mil', 'k', 'тыс', 'тысяч', 'тысячи'].map(word => [word, 3] as const),
	// The Indian numbering system: a lakh is a hundred thousand, a crore ten million; the press counts large sums in
	// crores of a thousand or a lakh ("Rs 20 thousand crore", "Rs 5 lakh crore": 10¹², one scale, read whole).
	...['lakh', 'lakhs', 'lac', 'lacs'].map(word => [word, 5] as const),
	...['crore', 'crores'].map(word => [word, 7] as const),
	...['thousand crore', 'thousand crores'].map(word => [word, 10] as const),
	...['lakh crore', 'lakh crores', 'lac crore', 'lac crores'].map(word => [word, 12] as const),
	...['million', 'millions', 'millionen', 'millones', 'millón', 'milioni', 'milione', 'milhões', 'milhão', 'miljoen', 'mio', 'mn', 'm', 'млн', 'миллиона', 'миллионов', 'миллион'].map(word => [word, 6] as const),
	// French press abbreviations, scales only before a currency ("1,2 Md€", "3 Mds€", "1,2 Md d'euros"; "M€" is "m" and "€"): currencyOnlyScales.
	...['md', 'mds'].map(word => [word, 9] as const),
	// "B" and "T" after a currency (US business press: "$1.2B", "$3T"; breaker13b N17), "bil." as some wires write it.
	...['b', 'bil'].map(word => [word, 9] as const),
	...['t'].map(word => [word, 12] as const),
	...['billion', 'billions', 'bn', 'milliarde', 'milliarden', 'milliard', 'milliards', 'mil millones', 'mil milhões', 'miliardi', 'miliardo', 'bilhões', 'bilhão', 'miljard', 'mrd', 'млрд', 'миллиарда', 'миллиардов', 'миллиард'].map(word => [word, 9] as const),
	...['trillion', 'trillions', 'tn', 'billionen', 'billones', 'трлн'].map(word => [word, 12] as const),
	// Polish and Czech ("5 mln zł", "2 mld"), Arabic, and the myriad scales of Chinese, Japanese and Korean (万 10⁴, 億 10⁸, 兆 10¹²).
	...['tys', 'tysiąc', 'tysiące', 'tysięcy', 'tysiąca', 'тысяча', 'тысячу', 'ألف', 'آلاف', '千'].map(word => [word, 3] as const),
	...['mln', 'مليون', 'ملايين', '百万'].map(word => [word, 6] as const),
	...['mld', 'مليار', 'مليارات'].map(word => [word, 9] as const),
	// Reuters' style in company results and market reports ("12 mln euros", "12 bln euros", "1.2 tln rupiah").
	...['bln', 'blns'].map(word => [word, 9] as const),
	...['tln', 'trln'].map(word => [word, 12] as const),
	...['万', '萬', '만'].map(word => [word, 4] as const),
	...['千万', '千萬', '천만'].map(word => [word, 7] as const),
	...['億', '亿', '억'].map(word => [word, 8] as const),
	...['兆', '조'].map(word => [word, 12] as const),
]);

/**
 * Scale words read as scales only with a currency ("$5m", "5k €", "1,2 Md€", "$1.2B", "$3T"): alone, "5m" is five
 * metres, "5k" stays as written, "5B" and "5T" are no sums, and "Md" / "Mds" (French abbreviations of milliard, Les Echos' and AFP's "1,2 Md€") are no scale.
 */
const currencyOnlyScales: ReadonlySet<string> = new Set(['m', 'k', 'md', 'mds', 'b', 't', 'bil']);

/** Whether a word (any case) is a scale word ("million", "Milliarden", "bn"), those of currencyOnlyScales aside (scales only with a currency). */
export const isScaleWord = (word: string): boolean => {
	const lower = word.toLowerCase();
	return !currencyOnlyScales.has(lower) && scaleWords.has(lower);
};

/** Abbreviations a full stop may end ("Mio.", "Mrd.", "тыс.", Polish "tys."): the stop is part of the scale word. */
const stopAbbreviations = ['mio', 'mrd', 'тыс', 'tys', 'bil'];

/** Measures by the symbol they are compared as: the symbol and its names (lower case; English, French, Spanish, German, Russian). */
const measures: ReadonlyArray<{symbol: string; names: readonly string[]}> = [
	// Degrees: of a scale named or not ("30 °C", "30 degrees Celsius", "30 Grad Celsius"; "5°", "5 degrees", "5 Grad"), a name written capitalised as it is (alternation).
	{symbol: '°C', names: ['°c', '° c', '℃', 'degrees celsius', 'degree celsius', 'degrees c', 'grad celsius', 'degrés celsius', 'degré celsius', 'grados celsius', 'grado celsius', 'gradi celsius', 'graus celsius', 'градусов цельсия', 'градуса цельсия', 'градус цельсия']},
	{symbol: '°F', names: ['°f', '° f', '℉', 'degrees fahrenheit', 'degree fahrenheit', 'degrees f', 'grad fahrenheit', 'degrés fahrenheit', 'grados fahrenheit', 'gradi fahrenheit', 'graus fahrenheit', 'градусов по фаренгейту']},
	{symbol: '°', names: ['°', 'degrees', 'degree', 'grad', 'degrés', 'degré', 'grados', 'grado', 'gradi', 'graus', 'градусов', 'градуса', 'градус']},
	// The Arabic percent sign (U+066A: Arabic, Persian and Urdu press), the full-width and small ones (CJK), the words of Urdu, Hindi and
	// Arabic, and "pct" as Reuters and Bloomberg wires abbreviate it ("5 pct"); "pc" glued to the digits is gluedMeasures'.
	{symbol: '%', names: ['%', '٪', '％', '﹪', 'per cent', 'percent', 'pct', 'pour cent', 'por ciento', 'por cento', 'prozent', 'процентов', 'процента', 'процент', 'فیصد', 'प्रतिशत', 'فی صد', 'في المئة', 'في المائة', 'بالمئة', 'بالمائة']},
	{symbol: 'km/h', names: ['km/h', 'kph', 'kmh', 'км/ч']},
	// Miles per hour keyed as miles over an hour, as "75 miles an hour" reads (rate-period.ts): one speed.
	{symbol: 'mi/h', names: ['mph', 'miles per hour']},
	{symbol: 'km', names: ['km', 'kilometres', 'kilometre', 'kilometers', 'kilometer', 'kilomètres', 'kilomètre', 'kilómetros', 'kilómetro', 'kilometer', 'километров', 'километра', 'км']},
	{symbol: 'mi', names: ['mi', 'miles', 'mile', 'millas', 'milles']},
	{symbol: 'm', names: ['metres', 'metre', 'meters', 'meter', 'mètres', 'mètre', 'metros', 'metro', 'метров', 'метра']},
	{symbol: 'cm', names: ['cm', 'centimetres', 'centimetre', 'centimeters', 'centimeter']},
	{symbol: 'mm', names: ['mm', 'millimetres', 'millimetre', 'millimeters', 'millimeter']},
	{symbol: 'ft', names: ['ft', 'feet', 'foot', 'pies']},
	{symbol: 'in', names: ['inches', 'inch']},
	{symbol: 'kg', names: ['kg', 'kilograms', 'kilogram', 'kilogrammes', 'kilogramme', 'kilos', 'kilo', 'kilogramos', 'кг']},
	{symbol: 'lb', names: ['lb', 'lbs']},
	{symbol: 't', names: ['tonnes', 'tonne', 'toneladas', 'тонн', 'тонны']},
	{symbol: 'ton', names: ['tons', 'ton']},
	{symbol: 'l', names: ['litres', 'litre', 'liters', 'liter', 'litros', 'litri', 'литров', 'литра']},
	{symbol: 'ml', names: ['millilitres', 'millilitre', 'milliliters', 'milliliter', 'mililitros']},
	{symbol: 'g', names: ['grams', 'gram', 'grammes', 'gramme', 'gramos', 'grammi', 'граммов', 'грамм']},
	{symbol: 'mg', names: ['milligrams', 'milligram', 'milligrammes', 'milligramme', 'miligramos', 'milligrammi', 'миллиграммов']},
	{symbol: 'µg', names: ['micrograms', 'microgram', 'microgrammes', 'microgramme', 'microgramos']},
	{symbol: 'B', names: ['bytes', 'byte', 'octets']},
	{symbol: 'kB', names: ['kilobytes', 'kilobyte']},
	{symbol: 'MB', names: ['megabytes', 'megabyte', 'mégaoctets']},
	{symbol: 'GB', names: ['gigabytes', 'gigabyte', 'gigaoctets']},
	{symbol: 'TB', names: ['terabytes', 'terabyte']},
	{symbol: 'b', names: ['bits', 'bit']},
	{symbol: 'kb', names: ['kilobits', 'kilobit']},
	{symbol: 'Mb', names: ['megabits', 'megabit']},
	{symbol: 'Gb', names: ['gigabits', 'gigabit']},
	{symbol: 'W', names: ['watts', 'watt']},
	{symbol: 'kW', names: ['kilowatts', 'kilowatt']},
	{symbol: 'MW', names: ['megawatts', 'megawatt']},
	{symbol: 'GW', names: ['gigawatts', 'gigawatt']},
	{symbol: 'kWh', names: ['kilowatt-hours', 'kilowatt hours', 'kilowatt-hour', 'kilowatt hour']},
	{symbol: 'MWh', names: ['megawatt-hours', 'megawatt hours', 'megawatt-hour', 'megawatt hour']},
	{symbol: 'GWh', names: ['gigawatt-hours', 'gigawatt hours', 'gigawatt-hour', 'gigawatt hour']},
	{symbol: 'TWh', names: ['terawatt-hours', 'terawatt hours']},
	{symbol: 'm/s', names: ['m/s', 'metres per second', 'meters per second']},
	{symbol: 'pp', names: ['percentage points', 'percentage point']},
	{symbol: 'gal', names: ['gallons', 'gallon']},
	{symbol: 'ha', names: ['ha', 'hectares', 'hectare', 'hectáreas']},
	{symbol: 'acre', names: ['acres', 'acre']},
	{symbol: 'sq km', names: ['sq km', 'square kilometres', 'square kilometers']},
	{symbol: 'sq mi', names: ['sq mi', 'square miles']},
	{symbol: 'm²', names: ['square metres', 'square meters', 'sq m', 'mètres carrés', 'metros cuadrados', 'quadratmeter', 'квадратных метров']},
	{symbol: 'm³', names: ['cubic metres', 'cubic meters', 'mètres cubes', 'metros cúbicos', 'kubikmeter', 'кубометров']},
	// Time spans: "5 years in prison" and "5 months" are two figures (English, German, French, Spanish, Italian, Portuguese, Dutch, Russian;
	// not the Russian "год", "года", which follow a year: "в 2024 году").
	{symbol: 'year', names: ['years', 'year', 'yrs', 'jahre', 'jahren', 'jahr', 'jahres', 'ans', 'années', 'année', 'años', 'año', 'anni', 'anno', 'anos', 'ano', 'jaar', 'jaren', 'лет']},
	{symbol: 'month', names: ['months', 'month', 'monate', 'monaten', 'monat', 'monats', 'mois', 'meses', 'mes', 'mesi', 'mese', 'maanden', 'maand', 'месяцев', 'месяца', 'месяц']},
	{symbol: 'week', names: ['weeks', 'week', 'wochen', 'woche', 'semaines', 'semaine', 'semanas', 'semana', 'settimane', 'settimana', 'weken', 'недель', 'недели', 'неделю']},
	{symbol: 'day', names: ['days', 'day', 'tage', 'tagen', 'tag', 'jours', 'jour', 'días', 'día', 'giorni', 'giorno', 'dias', 'dagen', 'дней', 'дня', 'день']},
	{symbol: 'h', names: ['hours', 'hour', 'hrs', 'hr', 'stunden', 'stunde', 'heures', 'heure', 'horas', 'hora', 'ore', 'uur', 'часов', 'часа', 'час']},
	{symbol: 'min', names: ['minutes', 'minute', 'mins', 'min', 'minuten', 'minutos', 'minuto', 'minuti', 'минут', 'минуты', 'минуту']},
	{symbol: 's', names: ['seconds', 'second', 'secs', 'sekunden', 'sekunde', 'secondes', 'seconde', 'segundos', 'segundo', 'secondi', 'seconden', 'секунд', 'секунды']},
];

/**
 * Measures of length that take a power: "m²", "m2" and "m^2" are one unit (a superscript digit after a unit is its
 * power; NFKC, as text/normalize.ts applies it, folds "²" to "2"), by the symbol they are compared as.
 */
const poweredMeasures = ['km', 'cm', 'mm', 'm', 'ft', 'mi'];
/** A unit's power as written: "2", "^2", "²" (and 3). */
const powerSource = String.raw`(?:\^?[23]|[²³])`;

/**
 * Unit symbols whose capitals are their meaning, read only as written (no case folded, no capital
 * added): "MB" megabytes and "Mb" megabits, "MW" megawatts and "mW" milliwatts, "mg" and "Mg"; by the
 * symbol they are compared as. Symbols of one letter only where a figure rarely stands before the
 * letter for anything else ("5 l", "60 W"; not "B", a grade or a plan).
 */
const writtenMeasures: ReadonlyArray<{symbol: string; written: readonly string[]}> = [
	{symbol: 'g', written: ['g']},
	{symbol: 'mg', written: ['mg']},
	// The micro sign (U+00B5) and the Greek mu (U+03BC) look alike; "mcg" is the pharmacists' spelling.
	{symbol: 'µg', written: ['µg', 'μg', 'mcg']},
	{symbol: 'l', written: ['l', 'L']},
	{symbol: 'ml', written: ['ml', 'mL']},
	{symbol: 'kB', written: ['kB', 'KB']},
	{symbol: 'MB', written: ['MB']},
	{symbol: 'GB', written: ['GB']},
	{symbol: 'TB', written: ['TB']},
	{symbol: 'PB', written: ['PB']},
	{symbol: 'KiB', written: ['KiB']},
	{symbol: 'MiB', written: ['MiB']},
	{symbol: 'GiB', written: ['GiB']},
	{symbol: 'TiB', written: ['TiB']},
	{symbol: 'kb', written: ['kb', 'Kb', 'kbit']},
	{symbol: 'Mb', written: ['Mb', 'Mbit']},
	{symbol: 'Gb', written: ['Gb', 'Gbit']},
	{symbol: 'Tb', written: ['Tb', 'Tbit']},
	{symbol: 'kb/s', written: ['kbps', 'Kbps', 'kbit/s', 'kb/s']},
	{symbol: 'Mb/s', written: ['Mbps', 'Mbit/s', 'Mb/s']},
	{symbol: 'Gb/s', written: ['Gbps', 'Gbit/s', 'Gb/s']},
	{symbol: 'MB/s', written: ['MB/s', 'MBps']},
	{symbol: 'GB/s', written: ['GB/s', 'GBps']},
	{symbol: 'mW', written: ['mW']},
	{symbol: 'W', written: ['W']},
	{symbol: 'kW', written: ['kW', 'KW']},
	{symbol: 'MW', written: ['MW']},
	{symbol: 'GW', written: ['GW']},
	{symbol: 'TW', written: ['TW']},
	{symbol: 'Wh', written: ['Wh']},
	{symbol: 'kWh', written: ['kWh', 'KWh']},
	{symbol: 'MWh', written: ['MWh']},
	{symbol: 'GWh', written: ['GWh']},
	{symbol: 'TWh', written: ['TWh']},
];

/** Words between a scale word and its currency ("millones de euros", "millions d'euros", "milioni di euro", "millions of dollars"): "de", "di" and "of" before a space, "d'" before the word. */
const connectorSource = (gap: string): string => `(?:(?:de|di|of)${gap}|d['’])`;
const connectorAtStart = new RegExp(`^${connectorSource(' ')}`);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The words after the first of `word` (and a letter after "°") capitalised: "degrees Celsius", "°C". */
const laterCapitalised = (word: string): string => word.replace(/([\s°])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
/** `words` as an alternation tries them: longest first (so "mil millones" before "mil"), each also capitalised (its first word, its later words, or both). */
const alternatives = (words: Iterable<string>): string[] =>
	[...new Set([...words].flatMap(word => [word, laterCapitalised(word)]).flatMap(word => [word, word.charAt(0).toUpperCase() + word.slice(1)]))].sort((a, b) => b.length - a.length);
/** An alternation of `words` (alternatives), a space as any `gap`. */
const alternation = (words: Iterable<string>, gap: string): string =>
	alternatives(words)
		.map(word => escape(word).replaceAll(' ', gap))
		.join('|');

/**
 * The end of a unit word: no letter or digit after it, as a word ends in the scripts that space their
 * words, nor an apostrophe before a letter (an elided word: French "en 1956 l'expédition" holds no litres); after a
 * Chinese, Japanese or Korean character anything may follow ("5億円を", "5억 원을": the
 * particle is glued on, and those scripts do not space their words).
 */
const wordEnd = String.raw`(?:(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])|(?![\p{L}\p{N}]|['’][\p{L}\p{N}]))`;

/** Currency symbols, longest first ("US$" before "$"). */
const currencySymbols = currencies.flatMap(entry => entry.symbols).sort((a, b) => b.length - a.length);
/** ISO codes of the table's currencies ("USD", "CAD"). */
const currencyCodes = currencies.flatMap(entry => entry.codes);

/**
 * The words of each part of a unit, in the order they are tried (the first that fits is read: "mil millones" before
 * "mil"), each with the test after it: `word` a word end (wordEnd), `none` nothing, `figure` no digit next (a currency
 * symbol that opens the next figure, "12 € 13", is not this one's). A space in a word is any gap.
 */
type Written = {written: string; after: 'word' | 'none' | 'figure'};
type UnitWords = {scale: Written[]; currency: Written[]; measure: Written[]; rate: string[]; symbol: Written[]};
let unitWordsMade: UnitWords | undefined;
/** The lists above, made on first use (readUnitEnd, unitSource): a diff of texts without figures reads no unit, and making them cost every start ~5 ms of CPU. */
const unitWords = (): UnitWords => (unitWordsMade ??= makeUnitWords());
const makeUnitWords = (): UnitWords => {
	const tried = (words: readonly string[], after: Written['after']): Written[] => words.map(written => ({written, after}));
	// A rate written with a slash ("5 m/s", "5 Mbit/s"), tried before a scale that is its first letter ("5 m" is five metres).
	const rates = [...measures.flatMap(entry => entry.names), ...writtenMeasures.flatMap(entry => entry.written)].filter(name => name.includes('/'));
	return {
		scale: [...tried(alternatives(stopAbbreviations.map(word => `${word}.`)), 'none'), ...tried(alternatives(scaleWords.keys()), 'word')],
		currency: tried([...alternatives(currencies.flatMap(entry => entry.words)), ...currencyCodes], 'word'),
		measure: tried([...alternatives(measures.flatMap(entry => entry.names)), ...writtenMeasures.flatMap(entry => entry.written).sort((a, b) => b.length - a.length)], 'word'),
		rate: rates.sort((a, b) => b.length - a.length),
		// A currency symbol after the digits ("12 €", "12 Mio. €", "12€"), as continental writers place it.
		symbol: tried(currencySymbols, 'figure'),
	};
};

/** `words` as a regular-expression alternation, a space as any `gap`. */
const alternationOf = (words: readonly Written[], gap: string): string => words.map(word => escape(word.written).replaceAll(' ', gap)).join('|');

/** A clock's half after its time ("9:30 a.m.", "9pm", "7:20 AM", "7 P.M."; lower case or capitals, not mixed): a figure's unit before any of unitSource's. */
export const clockHalfSource = String.raw`(?:[ap]\.\s?m\.|[ap]m|[AP]\.\s?M\.|[AP]M)(?![\p{L}\p{N}])`;

/**
 * The words after a figure's digits that belong to it (figurePattern's `unit`) as the source of one regular expression,
 * given the space between parts (`gap`): the grammar readUnitEnd reads. As one pattern it is some 44,000 characters,
 * past the 20 KiB V8 optimises (kRegExpTooLargeToOptimize), so figures are read by readUnitEnd; this stays as its
 * specification, which the tests hold it to.
 */
export const unitSource = (gap: string): string => {
	const end = wordEnd;
	const {scale: scaleList, currency: currencyList, measure: measureList, rate: rates, symbol: symbolList} = unitWords();
	const stopped = scaleList.filter(word => word.after === 'none');
	const scale = `(?:${alternationOf(stopped, gap)}|(?:${alternationOf(scaleList.slice(stopped.length), gap)})${end})`;
	const currency = `(?:${alternationOf(currencyList, gap)})${end}`;
	const measure = `(?:${alternationOf(measureList, gap)})${end}`;
	// A measure of length with its power ("m³", "m3", "m^3"), before "m" is read as a scale or metres.
	const powered = `(?:${poweredMeasures.join('|')})${powerSource}${end}`;
	const connector = connectorSource(gap);
	const symbol = `(?:${alternationOf(symbolList, gap)})(?!${gap}?[\\p{N}])`;
	const rate = `(?:${rates.map(escape).join('|')})${end}`;
	const glued = `(?:${[...gluedMeasures.keys()].map(escape).join('|')})${end}`;
	// A measure joined by a hyphen, as a compound modifier ("12-year-old", "10-day").
	return `[-\u2010\u2011]${measure}|${gap}?${powered}|${gap}?${rate}|${gap}?${scale}(?:${gap}?(?:${connector}${gap}?)?${currency}|${gap}?${symbol}|${gap}?${measure})?|${gap}(?:${connector}${gap}?)?${currency}|${gap}?${symbol}|${gap}?${measure}|${glued}`;
};

/**
 * The space between a figure's parts: spaces and tabs (a terminal control sequence read as spaces
 * stands there too: "ESC[31m12ESC[0m million", text/normalize.ts withoutControls), one line break,
 * or a line break after at most one space (a hard wrap).
 */
export const gap = String.raw`(?:[^\S\r\n]?(?:\r\n?|\n)|[^\S\r\n]+)`;
const oneGap = new RegExp(`^${gap}$`);
const oneOrTwoGaps = new RegExp(`^(?:${gap}){1,2}$`);

const nonAsciiSpace = /\s/u;
/** White space as a regular expression's `\s` reads it (one UTF-16 code unit: every such character is in the BMP). */
export const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || (code >= 128 && nonAsciiSpace.test(String.fromCharCode(code)));

/**
 * Where what follows one gap (`gaps` 1) or one or two (`gaps` 2: "de" then a gap, then maybe another) starts in `text`
 * after `at`: past the white space there when it is such gaps, `at` itself when there is none, -1 when the white space is
 * not (two line breaks). What follows a gap in the grammar is never white space, so a gap holds all of it or fails.
 */
const pastGaps = (text: string, at: number, gaps: 1 | 2): number => {
	let end = at;
	while (end < text.length && isSpace(text.charCodeAt(end))) end++;
	if (end === at) return at;
	const space = text.slice(at, end);
	return (gaps === 1 ? oneGap : oneOrTwoGaps).test(space) ? end : -1;
};

const letterOrNumber = /[\p{L}\p{N}]/u;
const unspacedScript = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]$/u;
/** Whether a word ends at `at` (wordEnd, after a word that does not end in an unspaced script): no letter or digit there. */
const endsWord = (text: string, at: number): boolean => {
	const code = text.charCodeAt(at);
	if (Number.isNaN(code)) return true;
	if (code < 128) return !((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122));
	return !letterOrNumber.test(String.fromCodePoint(text.codePointAt(at)!));
};

/** One entry of a word list as read: its words (one gap between each two), and what must follow it. */
type Entry = {words: readonly string[]; after: Written['after']};
/** A word list by the first UTF-16 code unit of its entries, each run in the list's order. */
type WordIndex = Map<number, Entry[]>;

const wordIndex = (list: readonly Written[]): WordIndex => {
	const index: WordIndex = new Map();
	for (const {written, after} of list) {
		const words = written.split(' ');
		if (words.some(word => word === '' || /\s/u.test(word))) throw new Error(`figure-units: "${written}" has white space other than single spaces between its words`);
		// A word ending in an unspaced script ends anywhere (wordEnd's lookbehind).
		const entry: Entry = {words, after: after === 'word' && unspacedScript.test(written) ? 'none' : after};
		const first = written.charCodeAt(0);
		const entries = index.get(first);
		if (entries) entries.push(entry);
		else index.set(first, [entry]);
	}
	return index;
};

/** An apostrophe at `at` with a letter after it: the word before it is elided ("l'expédition", "d'euros"), not a word of its own. */
const elidedAt = (text: string, at: number): boolean => (text[at] === "'" || text[at] === '’') && at + 1 < text.length && !endsWord(text, at + 1);

/** The end of the first entry of `index` written at `at` in `text` (with what must follow it), or -1. */
const wordEndAt = (text: string, at: number, index: WordIndex): number => {
	const entries = index.get(text.charCodeAt(at));
	if (entries === undefined) return -1;
	entries: for (const entry of entries) {
		let position = at;
		for (let part = 0; part < entry.words.length; part++) {
			if (part > 0) {
				const next = pastGaps(text, position, 1);
				if (next <= position) continue entries;
				position = next;
			}
			const word = entry.words[part]!;
			if (!text.startsWith(word, position)) continue entries;
			position += word.length;
		}
		if (entry.after === 'word' && (!endsWord(text, position) || elidedAt(text, position))) continue;
		if (entry.after === 'figure') {
			const next = pastGaps(text, position, 1);
			if (next >= 0 && next < text.length && isDigitAt(text, next)) continue;
		}
		return position;
	}
	return -1;
};

const number = /\p{N}/u;
const isDigitAt = (text: string, at: number): boolean => number.test(String.fromCodePoint(text.codePointAt(at)!));

type UnitTables = {indexes: {scale: WordIndex; currency: WordIndex; measure: WordIndex; symbol: WordIndex}; shortParts: RegExp; shortPartsWithClock: RegExp};
let unitTablesMade: UnitTables | undefined;
/** What readUnitEnd reads with, made on its first call (as unitWords): the word lists by first character, and the short patterns. */
const unitTables = (): UnitTables => (unitTablesMade ??= makeUnitTables());
const makeUnitTables = (): UnitTables => {
	const words = unitWords();
	/** The parts of unitSource that are short patterns: a measure of length with its power ("m³", "m3", "m^3", before "m" is read as a scale or metres), a rate ("5 m/s"); and with a clock's half (clockHalfSource) before them. */
	const shortPartsSource = `(?:${poweredMeasures.join('|')})${powerSource}${wordEnd}|(?:${words.rate.map(escape).join('|')})${wordEnd}`;
	return {
		indexes: {scale: wordIndex(words.scale), currency: wordIndex(words.currency), measure: wordIndex(words.measure), symbol: wordIndex(words.symbol)},
		shortParts: new RegExp(shortPartsSource, 'uy'),
		shortPartsWithClock: new RegExp(`${clockHalfSource}|${shortPartsSource}`, 'uy'),
	};
};

/** The end of a currency at `at`, after a connector ("de", "of", "d'") or not ("millones de euros", "million dollars"), or -1. */
const currencyEndAt = (text: string, at: number, indexes: UnitTables['indexes']): number => {
	const first = text.charCodeAt(at);
	if (first === 100 /* d */ || first === 111 /* o */) {
		const second = text.charCodeAt(at + 1);
		const word = (first === 100 && (second === 101 || second === 105)) || (first === 111 && second === 102);
		const apostrophe = first === 100 && (second === 39 || second === 0x2019);
		// "de", "di", "of" and one gap (then maybe another); "d'" and maybe a gap.
		const next = word ? pastGaps(text, at + 2, 2) : apostrophe ? pastGaps(text, at + 2, 1) : -1;
		if (next > at + 2 || (apostrophe && next === at + 2)) {
			const end = wordEndAt(text, next, indexes.currency);
			if (end >= 0) return end;
		}
	}
	return wordEndAt(text, at, indexes.currency);
};

/**
 * The end of the unit written after a figure's digits that end at `at` in `text` (unitSource, read by hand: the same
 * words in the same order, so "$4.5 million", "12 Mio. €", "5 millones de euros"), with a clock's half first when
 * `clock` ("9:30 a.m."); -1 when none is written there. Each part is found through its first character, so the tables
 * grow without a longer pattern (V8 optimises none past 20 KiB: kRegExpTooLargeToOptimize). Linear in the unit's length
 * times the entries sharing its first character.
 */
export const readUnitEnd = (text: string, at: number, clock: boolean): number => {
	const {indexes, shortParts, shortPartsWithClock} = unitTables();
	// A measure joined to its figure by a hyphen, as a compound modifier ("a 12-year-old", "a 10-day strike", "a 5-km race"):
	// its unit, so "12-year-old" / "12-week-old" is a changed figure, and "12-year-old" / "12 years old" one.
	if (hyphens.has(text.charCodeAt(at))) {
		const measure = wordEndAt(text, at + 1, indexes.measure);
		if (measure >= 0) return measure;
	}
	const start = pastGaps(text, at, 1);
	if (start < 0 || start >= text.length) return -1;
	const short = clock ? shortPartsWithClock : shortParts;
	short.lastIndex = start;
	if (short.test(text)) return short.lastIndex;
	const scale = wordEndAt(text, start, indexes.scale);
	if (scale >= 0) {
		// What the scale counts: a currency ("millones de euros", "Mio. €"), a measure ("million tonnes").
		const next = pastGaps(text, scale, 1);
		if (next < 0 || next >= text.length) return scale;
		const end = currencyEndAt(text, next, indexes);
		if (end >= 0) return end;
		const symbol = wordEndAt(text, next, indexes.symbol);
		if (symbol >= 0) return symbol;
		const measure = wordEndAt(text, next, indexes.measure);
		return measure >= 0 ? measure : scale;
	}
	// A currency word or code after the digits only after a space ("5 dollars", "5 USD").
	if (start > at) {
		const end = currencyEndAt(text, start, indexes);
		if (end >= 0) return end;
	}
	const symbol = wordEndAt(text, start, indexes.symbol);
	if (symbol >= 0) return symbol;
	const measure = wordEndAt(text, start, indexes.measure);
	if (measure >= 0 || start > at) return measure;
	// Glued to the digits only ("40C", "20in"; "Grade 5 C" is no temperature).
	for (const written of gluedMeasures.keys()) if (text.startsWith(written, at) && endsWord(text, at + written.length)) return at + written.length;
	return -1;
};

/** A hyphen (U+002D), and the Unicode hyphen and non-breaking hyphen (U+2010, U+2011), by their code units. */
const hyphens: ReadonlySet<number> = new Set([0x2d, 0x2010, 0x2011]);

/** Signs written as words before the digits ("minus 5 Grad", "moins 5 degrés", "menos 5", "минус 5"), by the sign they write. */
const signWords = new Map<string, string>(['minus', 'moins', 'menos', 'meno', 'минус'].map(word => [word, '-'] as const));

/** Characters written for a minus sign: the minus (U+2212), and an en or em dash glued to a figure after a space ("–5C", typeset copy). */
const dashes = ['−', '–', '—'];

/** Words before which a sign word is "least", no sign ("au moins 68", "du moins", "al menos 5", "por lo menos 5", "el menos"). */
const leastBefore = ['au', 'du', 'le', 'al', 'lo', 'el'];

/**
 * The regular-expression source of a sign before the digits (figurePattern's `sign`): "+", "-", "−", an en or em dash
 * glued to the digits after a space or at a line's start (dashes; "1990–2000" is a range, "– 5" a dash), or a sign
 * word and a space, not after a word of leastBefore; not after a letter or digit ("COVID-19" is 19).
 */
export const signSource = (gap: string): string =>
	String.raw`(?<![\p{L}\p{N}])(?:[+\-−]|(?<=^|[\s(\[])[–—](?=\p{N})|(?<!(?<![\p{L}\p{N}])(?:${alternation(leastBefore, gap)})${gap})(?:${alternation(signWords.keys(), gap)})${gap})`;

/**
 * The most characters other than white space a figure's sign and currency before its digits
 * (signSource, then currencyBeforeSource) can hold together: the longest sign word and the longest
 * currency symbol or code ("минус US$ 5" holds 8). No digit is among them, so a figure starts at
 * most this many such characters (and any white space) before its first digit (figures.ts figureMatches).
 */
export const prefixCharacters = Math.max(1, ...[...signWords.keys()].map(word => word.length)) + Math.max(...currencies.flatMap(entry => [...entry.symbols, ...entry.codes]).map(written => written.length));

/** A sign as compared: "-" for "-", "−" and a minus word, "+" for "+"; undefined for none. */
export const readSign = (sign: string | undefined): string | undefined => {
	if (sign === undefined) return undefined;
	const written = sign.trim().toLowerCase();
	return signWords.get(written) ?? (dashes.includes(written) ? '-' : written);
};

/** Whether `written` (trimmed, as written) is a currency written before the digits: a symbol ("$", "US$", "€") or an ISO code ("USD", "Rs"). */
export const isCurrencyBefore = (written: string): boolean => currencySymbols.includes(written) || currencyCodes.includes(written);

/** The regular-expression source of a currency written before the digits (figurePattern's `currency`): a symbol, or an ISO code and a space. */
export const currencyBeforeSource = (gap: string): string =>
	`(?:${currencySymbols.map(escape).join('|')})${gap}?|(?<![\\p{L}\\p{N}])(?:${currencyCodes.join('|')})${gap}`;

/** Every scale word (and abbreviation with its full stop: "mio."), longest first. */
export const scalesLongestFirst = [...scaleWords.keys(), ...stopAbbreviations.map(word => `${word}.`)].sort((a, b) => b.length - a.length);
const currencyOf = new Map<string, string>(currencies.flatMap(entry => [...entry.symbols, ...entry.words, ...entry.codes].map(written => [written.toLowerCase(), entry.key] as const)));
const measureOf = new Map<string, string>(measures.flatMap(entry => entry.names.map(name => [name, entry.symbol] as const)));
/**
 * Symbols read as a measure only glued to the digits, as written (case kept): a temperature's scale letter without its
 * degree sign ("40C", "5F": the style of the BBC, the Guardian and Reuters), inches ("20in"), and per cent as the
 * Telegraph, the Mail and the FT write it ("5pc"). After a space the letters are something else as often ("Grade 5
 * C", "in 5 in 10", "a 5 pc set"), so there they are not read.
 */
const gluedMeasures = new Map<string, string>([
	['C', '°C'],
	['F', '°F'],
	['in', 'in'],
	['pc', '%'],
]);

const writtenMeasureOf = new Map<string, string>(writtenMeasures.flatMap(entry => entry.written.map(written => [written, entry.symbol] as const)));

/** A measure of length and its power as written: "m³" → ["m", "3"]. */
const poweredUnit = /^(\p{L}+)\^?([23²³])$/u;
/** A word of a script written without spaces between words (Chinese, Japanese; Korean scales glue to their figure too). */
const unspaced = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/**
 * The scale words (scalesLongestFirst, in its order) by their first UTF-16 code unit, each with what may follow it in a
 * unit: a space, or anything when it ends in its own full stop or is unspaced ("億円"). A unit's scale word starts it,
 * so only those of its first character are tried (readUnit runs for every figure with a unit).
 */
const scalesByFirst = new Map<string, Array<{word: string; spaced: string; glued: boolean}>>();
for (const word of scalesLongestFirst) {
	const entries = scalesByFirst.get(word[0]!) ?? [];
	entries.push({word, spaced: `${word} `, glued: word.endsWith('.') || unspaced.test(word)});
	scalesByFirst.set(word[0]!, entries);
}

/** What the words beside a figure's digits say, each part as compared: the currency's code, the scale's power of ten, the measure's symbol, and what else is written there ("%", "°c", "am"). */
export type FigureUnit = {currency?: string; scale?: number; measure?: string; rest: string};

/** Currency symbols lower-cased ("us$", "€"): a scale word glued to one ("M€", "Md$", "Mrd€", as French and German press write them) is still a scale word. */
const currencySymbolsLower: ReadonlySet<string> = new Set(currencySymbols.map(symbol => symbol.toLowerCase()));

/**
 * The scale word `words` (a unit, lower-cased, trimmed) opens, the longest of scalesLongestFirst that is all of it or is
 * followed by a space, by a currency symbol glued to it ("m€", "md$"), or by anything when it ends in its own full stop
 * or is unspaced ("億円"); undefined for none.
 */
export const scaleWordOpening = (words: string): string | undefined =>
	words === '' ? undefined : scalesByFirst.get(words[0]!)?.find(entry => words === entry.word || words.startsWith(entry.spaced) || (words.startsWith(entry.word) && (entry.glued || currencySymbolsLower.has(words.slice(entry.word.length)))))?.word;

/**
 * Reads the currency written before the digits (`before`) and the unit written after them
 * (`after`, as unitSource matched it), lower-cased parts by the tables above. "m" and "k" are
 * scales only with a currency, else "m" is metres and "k" stays as written.
 */
export const readUnit = (before: string | undefined, after: string | undefined): FigureUnit => {
	const unit: FigureUnit = {rest: ''};
	const currencyBefore = before?.trim().toLowerCase();
	if (currencyBefore) unit.currency = currencyOf.get(currencyBefore) ?? currencyBefore;
	// A unit joined by a hyphen ("12-year"): the unit without it.
	const written = (after ?? '').trim().replace(/^[-\u2010\u2011]/u, '').replace(/\s+/g, ' ');
	// A symbol whose capitals are its meaning ("MB" / "Mb"), as written.
	const writtenMeasure = writtenMeasureOf.get(written) ?? gluedMeasures.get(written);
	if (writtenMeasure !== undefined) return {...unit, measure: writtenMeasure};
	let words = written.toLowerCase();
	if (!words) return unit;
	// A power written after a measure of length ("m³", "m^3", "km2"): its symbol with the power, as "m²" and "square metres" are one.
	const powered = poweredUnit.exec(words);
	if (powered && poweredMeasures.includes(powered[1]!)) {
		const square = /[2²]/.test(powered[2]!);
		return {...unit, measure: powered[1] === 'km' && square ? 'sq km' : `${powered[1]}${square ? '²' : '³'}`};
	}
	// A scale word, followed by a space, a full stop that is its own, or (Chinese, Japanese, Korean, unspaced) anything ("億円").
	const scale = scaleWordOpening(words);
	if (scale !== undefined) {
		const bare = scale.replace(/\.$/, '');
		// What follows the scale word, past a connector ("millones de euros"): a currency there makes "m" and "k" scales too.
		const following = words.slice(scale.length).trim().replace(connectorAtStart, '');
		if (!currencyOnlyScales.has(bare) || unit.currency !== undefined || currencyOf.has(following)) {
			unit.scale = scaleWords.get(bare);
			words = following;
		}
	}
	words = words.replace(connectorAtStart, '');
	const currency = currencyOf.get(words);
	if (currency) return {...unit, currency};
	// "m" alone, with no currency, is metres ("5m"), as "5 metres".
	const measure = measureOf.get(words) ?? (words === 'm' ? 'm' : undefined);
	if (measure) return {...unit, measure};
	// A clock's "a.m." / "am", "k" alone: as written, spacing and stops aside.
	return {...unit, rest: words.replace(/\s/g, '').replace(/^([ap])\.?m\.?$/, '$1m')};
};

/** The time-span measures of `measures` ("year", "month", "week", "day", "h", "min", "s"), by each name lower-cased: "stunde" → "h", "año" → "year". */
const timeSpanNames = new Map<string, string>(measures.filter(entry => ['year', 'month', 'week', 'day', 'h', 'min', 's'].includes(entry.symbol)).flatMap(entry => entry.names.map(name => [name, entry.symbol] as const)));

/** The symbol of a time span's name (any case; "hour", "Stunde", "jour" → "h", "h", "day"), or undefined for any other word. */
export const timeSpanOf = (word: string): string | undefined => timeSpanNames.get(word.toLowerCase());
