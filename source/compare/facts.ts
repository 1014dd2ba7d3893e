import {countWords} from '../text/words.js';
import {englishSpeechVerbs, speechVerbFollows} from './speech-verbs.js';
import {isLetterRun} from '../text/letter-runs.js';
import {strongerRelation, type Fact, type FactKind, type Relation, type Row} from './model.js';
import {functionWordsFor, generalWordsFor} from './function-words.js';
import {normalizeForMatch, withoutControls, withoutHardWraps, withoutStruck, wrapFiller} from '../text/normalize.js';
import {withoutWireSlugs} from '../text/wire-slug.js';
import {withoutListMarkers} from '../text/list-marker.js';
import {calendarKey, calendarOf, extraCalendarAbbreviations, figuresOf, numberWordFigure, signBefore, slashDateKey, slashOrderOf, uhrEnd, type SlashOrder} from './figures.js';
import {isScaleWord} from './figure-units.js';
import {cjkNumeralsOf, cjkValue, hasCjkNumeral} from './cjk-numerals.js';
import {cjkOrdinalsOf, cjkWeekdaysOf, hasCjkCalendar} from './cjk-calendar.js';
import {calendarWords, shortCalendarWords} from './word-classes.js';
import {homographBefore, numberWordsFor, vagueAmounts} from './number-words.js';
import {frenchCompoundValue, germanCompoundValue, isFrenchNumberPart} from './compound-numbers.js';
import {englishPluralNouns} from './english-plural-nouns.js';
import {englishProperNouns} from './english-proper-nouns.js';
import {titleAbbreviations, withFullTitles} from './name-titles.js';
import {withCentury} from './decades.js';
import {boundEnding} from './polarity.js';
import {countedWords} from './counted-words.js';

/**
 * The facts a reader checks first when two copies differ: numbers (with sign,
 * decimal separators, percent), dates (weekday and month names in English and
 * the language given, years, clock times), names (capitalised word sequences
 * in any script that has case, not counting a sentence's first word alone
 * nor a function word opening a sentence) and
 * quotations (text inside quotation marks). Extracted from both sides of each
 * paired row and compared; what changed becomes a Fact.
 */

/** A fact found in a span: `start`/`end` are its offsets in that span (UTF-16 code units); `range`: an end of a year range, shown as the whole range, which starts at `rangeStart` (figures.ts). */
type Found = {kind: FactKind; text: string; key: string; start: number; end: number; range?: string; rangeStart?: number};

/** Quotation marks: straight, curly, low-9, guillemets, and the corner brackets of Chinese and Japanese (「」, 『』). */
const quotationMarks = /["“”„«»「」『』]/gu;
/** Marks that only open a quotation (low-9, corner brackets), and those that only close one. */
const onlyOpens = /[„「『]/u;
const onlyCloses = /[」』]/u;

/**
 * The quotations of a text in double marks (quotationMarks), each mark paired with the next in
 * order, open with close: [start, end, text inside]. A mark opens when none is open, unless it
 * only closes (」), or it is a closing ” with a space after it (the text between two quotations,
 * ”… said “, is none). A mark closes the open quotation unless it only opens (「), or it is an
 * opening “, „ or " with a space before it and none after it (the quotation before was never closed: the
 * new mark opens). Inside: at least three characters, or any between two typographic marks
 * (“no”, «oui»: however short, a quotation); straight marks around less ("5" and 6") are no quotation.
 * Linear in the text.
 */
const doubleQuotations = (text: string): Array<[number, number, string]> => {
	const quotations: Array<[number, number, string]> = [];
	let open: {at: number; mark: string} | undefined;
	for (const match of text.matchAll(quotationMarks)) {
		const mark = match[0];
		const at = match.index;
		const before = text[at - 1] ?? ' ';
		const after = text[at + 1] ?? ' ';
		const canOpen = !onlyCloses.test(mark) && !(mark === '”' && /\s/u.test(after));
		if (open !== undefined) {
			const reopens = onlyOpens.test(mark) || (/["“„]/u.test(mark) && /\s/u.test(before) && !/\s/u.test(after));
			if (!reopens) {
				const inside = text.slice(open.at + 1, at);
				if (inside.length >= 3 || (open.mark !== '"' && mark !== '"' && /\S/u.test(inside))) quotations.push([open.at, at + 1, inside]);
				open = undefined;
				continue;
			}
		}
		open = canOpen ? {at, mark} : undefined;
	}
	return quotations;
};
/**
 * Quotation marks of British style, single ones: ‘…’, and '…' where it is no apostrophe. The opening mark stands at
 * a line's start or after a space or bracket, before a letter; the closing one after no space, before no letter or
 * digit, so an apostrophe inside a word ("don’t", "it's") is passed over. One line, at most singleQuoteLength
 * characters. A plural possessive ("the workers’ union") may close a quotation early: the same on both copies, it
 * changes nothing; a changed quotation is still one.
 */
const singleQuote = /(?<=^|[\s([—–])(?:‘(?=\p{L})((?:[^‘’\n"“”„«»]|’(?=[\p{L}\p{N}]))+?)(?<=\S)’|'(?=\p{L})((?:[^'\n"“”„«»‘’]|'(?=[\p{L}\p{N}]))+?)(?<=\S)')(?![\p{L}\p{N}])/gmu;
/**
 * A quotation a span opens and does not close, or closes without opening it: a quotation running over several
 * sentences or paragraphs (agency and newspaper style open each paragraph of a long quotation with a mark and close
 * only the last), whose part in this span runs from its mark to the span's end, or from the span's start to its mark.
 * Read only where the span holds one quotation mark outside its closed quotations (`closed`): an opening one opening
 * the span, before a letter or digit, or a closing one after no space with only an attribution after it (at most
 * attributionWords words: "he said."). A stray mark elsewhere (scraped text, an odd count of marks) is not read.
 * [start, end, text inside].
 */
const openQuotation = (text: string, closed: readonly Found[]): [number, number, string] | undefined => {
	const marks = [...text.matchAll(/["“”„«»「」『』]/gu)].filter(mark => !closed.some(item => item.start <= mark.index && mark.index < item.end));
	if (marks.length !== 1) return undefined;
	const at = marks[0]!.index;
	const before = text[at - 1];
	const after = text[at + 1];
	const opens = text.slice(0, at).trim() === '' && after !== undefined && /[\p{L}\p{N}]/u.test(after) && !/[”»」』]/u.test(text[at]!);
	const closes = before !== undefined && /[^\s\p{N}]/u.test(before) && (after === undefined || /[\s\p{P}]/u.test(after)) && !/[„«「『]/u.test(text[at]!) && countWords(text.slice(at + 1)) <= attributionWords;
	const [start, end] = opens ? [at + 1, text.length] : closes ? [0, at] : [0, 0];
	// A closed quotation inside it: the marks are not read as one running quotation ('a "cow" is … "pigs" & cheaters"').
	if (closed.some(item => item.kind === 'quote' && start <= item.start && item.end <= end)) return undefined;
	const inside = text.slice(start, end).trim();
	if (inside.length < 3 || inside.length > openQuotationLength) return undefined;
	return opens ? [at, text.length, text.slice(start, end)] : [0, at + 1, text.slice(start, end)];
};
/** Words after a closing mark with no opening one, at most: an attribution ("he said", "the minister told reporters on Monday"). */
const attributionWords = 6;
/** Characters of an open quotation's part in one span, at most: longer, the mark is more likely a stray one. */
const openQuotationLength = 600;

/** Characters a quotation in single marks holds, at most (a bound on a text of many apostrophes). */
const singleQuoteLength = 400;

/** The quotations of a text in single marks (singleQuote) outside those of double ones (`double`): [start, end, text inside the marks]. */
const singleQuotations = (text: string, double: readonly Found[]): Array<[number, number, string]> => {
	const out: Array<[number, number, string]> = [];
	if (!text.includes('‘') && !text.includes("'")) return out;
	for (const match of text.matchAll(singleQuote)) {
		const inside = match[1] ?? match[2]!;
		const end = match.index + match[0].length;
		if (inside.length < 3 || inside.length > singleQuoteLength || double.some(item => item.start < end && match.index < item.end)) continue;
		out.push([match.index, end, inside]);
	}
	return out;
};
const word = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
const capitalised = /^\p{Lu}/u;

/** Where a line or sentence ends: a line break, or a full stop, question or exclamation mark before a space. */
const segmentEnd = /\n|[.!?](?=\s)/g;
/**
 * Whether a lower-cased calendar word is a weekday or month name of English only (calendarKey, or one of the
 * abbreviations CLDR lacks: "sept", "tues"), not one of `language`'s: English writes those capitalised, so in
 * lower case it is another word ("may", "march", "sept").
 * The languages that write their months in lower case ("mai", "mars", "mayo") keep theirs.
 */
const capitalisedCalendarWord = (word: string, language: string): boolean => {
	if (!calendarWords('en').has(word) && !extraCalendarAbbreviations.has(word)) return false;
	const key = calendarKey(word, 'en');
	if (!key.startsWith('month:') && !key.startsWith('weekday:')) return false;
	return language === 'en' || language === 'und' || !calendarWords(language).has(word);
};

/** Prepositions and determiners of time before a month or weekday ("in march", "since april", "by next monday" reads "monday" after "next"). */
const timeWordsBefore = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'from', 'through', 'before', 'after', 'during', 'last', 'next', 'this', 'early', 'late', 'mid', 'of']);
/** Lower-case English calendar words that are never read as dates: the modal "may" ("officials may comment"). */
const neverLowerCaseDates = new Set(['may']);

/**
 * Whether an English month or weekday name written in lower case (capitalisedCalendarWord: another word, "march",
 * "august") is a date by its place: a year after it ("march 2025"), or a preposition or determiner of time before it
 * (timeWordsBefore: "in march", "since april", "next tuesday") with nothing after it that makes it a noun's modifier:
 * the sentence's end or punctuation, a digit, or an English function word ("in march the plant…"), not a content word
 * ("in march formation", "by march organisers"). "may" never (neverLowerCaseDates). `start`, `end`: the word's span in `text`.
 */
const lowerCaseDate = (word: string, text: string, start: number, end: number): boolean => {
	if (neverLowerCaseDates.has(word)) return false;
	if (yearAfterWord.test(text.slice(end, end + 8))) return true;
	const before = /(\p{L}+)[^\S\n]+$/u.exec(text.slice(Math.max(0, start - 16), start))?.[1]?.toLowerCase();
	if (before === undefined || !timeWordsBefore.has(before)) return false;
	const after = /^[^\S\n]*(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1];
	return after === undefined || functionWordsFor('en')?.has(normalizeForMatch(after)) === true;
};

const openingWords = new Map<string, ReadonlySet<string> | undefined>();

/**
 * The function words of `language` (function-words.ts), else English's: a capitalised one opening a sentence is no name
 * ("This", "If Moscow"). Outside English, its general words too (generalWordsFor: its stopwords-iso list, as these were
 * before its function words became a closed-class list): "Chez Renault" opening a sentence is the name "Renault", and a
 * German noun opening one ("Jahr") is the noun it is everywhere. English's are its closed classes alone ("Bill Gates").
 */
const functionWordsOf = (language: string): ReadonlySet<string> | undefined => {
	if (openingWords.has(language)) return openingWords.get(language);
	const own = functionWordsFor(language);
	const general = language === 'en' ? undefined : generalWordsFor(language);
	const words = own && general && general.size > 0 ? new Set([...own, ...general]) : (own ?? functionWordsFor('en'));
	openingWords.set(language, words);
	return words;
};

/** English words that name a time of day, by its key as a clock time (figures.ts clockKey: "noon" is "12 p.m.", "12:00"). */
const clockWords = new Map<string, string>([
	['noon', 'time:12:00'],
	['midday', 'time:12:00'],
	['midnight', 'time:0:00'],
]);

/** French and German words that name a time of day, by language, keyed as clockWords' (breaker16 B3: "à midi" is "à 12 h"). */
const foreignClockWords: Readonly<Record<string, ReadonlyMap<string, string>>> = {
	fr: new Map([['midi', 'time:12:00'], ['minuit', 'time:0:00']]),
	de: new Map([['mitternacht', 'time:0:00']]),
};
/** Words that make an hour another time of day, by language: German "halb" ("um halb acht" is 7:30, germanHalfHour), dropped or added alone a changed time (fresh user L9). */
const clockPartWords: Readonly<Record<string, ReadonlySet<string>>> = {de: new Set(['halb'])};
/** A preposition of time right before a word (French, German): "à", "vers", "avant", "après", "dès", "jusqu'à", "um", "gegen", "bis", "ab", "nach", "vor", "seit". */
const timePreposition = /(?<![\p{L}])(?:à|vers|avant|après|dès|um|gegen|bis|ab|nach|vor|seit)\s+$/iu;

/**
 * A German half hour after a preposition of time: "halb" and the hour it leads to, in digits or a word ("um halb acht", "gegen
 * halb 8 Uhr"), and a part of the day after it ("abends"): the words from "halb" in group 1, the hour in group 2, the part in group 3.
 */
const germanHalfHour = /(?<![\p{L}])(?:um|gegen|ab|bis|seit|vor|nach)\s+(halb\s+(\p{L}+|\d{1,2})(?:\s+Uhr)?(?:\s+(morgens|früh|vormittags|mittags|nachmittags|abends|nachts))?)(?![\p{L}\p{N}])/giu;
/** German parts of the day before noon (as figures.ts reads them after "Uhr"). */
const germanMorningParts: ReadonlySet<string> = new Set(['morgens', 'früh', 'vormittags']);

/** Words of a segment at which it may be a headline. */
const headlineWords = 4;
/** Share of a headline's words that are capitalised, at least ("The Downfall of a Dynasty": 3 of 5). */
const headlineCapitals = 0.6;
/** Letters of a lowercase word a headline may hold, at most, when it is a function word ("of", "a", "and", "the"; not "said", not "between"). */
const headlineLowercase = 3;

/**
 * The spans [start, end) of a text's lines or sentences written in title case ("The Downfall Of A
 * Dynasty", "The Downfall of a Dynasty"): at least four words ("Senator Konstantin Kosachev." is a name), two capitalised words of two letters
 * or more, capitals in three words of five or more, and no lowercase word but a short function word.
 * There a capital is the style, not evidence of a name.
 */
export const headlineSpans = (text: string, language = 'en'): Array<[number, number]> => {
	const functionWords = functionWordsOf(language);
	const spans: Array<[number, number]> = [];
	let start = 0;
	const judge = (end: number) => {
		let words = 0;
		let capitals = 0;
		let longCapitals = 0;
		for (const match of text.slice(start, end).matchAll(word)) {
			const token = match[0].replace(/[.'’-]+$/, '');
			words++;
			if (capitalised.test(token)) (capitals++, (longCapitals += token.length > 1 ? 1 : 0));
			else if (token.length > headlineLowercase || !functionWords?.has(normalizeForMatch(token))) return;
		}
		if (words >= headlineWords && longCapitals >= 2 && capitals >= headlineCapitals * words) spans.push([start, end]);
	};
	for (const match of text.matchAll(segmentEnd)) {
		judge(match.index);
		start = match.index + match[0].length;
	}
	judge(text.length);
	return spans;
};

/**
 * Languages that capitalise every noun (German, Luxembourgish): there a capital says a word is a
 * noun, not a name ("der Zug", "mit Verspätung"), so a capitalised word alone is no name.
 */
const nounCapitals = new Set(['de', 'lb']);

/** An elided article or preposition opening a word (French, Italian, Catalan: "d'avril", "l'expédition", "dell'"). */
const elision = /^(?:[dlj]|qu|dell|all|nell)['’](?=\p{L})/u;
/**
 * Words that name a part of a month before it, hyphenated ("mid-March", "mi-mars") or not ("early
 * March", "Mitte März", "fin mars"), by the part they name. A part narrows the month as a day does:
 * "mid-March" → "March" is a changed date as "March 3" → "March" is, and so is "early March" →
 * "late March". Lower case.
 */
const monthParts = new Map<string, string>([
	...['mid', 'mi', 'mitte', 'mediados'].map(word => [word, 'mid'] as const),
	...['early', 'anfang', 'début', 'principios', 'inizio'].map(word => [word, 'early'] as const),
	...['late', 'ende', 'fin', 'finales'].map(word => [word, 'late'] as const),
]);
/** Parts read before a month only with a hyphen: "mi-mars" (French); "mi" alone is a Spanish "my". */
const hyphenOnlyParts = new Set(['mi']);
/**
 * German parts of the day written as one word after a weekday ("Dienstagabend", "Sonntagnachmittag", "Freitagfrüh"):
 * the weekday's key with the part after it ("weekday:2~abend"), as a month keeps its part ("mid-March"), so
 * "Dienstagabend" → "Mittwochabend" and "Dienstagabend" → "Dienstagmorgen" are changed dates.
 */
const dayParts = /^(.+?)(früh|morgen|vormittag|mittag|nachmittag|abend|nacht)$/u;
/** A Portuguese weekday as its ordinal and "feira" ("2ª feira" Monday … "6ª-feira" Friday): the ordinal's digit in group 1. */
const ordinalWeekday = /(?<![\p{L}\p{N}])([2-6])\s?[ªa]\.?[\s\-\u2010]?feira(?![\p{L}])/giu;

/** A German part of the day written apart after a weekday, "am" or "in der" between or not ("Dienstag Abend", "Dienstag am Abend", "Freitag in der Nacht"): the part in group 1. */
const dayPartAfter = /^\s+(?:am\s+|in\s+der\s+)?(Früh|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)(?![\p{L}\p{N}])/u;
const weekdayCompound = (word: string, calendar: ReadonlySet<string>, language: string): string | undefined => {
	const parts = dayParts.exec(word);
	if (parts === null || !calendar.has(parts[1]!)) return undefined;
	const key = calendarKey(parts[1]!, language);
	return key.startsWith('weekday:') ? `${key}~${parts[2]}` : undefined;
};

/** A month's part joined to it by a hyphen ("mid-March"): the part and the hyphen. */
const hyphenatedPart = new RegExp(`^(${[...monthParts.keys()].join('|')})-(?=\\p{L})`, 'u');
/** A month's part written before it as a word ("early March", "Mitte März"; "fin de mai", "a mediados de marzo" with the "de" between), at the end of the text before the month. */
const partBefore = new RegExp(`(?<![\\p{L}\\p{M}])(${[...monthParts.keys()].filter(word => !hyphenOnlyParts.has(word)).join('|')})\\s+(?:de\\s+|di\\s+)?$`, 'iu');

/**
 * Whether a word at [start, end) of `text` has a weekday or month name of `calendar` for a neighbour, with nothing
 * but spaces and signs between them (a dash, a comma, a bullet, a line break): a list of days or months ("Mon–Fri",
 * "Mo Montag", "Sa & So", an archive's "□ Dec\n □ Nov"), where a short form is one too.
 */
const besideCalendarWord = (text: string, start: number, end: number, calendar: ReadonlySet<string>): boolean => {
	const before = /(\p{L}+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
	const after = /^[^\p{L}\p{N}]*(\p{L}+)/u.exec(text.slice(end, end + 24))?.[1];
	return [before, after].some(word => word !== undefined && calendar.has(word.toLowerCase()));
};

/** A year right after a word ("Sept 2025", "Dec, 2024"). */
const yearAfterWord = /^,?\s+(?:1[89]|2[01])\d\d(?!\p{N})/u;

/** A lowercase particle joined to a capitalised name ("al-Assad", "bin-Salman", "d'Estaing"): part of a name that runs on before it. */
const particle = /^\p{Ll}{1,3}[-'’]\p{Lu}/u;
/**
 * The Arabic article as names write it in Latin letters, assimilated or not ("al-Assad", "el-Sisi", "ash-Sharaa",
 * "ad-Din"), and the Urdu "ul-"/"ud-" ("Zia ul-Haq"): a particle that opens a name by itself, written so when the
 * name is given alone ("al-Shabaab", "al-Sadr"). Other particles only go on a name: "ex-President" opens none.
 */
const nameArticle = /^(?:al|el|ad|an|ar|as|at|az|ash|ath|ul|ud)-\p{Lu}/u;

/** A word in camel case, lower-case letters then a capital then lower-case ones ("eBay", "iRobot", "easyJet"): a brand's capitals, never the sentence's. */
const camelCase = /^\p{Ll}+\p{Lu}\p{Ll}/u;

/** A place's stop in a dateline before its sentence: the stop, a space on the same line, a capital ("Berlin. Der"). */
const datelineStop = /^\.[^\S\n]+\p{Lu}/u;

/** A language's function and general words (its stopwords-iso list): "Yes", "Meanwhile", "Nein", "Also" opening a paragraph are no place. */
const placeExclusions = new Map<string, ReadonlySet<string>>();
/** Whether a capitalised word before a dateline's stop may be a place: not one of the language's function or general words. */
const mayBePlace = (word: string, language: string): boolean => {
	let words = placeExclusions.get(language);
	if (!words) {
		words = new Set([...(functionWordsFor(language) ?? []), ...generalWordsFor(language)]);
		placeExclusions.set(language, words);
	}

	return !words.has(normalizeForMatch(word));
};

/** A sentence's end: a stop, then closing marks, then white space or the end ("said.", "it?”"). */
const sentenceEnd = /[.!?…]["'”’»)\]]*(?:\s|$)/u;

/**
 * Where a dateline's place may stand in `text`: at or before its first sentence end (the place's own stop), so in the
 * first paragraph of running text, after a title, kicker or byline without a stop; a "Correction." or "Update."
 * further on is a note, never where the story was filed. The offset of that end (text.length when none).
 */
const bodyOpening = (text: string): number => {
	const end = sentenceEnd.exec(text);
	return end ? end.index : text.length;
};

/** A word written in capitals only, of two letters or more ("BRUSSELS", "NATO", "U.S."): capitals that are neither the sentence's nor a noun's. */
const allCapitals = (word: string): boolean => /^\p{Lu}[\p{Lu}\p{M}.'’-]*\p{Lu}$/u.test(word);

/**
 * Facts of one span of text, in order. In a title-case line or sentence (headlineSpans) a
 * capitalised word is a name only when `named` says the texts write it capitalised elsewhere
 * (a name in running text); without `named`, none is. A number word is a figure, never a name
 * ("Six" → "Seven" is one changed number). A word in capitals only is a name even opening a
 * sentence (a dateline's "BRUSSELS", "NATO"). In a language that capitalises nouns (nounCapitals)
 * a name needs more than its capital: a run of two capitalised words or more ("Angela Merkel",
 * "Deutsche Bahn"; the sentence's first word and an opening function word not counted, so "Der
 * Zug" is none), a word in capitals only, or a word `inNames` says the texts write in such a run
 * ("Merkel" after "Angela Merkel"). German writes compounds as one word, so two capitalised words
 * side by side are mostly a name; where two noun phrases meet ("weil der Zug Verspätung hatte")
 * a run is a false name, the price of finding names there at all. A word in camel case ("eBay",
 * "easyJet") is a name wherever it stands. The capitalised runs left out for opening a sentence
 * ("Scholz said", "Officials said") go to `openers`, when given: changedFacts reads them as names
 * where the other copy writes another name in their place (openerSwaps). A dateline's place opening the span
 * ("Berlin. Der Bundestag …") is a name when it is no general word of the language (mayBePlace: "Yes.", "Nein."
 * are answers) and `placeAt`, when given, allows it there (changedFacts: only where the story's body opens).
 */
export const factsOf = (raw: string, language = 'en', named?: (word: string) => boolean, inNames?: (word: string) => boolean, openers?: Found[], placeAt?: (word: string) => boolean): Found[] => {
	const text = withoutControls(raw);
	const found: Found[] = [];
	const calendar = calendarOf(language);
	const numberWords = numberWordsFor(language);
	// A quotation is shown as one line: a hard wrap inside it is a space.
	for (const [start, end, inside] of doubleQuotations(text)) found.push({kind: 'quote', text: inside.trim().replace(/\s+/gu, ' '), key: quoteKey(inside), start, end});
	const open = openQuotation(text, found);
	if (open) found.push({kind: 'quote', text: open[2].trim().replace(/\s+/gu, ' '), key: quoteKey(open[2]), start: open[0], end: open[1]});
	for (const [start, end, inside] of singleQuotations(text, found)) found.push({kind: 'quote', text: inside.trim().replace(/\s+/gu, ' '), key: quoteKey(inside), start, end});
	found.sort((x, y) => x.start - y.start);
	// Numbers and the dates written in figures, read as the grouping reads them (compare/figures.ts).
	for (const figure of figuresOf(text, language)) found.push(ordinalOf(figure, text));
	if (language === 'en') found.push(...relativeDatesOf(text));
	// Portuguese weekdays written with their ordinal ("3ª feira", "3ª-feira": terça-feira): that weekday, its ordinal no figure.
	if (language === 'pt' && /feira/iu.test(text)) {
		for (const match of text.matchAll(ordinalWeekday)) {
			const end = match.index + match[0].length;
			for (let k = found.length - 1; k >= 0; k--) if (found[k]!.start < end && match.index < found[k]!.end) found.splice(k, 1);
			found.push({kind: 'date', text: match[0], key: `weekday:${Number(match[1]) - 1}`, start: match.index, end});
		}
	}
	// A German half hour, "halb" and the hour it leads to ("um halb acht" is 7:30, "gegen halb 8 Uhr abends" 19:30): that clock time, keyed
	// as "7:30 Uhr" is, its hour no figure of its own (breaker16 B3: "um halb acht" / "um 7:30 Uhr" was "acht → 7:30").
	if (language === 'de' && /halb/iu.test(text)) {
		for (const match of text.matchAll(germanHalfHour)) {
			const hour = /^\d+$/u.test(match[2]!) ? Number(match[2]) : Number(/^=(\d+)$/u.exec(numberWords.get(match[2]!.toLowerCase()) ?? '')?.[1] ?? Number.NaN);
			if (!(hour >= 1 && hour <= 12)) continue;
			const part = match[3]?.toLowerCase();
			let before = hour - 1 === 0 ? 12 : hour - 1;
			if (part !== undefined) {
				const morning = germanMorningParts.has(part) || (part === 'nachts' && (before === 12 || before < 6));
				if (morning && before === 12) before = 0;
				else if (!morning && before < 12) before += 12;
			}
			const start = match.index + match[0].indexOf(match[1]!);
			const end = match.index + match[0].length;
			for (let k = found.length - 1; k >= 0; k--) if (found[k]!.kind !== 'quote' && found[k]!.start < end && start < found[k]!.end) found.splice(k, 1);
			found.push({kind: 'date', text: match[1]!.replace(/\s+/gu, ' '), key: `time:${before}:30`, start, end});
		}
	}
	// Chinese and Japanese weekdays ("周一", "星期三", "月曜日"), written inside runs of characters no space parts (compare/cjk-calendar.ts).
	if (hasCjkCalendar(text)) for (const day of cjkWeekdaysOf(text)) found.push({kind: 'date', ...day});
	// A month word inside a date found with its day ("March 5") is that date, not a fact of its own.
	const dated = found.filter(item => item.kind === 'date');
	const inDate = (at: number) => dated.some(item => item.start <= at && at < item.end);
	// A word inside a figure ("12 Milliarden Euro", "$5 Million") is the figure's unit, never a name.
	// So is a word of a figure written in words, its sign or unit ("minus five degrees Celsius"), read only where a number word stands.
	// So is the half of the day written with a clock time ("7:20 AM", "9 P.M."): "AM" is no name.
	// So is "Uhr" after an hour ("um 8 Uhr. Bürgermeister Schmidt …" names no "Uhr Bürgermeister Schmidt": fresh user L9).
	const figures: Found[] = found.filter(item => item.kind === 'number' || item.key.startsWith('time:')).map(item => (item.key.startsWith('time:') ? {...item, end: uhrEnd(text, item.end)} : item));
	if ((text.toLowerCase().match(numberWordPattern) ?? []).some(word => numberWords.has(word))) figures.push(...numberWordsOf(text, language).filter(item => /\s/u.test(item.text)));
	const inFigure = (at: number) => figures.some(item => item.start <= at && at < item.end);
	// Names: runs of capitalised words. At the start of a sentence a capital says nothing: a
	// function word opening the run is left out ("If Moscow" is Moscow, "This" alone no name),
	// and a run of one word there is just the sentence's first word.
	const opening = functionWordsOf(language);
	const nouns = nounCapitals.has(language);
	let run: string[] = [];
	let runAtStart = false;
	let runStart = 0;
	let secondStart = 0;
	let runEnd = 0;
	let atStart = true;
	let last = 0;
	const headlines = headlineSpans(text, language);
	let headline = 0;
	let wasHeadline = false;
	// Where the text's first word starts (a dateline's place stands there).
	const leading = /^\s*/u.exec(text)![0].length;
	const flush = () => {
		// Not a word that opens a place's name ("New Delhi", "NEW YORK", "Great Britain": placePrefixes), a function word as well in some lists.
		if (runAtStart && run.length > 1 && opening?.has(normalizeForMatch(run[0]!)) && !placePrefixes.has(run[0]!.toLowerCase())) (run.shift(), (runStart = secondStart), (runAtStart = false));
		// One letter alone ("°C", "Plan B") is no name; a word in capitals only is one, even opening a sentence.
		const alone = run.length === 1 && !allCapitals(run[0]!) && !camelCase.test(run[0]!);
		// A dateline's place opening the text, one word and its stop before the sentence ("Berlin. Der Bundestag …",
		// text/sentences.ts keeps it with its sentence): where the story was filed, a name though it opens the sentence.
		const place = runAtStart && run.length === 1 && runStart === leading && datelineStop.test(text.slice(runEnd, runEnd + 3)) && mayBePlace(run[0]!, language) && placeAt?.(run[0]!) !== false;
		const nounOnly = nouns && alone && !place && !inNames?.(run[0]!.toLowerCase());
		const letter = run.length === 1 && run[0]!.length === 1;
		const item = {kind: 'name' as const, text: run.join(' '), key: nameKey(run.join(' ')), start: runStart, end: runEnd};
		if (run.length > 0 && (!(runAtStart && alone) || place) && !letter && !nounOnly) found.push(item);
		else if (run.length > 0 && runAtStart && !letter) openers?.push(item);
		run = [];
	};
	// The end of a date read past its word ("Dienstag am Abend"): the words up to it are the date's.
	let readTo = 0;
	for (const match of text.matchAll(word)) {
		if (match.index < readTo) {
			last = match.index + match[0].length;
			atStart = match[0].endsWith('.');
			continue;
		}
		const between = text.slice(last, match.index);
		while (headline < headlines.length && headlines[headline]![1] <= match.index) headline++;
		const inHeadline = headline < headlines.length && headlines[headline]![0] <= match.index;
		// The line break after a title-case line starts a sentence too, and so does a blank line (a title without a stop, a new paragraph).
		const newParagraph = (between.includes('\n') && wasHeadline) || /\n\s*\n/.test(between);
		// A dash between words parts names ("LONDON — The company", "Smith – who"); after a run opening its sentence (a dateline's
		// place, "LONDON —", "BERLIN -") the sentence starts again: the word after it opens it.
		if (/[–—]/u.test(between) || /(?:^|\s)-(?:\s|$)/u.test(between)) {
			const dateline = run.length > 0 && runAtStart;
			flush();
			if (dateline) atStart = true;
		}
		// A comma parts names too: "Spamdexing, Google" is two, "Paris, France" two places.
		if (/[.!?:;,，、。"“”«»「」『』()‘]/.test(between) || /\p{N}/u.test(between) || /(?:^|\s)'$/u.test(between) || newParagraph) {
			flush();
			// A quotation opens a sentence of its own: a mark just before the word (a closing one stands after its word; a single one opens after a space), or "« " in French typography.
			if (/[.!?]/.test(between) || newParagraph || /["“”„«»「」『』‘]$|(?:^|\s)'$|«\s+$/u.test(between)) atStart = true;
		}
		wasHeadline = inHeadline;
		// A possessive is the name ("Syria's", "Syria’s": Syria).
		const token = match[0].replace(/[.'’-]+$/, '').replace(/['’]s$/u, '');
		last = match.index + match[0].length;
		// A word's own full stop ("country.", "Kosachev.") ends its sentence, unless the word may be
		// an initial or an abbreviation ("B. Assad", "U.S.", "Mr."): capitalised, of three letters or fewer or dotted within.
		const endsSentence = match[0].endsWith('.') && (!capitalised.test(token) || (token.length > 3 && !token.includes('.'))) && !(language === 'en' && titleAbbreviations.has(token.toLowerCase()) && /^\s+\p{Lu}/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 3)));
		const lower = token.toLowerCase();
		if (inFigure(match.index)) {
			flush();
			atStart = endsSentence;
			continue;
		}
		// A time of day named by a word ("noon", "midnight"): a clock time. English, and French "midi", "minuit" and German
		// "Mitternacht" after a preposition of time ("à midi", "vers minuit", "um Mitternacht"; "le Midi" is the South).
		const clockTime = language === 'en' ? clockWords.get(lower) : foreignClockWords[language]?.get(lower) !== undefined && timePreposition.test(text.slice(Math.max(0, match.index - 12), match.index)) ? foreignClockWords[language]!.get(lower) : undefined;
		if (clockTime !== undefined) {
			flush();
			found.push({kind: 'date', text: token, key: clockTime, start: match.index, end: match.index + token.length});
			atStart = endsSentence;
			continue;
		}
		// An elided article or preposition before a month is not part of it (French "d'avril", "l'août"); a part of the month joined to it is ("mid-March").
		const hyphenated = hyphenatedPart.exec(lower);
		const hyphenatedMonth = hyphenated !== null && calendarKey(lower.slice(hyphenated[0].length), language).startsWith('month:');
		const elided = hyphenatedMonth ? hyphenated[0].length : (elision.exec(lower)?.[0].length ?? 0);
		const calendarWord = lower.slice(elided);
		// A weekday or month, by the day it names ("Tues." is Tuesday); an English abbreviation CLDR lacks only capitalised.
		// A weekday or month name that only English has is capitalised there: written in lower case it is another
		// word ("may", "march", "sun", "sat"), unless read beside its day ("3 may" is in a date figure already).
		const otherWord = token === lower && capitalisedCalendarWord(calendarWord, language) && !lowerCaseDate(calendarWord, text, match.index, match.index + token.length);
		// A short form ("sept", "Sun", "mar") is a date with its stop ("Sept.", "sept."), its day ("Sept 5", in a date figure already),
		// a year after it ("Sept 2025") or a weekday or month beside it ("Mon–Fri", "Dec Nov Oct"); alone it is another word:
		// French "sept jours" is seven days, "The Sun" a paper, Spanish "el mar" the sea, German "so" so (measured on the
		// dev pages: of 2,760 such dates, 2,234 were German "so"/"So").
		const shortAlone = elided === 0 && !hyphenatedMonth && !match[0].endsWith('.') && !inDate(match.index) && shortCalendarWords(language).has(calendarWord) && !yearAfterWord.test(text.slice(last, last + 8)) && !besideCalendarWord(text, match.index, last, calendar);
		// A German weekday compounded with a part of the day ("Dienstagabend", "Freitagmorgen"): that weekday, its part kept in the key.
		const compound = language === 'de' && elided === 0 && !calendar.has(calendarWord) ? weekdayCompound(calendarWord, calendar, language) : undefined;
		if (compound !== undefined) {
			flush();
			if (!inDate(match.index)) found.push({kind: 'date', text: token, key: compound, start: match.index, end: match.index + token.length});
			atStart = endsSentence;
			continue;
		}
		if (calendar.has(calendarWord) && !otherWord && !shortAlone) {
			// A month or weekday word with no day beside it, inside a run of capitalised words, is part of a name
			// ("Theresa May", "Jan Peeters", "April Wine"): after a name word, or before one when no function word leads in ("in March Congress" is a date).
			const next = /^\s+(\p{L}[\p{L}\p{M}'’.-]*)/u.exec(text.slice(last, last + 60))?.[1]?.replace(/[.'’-]+$/, '');
			const previous = /(\p{L}[\p{L}\p{M}'’-]*)\s+$/u.exec(between === ' ' || /^\s+$/.test(between) ? text.slice(Math.max(0, match.index - 40), match.index) : '')?.[1];
			const nameWord = (word: string | undefined) => word !== undefined && capitalised.test(word) && !calendar.has(word.toLowerCase()) && !numberWords.has(word.toLowerCase());
			// A part of the month before it ("Mitte März", "Early March") makes it a date, never a name.
			const afterPart = calendarKey(calendarWord, language).startsWith('month:') && partBefore.test(text.slice(Math.max(0, match.index - 16), match.index));
			const inName = elided === 0 && !afterPart && capitalised.test(token) && !inDate(match.index) && !endsSentence && (run.length > (runAtStart && opening?.has(normalizeForMatch(run[0] ?? '')) ? 1 : 0) || (nameWord(next) && !(previous !== undefined && opening?.has(normalizeForMatch(previous))) && (!atStart || calendarKey(calendarWord, language).startsWith('month:'))));
			if (!inName) {
				flush();
				const key = calendarKey(calendarWord, language);
				// The part of the month named before it, joined ("mid-March") or a word before ("early March"): kept in the key, after the month (its class stays the month's).
				const spaced = hyphenatedMonth || !key.startsWith('month:') ? null : partBefore.exec(text.slice(Math.max(0, match.index - 16), match.index));
				const part = hyphenatedMonth ? monthParts.get(hyphenated[1]!) : spaced ? monthParts.get(spaced[1]!.toLowerCase()) : undefined;
				const start = hyphenatedMonth ? match.index : spaced ? match.index - spaced[0].length : match.index + elided;
				// A German weekday with its part of the day as a word after it ("Dienstag Abend", "Dienstag am Abend"): as the compound "Dienstagabend".
				const dayPart = language === 'de' && key.startsWith('weekday:') ? dayPartAfter.exec(text.slice(match.index + token.length, match.index + token.length + 24)) : null;
				const end = match.index + token.length + (dayPart?.[0].length ?? 0);
				if (!inDate(match.index)) found.push({kind: 'date', text: text.slice(start, end).replace(/\s+/gu, ' '), key: part ? `${key}~${part}` : dayPart ? `${key}~${dayPart[1]!.toLowerCase()}` : key, start, end});
				readTo = end;
				atStart = endsSentence;
				continue;
			}
		}
		// A lower-case elided article or preposition before a name is not part of it ("l'Allemagne" is
		// Allemagne, "dell'Italia" Italia, "de l'ONU" ONU); a capitalised one is ("L'Oréal", "D'Angelo").
		const bare = elided > 0 && token[0] === lower[0];
		const nameToken = bare ? token.slice(elided) : token;
		if (bare) flush();
		if ((capitalised.test(nameToken) || particle.test(nameToken) || camelCase.test(nameToken)) && (!numberWords.has(nameToken.toLowerCase()) || allCapitals(nameToken)) && !(inHeadline && !named?.(nameToken.toLowerCase())) && (run.length > 0 || !particle.test(nameToken) || nameArticle.test(nameToken))) {
			if (run.length === 0) (runAtStart = atStart), (runStart = match.index + (bare ? elided : 0));
			else if (run.length === 1) secondStart = match.index;
			run.push(nameToken);
			runEnd = match.index + token.length;
			// The name ends with its sentence ("… Senator Konstantin Kosachev. The talks …" names no "Kosachev The").
			if (endsSentence) flush();
		} else flush();
		atStart = endsSentence;
	}
	flush();
	return found;
};

/** The suffix of an ordinal written in digits: English "3rd", French "3e", "1er", "3ème", Spanish and Italian "3º", "3ª". */
const ordinalSuffix = /^(?:st|nd|rd|th|e|er|re|ème|eme|º|ª)(?![\p{L}\p{M}\p{N}])/iu;

/**
 * A whole number written with an ordinal's suffix ("3rd", "4th") is shown as written, so "3rd" →
 * "4th" reads so, not "3 → 4"; keyed by its value, as the ordinal word is (compare/number-words.ts:
 * "3rd", "third" and "3" are `=3`). Other figures as they are.
 */
const ordinalOf = (figure: Found, text: string): Found => {
	const suffix = /^=\d+$/.test(figure.key) ? ordinalSuffix.exec(text.slice(figure.end))?.[0] : undefined;
	return suffix === undefined ? figure : {...figure, text: figure.text + suffix, end: figure.end + suffix.length};
};

/** Occurrences of a word that writtenAsName looks at, at most, per text: a bound on a word written everywhere. */
const maxOccurrences = 200;
/** Characters either side of an occurrence in which writtenAsName judges its line (a bound on a text without line breaks). */
const lineWindow = 300;

/**
 * Whether any of `texts` writes a word (given lower-cased) capitalised inside a sentence of running
 * text — after another word, not after a sentence's end, not in a title-case line (headlineSpans):
 * a name by the usual evidence. Each word's answer is found on first asking (indexOf over the
 * texts, at most maxOccurrences places each) and kept.
 */
const writtenAsName = (texts: readonly string[], language: string): ((word: string) => boolean) => {
	const answers = new Map<string, boolean>();
	return word => {
		let answer = answers.get(word);
		if (answer !== undefined) return answer;
		answer = false;
		const written = word.charAt(0).toUpperCase() + word.slice(1);
		for (const text of texts) {
			let seen = 0;
			for (let at = text.indexOf(written); at >= 0 && seen < maxOccurrences && !answer; at = text.indexOf(written, at + 1), seen++) {
				if (touchesWord(text, at, at + written.length)) continue;
				// After a word or a comma on its line, not after a stop, a quotation mark or a line break.
				const before = /(\S)\s*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
				if (!before || /[.!?:;"“”„«»()\n]/u.test(before) || /\n\s*$/u.test(text.slice(Math.max(0, at - 40), at))) continue;
				const start = Math.max(0, at - lineWindow, text.lastIndexOf('\n', at) + 1);
				const lineEnd = text.indexOf('\n', at);
				const end = Math.min(text.length, at + lineWindow, lineEnd < 0 ? text.length : lineEnd);
				const offset = at - start;
				if (headlineSpans(text.slice(start, end), language).some(([from, to]) => from <= offset && offset < to)) continue;
				answer = true;
			}
			if (answer) break;
		}
		answers.set(word, answer);
		return answer;
	};
};

/**
 * In a language that capitalises nouns (nounCapitals), whether any of `texts` writes a word (given
 * lower-cased) inside a name of two words or more, or in capitals only (factsOf): the evidence that
 * makes it a name where it stands alone ("Merkel" after "Angela Merkel"). Undefined in other
 * languages. The texts' names are found on first asking (one pass of factsOf over each) and kept.
 */
const writtenInNames = (texts: readonly string[], language: string): ((word: string) => boolean) | undefined => {
	if (!nounCapitals.has(language)) return undefined;
	let words: Set<string> | undefined;
	return word => {
		words ??= new Set(texts.flatMap(text => factsOf(text, language).flatMap(found => (found.kind === 'name' ? found.text.toLowerCase().split(' ') : []))));
		return words.has(word);
	};
};

/**
 * Two names replaced one by the other, shown without the words they both open with while each keeps
 * two words or more: a title or a capitalised word opening the sentence ("Президент Владимир Путин" →
 * "Президент Дмитрий Медведев" shows "Владимир Путин → Дмитрий Медведев", as the word diff pairs them).
 */
const withoutSharedTitle = (left: string, right: string): [string, string] => {
	const a = left.split(' ');
	const b = right.split(' ');
	let shared = 0;
	while (a.length - shared > 2 && b.length - shared > 2 && nameKey(a[shared]!) === nameKey(b[shared]!)) shared++;
	return [a.slice(shared).join(' '), b.slice(shared).join(' ')];
};

/** A name as compared: case, apostrophes and dots aside ("U.N." is UN, "Ba’ath" is Baath). */
/**
 * A name as compared: composed (NFC: "Zu\u0308rich" is "Zürich", as the word diff reads it), lower case, without apostrophes and stops,
 * a title abbreviated as in full (name-titles.ts: "Gov." is "Governor"), and without the accents of its Latin letters ("José" is "Jose",
 * "São Paulo" "Sao Paulo"): a copy set on a keyboard, a wire or a system without them writes the same person or place, and a
 * fact-checker asks whether the name changed, not its spelling (the word diff still shows the letters that differ). Marks of other
 * scripts stay (a Devanagari vowel sign is a letter of the name).
 */
/** German letters with an umlaut, and ß, as they are spelled out where they cannot be written (DIN 5007-2, passports, wire copy). */
const umlautSpellings: ReadonlyMap<string, string> = new Map([['ä', 'ae'], ['ö', 'oe'], ['ü', 'ue'], ['ß', 'ss']]);
/** A name's key (nameKey) with its umlauts and ß spelled out first ("Müller" → "mueller"), so "Müller" and "Mueller" meet. */
const transliteratedKey = (name: string): string => nameKey(composed(name).toLowerCase().replace(/[äöüß]/gu, letter => umlautSpellings.get(letter)!));
/**
 * Whether `short`, written in capitals (dots aside: "WHO", "U.N."), is the initials of `long`'s words (two or more): of every
 * word ("World Wide Web": WWW) or of its capitalised ones ("Bank of England": BoE as "BE" too). Case aside.
 */
const initialsOf = (short: string, long: string): boolean => {
	const letters = short.replace(/[.'’]/gu, '');
	if (!/^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}$/u.test(letters) || /\s/u.test(short)) return false;
	const words = long.split(/[\s-]+/u).filter(Boolean);
	if (words.length < 2) return false;
	// Two capitals are too few to tell a name's initials from another name or a title: "Paul Murphy" → "the PM", "Mike
	// Pence" → "the MP" are changed names (breaker17b L2). A person's name (a word the lexicon knows only as a name) is
	// not met by two initials; "United States" → "US", "European Union" → "EU" are.
	if (letters.length === 2 && words.some(word => isEnglishProperNoun(word.toLowerCase()))) return false;
	const initials = (list: readonly string[]) => list.map(word => word[0]!).join('').toLowerCase();
	const target = letters.toLowerCase();
	return initials(words) === target || initials(words.filter(word => /^\p{Lu}/u.test(word))) === target;
};
/**
 * Words written before a name that are no given name: titles and honorifics, lower case (a name key's words, full titles as
 * name-titles.ts writes them). "M. Smith" is not "Mr Smith", nor "P. Assad" "President Assad": an initial stands for a given name.
 */
const honorifics: ReadonlySet<string> = new Set([
	...titleAbbreviations.keys(),
	...titleAbbreviations.values(),
	'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'madam', 'mister', 'president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'judge', 'justice', 'mayor', 'chief', 'vice', 'prime', 'foreign', 'secretary', 'ambassador', 'father', 'sister', 'brother', 'pope', 'cardinal', 'bishop', 'herr', 'frau', 'monsieur', 'madame', 'señor', 'señora',
]);

/** A name key's last word without the Arabic article joined to it ("al-assad" → "assad"; nameArticle, lower case): the family name as compared. */
const familyName = (word: string): string => word.replace(/^(?:al|el|ad|an|ar|as|at|az|ash|ath|ul|ud)-(?=\p{L})/u, '');

/**
 * Whether `initialled` (a name key: "b assad", "j f kennedy") writes `full` ("president bashar al-assad", "john fitzgerald
 * kennedy") with its given names cut to their initials: one or more one-letter words, then the family name, which `full` ends
 * with (the Arabic article aside: familyName), and each initial, in order, the first letter of the given names `full` writes
 * right before its family name (titles and honorifics are no given names: "J. Smith" is not "Mr Smith"). Initials that
 * differ ("J. Smith" / "Paul Smith"), or more of them than `full` has given names, are another person. Titles before the
 * initials are passed over ("president b assad"). Keys as nameKey makes them.
 */
const initialledName = (initialled: string, full: string): boolean => {
	const written = initialled.split(' ');
	// A title before the initials is no given name either ("President B. Assad", "Mr. B. Assad": breaker19 N2).
	const titled = written.findIndex(word => !honorifics.has(word));
	const short = titled > 0 ? written.slice(titled) : written;
	const long = full.split(' ');
	const initials = short.slice(0, -1);
	if (initials.length === 0 || !initials.every(word => /^\p{L}$/u.test(word)) || long.length < initials.length + 1) return false;
	const family = familyName(short.at(-1)!);
	if (family.length < 2 || family !== familyName(long.at(-1)!)) return false;
	const given = long.slice(-1 - initials.length, -1);
	return given.every((word, k) => word.length > 1 && !honorifics.has(word) && word.startsWith(initials[k]!));
};

/** Removes from `l` and `r` each pair whose texts `same` calls one, each item paired once, in order. Quadratic in the few names of a sentence. */
const dropSameText = (l: Found[], r: Found[], same: (a: string, b: string) => boolean): void => {
	for (let x = l.length - 1; x >= 0; x--) {
		const y = r.findIndex(right => same(l[x]!.text, right.text));
		if (y >= 0) (l.splice(x, 1), r.splice(y, 1));
	}
};
const nameKey = (name: string): string => withFullTitles(withoutLatinAccents(composed(name).toLowerCase().replace(/['’.]/gu, '')));
/** `text` with the combining accents after Latin letters left out, composed again (NFC); ASCII as it is. */
const withoutLatinAccents = (text: string): string => (nonAscii.test(text) ? text.normalize('NFD').replace(latinAccents, '').normalize('NFC') : text);
const latinAccents = /(?<=\p{Script=Latin})[\u0300-\u036f]+/gu;
/** `text` in Unicode's composed form (NFC), when it holds anything but ASCII (which is its own). */
const composed = (text: string): string => (nonAscii.test(text) ? text.normalize('NFC') : text);
const nonAscii = /[^\x00-\x7f]/;
/** A quotation as compared: case, spacing and punctuation at its ends aside ("organization." is "organization"). */
/** A link or citation mark glued to a word inside a quotation ("by race [2]and", "fell.[3]"): figures.ts isReferenceMark reads them so. */
const referenceMarks = /(?<=[\p{L}\p{P}])\[\d+\]|\[\d+\](?=\p{L})/gu;
const quoteKey = (text: string): string => {
	const key = composed(text).replace(referenceMarks, '').toLowerCase().replace(/\s+/g, ' ');
	// A quotation that asks ("We will win?") is not the one that states it ("We will win."): its question mark is kept.
	return key.replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '') + (asks(key) ? '?' : '');
};
/** Whether a sentence or quotation ends with a question mark (Latin, Arabic "؟", full-width "？"), closing marks and spaces after it aside. */
export const asks = (text: string): boolean => /[?？؟][\s"”’»)\]」』]*$/u.test(text);
/**
 * Words that open a place's name and make it another place ("New Mexico" is not Mexico, "South
 * Korea" not Korea, "West Virginia" not Virginia, "New South Wales" not Wales): a name that grew by
 * one of them in front is another name, not the same one written in full. Lower case (name keys).
 */
const placePrefixes: ReadonlySet<string> = new Set(['new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'central', 'greater', 'great', 'little', 'old', 'saint', 'st', 'san', 'santa', 'são', 'los', 'las', 'port', 'fort', 'mount', 'lake', 'cape', 'nueva', 'nuevo', 'nouvelle', 'nord', 'sud', 'neu', 'nieuw']);

/** Whether a longer name adds a place prefix before the shorter one's words ("new mexico" / "mexico"). */
const grownByPlacePrefix = (shorter: string, longer: string): boolean => {
	const short = shorter.split(/[\s-]+/);
	const long = longer.split(/[\s-]+/);
	const at = long.length - short.length;
	return at > 0 && long.slice(at).join(' ') === short.join(' ') && long.slice(0, at).some(word => placePrefixes.has(word));
};

/**
 * Whether `whole` writes `part` (name keys, lower case), save where a Roman numeral grew into another: "world war iii"
 * does not hold "world war ii", nor "pius xii" "pius xi" (a regnal or ordinal numeral, the part's last word and the whole's
 * word there both written in numeral letters, is a word of the name). A word grown otherwise is the same name
 * ("syria" / "syrian", "assad" / "assad's").
 */
const includesWhole = (whole: string, part: string): boolean => {
	if (part === '') return true;
	const last = /[\p{L}\p{M}\p{N}]+$/u.exec(part)?.[0];
	for (let at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
		const grown = /^[\p{L}\p{M}\p{N}]+/u.exec(whole.slice(at + part.length))?.[0];
		if (grown === undefined || last === undefined || !romanNumeral.test(last) || !romanNumeral.test(last + grown)) return true;
	}
	return false;
};
/** A Roman numeral's letters, of a name key (lower case). */
const romanNumeral = /^[ivxlcdm]+$/u;

/** Whether one name or quotation holds the other's words ("Assad" / "Bashar al-Assad", "Geir Pedersen" / "Geir O Pedersen"); a place prefix makes another place (grownByPlacePrefix). */
const holds = (a: string, b: string): boolean => {
	if (grownByPlacePrefix(a, b) || grownByPlacePrefix(b, a)) return false;
	if (includesWhole(a, b) || includesWhole(b, a)) return true;
	// Either way round, not the shorter in the longer: two names of one length would otherwise hold by their order.
	const within = (part: string, whole: string) => {
		const words = new Set(whole.split(/[\s-]+/));
		return part.split(/[\s-]+/).every(word => words.has(word));
	};
	return within(a, b) || within(b, a);
};

const quoteMark = /["“”„«»「」『』]/;
const digit = /\p{N}/u;
const factLike = /[\p{N}\p{Lu}]/u;

/**
 * English dates relative to the day of writing: "last week", "this year", "next month", "this morning", "last
 * weekend", and the seasons ("in the spring", "this autumn", "last winter"; "fall" is autumn). "this", "in" and
 * "in the" before a season are one ("this spring" is "in the spring"). Keyed `rel:WHICH:PERIOD`, a class of their own:
 * one replaced by another is a changed date ("last week" → "last month"), one only dropped or added is none.
 */
const relativeDate = /(?<![\p{L}\p{N}])(?:(last|this|next)\s+(week|month|year|weekend|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)|in\s+(?:the\s+)?(spring|summer|autumn|fall|winter))(?![\p{L}\p{N}])/giu;
const seasons: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'winter']);

/** The relative dates of an English text (relativeDate), as date facts. */
const relativeDatesOf = (text: string): Found[] => {
	if (!/week|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter/iu.test(text)) return [];
	return [...text.matchAll(relativeDate)].map(match => {
		const period = (match[2] ?? match[3]!).toLowerCase().replace('fall', 'autumn');
		const which = match[1]?.toLowerCase() ?? 'this';
		return {kind: 'date' as const, text: match[0].replace(/\s+/gu, ' '), key: `rel:${seasons.has(period) && which === 'this' ? 'this' : which}:${period}`, start: match.index, end: match.index + match[0].length};
	});
};

/** The periods of a relative date (relativeDate): a row whose diff changes one may change a date. */
const relativePeriods: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'autumn', 'fall', 'winter', 'last', 'next']);

/**
 * Whether a row's word changes could change a fact: a changed word with a
 * digit or a capital, or a calendar word, a number word, or a word inside a
 * figure written with number words (its scale or unit: "five million euros" /
 * "five billion euros" or "five million dollars", as "5 million" / "5 billion"
 * has a digit beside it), or a quotation on either side. Most rows of an edited
 * copy change lowercase words only, and are skipped.
 */
const mayChangeFacts = (left: string, right: string, row: Row, calendar: Set<string>, numberWords: ReadonlyMap<string, string>, language: string): boolean => {
	const spans = {left: left.slice(row.left!.start, row.left!.end), right: right.slice(row.right!.start, row.right!.end)};
	if (quoteMark.test(spans.left) || quoteMark.test(spans.right)) return true;
	if (singleQuotations(spans.left, []).length > 0 || singleQuotations(spans.right, []).length > 0) return true;
	// The number words of each side's span with their units, found on first asking (most rows have none).
	const written: {left?: Found[]; right?: Found[]} = {};
	const inWrittenFigure = (side: 'left' | 'right', start: number, end: number) => {
		written[side] ??= (spans[side].toLowerCase().match(numberWordPattern) ?? []).some(word => numberWords.has(word)) ? numberWordsOf(spans[side], language) : [];
		return written[side].some(item => item.start < end && start < item.end);
	};
	// Whether either span writes a CJK weekday or ordinal: a question of the spans, not of an op, so asked once, at the first changed op that gets to it.
	let cjkDated: boolean | undefined;
	for (const op of row.ops) {
		if (op.op === 'equal') continue;
		const text = op.op === 'removed' ? left.slice(op.left.start, op.left.end) : right.slice(op.right.start, op.right.end);
		if (factLike.test(text) || calendar.has(text.toLowerCase()) || monthParts.has(text.toLowerCase()) || clockWords.has(text.toLowerCase()) || foreignClockWords[language]?.has(text.toLowerCase()) === true || clockPartWords[language]?.has(text.toLowerCase()) === true) return true;
		for (const word of text.toLowerCase().match(numberWordPattern) ?? []) if (numberWords.has(word) || (language === 'en' && relativePeriods.has(word))) return true;
		if (hasCjkNumeral(text)) return true;
		if ((cjkDated ??= hasCjkCalendar(spans.left + spans.right) && (cjkWeekdaysOf(spans.left).length > 0 || cjkWeekdaysOf(spans.right).length > 0 || cjkOrdinalsOf(spans.left).length > 0 || cjkOrdinalsOf(spans.right).length > 0))) return true;
		if (op.op === 'removed' ? inWrittenFigure('left', op.left.start - row.left!.start, op.left.end - row.left!.start) : inWrittenFigure('right', op.right.start - row.right!.start, op.right.end - row.right!.start)) return true;
	}
	return false;
};

/** Words that join a list ("France and Germany", "Merkel, Macron"): two names swapped across them only reorder the list. */
const listWords = new Set(['and', 'or', 'und', 'oder', 'et', 'ou', 'y', 'o', 'e', 'ed', 'en', 'i', 'и', 'или']);

/**
 * Two names swapped in place ("Germany beat France" / "France beat Germany"): names that both
 * sides write (each as often, case as written) standing side by side with the same words between
 * them, in one order on the left and the other on the right. Each such swap is two changes, left to
 * right ("Germany → France", "France → Germany"), as two figures swapped are (changedFigures): who
 * did what to whom is the fact. Names that only reorder a list (nothing but commas and listWords
 * between them) are no change. Linear in the spans times the row's names.
 */
const swappedNames = (a: readonly Found[], b: readonly Found[], leftSpan: string, rightSpan: string): Array<[string, string]> => {
	const names = [...new Set([...a, ...b].filter(item => item.kind === 'name').map(item => item.text))];
	if (names.length < 2) return [];
	type Occurrence = {name: string; start: number; end: number};
	const occurrences = (span: string): Occurrence[] => {
		const all: Occurrence[] = [];
		for (const name of names) for (let at = span.indexOf(name); at >= 0; at = span.indexOf(name, at + 1)) if (!touchesWord(span, at, at + name.length)) all.push({name, start: at, end: at + name.length});
		// A name inside a longer one ("Merkel" in "Angela Merkel") is that one.
		return all.filter(item => !all.some(other => other !== item && other.start <= item.start && item.end <= other.end)).sort((x, y) => x.start - y.start);
	};
	const count = (list: Occurrence[]) => {
		const counts = new Map<string, number>();
		for (const item of list) counts.set(item.name, (counts.get(item.name) ?? 0) + 1);
		return counts;
	};
	const left = occurrences(leftSpan);
	const right = occurrences(rightSpan);
	const [leftCounts, rightCounts] = [count(left), count(right)];
	const kept = (list: Occurrence[]) => list.filter(item => leftCounts.get(item.name) === rightCounts.get(item.name));
	const between = (span: string, x: Occurrence, y: Occurrence): string | undefined => {
		const words = span.slice(x.end, y.start).toLowerCase().replace(/\s+/gu, ' ').trim();
		return (words.match(/[\p{L}\p{N}]+/gu) ?? []).every(word => listWords.has(word)) ? undefined : words;
	};
	// Each side's neighbouring pairs, counted by names and the words between them.
	const pairs = (span: string, list: Occurrence[]) => {
		const out = new Map<string, number>();
		for (let k = 0; k + 1 < list.length; k++) {
			const [x, y] = [list[k]!, list[k + 1]!];
			const words = x.name === y.name ? undefined : between(span, x, y);
			if (words !== undefined) out.set(`${x.name}\u0000${y.name}\u0000${words}`, (out.get(`${x.name}\u0000${y.name}\u0000${words}`) ?? 0) + 1);
		}
		return out;
	};
	const leftPairs = pairs(leftSpan, kept(left));
	const rightPairs = pairs(rightSpan, kept(right));
	// A swap: one order more often on the left than on the right, the other order more often on the right than on
	// the left. Read as counts on both sides alike, so that swapping the texts swaps the result.
	const surplus = (key: string) => (leftPairs.get(key) ?? 0) - (rightPairs.get(key) ?? 0);
	const swaps: Array<[string, string]> = [];
	for (const key of leftPairs.keys()) {
		const [first, second, words] = key.split('\u0000') as [string, string, string];
		if (surplus(key) > 0 && surplus(`${second}\u0000${first}\u0000${words}`) < 0) swaps.push([first, second], [second, first]);
	}
	return swaps;
};

/** A letter, mark or digit: what may not touch a name on either side (flags as the name's pattern, so the same characters count). */
const wordCharacter = /[\p{L}\p{M}\p{N}]/iu;

/**
 * Compiled name patterns, without their boundaries: a long pair's rows test the same few
 * hundred names thousands of times, and a case-insensitive Unicode pattern costs more to
 * compile than to run, the more so with the letter classes of its boundaries inside
 * (those are checked apart, with `wordCharacter`). Bounded: cleared past `maxPatterns`.
 */
const patterns = new Map<string, RegExp>();
const maxPatterns = 10_000;

/**
 * Whether `span` has `name` as whole words (any whitespace between them, after a word's full stop or not, case aside:
 * factsOf reads "Mr. Smith" and "B. Assad" as "Mr Smith" and "B Assad"; both composed, NFC): what
 * `new RegExp('(?<![\\p{L}\\p{M}\\p{N}])' + words.join('\\.?\\s+') + '(?![\\p{L}\\p{M}\\p{N}])', 'iu').test(span)`
 * says (test/compare/facts.ts checks it is the same), the boundaries tested at each match.
 * Each start has one match at most (a name's words hold no space), so trying every start
 * in turn, as the regular expression would, tries them all.
 */
export const mentions = (span: string, name: string): boolean => mentionCount(span, name, 1) > 0;

/** The two spans last composed for mentionCount, and their composed forms: its callers ask of a row's two spans, in turn, name after name (each a scan of the whole span). */
const composedSpans: Array<[string, string]> = [];
/** `composed(span)`, remembered for the last two spans. */
const composedSpan = (span: string): string => {
	for (const [written, form] of composedSpans) if (written === span) return form;
	const form = composed(span);
	if (composedSpans.length === 2) composedSpans.shift();
	composedSpans.push([span, form]);
	return form;
};

/** How many times `written` mentions `writtenName` as mentions reads it (words whole, case aside, any white space between them, a full stop before it or not, both composed: NFC), counting to `limit` at most. */
const mentionCount = (written: string, writtenName: string, limit = 1000): number => {
	// Both composed, so that a decomposed accent is the accented letter ("Zu\u0308rich" is "Zürich").
	const span = composedSpan(written);
	const name = composed(writtenName);
	let pattern = patterns.get(name);
	if (!pattern) {
		const words = name.split(' ').map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
		pattern = new RegExp(words.join('\\.?\\s+'), 'giu');
		if (patterns.size >= maxPatterns) patterns.clear();
		patterns.set(name, pattern);
	}
	let count = 0;
	pattern.lastIndex = 0;
	while (count < limit) {
		const match = pattern.exec(span);
		if (!match) break;
		const start = match.index;
		if (!touchesWord(span, start, start + match[0].length)) count++;
		// On from the next code point, as the regular expression itself moves (never into a surrogate pair: V8 would step back).
		pattern.lastIndex = start + (isLead(span.charCodeAt(start)) && isTrail(span.charCodeAt(start + 1)) ? 2 : 1);
	}
	return count;
};

/** Is the code point just before `start` or at `end` a letter, mark or digit? */
const touchesWord = (span: string, start: number, end: number): boolean => {
	if (start > 0) {
		const last = span.charCodeAt(start - 1);
		const before = last >= 0xdc00 && last <= 0xdfff && start > 1 && isLead(span.charCodeAt(start - 2)) ? span.slice(start - 2, start) : span[start - 1]!;
		if (wordCharacter.test(before)) return true;
	}
	if (end < span.length) {
		const after = isLead(span.charCodeAt(end)) && end + 1 < span.length && isTrail(span.charCodeAt(end + 1)) ? span.slice(end, end + 2) : span[end]!;
		if (wordCharacter.test(after)) return true;
	}
	return false;
};

const isLead = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isTrail = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Drops from `names` each name of two words or more whose last word `otherSpan` still writes as a
 * word, capitalised as in the name, when no name of `otherNames` holds that word (the same family
 * name, another given name: a change). Edits `names` in place.
 */
const dropShortened = (names: Found[], otherNames: readonly Found[], otherSpan: string): void => {
	for (let x = names.length - 1; x >= 0; x--) {
		const words = names[x]!.text.split(' ');
		const last = words.at(-1)!;
		if (words.length < 2 || !capitalised.test(last)) continue;
		// "New Mexico" / "Mexico", "South Korea" / "Korea": another place, not a shortened name.
		if (grownByPlacePrefix(nameKey(last), nameKey(names[x]!.text))) continue;
		if (otherNames.some(other => nameKey(other.text).split(/[\s-]+/).includes(nameKey(last)))) continue;
		if (mentionsAsWritten(otherSpan, last)) names.splice(x, 1);
	}
};

/** Whether `span` has `word` as a whole word, case as written (a name's capital kept: "Berg", not "berg"). */
const mentionsAsWritten = (span: string, word: string): boolean => {
	for (let at = span.indexOf(word); at >= 0; at = span.indexOf(word, at + 1)) if (!touchesWord(span, at, at + word.length)) return true;
	return false;
};

/**
 * Whether a quotation (key `part`, its side's text `span`) is the quotation `whole` cut short: `part`
 * is in `whole`, and each piece cut off either ends or starts at a stop or comma in `whole` (an
 * excerpt of a longer quotation), or has all its words written elsewhere in `span` (outside the
 * marks: the copy quotes less and says the rest itself). Case and spacing aside, as quoteKey.
 */
const sameQuotation = (part: string, whole: string, span: string): boolean => {
	const at = whole.indexOf(part);
	if (at < 0) return false;
	const [before, after] = [whole.slice(0, at), whole.slice(at + part.length)];
	const words = lazyWords(span);
	const written = (piece: string) => (piece.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).every(word => words().has(word));
	return (before === '' || /[.!?;:,…]\s*$/u.test(before) || written(before)) && (after === '' || /^\s*[.!?;:,…]/u.test(after) || written(after));
};

/** The words of a fact's key (split at spaces and hyphens, as `holds` reads them). */
const keyWords = (key: string): Set<string> => new Set(key.split(/[\s-]+/u).filter(Boolean));

/**
 * Drops from `l` and `r` each pair of facts whose keys `same` calls one fact, each fact used once.
 * Where one could pair with several, the pairs that share the most words go first ("Bashar Assad"
 * with "President Bashar al-Assad" before "President" with it), then the nearest in order (the sum
 * of their places, which never ties two pairs that share a fact): the same pairs whichever side is
 * `l`, so the facts of two texts mirror when they are swapped. Quadratic in the facts of one row.
 */
const dropSame = (l: Found[], r: Found[], same: (a: string, b: string) => boolean): void => {
	const pairs: Array<{x: number; y: number; shared: number}> = [];
	l.forEach((left, x) => {
		const words = keyWords(left.key);
		r.forEach((right, y) => {
			if (!same(left.key, right.key)) return;
			let shared = 0;
			for (const word of keyWords(right.key)) if (words.has(word)) shared++;
			pairs.push({x, y, shared});
		});
	});
	pairs.sort((p, q) => q.shared - p.shared || p.x + p.y - (q.x + q.y));
	const [takenL, takenR] = [new Set<number>(), new Set<number>()];
	for (const {x, y} of pairs) if (!takenL.has(x) && !takenR.has(y)) (takenL.add(x), takenR.add(y));
	for (let x = l.length - 1; x >= 0; x--) if (takenL.has(x)) l.splice(x, 1);
	for (let y = r.length - 1; y >= 0; y--) if (takenR.has(y)) r.splice(y, 1);
};

/** Whether `at` starts a line of `text` (its start, or just after a line break and up to three spaces or tabs). */
const atLineStart = (text: string, at: number): boolean => {
	const head = text.slice(Math.max(0, at - 4), at);
	return at < 4 ? /(?:^|[\r\n])[ \t]*$/u.test(head) : /[\r\n][ \t]{0,3}$/u.test(head);
};

/**
 * The kind a found fact is compared as: a plain value ("=2000") is one figure whether read as a year (a date) or as a
 * count (a number), so "2000 people" / "2,000 people", "two thousand" / "2000" and "2000 человек" / "2 тыс. человек"
 * are one figure: the copy that writes a separator or a word read it as a count, and a year never turns into the count
 * of its own digits. Any other key keeps its kind.
 */
const comparedKind = (item: Found): string => ((item.kind === 'date' || item.kind === 'number') && plainValue.test(item.key) ? 'number' : item.kind);
const plainValue = /^=\d+$/;

/**
 * Whether a name numbered by a Roman numeral ("Henry VIII", "Part I") is written in `other` without it and with its
 * number another way, in figures or words ("Henry the Eighth", "Part One", "Part 1"): the same name. English.
 */
const numberedOtherwise = (name: string, other: string, language: string): boolean => {
	const tail = language === 'en' ? romanTail(name) : undefined;
	if (tail === undefined || !mentions(other, tail.base)) return false;
	const key = `=${tail.value}`;
	return figuresOf(other, language).some(item => item.key === key) || numberWordsOf(other, language).some(item => item.key === key);
};

/** Found facts of `a` that `b` lacks (as a multiset by key; a plain value by comparedKind). */
const missing = <T extends Found>(a: T[], b: Found[]): T[] => {
	const counts = new Map<string, number>();
	for (const item of b) counts.set(`${comparedKind(item)}\u0000${item.key}`, (counts.get(`${comparedKind(item)}\u0000${item.key}`) ?? 0) + 1);
	const out: T[] = [];
	for (const item of a) {
		const key = `${comparedKind(item)}\u0000${item.key}`;
		const count = counts.get(key) ?? 0;
		if (count > 0) counts.set(key, count - 1);
		else out.push(item);
	}
	return out;
};

/**
 * The facts that changed between the two sides of each paired row: per kind,
 * what only the left has is paired in order with what only the right has
 * ("21 → 12"); the rest stand alone (left or right null), save a name or date
 * that the other copy still has elsewhere (moved, or said another way there).
 */
/**
 * How a text's lines join, as its sentences were cut (text/sentences.ts): hard-wrapped (`wrapped`: a line break inside a
 * paragraph is a space), or the lines the labeller's reflow found to carry on the line before (`continued`, their offsets).
 */
export type LineJoins = {wrapped: boolean; continued?: ReadonlySet<number>};

/** A line that starts in lower case (after quotation marks or a bracket): it carries on the line before, as text/sentences.ts reads it. */
const carriesOn = /^[^\S\r\n]*["'“‘«(]*\p{Ll}/u;

/** Whether the line starting at `at` of `text` carries on the line before (LineJoins; a line in lower case always does). */
const joinsAt = (text: string, at: number, joins: LineJoins | undefined): boolean => joins?.wrapped === true || joins?.continued?.has(at) === true || carriesOn.test(text.slice(at, at + 8));

export const changedFacts = (left: string, right: string, rows: readonly Row[], language = 'en', joins?: {left?: LineJoins; right?: LineJoins}): Fact[] => {
	const facts: Fact[] = [];
	// Whether either copy writes a word as a name in running text: asked only for the words of a title-case line.
	const named = writtenAsName([left, right], language);
	const inNames = writtenInNames([left, right], language);
	const commonWord = writtenAsCommonWord([left, right], language);
	// A date in figures that reads two ways ("08/09/2025") reads as the pair's other slash dates do, else as its written dates or its language do (slashOrderOf): found on first asking.
	let order: {value: SlashOrder | undefined} | undefined;
	const slashOrder = () => (order ??= {value: slashOrderOf([left, right], language)}).value;
	// Where each copy's first sentence ends (bodyOpening): found on first asking.
	let leftOpening: number | undefined;
	let rightOpening: number | undefined;
	rows.forEach((row, index) => {
		if (!row.left || !row.right || row.kind === 'boilerplate') return;
		const leftSpan = left.slice(row.left.start, row.left.end);
		const rightSpan = right.slice(row.right.start, row.right.end);
		let figuresOnly = false;
		if (row.kind === 'same' || (!row.rewritten && !mayChangeFacts(left, right, row, calendarOf(language), numberWordsFor(language), language))) {
			// The word diff reads words alone: a sign, a currency or a unit may change beside equal
			// digits ("-5 °C" / "5 °C", "$4.5 million" / "$4.5 billion").
			if (leftSpan === rightSpan || !digit.test(leftSpan) || !digit.test(rightSpan)) return;
			figuresOnly = true;
		}
		// Figures only: numbers, and the clock times and days a unit or a month word beside them may change ("9:30 a.m." / "9:30 p.m.").
		// Controls blanked once for the row (offsets kept): factsOf, figuresOf and changedFigures read the same text.
		// Struck text (~~12~~) blanked too: the word diff reads no words there.
		// A wire's version slug opening a headline ("UPDATE 2-…", text/wire-slug.ts) blanked too: its number is no figure, its words no name.
		// And a list item's marker opening a line ("1) ", "2. ", text/list-marker.ts): its number is no figure.
		// Then a hard wrap inside the sentence is a space (text/normalize.ts withoutHardWraps): the facts do not depend on the width a copy was wrapped at.
		const leftFrom = row.left.start;
		const rightFrom = row.right.start;
		const leftText = withoutHardWraps(withoutListMarkers(withoutWireSlugs(withoutStruck(withoutControls(leftSpan))), atLineStart(left, leftFrom)), at => joinsAt(left, leftFrom + at, joins?.left));
		const rightText = withoutHardWraps(withoutListMarkers(withoutWireSlugs(withoutStruck(withoutControls(rightSpan))), atLineStart(right, rightFrom)), at => joinsAt(right, rightFrom + at, joins?.right));
		const [leftOpeners, rightOpeners]: Found[][] = [[], []];
		// A dateline's place: where the story's body opens, and a word no copy writes in lower case ("update", "correction").
		const placeAt = (start: number, opening: number) => (word: string) => start <= opening && !commonWord(word);
		const a: Found[] = resolveSlashDates(figuresOnly ? figuresOf(leftText, language) : factsOf(leftText, language, named, inNames, leftOpeners, placeAt(row.left.start, (leftOpening ??= bodyOpening(left)))), slashOrder);
		const b: Found[] = resolveSlashDates(figuresOnly ? figuresOf(rightText, language) : factsOf(rightText, language, named, inNames, rightOpeners, placeAt(row.right.start, (rightOpening ??= bodyOpening(right)))), slashOrder);
		// A sentence's first word replaced by another name, the rest of the sentence kept ("Scholz said …" / "Habeck said …"): a replaced name.
		for (const [x, y] of openerSwaps(row, leftText, rightText, a, b, leftOpeners, rightOpeners, commonWord, named, language)) {
			if (!a.includes(x)) a.push(x);
			if (!b.includes(y)) b.push(y);
		}
		const onlyLeft = missing(a, b);
		const onlyRight = missing(b, a);
		for (const kind of ['number', 'date', 'name', 'quote'] as const) {
			const l = onlyLeft.filter(item => item.kind === kind);
			const r = onlyRight.filter(item => item.kind === kind);
			if (kind === 'date') continue;
			if (kind === 'number') {
				// Numbers and dates together: "2 cars … 1800 boats" / "1800 cars … 2 boats" swaps a count and a year.
				// Listed by kind as before, numbers first ("21 → 12", then "Tuesday → Wednesday"), each kind in text order.
				// An end of a year range is shown as the whole range, once ("2023-24 → 2024-25", not "2023 → 25"): a change whose sides
				// a change before it shows already (the range's other end, on each side it has one) is not listed again, whatever
				// it was paired with ("2014-18 → 37" and "2014-18 dropped" was one range twice; fresh user L10). Other figures each as found.
				const shown = {left: new Set<number>(), right: new Set<number>()};
				const changed = changedFigures(a, b, row, leftText, rightText, language)
					.filter(([x, y]) => {
						const again = (x === undefined || (x.rangeStart !== undefined && shown.left.has(x.rangeStart))) && (y === undefined || (y.rangeStart !== undefined && shown.right.has(y.rangeStart)));
						if (x?.rangeStart !== undefined) shown.left.add(x.rangeStart);
						if (y?.rangeStart !== undefined) shown.right.add(y.rangeStart);
						return !again;
					})
					.map(([x, y]) => ({kind: x?.kind === 'number' || y?.kind === 'number' ? ('number' as const) : ('date' as const), left: x?.range ?? x?.text ?? null, right: y?.range ?? y?.text ?? null, row: index}));
				facts.push(...changed.filter(fact => fact.kind === 'number'), ...changed.filter(fact => fact.kind === 'date'));
				continue;
			}
			if (kind === 'quote') {
				// A quotation cut at a stop, or at words still written outside its marks ("is in contact with…" /
				// it "is" "in contact with…"), says the same; one that lost or gained words ("Not guilty." / "Guilty.") changed.
				// One that asks is never the one that states ("We will win," / "We will win?": its key keeps the question mark).
				dropSame(l, r, (a, b) => asks(a) === asks(b) && (sameQuotation(a, b, leftText) || sameQuotation(b, a, rightText)));
			}
			if (kind === 'name') {
				// A name written with its umlauts spelled out ("Müller" / "Mueller", "Zoë Müller" / "Zoe Mueller") is the same name.
				// So is a name and its initials in capitals ("World Wide Web" / "WWW", "World Health Organization" / "WHO").
				dropSameText(l, r, (a, b) => transliteratedKey(a) === transliteratedKey(b) || initialsOf(a, b) || initialsOf(b, a));
				// A name that only grew or shrank ("Assad" / "Bashar al-Assad") is the same name; so is one whose given names are
				// written as initials ("B. Assad" / "President Bashar al-Assad").
				dropSame(l, r, (a, b) => holds(a, b) || initialledName(a, b) || initialledName(b, a));
				// A name still written in the other passage as often (case aside, as everywhere) did not change:
				// there it may open a sentence (not read as a name). Written fewer times there, one was replaced
				// ("… in Leeds …, an official in Leeds said" / "… in Leeds …, an official in York said").
				for (let x = l.length - 1; x >= 0; x--) if (mentionCount(rightSpan, l[x]!.text) >= mentionCount(leftSpan, l[x]!.text) || numberedOtherwise(l[x]!.text, rightText, language)) l.splice(x, 1);
				for (let y = r.length - 1; y >= 0; y--) if (mentionCount(leftSpan, r[y]!.text) >= mentionCount(rightSpan, r[y]!.text) || numberedOtherwise(r[y]!.text, leftText, language)) r.splice(y, 1);
				// A name shortened to its last word, the family name ("Emmanuel Macron" / "Macron", which opening a
				// sentence is read as no name), is the same person, unless the other side names someone else of
				// that family name ("Kari Berg" / "Paul Berg" changed).
				// Each side against the other as it stood before (not as the first call left it), so that swapping the texts swaps the result.
				const [beforeL, beforeR] = [[...l], [...r]];
				dropShortened(l, beforeR, rightSpan);
				dropShortened(r, beforeL, leftSpan);
				// A name replaced by another only where the word diff puts them in one place ("Kari Berg said" /
				// "Paul Martin said"); two names that merely sit in one reworded sentence are one dropped and one added.
				const leftFrom = row.left.start;
				const rightFrom = row.right.start;
				const leftHunks = hunksOf(row, 'left');
				const rightHunks = hunksOf(row, 'right');
				// Of a name written more than once, the occurrence left over is the one the word diff changed, where there is one
				// (the multiset difference keeps the last: "DHAKA, March 3 … in Dhaka" / "CHITTAGONG, March 3 … in Dhaka").
				inChangedPlace(l, a, leftHunks, leftFrom);
				inChangedPlace(r, b, rightHunks, rightFrom);
				const leftHunk = l.map(item => hunkAt(leftHunks, leftFrom + item.start, leftFrom + item.end));
				const rightHunk = r.map(item => hunkAt(rightHunks, rightFrom + item.start, rightFrom + item.end));
				const taken = new Set<number>();
				const partner = l.map((_, x) => {
					const y = leftHunk[x]! < 0 ? -1 : rightHunk.findIndex((hunk, y) => hunk === leftHunk[x] && !taken.has(y));
					if (y >= 0) taken.add(y);
					return y;
				});
				// One name dropped and one added, each the speaker of the sentence ("John Smith said …" / "…, according to
				// Paul Jones"): reworded around them, the statement was given to someone else.
				const lone = partner.flatMap((y, x) => (y < 0 ? [x] : []));
				const added = r.flatMap((_, y) => (taken.has(y) ? [] : [y]));
				if (lone.length === 1 && added.length === 1 && speakerOf(l[lone[0]!]!, leftText, language) && speakerOf(r[added[0]!]!, rightText, language)) {
					partner[lone[0]!] = added[0]!;
					taken.add(added[0]!);
				}
				// A name gone (or come) twice from one passage ("DHAKA, March 3 …" and "… of Dhaka …") is one name dropped (added): listed once.
				const [goneOnce, cameOnce] = [new Set<string>(), new Set<string>()];
				l.forEach((item, x) => {
					const y = partner[x]!;
					if (y < 0) {
						if (goneOnce.has(nameKey(item.text))) return;
						goneOnce.add(nameKey(item.text));
					}
					const [shownLeft, shownRight] = y >= 0 ? withoutSharedTitle(item.text, r[y]!.text) : [item.text, null];
					facts.push({kind, left: shownLeft, right: shownRight, row: index});
				});
				r.forEach((item, y) => {
					if (taken.has(y) || cameOnce.has(nameKey(item.text))) return;
					cameOnce.add(nameKey(item.text));
					facts.push({kind, left: null, right: item.text, row: index});
				});
				for (const [x, y] of swappedNames(a, b, leftText, rightText)) facts.push({kind, left: x, right: y, row: index});
				continue;
			}
			for (let k = 0; k < Math.max(l.length, r.length); k++) facts.push({kind, left: l[k]?.text ?? null, right: r[k]?.text ?? null, row: index});
		}
	});
	facts.push(...replacedPassageFigures(left, right, rows, language, joins));
	// A name, date or quotation gone from one sentence but written elsewhere in the other copy did not change:
	// it moved, or the sentence says it another way ("Moscow" / "Russia" in a reworded pair; a headline quoting 'Amaro' run into the first paragraph).
	const leftWords = lazyWords(left);
	const rightWords = lazyWords(right);
	// A hard wrap inside a fact is shown as the space it is read as (text/normalize.ts withoutHardWraps): its fillers are never shown.
	for (const fact of facts) if (fact.left?.includes(wrapFiller) || fact.right?.includes(wrapFiller)) [fact.left, fact.right] = [fact.left?.replaceAll(wrapFiller, '') ?? null, fact.right?.replaceAll(wrapFiller, '') ?? null];
	return facts.filter(fact => {
		// A fact shown with the same text on both sides ("84 → 84") says nothing changed, whatever either was read as.
		if (fact.left !== null && fact.right !== null && sameShown(fact.left, fact.right)) return false;
		if ((fact.kind !== 'name' && fact.kind !== 'date' && fact.kind !== 'quote') || (fact.left !== null && fact.right !== null)) return true;
		const [text, other, words] = fact.left === null ? [fact.right!, left, leftWords] : [fact.left, right, rightWords];
		return !(text.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).every(part => part === '' || words().has(part)) && mentions(other, text));
	});
};

/** `found` with each date in figures that reads two ways keyed as `order()` reads it (figures.ts slashDateKey; asked only when there is one); `found` itself, edited in place. */
const resolveSlashDates = <T extends Found>(found: T[], order: () => SlashOrder | undefined): T[] => {
	for (const [index, item] of found.entries()) if (item.kind === 'date' && twoWayDate.test(item.key) && order() !== undefined) found[index] = {...item, key: slashDateKey(item.key, order())};
	return found;
};
/** The key figuresOf gives a date in figures that reads two ways ("8/9/2025"). */
const twoWayDate = /^\d{1,2}\/\d{1,2}\/\d+$/;

/** Sentences on each side of a replaced passage, at most, for its figures to be compared (replacedPassageFigures). */
const maxPassageRows = 3;

/** The word just before a span and the word just after it, lower-cased (letters and marks only; undefined where none touches it across spaces). */
const wordsBeside = (text: string, start: number, end: number): [string | undefined, string | undefined] => [
	/(?:^|[^\p{L}\p{M}\p{N}])([\p{L}\p{M}]+)[^\S\n]*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase(),
	/^[^\S\n]*([\p{L}\p{M}]+)(?![\p{N}])/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase(),
];

/**
 * Whether two figures stand in one place of their sentences: the same word just before them and the same word just
 * after them ("at least 12 people" / "at least 20 people"). One of the two is not enough: on COUNTER's unpaired
 * sentences "57 runs" (a batsman's) / "221 runs" (the team's) and "including 2 people" (dead) / "including 11 injured"
 * share one and are other facts.
 */
const sameSlot = (leftText: string, x: Found, rightText: string, y: Found): boolean => {
	const [beforeX, afterX] = wordsBeside(leftText, x.start, x.end);
	const [beforeY, afterY] = wordsBeside(rightText, y.start, y.end);
	return beforeX !== undefined && beforeX === beforeY && afterX !== undefined && afterX === afterY;
};

/**
 * Figures replaced across a passage the alignment left unpaired (changedFacts): where, between two paired
 * rows, one copy has only removed sentences and the other only added ones, at most maxPassageRows on each side
 * ("At least twelve people died." / "By dawn at least twenty people perished."), the passage is one rewritten row
 * for its figures, as a rewritten pair's are compared (changedFigures): a figure replaced by another of its class, in order,
 * standing in the same place (sameSlot: the same words just before and just after it), is a change, listed on
 * the left figure's row; figures of sentences that say other things ("the 20th Games" / "58 gold") are not. One only dropped or added is not listed: the whole sentence
 * is shown removed or added already. Names and quotations are not compared there: the sentences are not known
 * to say the same thing. Linear in the rows.
 */
const replacedPassageFigures = (left: string, right: string, rows: readonly Row[], language: string, joins?: {left?: LineJoins; right?: LineJoins}): Fact[] => {
	const facts: Fact[] = [];
	let gapLeft: number[] = [];
	let gapRight: number[] = [];
	const close = () => {
		if (gapLeft.length > 0 && gapRight.length > 0 && gapLeft.length <= maxPassageRows && gapRight.length <= maxPassageRows) {
			const span = (indexes: number[], side: 'left' | 'right') => ({start: Math.min(...indexes.map(index => rows[index]![side]!.start)), end: Math.max(...indexes.map(index => rows[index]![side]!.end))});
			const row: Row = {kind: 'changed', left: span(gapLeft, 'left'), right: span(gapRight, 'right'), similarity: 0, ops: [], rewritten: true};
			const leftText = withoutHardWraps(withoutControls(left.slice(row.left!.start, row.left!.end)), at => joinsAt(left, row.left!.start + at, joins?.left));
			const rightText = withoutHardWraps(withoutControls(right.slice(row.right!.start, row.right!.end)), at => joinsAt(right, row.right!.start + at, joins?.right));
			for (const [x, y] of changedFigures(figuresOf(leftText, language), figuresOf(rightText, language), row, leftText, rightText, language)) {
				if (x === undefined || y === undefined || !sameSlot(leftText, x, rightText, y)) continue;
				const at = row.left!.start + x.start;
				const index = gapLeft.find(index => rows[index]!.left!.start <= at && at < rows[index]!.left!.end) ?? gapLeft[0]!;
				facts.push({kind: x.kind === 'number' || y.kind === 'number' ? 'number' : 'date', left: x.range ?? x.text, right: y.range ?? y.text, row: index});
			}
		}
		gapLeft = [];
		gapRight = [];
	};
	rows.forEach((row, index) => {
		if (row.kind === 'boilerplate' || (row.left && row.right)) close();
		else if (row.left) gapLeft.push(index);
		else if (row.right) gapRight.push(index);
	});
	close();
	return facts;
};

/**
 * Whether a capitalised word opening a sentence is a common word, not a name, by the evidence of
 * `texts`: a function word of `language` (its stopword list: "This", "Officials"? no, "However"),
 * a word the texts write in lower case ("Police" where "the police" is written), or, in a language
 * that capitalises nouns (nounCapitals), one they write after a lower-case function word ("die
 * Polizei"). Each word's answer is kept.
 */
const writtenAsCommonWord = (texts: readonly string[], language: string): ((word: string) => boolean) => {
	const functionWords = functionWordsOf(language);
	const nouns = nounCapitals.has(language);
	const answers = new Map<string, boolean>();
	return word => {
		let answer = answers.get(word);
		if (answer !== undefined) return answer;
		const lower = word.toLowerCase();
		answer = functionWords?.has(normalizeForMatch(word)) === true || (lower !== word && texts.some(text => mentionsAsWritten(text, lower)));
		if (!answer && nouns) {
			for (const text of texts) {
				for (let at = text.indexOf(word), seen = 0; at >= 0 && seen < maxOccurrences && !answer; at = text.indexOf(word, at + 1), seen++) {
					const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
					if (!touchesWord(text, at, at + word.length) && before !== undefined && functionWords?.has(normalizeForMatch(before))) answer = true;
				}
			}
		}
		answers.set(word, answer);
		return answer;
	};
};

/** English verbs of speech after a sentence's subject, in the past and present ("said", "says", "told"). */
const speechVerbs = englishSpeechVerbs;

/** Whether a word is in the language's stopword list (its function words or general words: an adverb such as "danach", "luego"). */
const isStopword = (word: string, language: string): boolean => {
	const folded = normalizeForMatch(word);
	return functionWordsFor(language)?.has(folded) === true || generalWordsFor(language).has(folded);
};

/**
 * Whether a name found in a sentence (`text`) is who speaks in it, in English: the subject of a verb of speech
 * ("John Smith said", "Smith, the chief executive, said" is not read), the name after one ("…, said John Smith"),
 * or after "according to" and at most three words of title ("according to chief executive Paul Jones").
 */
const speakerOf = (item: Found, text: string, language: string): boolean => {
	if (language !== 'en') return false;
	const after = /^[^\S\n]*(\p{Ll}+)/u.exec(text.slice(item.end, item.end + 30))?.[1];
	if (after !== undefined && speechVerbs.has(after)) return true;
	const before = text.slice(Math.max(0, item.start - 60), item.start);
	if (/\baccording to[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,3}$/iu.test(before)) return true;
	const verb = /\b(\p{Ll}+),?[^\S\n]+$/u.exec(before)?.[1];
	return verb !== undefined && speechVerbs.has(verb);
};

/**
 * English collective nouns that open a sentence bare before a verb of speech in the plural ("Police said", "Staff said"),
 * as a plural in "s" does ("Officials said"): a closed class, beside which a word without an "s" is no evidence of a name.
 */
const bareCollectiveNouns: ReadonlySet<string> = new Set(['police', 'staff', 'people', 'personnel', 'management', 'military', 'clergy', 'crew', 'media', 'press', 'public', 'youth', 'cattle', 'troops']);

let properNouns: ReadonlySet<string> | undefined;

/** Whether a lower-case word is one the Brill lexicon knows only as an English name (english-proper-nouns.ts): "smith", not "brown". */
const isEnglishProperNoun = (word: string): boolean => (properNouns ??= new Set(englishProperNouns.split(' '))).has(word);

let pluralNouns: ReadonlySet<string> | undefined;

/** Whether a lower-case word is an English plural common noun (english-plural-nouns.ts, from the Brill lexicon): "analysts", not "lloyds". */
const isEnglishPluralNoun = (word: string): boolean => (pluralNouns ??= new Set(englishPluralNouns.split(' '))).has(word);

/** An age in commas after a name ("Smith, 45, told"): a person's. */
const ageApposition = /^,[^\S\n]*\d{1,3},/u;
/** A role in commas after a name, opened by an article ("Smith, a spokesman, told", "Müller, der Sprecher, sagte"): the apposition, its commas, up to the verb. */
const roleApposition = /^,[^\S\n]*(?:a|an|the|der|die|das|ein|eine|le|la|l['’]|un|une|el|il|lo|uno|una|o|um|uma|de|het|een)[^\S\n]+[^,\n.!?]{1,60},(?=[^\S\n])/iu;

/** The end of a sentence's rest: a full stop, question or exclamation mark before a space or the end, or a line break. */
const restOfSentence = /^[^\n]*?(?:[.!?](?=\s|$)|\n|$)/u;

/**
 * Names that open a sentence replaced one by the other (changedFacts): a capitalised run that
 * factsOf left out for opening its sentence (`leftOpeners`, `rightOpeners`: "Scholz said",
 * "McDonald's said") against a name or another such run on the other side, where the word diff
 * replaces exactly the one by the other (one hunk, nothing else in it but a possessive) and the
 * rest of the sentence is written the same on both sides. An opener whose words `common` calls
 * common words ("Officials", "However", "Police" where "police" is written) is none: there the
 * capital is the sentence's. Two openers replaced one by the other are names only with evidence
 * that one of them is: `named` (the texts write it capitalised inside a sentence: "Scholz" after
 * "Chancellor Olaf Scholz"). Without it a capital opening a sentence says nothing, and "Shares
 * fell" / "Stocks fell" or "Officials said" / "Police said" is a reworded common noun. The pairs
 * as [left, right]; a rewritten row has none.
 */
const openerSwaps = (row: Row, leftText: string, rightText: string, a: readonly Found[], b: readonly Found[], leftOpeners: readonly Found[], rightOpeners: readonly Found[], common: (word: string) => boolean, named: (word: string) => boolean, language = 'en'): Array<[Found, Found]> => {
	if (row.rewritten || (leftOpeners.length === 0 && rightOpeners.length === 0)) return [];
	const usable = (opener: Found) => !opener.text.split(' ').some(word => common(word));
	const candidates = (openers: readonly Found[], found: readonly Found[]) => [...openers.filter(usable).map(item => ({item, opener: true})), ...found.filter(item => item.kind === 'name').map(item => ({item, opener: false}))];
	const hunks = {left: hunksOf(row, 'left'), right: hunksOf(row, 'right')};
	const from = {left: row.left!.start, right: row.right!.start};
	// The hunk a name stands in, when the hunk holds that name and nothing else on its side but a possessive; and where the hunk ends.
	const place = (item: Found, side: 'left' | 'right', text: string): {hunk: number; end: number} | undefined => {
		const hunk = hunkAt(hunks[side], from[side] + item.start, from[side] + item.end);
		if (hunk < 0) return undefined;
		const spans = hunks[side].filter(span => span.hunk === hunk);
		const [start, end] = [Math.min(...spans.map(span => span.start)) - from[side], Math.max(...spans.map(span => span.end)) - from[side]];
		// The hunk may open with function words before the name: its article goes with it ("The Tories" / "Labour").
		const lead = start <= item.start ? text.slice(start, item.start) : undefined;
		const leadsIn = lead !== undefined && (lead === '' || (lead.match(/\p{L}+/gu) ?? []).every(word => common(word)) && /^[\p{L}\s]+$/u.test(lead));
		return leadsIn && /^(?:['’]s?)?$/u.test(text.slice(item.end, end)) ? {hunk, end} : undefined;
	};
	// An opener of one word that a verb of speech in the singular follows ("Apple said", "Scholz sagte", "Macron a déclaré";
	// speech-verbs.ts): a common noun in the singular opens a sentence with its article ("The company said"), so one without
	// it names who spoke. In English one ending in "s" may be a plural ("Analysts said"), or a name ("Reuters", "Siemens",
	// "Texas", "Lloyds"): a plural when the Brill lexicon knows it as a plural common noun (englishPluralNouns). In a pair,
	// one of the two no plural is the evidence that a speaker was replaced.
	// An apposition after it says so too: an age ("Smith, 45, was arrested", "Müller, 45, wurde": a person, whatever the verb),
	// or a role before a verb of speech ("Smith, a spokesman, told reporters"): breaker13b N42.
	const speaker = (item: Found, text: string) => {
		if (item.text.includes(' ') || (language !== 'en' && isStopword(item.text, language))) return false;
		const after = text.slice(item.end, item.end + 120);
		if (ageApposition.test(after)) return true;
		const role = roleApposition.exec(after);
		return speechVerbFollows(role ? after.slice(role[0].length) : after.slice(0, 60), language);
	};
	// A collective noun takes a verb bare in the plural without an "s" ("Police said"): it is no evidence on either side.
	const plural = (item: Found) => language === 'en' && ((item.text.endsWith('s') && isEnglishPluralNoun(item.text.toLowerCase())) || bareCollectiveNouns.has(item.text.toLowerCase()));
	const speakers = (x: Found, y: Found) => speaker(x, leftText) && speaker(y, rightText) && !(plural(x) && plural(y));
	// Two English words the Brill lexicon knows only as names ("Smith" / "Jones": englishProperNouns), no day or month: a name
	// replaced, whatever the verb ("Smith was arrested" / "Jones was arrested", breaker16 B1). A word that is also a common
	// word ("Brown", "Apple", "Shares") is no evidence: there the capital may be the sentence's.
	const onlyNames = (x: Found, y: Found) => language === 'en' && [x, y].every(item => !item.text.includes(' ') && isEnglishProperNoun(item.text.toLowerCase()) && !calendarOf('en').has(item.text.toLowerCase()));
	const swaps: Array<[Found, Found]> = [];
	const taken = new Set<Found>();
	for (const x of candidates(leftOpeners, a)) {
		const left = place(x.item, 'left', leftText);
		if (!left) continue;
		for (const y of candidates(rightOpeners, b)) {
			if (!(x.opener || y.opener) || taken.has(y.item)) continue;
			const evidence = (item: Found) => item.text.split(' ').some(word => named(word.toLowerCase()));
			if (x.opener && y.opener && !evidence(x.item) && !evidence(y.item) && !speakers(x.item, y.item) && !onlyNames(x.item, y.item)) continue;
			const right = place(y.item, 'right', rightText);
			if (!right || right.hunk !== left.hunk) continue;
			const rest = restOfSentence.exec(leftText.slice(left.end))![0];
			if (rest !== restOfSentence.exec(rightText.slice(right.end))![0] || !/\p{L}/u.test(rest)) continue;
			swaps.push([x.item, y.item]);
			taken.add(y.item);
			break;
		}
	}
	return swaps;
};

/** A fact with its offsets made absolute (in its whole text). */
type Placed = Found & {written?: true; zero?: true; roman?: true};

/** A Roman numeral of letters I, V, X and L in capitals (up to 89: a regnal number, a part, a phase, a Super Bowl), a whole word. */
const romanWord = /(?<![\p{L}\p{N}])[IVXL]+(?![\p{L}\p{N}])/gu;
/** Words after which one letter, "I", "V" or "X", is a numeral ("Part I", "Phase V", "World War I", "type I diabetes"), not the pronoun or a letter. */
const romanLabels: ReadonlySet<string> = new Set(['part', 'phase', 'type', 'chapter', 'war', 'category', 'title', 'stage', 'act', 'grade', 'class', 'level', 'book', 'volume', 'section', 'article', 'series', 'tier', 'round', 'league', 'division', 'vatican', 'apollo']);
const romanValues = new Map([['I', 1], ['V', 5], ['X', 10], ['L', 50]]);

/** The value of a Roman numeral written in canonical form ("LVIII" 58, "XIV" 14), or undefined ("IIII", "VX" are none). */
export const romanValue = (numeral: string): number | undefined => {
	let value = 0;
	for (let k = 0; k < numeral.length; k++) {
		const here = romanValues.get(numeral[k]!)!;
		const next = romanValues.get(numeral[k + 1] ?? '') ?? 0;
		value += here < next ? -here : here;
	}
	return value > 0 && value < 90 && toRoman(value) === numeral ? value : undefined;
};
const toRoman = (value: number): string => {
	let out = '';
	for (const [symbol, amount] of [['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]] as const) for (; value >= amount; value -= amount) out += symbol;
	return out;
};

/**
 * The Roman numerals of an English span that number a name: after a capitalised word ("Henry VIII", "Super Bowl LVIII",
 * "Phase III"), or one letter after a word that labels a part ("Part I", "type I": romanLabels). Keyed by value ("=58"),
 * marked `written` (dropped alone, no figure went) and `roman`: "Super Bowl LVIII" / "Super Bowl 58" and "Henry VIII" /
 * "Henry the Eighth" are one figure; two numerals of a name are the name's change (facts' names read it).
 */
const romanNumeralsOf = (span: string): Placed[] => {
	if (!/[IVXL]/u.test(span)) return [];
	const found: Placed[] = [];
	for (const match of span.matchAll(romanWord)) {
		const value = romanValue(match[0]);
		const before = /(\p{L}+)[^\S\n]+$/u.exec(span.slice(Math.max(0, match.index - 24), match.index))?.[1];
		if (value === undefined || before === undefined) continue;
		if (match[0].length === 1 ? !romanLabels.has(before.toLowerCase()) : !capitalised.test(before)) continue;
		found.push({kind: 'number', text: match[0], key: `=${value}`, start: match.index, end: match.index + match[0].length, written: true, roman: true});
	}
	return found;
};

/**
 * A name whose last word is a Roman numeral that numbers it ("Henry VIII", "Part I"), as its other words and the value
 * (romanValue); undefined for any other name.
 */
const romanTail = (name: string): {base: string; value: number} | undefined => {
	const tail = /^(.+?)[^\S\n]+([IVXL]+)$/u.exec(name);
	const value = tail === null ? undefined : romanValue(tail[2]!);
	return value === undefined ? undefined : {base: tail![1]!, value};
};

/**
 * The figures (numbers, and dates: years, clock times, days, weekday and month words) that changed
 * between the two sides of a row, as pairs (left, right; one of them undefined when only dropped or added). Compared as sequences,
 * aligned by the row's word diff: a figure whose words the diff calls equal to the other side's
 * (an `equal` op inside both) is that figure, compared by value ("-5 °C" / "5 °C" changed). Between
 * two such anchors the figures of each side stand in the same place: when both sides hold the same
 * values in another order ("cut 1,500 … and 2,000" / "cut 2,000 … and 1,500") each figure whose
 * value differs from the one in its place is a change, paired in order (a permutation is a change:
 * which figure goes with which is the fact); otherwise what only one side has is paired in order
 * with what only the other has (as the substitutions line pairs them), and the rest stand alone.
 * Numbers written as words count as their value ("12" / "twelve" one figure), and one only dropped
 * or added is no fact (rewording: "one of", "no one"). A rewritten row (no word diff) is one gap.
 */
const changedFigures = (a: Found[], b: Found[], row: Row, leftSpan: string, rightSpan: string, language: string): Array<[Placed | undefined, Placed | undefined]> => {
	// Numbers of several words each side leaves unread ("two thousand five hundred"): a figure only the other side writes may be one of them.
	const [unreadL, unreadR]: Array<Array<[number, number]>> = [[], []];
	const ofKind = (found: Found[], span: string, unread: Array<[number, number]>): Placed[] => {
		// A code's digits ("NO2", "COVID-19": figures.ts codeAt) count only replaced by another code, as a number in words does: spelled out ("nitrogen dioxide") no figure went.
		const items: Placed[] = found.filter(item => item.kind === 'number' || item.kind === 'date').map(item => (item.key.startsWith('code:') || (item as {code?: true}).code ? {...item, written: true as const} : item));
		// "no" as zero only where the word diff pairs the sentence: in a rewritten one it would be paired in order with any figure.
		items.push(...numberWordsOf(span, language, unread).filter(word => !items.some(item => item.start < word.end && word.start < item.end) && !(row.rewritten && word.zero)));
		// Roman numerals of a name ("Super Bowl LVIII", "Phase III"), by their value: the figure written otherwise ("Super Bowl 58", "phase 3").
		if (language === 'en') items.push(...romanNumeralsOf(span).filter(roman => !items.some(item => item.start < roman.end && roman.start < item.end)));
		return items.sort((x, y) => x.start - y.start);
	};
	let l = ofKind(a, leftSpan, unreadL);
	let r = ofKind(b, rightSpan, unreadR);
	if (l.length === 0 && r.length === 0) return [];
	// A factor said with a verb ("halved", "doubled") on either side: the other side's "by half", "in half" and changes in per cent are factors too.
	if (l.some(isFactor) || r.some(isFactor)) [l, r] = [asFactors(l, leftSpan), asFactors(r, rightSpan)];
	// A decade of two digits ("the early ’90s") is the other side's decade of four with those digits ("the early 1990s").
	[l, r] = [centuriesFrom(l, r), centuriesFrom(r, l)];
	// A rate's period said by an adjective elsewhere in the sentence ("Monthly rent is 500 euros", "annual output is 500 tonnes").
	[l, r] = [periodsFrom(l, leftSpan, r), periodsFrom(r, rightSpan, l)];
	// A code written with a space before its digits ("COVID 19") is the other side's code ("COVID-19").
	[l, r] = [codesFrom(l, leftSpan, r), codesFrom(r, rightSpan, l)];
	const leftFrom = row.left!.start;
	const rightFrom = row.right!.start;
	// Anchors: a left figure and the right figure its equal words map to (monotone, as the diff's ops are).
	const anchors: Array<[number, number]> = [];
	if (!row.rewritten) {
		// One pass: figures and ops are both in text order (linear in the row).
		const equal = row.ops.filter(op => op.op === 'equal');
		let y = 0;
		let o = 0;
		for (let x = 0; x < l.length; x++) {
			const item = l[x]!;
			while (o < equal.length && equal[o]!.left.end <= leftFrom + item.start) o++;
			// Any equal op inside the figure, not only its first ("Tuesday 20" / "Tuesday" … "20": the "20"), as a right figure over several ops is found by any of them.
			for (let p = o; p < equal.length && equal[p]!.left.start < leftFrom + item.end; p++) {
				const op = equal[p]!;
				while (y < r.length && rightFrom + r[y]!.end <= op.right.start) y++;
				if (y < r.length && rightFrom + r[y]!.start < op.right.end) {
					anchors.push([x, y]);
					y++;
					break;
				}
			}
		}
	}
	const pairs: Array<[Placed | undefined, Placed | undefined]> = [];
	const keep = (x: Placed | undefined, y: Placed | undefined) => {
		if ((x === undefined && y?.written) || (y === undefined && x?.written)) return;
		// One value read two ways is no change: an age and the bare number of it ("aged 84" / "84"), or one text read in two ways
		// (the same figure turned over by its verb is shown with the verbs: "rose 5 percent" / "fell 5 percent").
		if (x !== undefined && y !== undefined && ((x.key !== y.key && plainKey(x.key) === plainKey(y.key)) || sameShown(x.text, y.text))) return;
		// Two Roman numerals of a name ("World War II" / "World War III"): the name's change, reported as a name.
		if (x?.roman && y?.roman) return;
		// A number only one side writes, where the other writes a number in words it leaves unread ("2 500" / "deux mille cinq cents"): not known to differ.
		if ((x === undefined && y?.kind === 'number' && unreadL.length > 0) || (y === undefined && x?.kind === 'number' && unreadR.length > 0)) return;
		pairs.push([x, y]);
	};
	mergeSwaps(anchors, l, r, leftSpan, rightSpan);
	let [fromL, fromR] = [0, 0];
	// The words each figure goes with (counted-words.ts), read on first asking: a gap whose figures are one permutation of the other's asks.
	// Only words the word diff does not keep in place count: those it keeps equal are the sentence's frame ("The army … in the raid"),
	// which stays where it was whether the figures moved alone (a swap) or with their words (the sentence said in another order).
	const equalOps = row.rewritten ? [] : row.ops.filter(op => op.op === 'equal');
	const wordsOf = (span: string, all: readonly Placed[], from: number, side: 'left' | 'right') => {
		const read = new Map<Placed, Set<string>>();
		const moved = (start: number, end: number) => !equalOps.some(op => op[side].start < from + end && from + start < op[side].end);
		return (item: Placed) => read.get(item) ?? read.set(item, countedWords(span, item.start, item.end, all, language, moved)).get(item)!;
	};
	const together = {left: wordsOf(leftSpan, l, row.left!.start, 'left'), right: wordsOf(rightSpan, r, row.right!.start, 'right')};
	for (const [x, y] of [...anchors, [l.length, r.length] as [number, number]]) {
		gapChanges(l.slice(fromL, x), r.slice(fromR, y), keep, together);
		if (x < l.length && l[x]!.key !== r[y]!.key) keep(l[x], r[y]);
		else if (x < l.length && language === 'en') {
			// The same figure turned over by the verb before it ("rose 5 percent" / "fell 5 percent"): a changed figure, shown with its verbs.
			const [up, down] = [directionBefore(leftSpan, l[x]!.start), directionBefore(rightSpan, r[y]!.start)];
			if (up !== undefined && down !== undefined && up.sign !== down.sign) keep({...l[x]!, text: leftSpan.slice(up.start, l[x]!.end)}, {...r[y]!, text: rightSpan.slice(down.start, r[y]!.end)});
		}
		[fromL, fromR] = [x + 1, y + 1];
	}
	pairs.push(...turnedBounds(l, r, leftSpan, rightSpan));
	return withoutMovedFigures(pairs);
};

/**
 * Figures of one value written two ways ("12" / "twelve"), the same in order, whose bound was turned the other way ("at least
 * 12" → "at most twelve"): the claim changed though the figure did not (as polarity.ts boundFacts finds where the word diff
 * keeps the digits equal; figures written alike are left to it). Shown with their bounds. Quadratic in the figures of a row.
 */
const turnedBounds = (l: readonly Placed[], r: readonly Placed[], leftSpan: string, rightSpan: string): Array<[Placed, Placed]> => {
	const out: Array<[Placed, Placed]> = [];
	const taken = new Set<number>();
	for (const x of l) {
		const at = r.findIndex((y, k) => !taken.has(k) && y.key === x.key);
		if (at < 0) continue;
		taken.add(at);
		const y = r[at]!;
		if (x.text.toLowerCase() === y.text.toLowerCase()) continue;
		const [was, is] = [boundEnding(leftSpan.slice(Math.max(0, x.start - 40), x.start)), boundEnding(rightSpan.slice(Math.max(0, y.start - 40), y.start))];
		if (was === undefined || is === undefined || was.side === is.side || was.side === 'either' || is.side === 'either') continue;
		out.push([{...x, text: `${was.written} ${x.text}`}, {...y, text: `${is.written} ${y.text}`}]);
	}
	return out;
};

/**
 * `pairs` (changedFigures) without each figure only dropped that another only added has the same key: a figure the
 * sentence was reordered around, on both sides of an anchor ("“We will cut 1,200 jobs,” he said on Monday" / "He said
 * on Monday that the company would cut 1,200 jobs": "Monday" anchors, "1,200" is dropped before it and added after),
 * is present on both sides, no change. Each such pair used once, in order. Quadratic in the pairs of one row.
 */
const withoutMovedFigures = (pairs: Array<[Placed | undefined, Placed | undefined]>): Array<[Placed | undefined, Placed | undefined]> => {
	const gone = new Set<number>();
	pairs.forEach(([x, y], k) => {
		if (x === undefined || y !== undefined) return;
		const other = pairs.findIndex(([u, v], m) => u === undefined && v !== undefined && v.key === x.key && !gone.has(m));
		if (other >= 0) (gone.add(k), gone.add(other));
	});
	return gone.size === 0 ? pairs : pairs.filter((_, k) => !gone.has(k));
};

/**
 * A figure's key without the reading it was given beside its value: an age is its number ("age:84" is "=84"; one in months,
 * "age:12month", stays), and a time on the hour its hour ("time:8:00" is "=8": "um acht" / "um acht Uhr", as "um 8" / "um 8 Uhr").
 */
const plainKey = (key: string): string => key.replace(/^age:(\d+)$/u, '=$1').replace(/^time:(\d{1,2}):00$/u, '=$1');

/** Whether two sides of a fact are shown as the same text, spacing aside: such a fact shows no change ("84 → 84"), whatever it was read as. */
const sameShown = (left: string, right: string): boolean => left.replace(/\s+/gu, ' ').trim() === right.replace(/\s+/gu, ' ').trim();

/** `items` with each two-digit decade keyed as the other side's four-digit one of the same digits (decades.ts withCentury). */
const centuriesFrom = (items: Placed[], other: readonly Placed[]): Placed[] => {
	if (!items.some(item => item.key.startsWith('decade:'))) return items;
	const keys = new Set(other.map(item => item.key));
	return items.map(item => {
		const key = withCentury(item.key, keys);
		return key === item.key ? item : {...item, key};
	});
};

/** English adjectives and adverbs that name a rate's period away from its figure ("monthly rent", "annual output"), by the period's symbol (rate-period.ts). */
const periodAdjectives = /(?<![\p{L}])(hourly|daily|weekly|monthly|annual|annually|yearly|per\s+annum)(?![\p{L}])/giu;
const periodOfAdjective = new Map<string, string>([['hourly', 'h'], ['daily', 'day'], ['weekly', 'week'], ['monthly', 'month'], ['annual', 'year'], ['annually', 'year'], ['yearly', 'year'], ['per annum', 'year']]);

/**
 * `items` of a row side with a figure keyed without a period taken as the other side's same figure with one ("500 tonnes
 * a year": "=500000000g/year"), where the side names that period with an adjective or adverb (periodAdjectives): "The
 * plant's annual output is 500 tonnes" is "500 tonnes a year". Other items as they are.
 */
const periodsFrom = (items: Placed[], span: string, other: readonly Placed[]): Placed[] => {
	const periods = other.some(item => /\/(?:h|day|week|month|year)$/.test(item.key)) ? [...span.matchAll(periodAdjectives)].map(match => periodOfAdjective.get(match[1]!.toLowerCase().replace(/\s+/gu, ' '))!) : [];
	if (periods.length === 0) return items;
	const keys = new Set(other.map(item => item.key));
	return items.map(item => {
		const period = periods.find(period => keys.has(`${item.key}/${period}`));
		return period === undefined ? item : {...item, key: `${item.key}/${period}`};
	});
};

/** Capitals and a space just before a figure ("COVID 19"): the capitals in group 1. */
const capitalsBefore = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}]*)[^\S\n]$/u;

/**
 * `items` of a row side with a plain figure after capitals and a space ("COVID 19") keyed as the other side's code of
 * those capitals and digits, glued or hyphenated ("COVID-19", "G 7" / "G7": figures.ts codeAt). Other items as they are.
 */
const codesFrom = (items: Placed[], span: string, other: readonly Placed[]): Placed[] => {
	if (!other.some(item => item.key.startsWith('code:'))) return items;
	const keys = new Set(other.map(item => item.key));
	return items.map(item => {
		const capitals = /^=\d/.test(item.key) ? capitalsBefore.exec(span.slice(Math.max(0, item.start - 12), item.start))?.[1] : undefined;
		if (capitals === undefined) return item;
		const key = [`code:${capitals.toUpperCase()}-${item.text}`, `code:${capitals.toUpperCase()}${item.text}`].find(candidate => keys.has(candidate));
		return key === undefined ? item : {...item, key, written: true as const};
	});
};

/** A figure keyed as a factor (number-words.ts `factors`: "halved" ×0.5, "doubled" ×2). */
const isFactor = (item: Found): boolean => item.key.startsWith('×');

/** A change in per cent as its key reads it ("50 percent", "50%": "=50%"), the value in group 1. */
const percentKey = /^=(\d+(?:\.\d+)?)%$/;
/** "half" after "by", "in" or "into" ("cut by half", "cut in half", "split into half"): a factor, not the amount 0.5. */
const halfAfter = /(?<![\p{L}])(by|in|into)\s+$/iu;

/**
 * Figures of a row side read as the factors a change makes, for a row whose other side says a factor with a verb
 * (changedFigures): "by half" and "in half" are ×0.5 ("fell by half" = "halved"; "rose by half" ×1.5), a change in per cent
 * after a verb of direction in its clause is 1 ± N/100 ("cut its workforce by 50 percent" ×0.5, "rose 100 percent" ×2
 * = "doubled"). So a factor verb and its paraphrase are one figure, and "halved" / "cut by 40 percent" still two.
 * Other figures as they are.
 */
const asFactors = (items: Placed[], span: string): Placed[] =>
	items.map(item => {
		const sign = () => directionInClause(span, item.start);
		if (item.key === '=0.5' && /^half$/iu.test(item.text)) {
			const by = halfAfter.exec(span.slice(Math.max(0, item.start - 6), item.start));
			if (by === null) return item;
			return {...item, key: by[1]!.toLowerCase() === 'by' && sign() === '+' ? '×1.5' : '×0.5'};
		}
		const percent = percentKey.exec(item.key);
		const direction = percent === null ? undefined : sign();
		if (direction === undefined) return item;
		return {...item, key: `×${Number((1 + (direction === '+' ? 1 : -1) * Number(percent![1]) / 100).toFixed(6))}`};
	});

/** Characters before a figure searched for the verb of direction of its clause ("cut its workforce by 50 percent"). */
const clauseReach = 48;

/** The sign of the nearest verb of direction before `start` in its clause (directionWords; not past a comma or stop), or undefined. */
const directionInClause = (span: string, start: number): '+' | '-' | undefined => {
	const before = span.slice(Math.max(0, start - clauseReach), start);
	const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf(':')) + 1);
	const words = clause.toLowerCase().match(/\p{L}+/gu) ?? [];
	for (let k = words.length - 1; k >= 0; k--) {
		const sign = directionWords.get(words[k]!) ?? factorVerbs.get(words[k]!);
		if (sign !== undefined) return sign;
	}
	return undefined;
};

/** Verbs that cut or raise an amount by a share, beside directionWords, read only for a factor's paraphrase ("cut its workforce by half"). */
const factorVerbs = new Map<string, '+' | '-'>([
	...'cut cuts slashed slashes reduced reduces lowered lowers trimmed trims shrank'.split(' ').map(word => [word, '-'] as const),
	...'raised raises boosted boosts'.split(' ').map(word => [word, '+'] as const),
]);

/** English verbs and adverbs that say which way a figure after them went ("rose 5 percent", "fell by 5 percent", "up 5%"), by the sign they give it. */
const directionWords = new Map<string, '+' | '-'>([
	...'rose rise rises risen rising increased increase increases grew grow grows grown gained gain gains climbed climbs jumped jumps soared soars surged surges advanced advances leapt leaped leaps rallied rallies rebounded rebounds rocketed spiked expanded expands up higher'.split(' ').map(word => [word, '+'] as const),
	...'fell fall falls fallen falling decreased decrease decreases declined decline declines dropped drop drops lost lose loses shrank shrink shrinks shrunk slipped slips slid slides sank sinks plunged plunges tumbled tumbles slumped slumps dipped dips plummeted plummets sagged tanked retreated contracted contracts down lower'.split(' ').map(word => [word, '-'] as const),
]);

/**
 * The way a figure at `start` of `span` went, by the word before it (directionWords; "by" between them is passed over):
 * its sign and where the word starts. "rose to 5 percent" names a level, not a change: no direction. Undefined for none.
 */
const directionBefore = (span: string, start: number): {sign: '+' | '-'; start: number} | undefined => {
	const before = /(\p{L}+)(?:\s+by)?\s+$/u.exec(span.slice(Math.max(0, start - 24), start));
	const sign = before === null ? undefined : directionWords.get(before[1]!.toLowerCase());
	return sign === undefined ? undefined : {sign, start: Math.max(0, start - 24) + before!.index};
};

/** Words between two figures, at most, for them to stand side by side and swap places ("52 to 48", "3-1", "52 votes to 48"). */
const sideBySide = 2;

/**
 * Drops the anchors two figures side by side swapped places across (changedFigures): the word
 * diff keeps one in place and moves the other across it ("52 to 48" / "48 to 52": "52" equal,
 * "48" removed before and added after). An anchor goes when the gap on one side of it holds a
 * figure only on the left and the gap on its other side the same value only on the right, that
 * figure of the anchor's kind and at most sideBySide words from it on both sides; the two gaps
 * are then one, where the permutation is compared place by place ("52 → 48", "48 → 52"). A
 * figure that moved with its words ("In 2020 the firm hired 50" / "The firm hired 50 in 2020")
 * keeps its anchors: rewording. Figures written as words never count. Edits `anchors` in place;
 * each round drops one anchor, so at most anchors.length rounds.
 */
const mergeSwaps = (anchors: Array<[number, number]>, l: Placed[], r: Placed[], leftSpan: string, rightSpan: string): void => {
	const near = (span: string, x: Placed, y: Placed) => countWords(span.slice(Math.min(x.end, y.end), Math.max(x.start, y.start))) <= sideBySide;
	for (let changed = true; changed; ) {
		changed = false;
		const gaps: Array<{onlyL: Placed[]; onlyR: Placed[]}> = [];
		let [fromL, fromR] = [0, 0];
		for (const [x, y] of [...anchors, [l.length, r.length] as [number, number]]) {
			const gapL = l.slice(fromL, x).filter(item => !item.written);
			const gapR = r.slice(fromR, y).filter(item => !item.written);
			gaps.push({onlyL: missing(gapL, gapR), onlyR: missing(gapR, gapL)});
			[fromL, fromR] = [x + 1, y + 1];
		}
		for (let k = 0; k < anchors.length && !changed; k++) {
			const [x, y] = anchors[k]!;
			const swapped = (onlyL: Placed[], onlyR: Placed[]) => onlyL.some(moved => moved.kind === l[x]!.kind && near(leftSpan, moved, l[x]!) && onlyR.some(other => other.key === moved.key && near(rightSpan, other, r[y]!)));
			// Left-only before the anchor and right-only after it, or the other way round.
			if (swapped(gaps[k]!.onlyL, gaps[k + 1]!.onlyR) || swapped(gaps[k + 1]!.onlyL, gaps[k]!.onlyR)) (anchors.splice(k, 1), (changed = true));
		}
	}
};

/** The class of a figure's key a permutation may swap within: a weekday with a weekday, a month with a month, a relative date with a relative date, a figure with a figure. */
const keyClass = (key: string): string => /^(weekday|month|rel):/.exec(key)?.[1] ?? 'figure';

/** The words each figure of a row's side goes with (counted-words.ts countedWords), by side. */
type FigureWords = {left: (item: Placed) => ReadonlySet<string>; right: (item: Placed) => ReadonlySet<string>};

/**
 * Whether the figures of a gap, one a permutation of the other's (the same values in another order), moved with their
 * words (fresh user K2: "12 people were hurt and 3 killed" / "3 were killed and 12 hurt"): each figure paired with the
 * other side's of its value (in order, for a value written twice) shares more of the words it goes with (`words`) than
 * each paired with the other side's figure in its place. Swapped figures keep the words in place ("12 hurt and 3 killed" /
 * "3 hurt and 12 killed", "52 votes to 48" / "48 votes to 52"), and figures with no such words ("52 to 48") share none
 * either way: a swap, as before. Quadratic in the figures of the gap.
 */
const movedWithTheirWords = (l: readonly Placed[], r: readonly Placed[], words: FigureWords): boolean => {
	const shared = (x: Placed, y: Placed) => {
		const [a, b] = [words.left(x), words.right(y)];
		let count = 0;
		for (const word of a) if (b.has(word)) count++;
		return count;
	};
	let inPlace = 0;
	for (let k = 0; k < l.length; k++) inPlace += shared(l[k]!, r[k]!);
	let byValue = 0;
	const taken = new Set<number>();
	for (const x of l) {
		const at = r.findIndex((y, k) => !taken.has(k) && y.key === x.key);
		taken.add(at);
		byValue += shared(x, r[at]!);
	}
	return byValue > inPlace;
};

/** The changes between the figures of one gap between anchors (changedFigures), given to `keep` in order. */
const gapChanges = (l: Placed[], r: Placed[], keep: (x: Placed | undefined, y: Placed | undefined) => void, words: FigureWords): void => {
	if (l.length === 0 && r.length === 0) return;
	const onlyL = missing(l, r);
	const onlyR = missing(r, l);
	if (onlyL.length === 0 && onlyR.length === 0) {
		// The same values: figures that went with their words to another place are a sentence said in another order, no change.
		if (movedWithTheirWords(l, r, words)) return;
		// The same values: a permutation of them is a change where the value in a place differs (of one class: "on Tuesday in March" / "in March on Tuesday" is rewording).
		for (let k = 0; k < l.length; k++) if (l[k]!.key !== r[k]!.key && keyClass(l[k]!.key) === keyClass(r[k]!.key) && !l[k]!.written && !r[k]!.written) keep(l[k], r[k]);
		return;
	}
	// Paired in order within a class (a weekday with a weekday, a figure with a figure); the rest stand alone, in order.
	const classes = new Set([...onlyL, ...onlyR].map(item => keyClass(item.key)));
	const out: Array<[Placed | undefined, Placed | undefined]> = [];
	for (const kind of classes) {
		const x = onlyL.filter(item => keyClass(item.key) === kind);
		const y = onlyR.filter(item => keyClass(item.key) === kind);
		// A relative date ("last week") only dropped or added is rewording ("last year" / "in 2024"): one replaced by another is the change.
		for (let k = 0; k < (kind === 'rel' ? Math.min(x.length, y.length) : Math.max(x.length, y.length)); k++) out.push([x[k], y[k]]);
	}
	for (const [x, y] of out.sort((p, q) => (p[0] ?? p[1])!.start - (q[0] ?? q[1])!.start)) keep(x, y);
};

/**
 * The lower-cased words (runs of letters, marks and digits) of a text, asked one at a time: `has(word)`
 * is whether the set of those runs would hold `word`. The text is lower-cased on first use; a set of
 * its runs is never made: a diff asks about a few words of its facts, and matching every run of both
 * whole texts with a Unicode pattern was ~3% of a 30,000-word diff's CPU.
 */
const lazyWords = (text: string): (() => {has: (word: string) => boolean}) => {
	let lower: string | undefined;
	const words = {has: (word: string) => isLetterRun((lower ??= text.toLowerCase()), word)};
	return () => words;
};


/**
 * The change hunks of a paired row on one side: each run of removed and added word ops between
 * two equal ones is one hunk (numbered in order); its spans on `side`. A rewritten row (shown as
 * two blocks, no word alignment) has none: nothing in it is known to stand in another's place.
 */
const hunksOf = (row: Row, side: 'left' | 'right'): Array<{hunk: number; start: number; end: number}> => {
	if (row.rewritten) return [];
	const spans: Array<{hunk: number; start: number; end: number}> = [];
	let hunk = 0;
	let open = false;
	for (const op of row.ops) {
		if (op.op === 'equal') {
			if (open) (hunk++, (open = false));
			continue;
		}
		open = true;
		if (side === 'left' && op.op === 'removed') spans.push({hunk, start: op.left.start, end: op.left.end});
		if (side === 'right' && op.op === 'added') spans.push({hunk, start: op.right.start, end: op.right.end});
	}
	return spans;
};

/** The hunk a span [start, end) of the text overlaps first, or -1. */
/**
 * Each of `only` (names of one side the other lacks, from `all`, that side's names) that lies in no changed hunk, swapped in
 * place for another occurrence of its name (same key) among `all` that does and is not in `only` already. Edits `only`.
 */
const inChangedPlace = (only: Found[], all: readonly Found[], hunks: ReadonlyArray<{hunk: number; start: number; end: number}>, from: number): void => {
	for (let x = 0; x < only.length; x++) {
		const item = only[x]!;
		if (hunkAt(hunks, from + item.start, from + item.end) >= 0) continue;
		const other = all.find(candidate => candidate !== item && candidate.kind === item.kind && candidate.key === item.key && !only.includes(candidate) && hunkAt(hunks, from + candidate.start, from + candidate.end) >= 0);
		if (other) only[x] = other;
	}
};

const hunkAt = (hunks: ReadonlyArray<{hunk: number; start: number; end: number}>, start: number, end: number): number => {
	for (const span of hunks) if (span.start < end && start < span.end) return span.hunk;
	return -1;
};

/**
 * "no" before a noun, in English: none of it, zero ("no fire exits" / "two fire exits" is 0 → 2). The key `=0` when the
 * word after it, apart by one space, is a lower-case word that is neither a function word ("no more than", "no longer"
 * may be) nor a number word ("no one"); else undefined. Like every number word, one only dropped or added is no fact.
 */
const zeroBefore = (word: RegExpExecArray, next: RegExpExecArray | undefined, span: string, language: string): string | undefined => {
	if (language !== 'en' || word[0].toLowerCase() !== 'no' || next === undefined || span.slice(word.index + word[0].length, next.index) !== ' ') return undefined;
	const after = next[0];
	return after === after.toLowerCase() && !numberWordsFor(language).has(after) && !notCountedAfterNo.has(after) ? '=0' : undefined;
};

/** Words after "no" that make it no count of a noun: a comparison ("no more than 12", "no later than"), "no other", "no matter", "no way". */
const notCountedAfterNo: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'longer', 'later', 'sooner', 'earlier', 'further', 'greater', 'other', 'such', 'matter', 'way', 'doubt', 'sign']);

/** English number words that count only before "of" ("scores of people"; "test scores", "he scores" are none). */
const onlyBeforeOf: ReadonlySet<string> = new Set(['scores']);

/** Number words that multiply the count before them, by their value: "two dozen", "three hundred", "zwei hundert", "दो सौ". */
const multipliers = new Map<string, number>([
	['dozen', 12], ['hundred', 100], ['thousand', 1000], ['dutzend', 12], ['hundert', 100], ['tausend', 1000],
	// Hindi and Urdu: "दो सौ", "دو سو" (Urdu "سو" is read only here: alone it is also "sleep").
	['सौ', 100], ['हज़ार', 1000], ['हजार', 1000], ['سو', 100], ['ہزار', 1000],
]);

/**
 * The number a count word (`key`, a whole `=N`) at `words[at]` makes with a multiplier right after it, apart by one
 * space ("two dozen", "three hundred"), when nothing of the number goes on after the multiplier ("three hundred and
 * fifty", "two thousand five" are left unread, as before): its key and where the multiplier ends. Undefined otherwise.
 */
const multiplierAfter = (words: readonly RegExpExecArray[], at: number, key: string, span: string, numberWords: ReadonlyMap<string, string>): {key: string; end: number} | undefined => {
	const count = /^=(\d+)$/.exec(key)?.[1];
	const next = words[at + 1];
	const by = next === undefined ? undefined : multipliers.get(next[0].toLowerCase());
	if (count === undefined || by === undefined || multipliers.has(words[at]![0].toLowerCase()) || span.slice(words[at]!.index + words[at]![0].length, next!.index) !== ' ') return undefined;
	const end = next!.index + next![0].length;
	const after = /^\s+(?:(?:and|et|und|y|e|i)\s+)?(\p{L}[\p{L}\p{M}]*)/u.exec(span.slice(end, end + 40))?.[1];
	if (after !== undefined && (numberWords.has(after.toLowerCase()) || isScaleWord(after))) return undefined;
	return {key: `=${Number(count) * by}`, end};
};

/**
 * A word as number words are looked up: a letter and the letters and marks after it (Devanagari writes its vowels after a
 * consonant as combining marks: "नौ" is न and ौ, which \p{L}+ alone would cut to "न").
 */
const numberWordPattern = /\p{L}[\p{L}\p{M}]*/gu;

/** A number word and a half ("one and a half", "two-and-a-half": the word in group 1), or "half a", "half an" before a scale or unit. */
const halves = /(?<![\p{L}\p{M}])(?:(\p{L}+)(?:\s+|[-\u2010])and(?:\s+|[-\u2010])a(?:\s+|[-\u2010])half|half\s+an?)(?![\p{L}\p{M}])/giu;

/** What every match of halves holds ("half", with its flags: case aside), of partOfPeriod ("quarter" or "half"), of tensAndUnits and of a compound (a hyphen): numberWordsOf tries each only where it is. */
const hasHalf = /half/iu;
const hasQuarter = /quarter/iu;
const hasHyphen = /[-\u2010]/u;
/** …and of tensAndUnits, whose tens all end in "ty" before the hyphen ("twenty-", "Forty‐"; its own flags fold only t/T and y/Y there). */
const hasTensHyphen = /ty[-\u2010]/iu;

/** An English ordinal before "quarter" or "half", by a space or a hyphen: which part of a period ("third-quarter", "first half"). */
const partOfPeriod = /(?<![\p{L}\p{N}])(first|second|third|fourth)[-\u2010\s]+(?:quarter|half)(?![\p{L}\p{N}])/giu;

/** An English number of tens and units joined by a hyphen: the tens in group 1, the units in group 2 ("twenty-one"; an ordinal's, "twenty-first", by its rank as "21st"). */
const tensAndUnits = /(?<![\p{L}\p{N}-])(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\u2010](one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?![\p{L}\p{N}]|[-\u2010]\p{L})/giu;

/** Words an English "a" or "an" counts one of, as "one" does ("a thousand", "a million"): the multipliers and scales. */
const countedByA: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);

/**
 * The French numbers of several words in `span` ("vingt-cinq", "quatre-vingt-dix", "deux cent cinquante", "vingt et un"):
 * runs of French number words apart by a hyphen, a space or "et", each read from its start as the longest stretch French
 * grammar makes one number of (compound-numbers.ts); a stretch it does not ("cinq six") is left alone. Offsets in `span`.
 */
const frenchNumbersOf = (span: string): Array<{start: number; end: number; value: number}> => {
	const numbers: Array<{start: number; end: number; value: number}> = [];
	const words = [...span.matchAll(numberWordPattern)];
	let at = 0;
	while (at < words.length) {
		// The run of French number words from here, apart by a hyphen or spaces, at most twelve.
		let end = at;
		while (end < words.length && end - at < 12 && isFrenchNumberPart(words[end]![0].toLowerCase()) && (end === at || /^(?:\s+|\s*[-\u2010]\s*)$/u.test(span.slice(words[end - 1]!.index + words[end - 1]![0].length, words[end]!.index)))) end++;
		let read = false;
		for (let last = end - 1; last > at; last--) {
			const value = frenchCompoundValue(words.slice(at, last + 1).map(word => word[0].toLowerCase()));
			if (value === undefined) continue;
			numbers.push({start: words[at]!.index, end: words[last]!.index + words[last]![0].length, value});
			at = last + 1;
			read = true;
			break;
		}
		if (!read) at++;
	}
	return numbers;
};

/** The German numbers written as one word of several parts in `span` ("einundzwanzig", "zweihundert"), with their values (compound-numbers.ts). */
const germanNumbersOf = (span: string): Array<{start: number; end: number; value: number}> =>
	[...span.matchAll(numberWordPattern)].flatMap(word => {
		const value = germanCompoundValue(word[0].toLowerCase());
		return value === undefined ? [] : [{start: word.index, end: word.index + word[0].length, value}];
	});

/** The French indefinite article that is also the number one (number-words.ts reads "un" as 1): read as one only within a number or before its scale (numberWordsOf). */
const frenchArticle = /^une?$/iu;

/** The words numberWordGap reads between two number words of one number. */
const connectors: ReadonlySet<string> = new Set(['and', 'et', 'und', 'y', 'e', 'i']);

/** What stands between two number words of one number: space, or an "and" of the languages number-words.ts reads ("hundred and fifty", "cent et un", "hundert und"). */
const numberWordGap = /^\s+(?:(?:and|et|und|y|e|i)\s+)?$/u;

/**
 * The number words of a span in `language` (compare/number-words.ts), as number facts keyed as
 * their figure is (so "twelve" is "=12", "third" "=3", as "3rd"), marked `written`: they
 * equal a figure in digits on the other side, one replaced by another number ("six hours" / "seven
 * hours", "third" / "fourth") is a changed figure, and one only dropped or added is no fact ("one
 * of", "a hundred ways": rewording).
 */
const numberWordsOf = (span: string, language: string, unread?: Array<[number, number]>): Array<Found & {written?: true; zero?: true}> => {
	const found: Array<Found & {written?: true; zero?: true}> = [];
	const numberWords = numberWordsFor(language);
	const isNumberWord = (word: string | undefined) => word !== undefined && numberWords.has(word.toLowerCase());
	// A number of several words ("twenty-five", "two hundred", "vingt-cinq", "three hundred and fifty") is not read
	// word by word: its first word alone would be another number ("twenty" against "25"). Left unread: a change in
	// it may be missed, but none is invented. One number word in a compound ("seven-year-old") is read.
	// Each pattern below is tried only on a span holding what every match of it holds (a hyphen; "half"; "quarter" or
	// "half", case aside as the pattern's own flags fold it): most sentences hold none, and matchAll copies the pattern.
	const hyphenated = hasHyphen.test(span);
	const compounds: Array<[number, number]> = hyphenated ? [...span.matchAll(/\p{L}[\p{L}\p{M}]*(?:[-\u2010]\p{L}[\p{L}\p{M}]*)+/gu)].filter(compound => compound[0].split(/[-\u2010]/u).filter(isNumberWord).length >= 2).map(compound => [compound.index, compound.index + compound[0].length]) : [];
	const halved = hasHalf.test(span);
	// A half read with its number ("one and a half million", "two-and-a-half", "half a million", "half an hour"): one figure, and its words no others.
	for (const half of halved ? span.matchAll(halves) : []) {
		const whole = half[1] === undefined ? 0 : Number(/^=(\d+)$/.exec(numberWords.get(half[1].toLowerCase()) ?? '')?.[1] ?? Number.NaN);
		if (Number.isNaN(whole)) continue;
		// "half a dozen" is six, "half a hundred" fifty.
		const times = half[1] === undefined ? /^\s+(\p{L}+)/u.exec(span.slice(half.index + half[0].length, half.index + half[0].length + 20)) : null;
		const by = times === null ? undefined : multipliers.get(times[1]!.toLowerCase());
		const end = half.index + half[0].length + (by === undefined ? 0 : times![0].length);
		const sign = signBefore(span, half.index);
		const figure = numberWordFigure(`=${(whole + 0.5) * (by ?? 1)}`, span, end, sign?.sign);
		// "half a" is a figure only before its scale or unit ("half a million"; "half a dozen", "half a chance" are left unread).
		if (half[1] === undefined && by === undefined && figure.end === end) continue;
		const start = sign?.start ?? half.index;
		compounds.push([start, figure.end]);
		found.push({kind: 'number', text: span.slice(start, figure.end).trim(), key: figure.key, start, end: figure.end, written: true});
	}
	// An ordinal before a fraction word names which part ("third-quarter profit", "the first half of the year"): the ordinal is the
	// figure, its rank ("third" / "fourth" a changed figure), not a number going on into the fraction ("three quarters" is one).
	for (const part of halved || hasQuarter.test(span) ? span.matchAll(partOfPeriod) : []) {
		const key = numberWords.get(part[1]!.toLowerCase());
		if (key === undefined) continue;
		// "third-quarter" is this part, not a number of two words left unread.
		const whole: [number, number] = [part.index, part.index + part[0].length];
		const compound = compounds.findIndex(([start, end]) => start === whole[0] && end === whole[1]);
		if (compound >= 0) compounds.splice(compound, 1);
		else if (compounds.some(([start, end]) => start < whole[1] && whole[0] < end)) continue;
		compounds.push(whole);
		found.push({kind: 'number', text: part[1]!, key, start: part.index, end: part.index + part[1]!.length, written: true});
	}
	// An English number of tens and units joined by a hyphen ("twenty-one", "forty-five"): its value, with a multiplier or a scale
	// and unit after it ("twenty-one thousand", "forty-five million euros"), as "21" is. Before another number word it stays unread.
	if (language === 'en') {
		for (const tensUnits of hyphenated && hasTensHyphen.test(span) ? span.matchAll(tensAndUnits) : []) {
			const whole: [number, number] = [tensUnits.index, tensUnits.index + tensUnits[0].length];
			const compound = compounds.findIndex(([start, end]) => start === whole[0] && end === whole[1]);
			if (compound < 0) continue;
			const value = Number(numberWords.get(tensUnits[1]!.toLowerCase())!.slice(1)) + Number(numberWords.get(tensUnits[2]!.toLowerCase())!.slice(1));
			const next = /^\s+(\p{L}+)/u.exec(span.slice(whole[1], whole[1] + 30));
			const by = next === null ? undefined : multipliers.get(next[1]!.toLowerCase());
			if (next !== null && by === undefined && isNumberWord(next[1])) continue;
			const sign = signBefore(span, tensUnits.index);
			const figure = numberWordFigure(`=${value * (by ?? 1)}`, span, whole[1] + (by === undefined ? 0 : next![0].length), sign?.sign);
			const start = sign?.start ?? tensUnits.index;
			compounds.splice(compound, 1, [start, figure.end]);
			found.push({kind: 'number', text: span.slice(start, figure.end).trim(), key: figure.key, start, end: figure.end, written: true});
		}
	}
	// A French or German number of several words ("vingt-cinq", "quatre-vingt-dix", "deux cent cinquante", "einundzwanzig",
	// "zweihundert"): its value by the language's grammar (compound-numbers.ts), with its scale and unit after it, as "25" is.
	if (language === 'fr' || language === 'de') {
		for (const number of language === 'fr' ? frenchNumbersOf(span) : germanNumbersOf(span)) {
			if (compounds.some(([start, end]) => start < number.end && number.start < end && !(number.start <= start && end <= number.end))) continue;
			for (let at = compounds.length - 1; at >= 0; at--) if (number.start <= compounds[at]![0] && compounds[at]![1] <= number.end) compounds.splice(at, 1);
			const sign = signBefore(span, number.start);
			const figure = numberWordFigure(`=${number.value}`, span, number.end, sign?.sign);
			const start = sign?.start ?? number.start;
			compounds.push([start, figure.end]);
			found.push({kind: 'number', text: span.slice(start, figure.end).trim(), key: figure.key, start, end: figure.end, written: true});
		}
	}
	const letters = [...span.matchAll(numberWordPattern)].filter(word => !compounds.some(([start, end]) => start <= word.index && word.index < end));
	// An "and" between two words of one number ("three hundred and fifty", "vingt et un": a round number before, a smaller one after) is no
	// word of its own here: numberWordGap reads it in the gap. Between two numbers of a list ("six and seven") it stays a word between them.
	const valueOf = (word: RegExpExecArray | undefined) => Number(/^=(\d+)$/.exec((word && numberWords.get(word[0].toLowerCase())) ?? '')?.[1] ?? Number.NaN);
	const words = letters.filter((word, at) => !(connectors.has(word[0].toLowerCase()) && valueOf(letters[at - 1]) >= 20 && valueOf(letters[at - 1]) % 10 === 0 && valueOf(letters[at + 1]) < valueOf(letters[at - 1])));
	// Two number words in a row, apart by space or an "and" ("three hundred and fifty"), make one number.
	const joined = (first: RegExpExecArray | undefined, second: RegExpExecArray | undefined) =>
		first !== undefined && second !== undefined && isNumberWord(first[0]) && isNumberWord(second[0]) && numberWordGap.test(span.slice(first.index + first[0].length, second.index));
	// A word of a number or of its scale, after the previous one with space or an "and" between.
	const continues = (previous: RegExpExecArray, next: RegExpExecArray | undefined) =>
		next !== undefined && (isNumberWord(next[0]) || isScaleWord(next[0])) && numberWordGap.test(span.slice(previous.index + previous[0].length, next.index));
	// Words before this offset were read into a figure already (its scale and unit), or into a number of several words left unread.
	let covered = 0;
	for (const [at, match] of words.entries()) {
		if (match.index < covered) continue;
		const homograph = homographBefore.get(match[0])?.has(words[at + 1]?.[0] ?? '') === true;
		// French "un" is the article far more often than the count ("un plan", "un homme"), as English "a" is: one only inside a number
		// ("vingt et un", "cent un") or before its scale ("un million"), as "a million" is.
		const article = frenchArticle.test(match[0]) && !joined(words[at - 1], match) && !continues(match, words[at + 1]);
		const word = article || homograph || allCapitals(match[0]) || (onlyBeforeOf.has(match[0].toLowerCase()) && !/^\s+of(?![\p{L}])/u.test(span.slice(match.index + match[0].length, match.index + match[0].length + 6))) ? undefined : numberWords.get(match[0].toLowerCase());
		const zero = word === undefined && !allCapitals(match[0]) ? zeroBefore(match, words[at + 1], span, language) : undefined;
		// "a thousand", "a million": the article is the count, one.
		const one = word === undefined && zero === undefined && language === 'en' && /^an?$/iu.test(match[0]) && countedByA.has(words[at + 1]?.[0].toLowerCase() ?? '') && span.slice(match.index + match[0].length, words[at + 1]!.index) === ' ' ? '=1' : undefined;
		const key = word ?? zero ?? one;
		if (key === undefined) continue;
		// With the scale and unit after it, as a figure in digits has them ("six hours" is "6 hours", "five million euros" "5 million euros",
		// "cinq millions d'euros" too, though "millions" is a number word of its own).
		// With a sign before it ("minus five" is −5, as "minus 5" is).
		const sign = signBefore(span, match.index);
		// A count times a multiplier, the number's only two words ("two dozen" is 24, "three hundred" 300, "a dozen" the dozen's 12).
		const times = multiplierAfter(words, at, key, span, numberWords);
		if (times !== undefined && !joined(words[at - 1], match)) {
			const multiplied = numberWordFigure(times.key, span, times.end, sign?.sign);
			const start = sign?.start ?? match.index;
			covered = multiplied.end;
			found.push({kind: 'number', text: span.slice(start, multiplied.end).trim(), key: multiplied.key, start, end: multiplied.end, written: true});
			continue;
		}
		const figure = numberWordFigure(key, span, match.index + match[0].length, sign?.sign);
		let next = at + 1;
		while (next < words.length && words[next]!.index < figure.end) next++;
		if (joined(words[at - 1], match) || (next - 1 === at ? joined(match, words[next]) : continues(words[next - 1]!, words[next]))) {
			// The number goes on past this word ("three hundred", "deux mille cinq cents", "two thousand five"): all its words left unread.
			while (continues(words[next - 1]!, words[next])) next++;
			covered = words[next - 1]!.index + words[next - 1]![0].length;
			unread?.push([match.index, covered]);
			continue;
		}
		covered = figure.end;
		const start = sign?.start ?? match.index;
		// A vague amount ("dozens") is never the exact figure of its scale ("12"): "≈" before its key.
		const vague = vagueAmounts.has(match[0].toLowerCase()) ? '≈' : '';
		found.push({kind: 'number', text: span.slice(start, figure.end).trim(), key: vague + figure.key, start, end: figure.end, written: true, ...(zero === undefined ? {} : {zero: true as const})});
	}
	found.sort((x, y) => x.start - y.start);
	// Chinese and Japanese numerals ("五亿元"), keyed as the same figure in digits ("5亿元": 5, its scale 亿 and the currency after it).
	if (hasCjkNumeral(span)) {
		for (const numeral of cjkNumeralsOf(span)) {
			const scale = numeral.scaleAt < numeral.end ? cjkValue(`一${span[numeral.scaleAt]!}`)! : 1;
			const figure = numberWordFigure(`=${numeral.value / scale}`, span, numeral.scaleAt);
			// A scale whose unit was not read after it ("五亿" at the end) counts in the value.
			const read = figure.end > numeral.scaleAt ? figure : numberWordFigure(`=${numeral.value}`, span, numeral.end);
			found.push({kind: 'number', text: span.slice(numeral.start, Math.max(read.end, numeral.end)), key: read.key, start: numeral.start, end: Math.max(read.end, numeral.end), written: true});
		}
		found.sort((x, y) => x.start - y.start);
	}
	// An hour in words before "Uhr" ("acht Uhr") is a clock time (numberWordFigure): a date, as "8 Uhr" is.
	for (const item of found) if (item.key.startsWith('time:')) item.kind = 'date';
	// Chinese and Japanese ordinals ("第三季度", "第十二届"): the rank, as "third" is; a numeral after 第 read above is this ordinal's.
	if (hasCjkCalendar(span)) {
		const ordinals = cjkOrdinalsOf(span);
		if (ordinals.length > 0) {
			const kept = found.filter(item => !ordinals.some(ordinal => ordinal.start < item.end && item.start < ordinal.end));
			found.length = 0;
			found.push(...kept, ...ordinals.map(ordinal => ({kind: 'number' as const, ...ordinal, written: true as const})));
			found.sort((x, y) => x.start - y.start);
		}
	}
	return found;
};

/** A fact replaced by another of its kind (not one only dropped or added: rewording does that). */
const substituted = (fact: Fact) => fact.left !== null && fact.right !== null && (fact.kind === 'number' || fact.kind === 'name');

/**
 * A quotation altered in a sentence the word diff pairs (not a rewritten one): what someone said is a fact, as a figure
 * is. Altered in its words, or in asking (a question mark that came or went: "We will win," / "We will win?"): a dash written another way or lost to a bad encoding ("successful — but" / "successful � but") is none.
 */
const quoteAltered = (fact: Fact, rows: readonly Row[]) => {
	if (fact.kind !== 'quote' || fact.left === null || fact.right === null || rows[fact.row]?.rewritten === true) return false;
	const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ') + (asks(text) ? '?' : '');
	return words(fact.left) !== words(fact.right);
};

/** Share of paired rows whose figures or names were replaced at which two texts are one template's different stories. */
export const templateShare = 0.5;

/**
 * Share of the figures and names of the paired rows (on the side with fewer) that must be replaced, at least,
 * for a template's different story: there the names and the numbers are the story, and nearly all of them
 * differ (other company, city, chief, every figure). A doctored copy of one story changes a few facts and keeps
 * the rest (place, agency, other figures): on a short story those few may sit in half its sentences.
 */
export const templateFactShare = 0.5;

/**
 * The most words a sentence may change on either side, its date included, and still be "kept word for word"
 * around a dropped or added date: the date and its preposition ("in 2015", "on December 7"
 * for "on Sunday"; "we wtorek" for "w środę").
 */
const dateEditWords = 3;

/** The words a row changes on its busier side: the larger of its removed and its added words (text/words.ts countWords). */
const changedWords = (row: Row, left: string, right: string): number => {
	let removed = 0;
	let added = 0;
	for (const op of row.ops) {
		if (op.op === 'removed') removed += countWords(left.slice(op.left.start, op.left.end));
		else if (op.op === 'added') added += countWords(right.slice(op.right.start, op.right.end));
	}
	// Each side's own words: "we wtorek" → "w środę" changes two words of each sentence, not four.
	return Math.max(removed, added);
};

/**
 * A copy that replaces a figure, a date or time, or a name, alters a quotation or negates a sentence (polarity.ts) in a sentence it pairs word by word, or drops or adds a figure in a sentence
 * it pairs word by word (a date: in a sentence that changes at most dateEditWords words), is at most `edited`; one whose paired
 * sentences replace figures and names in most places (a story from the same
 * template: other company, other city, other numbers) is at most `related`:
 * figures and names replaced in ≥ templateShare of the paired rows, and those
 * replaced make ≥ templateFactShare of the figures and names the paired rows hold
 * (`left`/`right`, the texts, count them; without them that test is skipped). Facts of unpaired rows do not cap.
 */
export const capByFacts = (relation: Relation, allFacts: readonly Fact[], rows: readonly Row[], left?: string, right?: string, language = 'en'): Relation => {
	// The facts of paired rows: a figure replaced across an unpaired passage (replacedPassageFigures) is listed, but the
	// passage is removed and added text already, which the measures weigh.
	const facts = allFacts.filter(fact => rows[fact.row]?.left && rows[fact.row]?.right);
	const replaced = facts.filter(fact => substituted(fact));
	const rowsChanged = new Set(replaced.map(fact => fact.row));
	// A figure dropped or added in a sentence kept word for word elsewhere is a changed figure too,
	// and so is a date or time replaced ("2015" → "2016", "Tuesday" → "Wednesday"), or dropped or
	// added in a sentence otherwise kept word for word ("… civil war in 2015" → "… civil war";
	// "on Sunday" → "on December 7", where the weekday is still written in another sentence, so
	// only the added date is listed): when it happened is a fact a reader checks as much as how
	// many. A sentence spliced from halves of others drops its dates with whole clauses: not that.
	const keptButDate = (row: Row | undefined) => row !== undefined && !row.rewritten && left !== undefined && right !== undefined && changedWords(row, left, right) <= dateEditWords;
	const figureGone = facts.some(fact => ((fact.kind === 'number' || fact.kind === 'negation' || fact.kind === 'mood' || fact.kind === 'place') && !rows[fact.row]?.rewritten) || (fact.kind === 'date' && ((fact.left !== null && fact.right !== null) || keptButDate(rows[fact.row]))) || quoteAltered(fact, rows));
	// A paired sentence that drops a figure or a name and gains another of its kind ("John Smith said …" / "…, according
	// to Paul Jones"; "killed 12" / "Twenty-one … died"), reworded around them: who said it, or how many, changed.
	const droppedAndAdded = (kind: FactKind) => {
		const dropped = new Set(facts.filter(fact => fact.kind === kind && fact.right === null).map(fact => fact.row));
		return facts.some(fact => fact.kind === kind && fact.left === null && dropped.has(fact.row));
	};
	const swapped = droppedAndAdded('number') || droppedAndAdded('name');
	if (rowsChanged.size === 0) return (figureGone || swapped) && (relation === 'identical' || relation === 'verbatim') ? 'edited' : relation;
	const pairedRows = rows.filter(row => row.left && row.right && row.kind !== 'boilerplate');
	const kinds = new Set(replaced.map(fact => fact.kind));
	const edited = relation === 'identical' || relation === 'verbatim' ? 'edited' : relation;
	if (!(kinds.size === 2 && rowsChanged.size >= 2 && rowsChanged.size >= templateShare * pairedRows.length)) return edited;
	if (left !== undefined && right !== undefined) {
		const held = (text: string, side: 'left' | 'right') => {
			const named = writtenAsName([text], language);
			const inNames = writtenInNames([text], language);
			let count = 0;
			for (const row of pairedRows) for (const found of factsOf(text.slice(row[side]!.start, row[side]!.end), language, named, inNames)) if (found.kind === 'number' || found.kind === 'name') count++;
			return count;
		};
		if (replaced.length < templateFactShare * Math.min(held(left, 'left'), held(right, 'right'))) return edited;
	}
	return strongerRelation(relation, 'related') === relation ? 'related' : relation;
};
