/**
 * French and German numbers written in several number words (breaker16 B2): "vingt-cinq", "soixante-dix",
 * "quatre-vingt-dix", "deux cent cinquante", "trois mille", German "einundzwanzig", "zweihundert",
 * "dreitausendvierhundert" (one word). Their value, so "vingt-cinq blessés" and "25 blessés" are one figure.
 * The grammar is the languages' own (Grevisse, Le bon usage §§ 592–594; Duden, Die Grammatik § 508): below a
 * hundred tens then units (French 60 and 80 take 1–19 after them, German writes the units first with "und"), then
 * hundreds, then thousands. A sequence the grammar does not allow ("cinq six", a list) is no number: undefined, and
 * facts.ts leaves it unread as before. Values up to 999 999; bounded by the word count (at most 12 words).
 */

const frenchUnits = new Map<string, number>([
	['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9],
	['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15], ['seize', 16],
]);
const frenchTens = new Map<string, number>([['vingt', 20], ['vingts', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60]]);
const frenchHundreds: ReadonlySet<string> = new Set(['cent', 'cents']);
const frenchThousands: ReadonlySet<string> = new Set(['mille']);

/** Whether `word` (lower case) is a word of a French number: a unit, a ten, "cent(s)", "mille" or the "et" of "vingt et un". */
export const isFrenchNumberPart = (word: string): boolean => frenchUnits.has(word) || frenchTens.has(word) || frenchHundreds.has(word) || frenchThousands.has(word) || word === 'et';

/** Below a hundred: a ten (or 80 as "quatre vingt(s)"), then a unit ("et un" after 20–60; 1–19 after 60 and 80), or a unit or teen alone ("dix sept" is 17). */
const frenchBelowHundred = (words: readonly string[]): number | undefined => {
	if (words.length === 0) return undefined;
	let at = 0;
	let tens = 0;
	if (words[0] === 'quatre' && (words[1] === 'vingt' || words[1] === 'vingts')) {
		tens = 80;
		at = 2;
	} else if (frenchTens.has(words[0]!) && words[0] !== 'vingts') {
		tens = frenchTens.get(words[0]!)!;
		at = 1;
	}
	const rest = words.slice(at);
	if (rest[0] === 'et') {
		// "vingt et un", "soixante et onze": only after a ten, only before one (or eleven after sixty).
		if (tens === 0 || tens === 80 || rest.length !== 2 || !(rest[1] === 'un' || rest[1] === 'une' || (tens === 60 && rest[1] === 'onze'))) return undefined;
		return tens + frenchUnits.get(rest[1])!;
	}
	if (rest.length === 0) return tens === 0 ? undefined : tens;
	// A unit, or "dix" and a unit ("dix-sept"), after the ten.
	let units: number | undefined;
	if (rest.length === 1) units = frenchUnits.get(rest[0]!);
	else if (rest.length === 2 && rest[0] === 'dix' && ['sept', 'huit', 'neuf'].includes(rest[1]!)) units = 10 + frenchUnits.get(rest[1]!)!;
	if (units === undefined) return undefined;
	if (tens === 0) return units;
	// "vingt-un" is no French; after 60 and 80 the units run to 19 ("soixante-dix", "quatre-vingt-douze").
	if (units === 1 && tens !== 80) return undefined;
	if (units >= 10 && tens !== 60 && tens !== 80) return undefined;
	return tens + units;
};

/** Below a thousand: [count] "cent(s)" [below a hundred], or below a hundred. */
const frenchBelowThousand = (words: readonly string[]): number | undefined => {
	const hundred = words.findIndex(word => frenchHundreds.has(word));
	if (hundred < 0) return frenchBelowHundred(words);
	const count = hundred === 0 ? 1 : frenchBelowHundred(words.slice(0, hundred));
	if (count === undefined || count > 9 || (hundred > 0 && count === 1)) return undefined;
	const rest = words.slice(hundred + 1);
	if (rest.length === 0) return count * 100;
	const below = frenchBelowHundred(rest);
	return below === undefined ? undefined : count * 100 + below;
};

/**
 * The value of a French number of `words` (lower case, as written apart by hyphens, spaces or "et": "quatre", "vingt",
 * "dix"), when they are one number of at least two words by French grammar; undefined otherwise.
 */
export const frenchCompoundValue = (words: readonly string[]): number | undefined => {
	if (words.length < 2 || words.length > 12) return undefined;
	const thousand = words.findIndex(word => frenchThousands.has(word));
	if (thousand < 0) return frenchBelowThousand(words);
	const count = thousand === 0 ? 1 : frenchBelowThousand(words.slice(0, thousand));
	if (count === undefined || (thousand > 0 && count === 1 && words[0] !== 'cent')) return undefined;
	const rest = words.slice(thousand + 1);
	if (rest.length === 0) return count * 1000;
	const below = frenchBelowThousand(rest);
	return below === undefined ? undefined : count * 1000 + below;
};

const germanUnits = new Map<string, number>([
	['ein', 1], ['eins', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9],
]);
const germanTeens = new Map<string, number>([
	['zehn', 10], ['elf', 11], ['zwölf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15], ['sechzehn', 16], ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19],
]);
const germanTens = new Map<string, number>([
	['zwanzig', 20], ['dreißig', 30], ['vierzig', 40], ['fünfzig', 50], ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90],
]);

/** Below a hundred, from the start of `word`: its value and length, longest reading first ("einundzwanzig", "sechzehn", "sieben"). */
const germanBelowHundred = (word: string): Array<{value: number; length: number}> => {
	const readings: Array<{value: number; length: number}> = [];
	for (const [unit, value] of germanUnits) {
		if (!word.startsWith(unit)) continue;
		readings.push({value, length: unit.length});
		if (unit === 'eins' || !word.startsWith('und', unit.length)) continue;
		for (const [ten, tenValue] of germanTens) if (word.startsWith(ten, unit.length + 3)) readings.push({value: tenValue + value, length: unit.length + 3 + ten.length});
	}
	for (const table of [germanTeens, germanTens]) for (const [stem, value] of table) if (word.startsWith(stem)) readings.push({value, length: stem.length});
	return readings.sort((x, y) => y.length - x.length);
};

/** Below a thousand, the whole of `word`: [unit] "hundert" [below a hundred], or below a hundred. */
const germanBelowThousand = (word: string): number | undefined => {
	if (word === '') return undefined;
	for (const reading of germanBelowHundred(word)) if (reading.length === word.length && !(reading.value === 1 && word === 'ein')) return reading.value;
	const hundred = word.indexOf('hundert');
	if (hundred < 0) return undefined;
	const head = word.slice(0, hundred);
	const count = head === '' ? 1 : head === 'ein' ? 1 : germanUnits.get(head);
	if (count === undefined || head === 'eins') return undefined;
	const rest = word.slice(hundred + 'hundert'.length);
	if (rest === '') return count * 100;
	// "hundertundeins", "zweihundertundfünf": an "und" after the hundreds may be written.
	const tail = rest.startsWith('und') && rest !== 'und' ? rest.slice(3) : rest;
	for (const reading of germanBelowHundred(tail)) if (reading.length === tail.length && tail !== 'ein') return count * 100 + reading.value;
	return undefined;
};

/**
 * The value of a German number written as one word of at least two number parts ("einundzwanzig", "zweihundert",
 * "dreitausendvierhundertzwölf"; lower case), or undefined: a word with anything else in it ("Achtung", "Dreieck",
 * "Zweier") is none. A single part ("zwanzig", "hundert") is number-words.ts's, not this.
 */
export const germanCompoundValue = (word: string): number | undefined => {
	if (word.length < 6 || word.length > 60) return undefined;
	const thousand = word.indexOf('tausend');
	let value: number | undefined;
	if (thousand < 0) value = germanBelowThousand(word);
	else {
		const head = word.slice(0, thousand);
		const count = head === '' || head === 'ein' ? 1 : germanBelowThousand(head);
		const rest = word.slice(thousand + 'tausend'.length);
		const below = rest === '' ? 0 : germanBelowThousand(rest.startsWith('und') ? rest.slice(3) : rest);
		value = count === undefined || below === undefined ? undefined : count * 1000 + below;
	}
	if (value === undefined) return undefined;
	// One part alone ("zwanzig", "sechzehn", "hundert", "tausend") is a number word of its own.
	const single = germanTeens.has(word) || germanTens.has(word) || germanUnits.has(word) || word === 'hundert' || word === 'tausend';
	return single ? undefined : value;
};
