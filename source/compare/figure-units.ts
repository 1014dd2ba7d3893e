// The words and symbols a figure carries, as tables: what compare/figures.ts reads
// beside the digits and how it compares them. One entry per notation, so "$5
// million", "5 million dollars", "USD 5m" and "5 millones de dólares" are one
// figure, and "40 km" / "40 miles" two. Data, not cases: a new currency, scale or
// measure is a new row here.

/** Currencies by ISO 4217 code: the symbols written before the digits, the words (any language, lower case) written after them. */
const currencies: ReadonlyArray<{code: string; symbols: readonly string[]; words: readonly string[]}> = [
	{code: 'usd', symbols: ['US$', '$'], words: ['dollars', 'dollar', 'dólares', 'dólar', 'dollari', 'dollaro', 'доллара', 'долларов', 'доллар']},
	{code: 'eur', symbols: ['€'], words: ['euros', 'euro', 'евро']},
	{code: 'gbp', symbols: ['£'], words: ['pounds', 'pound', 'sterling', 'livres', 'libras', 'фунтов', 'фунта']},
	{code: 'jpy', symbols: ['¥'], words: ['yen']},
	{code: 'inr', symbols: ['₹'], words: ['rupees', 'rupee', 'roupies']},
	{code: 'rub', symbols: ['₽'], words: ['roubles', 'rouble', 'rubles', 'ruble', 'рублей', 'рубля', 'рубль']},
	{code: 'cny', symbols: [], words: ['yuan', 'renminbi']},
	{code: 'chf', symbols: [], words: ['francs', 'franc']},
];

/**
 * Scale words by their power of ten (English, German, French, Spanish, Italian, Portuguese,
 * Dutch, Russian; "billion" is the short scale, 10⁹; Spanish and Portuguese write it "mil
 * millones", "mil milhões"). "m" and "k" are scales only after a currency ("$5m"; "5m" alone is
 * five metres: scaleOf).
 */
const scaleWords = new Map<string, number>([
	...['thousand', 'thousands', 'tausend', 'mille', 'mil', 'k', 'тыс', 'тысяч', 'тысячи'].map(word => [word, 3] as const),
	...['million', 'millions', 'millionen', 'millones', 'millón', 'milioni', 'milione', 'milhões', 'milhão', 'miljoen', 'mio', 'mn', 'm', 'млн', 'миллиона', 'миллионов', 'миллион'].map(word => [word, 6] as const),
	...['billion', 'billions', 'bn', 'milliarde', 'milliarden', 'milliard', 'milliards', 'mil millones', 'mil milhões', 'miliardi', 'miliardo', 'bilhões', 'bilhão', 'miljard', 'mrd', 'млрд', 'миллиарда', 'миллиардов', 'миллиард'].map(word => [word, 9] as const),
	...['trillion', 'trillions', 'tn', 'billionen', 'billones', 'трлн'].map(word => [word, 12] as const),
]);

/** Abbreviations a full stop may end ("Mio.", "Mrd.", "тыс."): the stop is part of the scale word. */
const stopAbbreviations = ['mio', 'mrd', 'тыс'];

/** Measures by the symbol they are compared as: the symbol and its names (lower case; English, French, Spanish, German, Russian). */
const measures: ReadonlyArray<{symbol: string; names: readonly string[]}> = [
	// Degrees: of a scale named or not ("30 °C", "30 degrees Celsius", "30 Grad Celsius"; "5°", "5 degrees", "5 Grad"), a name written capitalised as it is (alternation).
	{symbol: '°C', names: ['°c', '° c', '℃', 'degrees celsius', 'degree celsius', 'degrees c', 'grad celsius', 'degrés celsius', 'degré celsius', 'grados celsius', 'grado celsius', 'gradi celsius', 'graus celsius', 'градусов цельсия', 'градуса цельсия', 'градус цельсия']},
	{symbol: '°F', names: ['°f', '° f', '℉', 'degrees fahrenheit', 'degree fahrenheit', 'degrees f', 'grad fahrenheit', 'degrés fahrenheit', 'grados fahrenheit', 'gradi fahrenheit', 'graus fahrenheit', 'градусов по фаренгейту']},
	{symbol: '°', names: ['°', 'degrees', 'degree', 'grad', 'degrés', 'degré', 'grados', 'grado', 'gradi', 'graus', 'градусов', 'градуса', 'градус']},
	{symbol: '%', names: ['%', 'per cent', 'percent', 'pour cent', 'por ciento', 'por cento', 'prozent', 'процентов', 'процента', 'процент']},
	{symbol: 'km/h', names: ['km/h', 'kph', 'kmh', 'км/ч']},
	{symbol: 'mph', names: ['mph', 'miles per hour']},
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
	{symbol: 'l', names: ['litres', 'litre', 'liters', 'liter', 'litros']},
	{symbol: 'gal', names: ['gallons', 'gallon']},
	{symbol: 'ha', names: ['ha', 'hectares', 'hectare', 'hectáreas']},
	{symbol: 'acre', names: ['acres', 'acre']},
	{symbol: 'sq km', names: ['sq km', 'square kilometres', 'square kilometers', 'km²', 'km2']},
	{symbol: 'sq mi', names: ['sq mi', 'square miles']},
];

/** Words between a scale word and its currency ("millones de euros", "millions d'euros", "millions of dollars"): "de" and "of" before a space, "d'" before the word. */
const connectorSource = (gap: string): string => `(?:(?:de|of)${gap}|d['’])`;
const connectorAtStart = new RegExp(`^${connectorSource(' ')}`);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The words after the first of `word` (and a letter after "°") capitalised: "degrees Celsius", "°C". */
const laterCapitalised = (word: string): string => word.replace(/([\s°])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
/** An alternation of `words`, longest first (so "mil millones" before "mil"), each also capitalised (its first word, its later words, or both), a space as any `gap`. */
const alternation = (words: Iterable<string>, gap: string): string =>
	[...new Set([...words].flatMap(word => [word, laterCapitalised(word)]).flatMap(word => [word, word.charAt(0).toUpperCase() + word.slice(1)]))]
		.sort((a, b) => b.length - a.length)
		.map(word => escape(word).replaceAll(' ', gap))
		.join('|');

/** The regular-expression source of the words after a figure's digits that belong to it (figurePattern's `unit`), given the space between parts (`gap`). */
export const unitSource = (gap: string): string => {
	const end = String.raw`(?![\p{L}\p{N}])`;
	const scale = `(?:${alternation([...stopAbbreviations].map(word => `${word}.`), gap)}|(?:${alternation(scaleWords.keys(), gap)})${end})`;
	const currency = `(?:${alternation(currencies.flatMap(entry => entry.words), gap)}|${currencies.map(entry => entry.code.toUpperCase()).join('|')})${end}`;
	const measure = `(?:${alternation(measures.flatMap(entry => entry.names), gap)})${end}`;
	const connector = connectorSource(gap);
	// A currency symbol after the digits ("12 €", "12 Mio. €", "12€"), as continental writers place it; not one that opens the next figure ("12 € 13").
	const symbol = `(?:${currencySymbols.map(escape).join('|')})(?!${gap}?[\\p{N}])`;
	return `${gap}?${scale}(?:${gap}(?:${connector}${gap}?)?${currency}|${gap}?${symbol}|${gap}?${measure})?|${gap}(?:${connector}${gap}?)?${currency}|${gap}?${symbol}|${gap}?${measure}`;
};

/** Currency symbols, longest first ("US$" before "$"). */
const currencySymbols = currencies.flatMap(entry => entry.symbols).sort((a, b) => b.length - a.length);

/** Signs written as words before the digits ("minus 5 Grad", "moins 5 degrés", "menos 5", "минус 5"), by the sign they write. */
const signWords = new Map<string, string>(['minus', 'moins', 'menos', 'meno', 'минус'].map(word => [word, '-'] as const));

/** Words before which a sign word is "least", no sign ("au moins 68", "du moins", "al menos 5", "por lo menos 5", "el menos"). */
const leastBefore = ['au', 'du', 'le', 'al', 'lo', 'el'];

/**
 * The regular-expression source of a sign before the digits (figurePattern's `sign`): "+", "-", "−", or a sign
 * word and a space, not after a word of leastBefore; not after a letter or digit ("COVID-19" is 19).
 */
export const signSource = (gap: string): string =>
	String.raw`(?<![\p{L}\p{N}])(?:[+\-−]|(?<!(?<![\p{L}\p{N}])(?:${alternation(leastBefore, gap)})${gap})(?:${alternation(signWords.keys(), gap)})${gap})`;

/** A sign as compared: "-" for "-", "−" and a minus word, "+" for "+"; undefined for none. */
export const readSign = (sign: string | undefined): string | undefined => {
	if (sign === undefined) return undefined;
	const written = sign.trim().toLowerCase();
	return signWords.get(written) ?? (written === '−' ? '-' : written);
};

/**
 * The regular-expression source of what a figure may open with before its digits (figurePattern's
 * `sign` and `currency`, as signSource and currencyBeforeSource write them, lookbehinds and spaces
 * aside): a sign, a sign word, a currency symbol or ISO code. All compare/figures.ts needs to skip
 * the text between figures.
 */
export const figureOpeningSource = (gap: string): string =>
	['[+\\-−]', ...currencySymbols.map(escape), ...currencies.map(entry => entry.code.toUpperCase()), alternation(signWords.keys(), gap)].join('|');

/** The regular-expression source of a currency written before the digits (figurePattern's `currency`): a symbol, or an ISO code and a space. */
export const currencyBeforeSource = (gap: string): string =>
	`(?:${currencySymbols.map(escape).join('|')})${gap}?|(?<![\\p{L}\\p{N}])(?:${currencies.map(entry => entry.code.toUpperCase()).join('|')})${gap}`;

const scalesLongestFirst = [...scaleWords.keys(), ...stopAbbreviations.map(word => `${word}.`)].sort((a, b) => b.length - a.length);
const currencyOf = new Map<string, string>(currencies.flatMap(entry => [...entry.symbols, ...entry.words, entry.code].map(written => [written.toLowerCase(), entry.code] as const)));
const measureOf = new Map<string, string>(measures.flatMap(entry => entry.names.map(name => [name, entry.symbol] as const)));

/** What the words beside a figure's digits say, each part as compared: the currency's code, the scale's power of ten, the measure's symbol, and what else is written there ("%", "°c", "am"). */
export type FigureUnit = {currency?: string; scale?: number; measure?: string; rest: string};

/**
 * Reads the currency written before the digits (`before`) and the unit written after them
 * (`after`, as unitSource matched it), lower-cased parts by the tables above. "m" and "k" are
 * scales only with a currency, else "m" is metres and "k" stays as written.
 */
export const readUnit = (before: string | undefined, after: string | undefined): FigureUnit => {
	const unit: FigureUnit = {rest: ''};
	const currencyBefore = before?.trim().toLowerCase();
	if (currencyBefore) unit.currency = currencyOf.get(currencyBefore) ?? currencyBefore;
	let words = (after ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
	if (!words) return unit;
	const scale = scalesLongestFirst.find(word => words === word || words.startsWith(`${word} `) || (word.endsWith('.') && words.startsWith(word)));
	if (scale !== undefined) {
		const bare = scale.replace(/\.$/, '');
		// What follows the scale word, past a connector ("millones de euros"): a currency there makes "m" and "k" scales too.
		const following = words.slice(scale.length).trim().replace(connectorAtStart, '');
		if ((bare !== 'm' && bare !== 'k') || unit.currency !== undefined || currencyOf.has(following)) {
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
