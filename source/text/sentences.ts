import {fnv1a32} from './hash.js';
import type {Span} from './span.js';
import {linesOf, trimSpan} from './lines.js';
import {monthOfName} from './dates.js';
import {itemMayOpen, opensListItem} from './list-marker.js';

/**
 * Sentence segmentation of one paragraph (or a piece of one). A hand-written
 * splitter rather than Intl.Segmenter: Node 20's segmenter is quadratic on long
 * strings, and ours needs guards it lacks anyway (abbreviations, initials,
 * headlines without final punctuation, hard-wrapped lines).
 */

// Abbreviations that are followed by a capital or a number without ending a sentence.
const abbreviations = new Set([
	'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'pres',
	'rev', 'hon', 'no', 'nos', 'vs', 'etc', 'approx', 'fig', 'vol', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'ave', 'blvd',
	'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'p', 'pp',
	// French, German, Spanish, Russian and others seen in news copy.
	'm', 'mme', 'mlle', 'me', 'dr', 'hr', 'fr', 'bzw', 'sr', 'sra', 'srta', 'г', 'гг', 'ул', 'им', 'т', 'тыс', 'млн', 'млрд', 'руб', 'с', 'см',
	// Scale words abbreviated with a stop before a currency or unit ("5 Mio. Euro", "2 Mrd. Dollar", "5 Tsd. Euro"; Polish/Italian "mln", "mld").
	'mio', 'mrd', 'tsd', 'mln', 'mld',
	// Hindi (Devanagari) news copy: डॉ./डा. Dr., प्रो. Prof., श्री Shri, स्व. the late, सं. editor/year,
	// पृ. page, क्र./नं. number, रु. rupees, मि. Mr., प्रा. लि. Pvt. Ltd., ई. पू. BC.
	'डॉ', 'डा', 'प्रो', 'श्री', 'स्व', 'सं', 'पृ', 'क्र', 'नं', 'रु', 'मि', 'प्रा', 'लि', 'ई', 'पू',
	// Initials in Devanagari are the English letters' names ("ए. पी. जे. अब्दुल कलाम").
	'ए', 'बी', 'सी', 'डी', 'एफ', 'जी', 'एच', 'आई', 'जे', 'के', 'एल', 'एम', 'एन', 'ओ', 'पी', 'क्यू', 'आर', 'एस', 'टी', 'यू', 'वी', 'डब्ल्यू', 'एक्स', 'वाई', 'जेड', 'ज़ेड',
]);

/**
 * Sentence ends that end a sentence wherever they stand (no space need follow),
 * because no script uses them otherwise: the ideographic and fullwidth stops of
 * Chinese and Japanese (。！？ and halfwidth ｡), the Urdu full stop ۔ (U+06D4)
 * and the Arabic question mark ؟ (U+061F), the Devanagari danda and double danda
 * । ॥ (U+0964/5, also Bengali's and other Indic scripts' full stop), the
 * Armenian full stop ։ (U+0589), the Ethiopic full stop ። (U+1362) and the
 * Myanmar section mark ။ (U+104B) — Unicode's Sentence_Terminal property, less the
 * Latin marks that abbreviations and numbers also use.
 */
export const scriptSentenceEnds = '。！？｡۔؟।॥։።။';

const terminatorPattern = new RegExp(`[.!?…]+["'”’»)\\]]*(?=\\s|$)|[${scriptSentenceEnds}][${scriptSentenceEnds}!?]*["'”’»)\\]」』）]*`, 'gu');
const lineEndsSentence = new RegExp(`[.!?…:;${scriptSentenceEnds}]["'”’»)\\]」』）]*\\s*$`, 'u');
const latinEnd = /^[.!?…]/;
const digitBefore = /\p{N}$/u;
const digitAfter = /^\p{N}/u;
const lowercaseStart = /^\s*["'“‘«(]*\p{Ll}/u;
const uppercaseLetter = /^\p{Lu}$/u;
/** Longer "sentences" (page dumps without punctuation) are cut to keep word diffs bounded. */
const maxSentenceChars = 600;

const wordChar = /[\p{L}\p{N}\p{M}]/u;

/**
 * Armenian written with the ASCII colon as its full stop (for "։" U+0589, which looks alike):
 * a colon after an Armenian letter, before a space and an Armenian capital. Armenian has case,
 * so the capital says a sentence starts; elsewhere a colon introduces, and ends nothing.
 */
const armenianColon = /(?<=[\u0531-\u0556\u0561-\u0587]):(?=\s+["'«“(]*[\u0531-\u0556])/gu;

/** The word (letters, digits, inner periods) ending just before `dot`, at most 20 characters back. */
const wordEndingAt = (text: string, regionStart: number, dot: number): string => {
	let start = dot;
	const limit = Math.max(regionStart, dot - 20);
	while (start > limit) {
		const code = text.charCodeAt(start - 1);
		const isWordChar = code < 0x80 ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46 : wordChar.test(text[start - 1]);
		if (!isWordChar) break;
		start--;
	}
	return text.slice(start, dot);
};

const isAbbreviation = (text: string, regionStart: number, dot: number): boolean => {
	const word = wordEndingAt(text, regionStart, dot);
	if (!word) return false;
	if (word.includes('.')) return true; // U.S., e.g., a.m.
	if (uppercaseLetter.test(word)) return true; // initials: B. Assad
	return abbreviations.has(word.toLowerCase());
};

/** The first word of `rest` (letters only), lower-cased. */
const firstWord = /^\s+(\p{L}+)/u;

/**
 * A day of the month written as an ordinal with a stop (German, Danish, Norwegian, Czech,
 * Polish, Finnish …: "4. März", "1. maj"): one or two digits before the stop, 1–31, and a
 * month name (text/dates.ts monthOfName, any language it knows) as the next word of `after`.
 */
const isOrdinalDay = (text: string, regionStart: number, dot: number, after: string): boolean => {
	const word = wordEndingAt(text, regionStart, dot);
	if (!/^\d{1,2}$/u.test(word) || Number(word) < 1 || Number(word) > 31) return false;
	const next = firstWord.exec(after)?.[1];
	return next !== undefined && monthOfName(next.toLowerCase()) !== undefined;
};

/**
 * Whether the stop at `dot` ends a dateline's place: the region (from `regionStart`) opens with one capitalised word of
 * two letters or more (letters, and a hyphen or slash inside: "Halle-Neustadt", "Frankfurt/Main") up to the stop, and a
 * sentence of four words or more follows on the same line (datelineSentence).
 */
const isDatelinePlace = (text: string, regionStart: number, dot: number): boolean =>
	dot - regionStart <= 40 && datelinePlace.test(text.slice(regionStart, dot)) && datelineSentence.test(text.slice(dot + 1, dot + 120));
/** The sentence after a dateline's place: a space, a capital, and four words at least on the same line before any stop ("One. Two." is two sentences). */
const datelineSentence = /^ \p{Lu}[^\s.!?]*(?:[^\S\n]+[^\s.!?]+){3}/u;
const datelinePlace = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-/]\p{Lu}[\p{Ll}\p{M}]+)*$/u;

export type SentenceOptions = {
	/** The text is hard-wrapped: line breaks inside a paragraph are spaces. */
	wrapped?: boolean;
	/** Offsets of line starts that continue the line before (a paragraph the labeller reflowed, blocks.ts): those line breaks are spaces. */
	continued?: ReadonlySet<number>;
};

/** A sentence's span; `cut` on each piece of one longer than maxSentenceChars (capLength), which was cut to bound the word diffs. */
export type SentenceSpan = Span & {cut?: true};

/** Sentence spans (trimmed, non-empty) of `text.slice(from, to)`, in order, covering all its non-whitespace. */
export const sentencesOf = (text: string, from: number, to: number, options: SentenceOptions = {}): SentenceSpan[] => {
	const region = text.slice(from, to);
	const cuts: number[] = [];
	for (const match of region.matchAll(terminatorPattern)) {
		const end = from + match.index + match[0].length;
		const rest = text.slice(end, Math.min(to, end + 8));
		// "." "!" "?" before lower case is no sentence end ("e.g. this"); a script's own mark is.
		if (latinEnd.test(match[0]) && rest.trim() !== '' && lowercaseStart.test(rest)) continue;
		if (match[0] === '.' && end < to && isAbbreviation(text, from, end - 1)) continue;
		// A dateline's place opening the text, one capitalised word and its stop before the sentence on its line ("Berlin. Der
		// Bundestag …", as dpa and German papers write it): the place is the sentence's, not a sentence of its own.
		if (match[0] === '.' && end < to && isDatelinePlace(text, from, end - 1)) continue;
		// A day's ordinal stop before a month name ("am 4. März 2025", "1. Mai") ends no sentence.
		if (match[0] === '.' && end < to && isOrdinalDay(text, from, end - 1, text.slice(end, Math.min(to, end + 24)))) continue;
		// A script's stop between two digits is a decimal separator (Urdu "۱۲۔۵" is 12.5).
		if (!latinEnd.test(match[0]) && digitBefore.test(text.slice(Math.max(from, end - match[0].length - 2), end - match[0].length)) && digitAfter.test(text.slice(end, Math.min(to, end + 2)))) continue;
		cuts.push(end);
	}
	for (const match of region.matchAll(armenianColon)) cuts.push(from + match.index + 1);
	// A line without terminal punctuation (a headline, a list item) is its own sentence,
	// unless the text is hard-wrapped or the next line carries on in lower case.
	if (!options.wrapped && /[\r\n]/.test(region)) {
		const lines = linesOf(text, from, to);
		for (let k = 0; k + 1 < lines.length; k++) {
			const line = lines[k];
			// A list item opening the next line ("1) …", "2. …": list-marker.ts) starts a sentence of its own.
			if (!line.blank && !options.continued?.has(lines[k + 1].start) && opensListItem(text.slice(lines[k + 1].start, lines[k + 1].end)) && itemMayOpen(text, lines[k + 1].start)) {
				cuts.push(line.end);
				continue;
			}
			if (line.blank || lineEndsSentence.test(text.slice(line.start, line.end))) continue;
			if (lowercaseStart.test(text.slice(lines[k + 1].start, lines[k + 1].end))) continue;
			if (options.continued?.has(lines[k + 1].start)) continue;
			cuts.push(line.end);
		}
	}
	cuts.sort((a, b) => a - b);
	const spans: SentenceSpan[] = [];
	let start = from;
	for (const cut of [...cuts, to]) {
		if (cut <= start) continue;
		const span = trimSpan(text, start, cut);
		if (span.end > span.start) spans.push(...capLength(text, span));
		start = cut;
	}
	return spans;
};

/**
 * Cut an overlong span into pieces of at most maxSentenceChars: at a line break if
 * the window has one, else at whitespace, else anywhere. Among the candidates the
 * cut goes where a hash of the preceding characters is smallest, so cut points
 * depend on the content around them, not on distance from the start: an insertion
 * early in one copy does not shift every later cut (the pieces still pair up).
 */
const capLength = (text: string, span: Span): SentenceSpan[] => {
	if (span.end - span.start <= maxSentenceChars) return [span];
	const pieces: SentenceSpan[] = [];
	let start = span.start;
	while (span.end - start > maxSentenceChars) {
		const from = start + Math.floor(maxSentenceChars / 3);
		const to = start + maxSentenceChars;
		const cut = bestCut(text, from, to, isLineBreak) ?? bestCut(text, from, to, isSpace) ?? bestCut(text, from, to, isCuttable)!;
		const piece = trimSpan(text, start, cut);
		if (piece.end > piece.start) pieces.push({start: piece.start, end: piece.end, cut: true});
		start = cut;
	}
	const last = trimSpan(text, start, span.end);
	if (last.end > last.start) pieces.push({start: last.start, end: last.end, cut: true});
	return pieces;
};

const isLineBreak = (code: number) => code === 10 || code === 13;
const isSpace = (code: number) => code === 32 || code === 9 || code === 0x3000 || code === 0xa0;
// Anywhere but inside a surrogate pair.
const isCuttable = (code: number) => code < 0xdc00 || code > 0xdfff;

/** The offset in [from, to] whose character satisfies `accept` and whose preceding 8 characters hash lowest. */
const bestCut = (text: string, from: number, to: number, accept: (code: number) => boolean): number | undefined => {
	let best: number | undefined;
	let bestHash = Infinity;
	for (let at = from; at <= to; at++) {
		if (!accept(text.charCodeAt(at))) continue;
		const hash = fnv1a32(text, Math.max(0, at - 8), at);
		if (hash < bestHash) {
			bestHash = hash;
			best = at;
		}
	}
	return best;
};

/** Sentences shorter than this may be headlines: they end without punctuation on purpose. */
const headlineLength = 100;
const lowercaseEnd = /\p{Ll}[\p{L}\p{M}]*[,;:]?\s*$/u;

/**
 * A sentence broken across two paragraphs: it ends without terminal punctuation
 * and the next piece carries on in lower case, or it is too long to be a headline
 * and its last word is in lower case ("…the ministry said, adding that" /
 * "Moscow was not involved…").
 */
export const continuesInto = (text: string, sentence: Span, next: Span): boolean => {
	const body = text.slice(sentence.start, sentence.end);
	if (lineEndsSentence.test(body)) return false;
	if (lowercaseStart.test(text.slice(next.start, Math.min(next.end, next.start + 8)))) return true;
	return body.length >= headlineLength && lowercaseEnd.test(body.slice(-40));
};
