// What grouping needs to know of an article, and nothing more: a compact
// record that a worker thread computes while it holds the text and labels,
// so the grouping never re-reads texts or keeps label arrays of a whole corpus.
import {textHash} from './text-hash.js';
import type {ArticleLabels, BoilerplateCategory} from '../boilerplate/label.js';
import {figuresOf} from '../compare/figures.js';
import {characterWord, classOfCodePoint, classTable, digit, katakana, letter, mark, segmented} from '../text/character-classes.js';
import {wordHashes} from '../text/words.js';
import {fingerprintOfTokens, keptText, type Fingerprint} from './shingles.js';
import {sortHashes} from './sort-hashes.js';

/** What grouping reads of an analysed article (corpus/article.ts's AnalyzedArticle has it all). */
export type GroupInput = {
	id: string;
	name: string;
	text: string;
	labels: ArticleLabels;
	/** Metadata given by the source; a `date` there wins over one found in the text. */
	meta: {date?: string; crawled?: string};
	/** The title the source gives (a JSON Lines `title`, a page's og:title): diff compares it (compare/given-title.ts). */
	givenTitle?: string;
};

export type GroupMember = {
	id: string;
	name: string;
	/** The source's date, else the text's dateline. */
	date?: string;
	boilerplateShare: number;
	/** Characters of boilerplate lines per category. */
	boilerplateCharacters: Partial<Record<BoilerplateCategory, number>>;
	/** Categories of any of its lines. */
	categories: BoilerplateCategory[];
	/** Identifies the exact text (equal texts are 'identical', not only 'verbatim'). */
	textHash: string;
	/** Identifies the kept words, case included (spacing, punctuation, markup aside): equal means the engine sees no change, boilerplate aside. */
	keptHash: string;
	/**
	 * Identifies what the source gives beside the text that diff compares — its title and its date (a JSON Lines
	 * record's `title` and `date`, a page's og:title and published time) — when it gives either: two records of one text
	 * whose given headline says "kills 12" and "kills 120" are no identical copies (diff finds the title changed).
	 */
	givenKey?: number;
	print: Fingerprint;
	/** The kept words as a multiset: sorted token hashes, repeats kept. */
	bag: Uint32Array;
	/** The figures of the kept text (numbers, years and clock times aside) as sorted hashes, repeats kept: a copy that changes one is at most edited. */
	figures?: Uint32Array;
	/** The dates and names of the kept text (factHashes), as sorted hashes of kind and key, repeats kept: a copy that replaces one is at most edited. */
	facts?: Uint32Array;
};

/**
 * Sorted hashes (FNV-1a of the key) of a text's figures as the engine's `number` facts read
 * them: the same pattern and key (compare/figures.ts), so a figure the facts call changed is a
 * changed figure here too, and of each two figures that follow each other in a sentence (their
 * order). Years, clock times and days beside a month are dates, not figures.
 */
export const figureHashes = (text: string, found = figuresOf(text)): Uint32Array => {
	const hashes: number[] = [];
	let previous: (typeof found)[number] | undefined;
	for (const figure of found) {
		if (figure.kind !== 'number') continue;
		hashes.push(fnv1a(figure.key));
		// The order of two figures within a sentence, as a pair ("200 passengers and 12 crew" / "12 passengers and
		// 200 crew"): a swap there is a change, as diff compares a row's figures as a sequence (facts.ts
		// changedFigures); sentences and paragraphs that only moved keep their pairs.
		if (previous && !sentenceBreak.test(text.slice(previous.end, figure.start))) hashes.push(fnv1a(`${previous.key}\u0001${figure.key}`));
		previous = figure;
	}
	return sortHashes(Uint32Array.from(hashes));
};

/** Where a sentence ends between two figures: a stop, question or exclamation mark before white space, or a line break. */
const sentenceBreak = /[.!?]\s|\n/;

/** FNV-1a (32 bits) of a string. */
const fnv1a = (value: string): number => {
	let hash = 0x811c9dc5;
	for (let k = 0; k < value.length; k++) hash = Math.imul(hash ^ value.charCodeAt(k), 0x01000193);
	return hash >>> 0;
};

/** A run of capitalised words on one line (a name, a weekday, a month: what diff's facts read as names and dates). */
const capitalisedRun = /\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)*/gu;
const letterBefore = /[\p{L}\p{M}\p{N}]/u;
const sentenceEnd = /[.!?:"“”«»\n]/;

/**
 * Sorted hashes (FNV-1a of kind and key) of a text's dates written in figures (years, days beside
 * a month: compare/figures.ts) and of its runs of capitalised words (names, weekdays, months; the
 * first word of a sentence left out), repeats kept: a copy that replaces one ("In 2010" → "In 2013",
 * "Robert Osborne" → "Paul Smith", "Tuesday" → "Wednesday") is at most edited, as diff's cap
 * (compare/facts.ts capByFacts) says. A cheap reading of the facts (one regular-expression pass,
 * no title-case or noun-capital rules): both sides are read alike, so only a replaced one counts.
 */
export const factHashes = (text: string, found = figuresOf(text)): Uint32Array => {
	const hashes: number[] = [];
	for (const figure of found) if (figure.kind === 'date') hashes.push(fnv1a(`date:${figure.key}`));
	for (const match of text.matchAll(capitalisedRun)) {
		if (match.index > 0 && letterBefore.test(text[match.index - 1]!)) continue;
		let before = match.index - 1;
		while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
		// At a sentence's start a capital says nothing: the first word is no name.
		const first = before < 0 || sentenceEnd.test(text[before]!);
		const ascii = asciiNameHash(match[0], first);
		if (ascii >= 0) {
			hashes.push(ascii);
			continue;
		}

		if (ascii === noName) continue;
		let words = match[0].split(/[ \t]+/);
		if (first) words = words.slice(1);
		if (words.length > 0) hashes.push(fnv1a(`name:${words.join(' ').toLowerCase()}`));
	}
	return sortHashes(Uint32Array.from(hashes));
};

/** asciiNameHash's answers other than a hash: the run is not ASCII; the run is one word, left out. */
const notAscii = -1;
const noName = -2;
/** FNV-1a's state after `name:`. */
const namePrefix = [...'name:'].reduce((hash, character) => Math.imul(hash ^ character.charCodeAt(0), 0x01000193), 0x811c9dc5);

/**
 * factHashes's hash of a capitalised run (capitalisedRun's match: it starts and ends with no white space)
 * written in ASCII, without its strings: FNV-1a of `name:` and its words (the first left out when
 * `skipFirst`) joined by one space, in lower case. noName when no word is left, notAscii for words kept with
 * any other character (their lower case is then String.prototype.toLowerCase's: the caller builds the string).
 */
const asciiNameHash = (run: string, skipFirst: boolean): number => {
	const n = run.length;
	let k = 0;
	if (skipFirst) {
		while (k < n && run.charCodeAt(k) !== 32 && run.charCodeAt(k) !== 9) k++;
		while (k < n && (run.charCodeAt(k) === 32 || run.charCodeAt(k) === 9)) k++;
		// The first word is left out whatever it is written in.
		if (k === n) return noName;
	}

	let hash = namePrefix;
	while (k < n) {
		const code = run.charCodeAt(k++);
		if (code >= 0x80) return notAscii;
		if (code === 32 || code === 9) {
			while (run.charCodeAt(k) === 32 || run.charCodeAt(k) === 9) k++;
			hash = Math.imul(hash ^ 32, 0x01000193);
		} else {
			hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), 0x01000193);
		}
	}

	return hash >>> 0;
};

/** Identifies an exact text (text-hash.ts; apart so `list` from its cache loads no grouping code). */
export {textHash} from './text-hash.js';

/**
 * Whether each of the text toolkit's character classes (text/character-classes.ts)
 * is a word character here (\p{L}\p{N}\p{M}): letters, numbers and marks of every
 * script are; spaces, ignorables, punctuation and symbols are not.
 */
const wordClass = Uint8Array.from({length: 10}, (_, kind) => (kind === letter || kind === digit || kind === mark || kind === characterWord || kind === katakana || kind === segmented ? 1 : 0));
/** U+02BC is a letter to Unicode (so a word character here) but an apostrophe to the toolkit. */
const modifierApostrophe = 0x02_bc;

/**
 * Identifies a text's runs of word characters (\p{L}\p{N}\p{M}: case kept,
 * everything between them — spacing, punctuation, markup — taken as one
 * separator), as the text with every other run replaced by one space, trimmed,
 * would: GroupMember.keptHash. A 64-bit hash (two 32-bit multiplicative lanes,
 * as FNV-1a) of the runs, without building the string or a digest of it.
 */
export function wordRunsHash(text: string): string {
	const classes = classTable();
	let low = 0x811c9dc5;
	let high = 0x01000193;
	let words = 0;
	let inWord = false;
	const length = text.length;
	for (let i = 0; i < length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80 ? asciiWord[code] === 0 : code >= 0xd800 && code <= 0xdfff ? !astralWord(text, i) : wordClass[classes[code]!] === 0 && code !== modifierApostrophe) {
			inWord = false;
			continue;
		}

		// One separator before every run but the first: the runs joined by one space.
		if (!inWord && words++ > 0) {
			low = Math.imul(low ^ 0x20, 0x01000193);
			high = Math.imul(high ^ 0x20, 0x5bd1e995);
		}

		inWord = true;
		low = Math.imul(low ^ code, 0x01000193);
		high = Math.imul(high ^ code, 0x5bd1e995);
		high ^= high >>> 15;
	}

	return `${(low >>> 0).toString(36)}.${(high >>> 0).toString(36)}.${words}`;
}

const asciiWord = Uint8Array.from({length: 0x80}, (_, code) => (/[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 0));

/**
 * Whether the surrogate at `i` belongs to a word character: a high surrogate
 * followed by a low one that make a letter, number or mark, or such a low
 * surrogate after its high one (a lone surrogate is none).
 */
function astralWord(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	const start = code <= 0xdbff ? i : i - 1;
	const first = text.charCodeAt(start);
	const second = text.charCodeAt(start + 1);
	if (!(first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff)) return false;
	return wordClass[classOfCodePoint(text.codePointAt(start)!)] === 1;
}

/** The grouping record of an analysed article (GroupMember): fingerprint, word bag, hashes and boilerplate counts of its kept text. Linear in the text. */
export const groupMember = (article: GroupInput): GroupMember => memberOf(article);

/**
 * groupMember, given wordHashes of the article's keptText (text/words.ts wordCountAndHashes makes
 * them in the pass that counts the article's words, saving a pass of the word scanner); taken over, not copied.
 */
export const groupMemberOfWords = (article: GroupInput, keptWords: Uint32Array): GroupMember => memberOf(article, keptWords);

function memberOf(article: GroupInput, keptWords?: Uint32Array): GroupMember {
	const boilerplateCharacters: Partial<Record<BoilerplateCategory, number>> = {};
	const categories = new Set<BoilerplateCategory>();
	for (const line of article.labels.lines) {
		if (!line.category) continue;
		categories.add(line.category);
		if (line.kind === 'boilerplate') boilerplateCharacters[line.category] = (boilerplateCharacters[line.category] ?? 0) + line.span.end - line.span.start;
	}

	const kept = keptText(article);
	// Read once for both: the numbers (figureHashes) and the dates (factHashes).
	const figures = figuresOf(kept);
	const tokens = keptWords ?? wordHashes(kept);
	// As corpus/article.ts articleDate: the page's own date, else its dateline, else the crawl's.
	const date = article.meta.date ?? article.labels.meta.date ?? article.meta.crawled;
	return {
		id: article.id,
		name: article.name,
		...(date === undefined ? {} : {date}),
		boilerplateShare: article.labels.boilerplateShare,
		boilerplateCharacters,
		categories: [...categories],
		textHash: textHash(article.text),
		keptHash: wordRunsHash(kept),
		...(article.givenTitle === undefined && article.meta.date === undefined ? {} : {givenKey: fnv1a(`${article.givenTitle ?? ''}\u0001${article.meta.date ?? ''}`)}),
		print: fingerprintOfTokens(tokens),
		bag: sortHashes(tokens),
		figures: figureHashes(kept, figures),
		facts: factHashes(kept, figures),
	};
}
