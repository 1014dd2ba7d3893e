import type {Fact, Row, WordOp} from './model.js';
import {correlativeReach, negatorIdiomsFor, type NegatorIdiom} from './negator-idioms.js';
import {negatedVerb} from './verb-negation.js';
import {isCurrencyBefore} from './figure-units.js';
import {changedRuns, opsSpan, sideOf} from './op-runs.js';

/**
 * Negation as a fact: a paired sentence that gains or loses a negator ("found him guilty" → "found him not
 * guilty", "resigned" → "did not resign") says the opposite in the same words, the textbook doctored copy, and
 * no figure, date, name or quotation changes with it. Negators are a closed class per language (particles,
 * negative determiners and adverbs, English "-n't"); a row's negators are counted on each side, so a negator
 * that moved or was replaced by another ("not" → "never") is rewording, no fact.
 */

/**
 * Negators by language (folded to lower case): particles, negative determiners, pronouns and adverbs — the free
 * words that negate a clause (WALS chapter 112, Dryer 2013: most languages negate with a particle or a word of
 * their own; Finnish's negative verb is listed in its persons). Turkish, which negates nearly every verb inside it
 * ("-me"/"-ma"), is read by its suffix (verb-negation.ts); where another language also negates inside the verb (Czech
 * "ne-", Persian "ن-"), that form is not read: a copy that turns such a verb is no negation fact. Chinese and Japanese
 * write no spaces, so a word list does not apply (不 opens 不过 "but", 不断 "continually"). A negator inside a fixed
 * phrase that negates nothing ("not only … but also", "لا سيما") is none (negator-idioms.ts).
 */
const negatorsByLanguage: Readonly<Record<string, readonly string[]>> = {
	en: ['not', 'no', 'never', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'cannot'],
	de: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'niemand', 'weder'],
	fr: ['ne', "n'", 'n’', 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'guère', 'non'],
	es: ['no', 'nunca', 'jamás', 'ningún', 'ninguna', 'ninguno', 'nada', 'nadie', 'tampoco', 'ni'],
	it: ['non', 'mai', 'nessun', 'nessuno', 'nessuna', 'niente', 'nulla', 'né'],
	pt: ['não', 'nunca', 'nenhum', 'nenhuma', 'nada', 'ninguém', 'nem', 'jamais'],
	nl: ['niet', 'geen', 'nooit', 'niets', 'niemand', 'noch'],
	ru: ['не', 'нет', 'никогда', 'ни', 'ничего', 'никто'],
	pl: ['nie', 'nigdy', 'nic', 'nikt', 'żaden', 'żadna', 'żadne'],
	cs: ['ne', 'nikdy', 'nic', 'nikdo', 'žádný', 'žádná', 'žádné'],
	sk: ['nie', 'nikdy', 'nič', 'nikto', 'žiadny', 'žiadna', 'žiadne'],
	uk: ['не', 'ні', 'ніколи', 'нічого', 'ніхто'],
	bg: ['не', 'никога', 'нищо', 'никой'],
	ro: ['nu', 'niciodată', 'nimic', 'nimeni', 'niciun', 'nicio'],
	hu: ['nem', 'soha', 'semmi', 'senki', 'sem', 'nincs'],
	el: ['δεν', 'μην', 'ποτέ', 'τίποτα', 'κανείς', 'ούτε', 'όχι'],
	sv: ['inte', 'ej', 'aldrig', 'ingen', 'inget', 'inga', 'ingenting'],
	da: ['ikke', 'aldrig', 'ingen', 'intet', 'ingenting'],
	// Bokmål and Nynorsk ("ikkje", "korkje", "inga"): a detector tells them apart badly, and a copy moves between them.
	nb: ['ikke', 'aldri', 'ingen', 'intet', 'ingenting', 'ikkje', 'korkje', 'inga'],
	no: ['ikke', 'aldri', 'ingen', 'intet', 'ingenting', 'ikkje', 'korkje', 'inga'],
	nn: ['ikkje', 'korkje', 'aldri', 'ingen', 'inga', 'ingenting', 'ikke'],
	is: ['ekki', 'aldrei', 'enginn', 'engin', 'ekkert', 'hvorki'],
	// The negative verb in each person: "en" (I), "et" (you), "ei", "emme", "ette", "eivät"; "älä", "älkää" forbid.
	fi: ['ei', 'en', 'et', 'emme', 'ette', 'eivät', 'älä', 'älkää'],
	tr: ['değil', 'yok', 'asla', 'hiç', 'hiçbir'],
	id: ['tidak', 'tak', 'bukan', 'belum', 'jangan'],
	ms: ['tidak', 'tak', 'bukan', 'belum', 'jangan'],
	ar: ['لا', 'لم', 'لن', 'ليس', 'ليست', 'ليسوا', 'لست', 'أبدا'],
	fa: ['نه', 'هرگز', 'هیچ'],
	// Not the prohibitive "مت"/"मत" ("don't", in commands only): Hindi "मत" is also "vote", and an Urdu word cut by a stray
	// space ends with it ("حکو مت", government): in news prose it is far more often neither (review L5).
	ur: ['نہیں', 'نہ'],
	hi: ['नहीं', 'नही', 'न'],
	he: ['לא', 'אין', 'אינו', 'אינה', 'מעולם'],
};

/**
 * The North Germanic languages, read with each other's negators: their stop-word lists overlap, so a text of one is often
 * detected as another (Icelandic and Nynorsk have no list of their own, and come out Danish or Norwegian), and no negator
 * of one is a word of another ("ikke", "inte", "ikkje", "ekki").
 */
const northGermanic = ['da', 'sv', 'nb', 'no', 'nn', 'is'];

/** Negators of one language that are common words of others (Finnish "en", "et": French, Spanish, Dutch, Catalan), left out of the negators read when the language is unknown. */
const ambiguousAlone = new Set(['en', 'et']);
const allNegators = new Set(Object.values(negatorsByLanguage).flat().filter(word => !ambiguousAlone.has(word)));
const northGermanicNegators = new Set(northGermanic.flatMap(language => negatorsByLanguage[language] ?? []));
const setsByLanguage = new Map(Object.entries(negatorsByLanguage).map(([language, words]) => [language, northGermanic.includes(language) ? northGermanicNegators : new Set(words)]));

/** The negators of `language` (every listed language's when it is not listed). */
const negatorsFor = (language: string): ReadonlySet<string> => setsByLanguage.get(language) ?? allNegators;

const wordPattern = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*['’]?/gu;

/** English contractions negated by "-n't" ("didn't", "won’t"). */
const contracted = /n['’]t$/u;

/**
 * English words that negate the verb after them without a negator, counted with the negators when a row's two sides are
 * weighed (negationFacts), and shown as a fact's negator only where no explicit negator changed: Karttunen's negative implicative verbs ("failed to
 * attend" is "did not attend"; "declined to comment", "refused to", "neglected to"), "unable to", "yet to" ("has yet to
 * comment" is "has not yet commented") — each only before "to" and a verb (toAfter) — and "deny" ("denied that it had
 * lost" is "said it had not lost", review L16), wherever it stands. L. Karttunen, "Implicative verbs", Language 47(2),
 * 1971. So a copy that writes one for a negator says the same, no fact; a verb that gains a negator beside them still does.
 */
const implicitNegatives: ReadonlyMap<string, 'to' | 'any'> = new Map([
	...['fail', 'fails', 'failed', 'failing', 'decline', 'declines', 'declined', 'declining', 'refuse', 'refuses', 'refused', 'refusing', 'neglect', 'neglects', 'neglected', 'neglecting', 'unable', 'yet'].map(word => [word, 'to'] as const),
	...['deny', 'denies', 'denied', 'denying'].map(word => [word, 'any'] as const),
]);

/**
 * The verb "deny" in German, French, Spanish, Italian, Portuguese and Dutch, in the forms a news sentence writes it
 * (past, present, participle): "bestritt, dass er … unterschrieben habe" is "sagte, er habe nicht …", as English
 * "denied that" is (implicitNegatives; breaker13b N1). Read wherever it stands, as English "deny" is.
 */
const implicitDenials: Readonly<Record<string, ReadonlySet<string>>> = {
	de: new Set('bestritt bestreitet bestritten bestreiten dementierte dementiert dementierten dementieren leugnete leugnet geleugnet'.split(' ')),
	fr: new Set('nie nié niée nient nier nia démenti démentie dément démentent démentir'.split(' ')),
	es: new Set('negó niega negado negaron niegan negar desmintió desmiente desmentido'.split(' ')),
	it: new Set('nega negato negò negano negare smentito smentisce smentì'.split(' ')),
	pt: new Set('negou nega negado negam negar desmentiu desmente desmentido'.split(' ')),
	nl: new Set('ontkende ontkent ontkend ontkennen'.split(' ')),
};

/** The implicit negative `word` (lower case) is in `language`, and where it negates: before "to" and a verb, or anywhere. */
const implicitNegative = (word: string, language: string): 'to' | 'any' | undefined => (language === 'en' ? implicitNegatives.get(word) : implicitDenials[language]?.has(word) ? 'any' : undefined);
/**
 * "to" and a verb after an implicit negative ("declined to comment"): a word in lower case that no determiner, number
 * or quantity word opens ("declined to 5", "declined to a record low", "fell to the lowest" are falls, not refusals).
 */
const toAfter = /^\s+to\s+(?!(?:a|an|the|its|their|his|her|our|this|that|these|those|record|new|all|about|around|some|no|zero|nearly|almost|just|only|below|under|less|more|levels?|lows?|highs?)\b)\p{Ll}/u;

/**
 * Words from an explicit negator to an implicit negative it negates ("did not deny", "never failed to", "nobody
 * denied"): the two cancel, as a double negation does ("did not fail to attend" is "attended").
 */
const cancelReach = 3;

/** Whether `word` (lower case) is an explicit negator of `language`: listed, English "-n't", French "n'", a Turkish negated verb. */
const isNegator = (word: string, language: string): boolean =>
	negatorsFor(language).has(word) ||
	((language === 'en' || !setsByLanguage.has(language)) && contracted.test(word)) ||
	// French elision: "n'est" is the negator "n'" and "est".
	((language === 'fr' || !setsByLanguage.has(language)) && /^n['’]/u.test(word)) ||
	negatedVerb(word, language);

/** Whether an idiom's word `written` (lower case) is the text's word `word`: the same, or, written with a final apostrophe ("n'"), the start of an elided word ("n'a"). */
const idiomWord = (written: string, word: string): boolean => word === written || (/['’]$/u.test(written) && word.startsWith(written));

/** One word of a text as read for negators: its place, its lower-case form. */
type Word = {start: number; end: number; word: string};

/**
 * Whether the word at `at` of `words` is a negator that negates nothing: "No" before a figure ("No. 1", "No 10 Downing
 * Street": the number sign), or letters glued to a digit (a formula or code, "NO2", "NO₂", review L22).
 */
const notAWord = (words: readonly Word[], at: number, text: string): boolean => {
	const {start, end, word} = words[at]!;
	if (/\p{N}/u.test(text.charAt(end)) || (start > 0 && /\p{N}/u.test(text.charAt(start - 1)))) return true;
	// "No" without its stop is the number sign before a plain number or a rank ("No 10", "No 3-ranked"): before a code or
	// a compound ("No 5G masts", "No 24-hour service", "No 3D films") it is the negator (breaker13b N48).
	if (word !== 'no' || (text.charAt(end) !== '.' && text.charAt(start) !== 'N')) return false;
	// "No." with its stop before a figure is always the sign ("No. 3-ranked Georgia": review13b S8).
	if (text.charAt(end) === '.') return /^\.\s*\p{N}/u.test(text.slice(end, end + 8));
	return /^\s*\p{N}+(?:(?![\p{L}\p{N}-])|-(?:ranked|seeded|placed))/u.test(text.slice(end, end + 16));
};

/** The first words of a language's idioms (negatorIdiomsFor's list): written whole, and those written as an elided start ("n'"). */
type IdiomOpenings = {whole: ReadonlySet<string>; elided: readonly string[]};
const openingsOf = new WeakMap<readonly NegatorIdiom[], IdiomOpenings>();

/**
 * Whether `word` (lower case) is the first word of one of `idioms` as idiomWord reads it: the same word, or one that an
 * opening written with a final apostrophe starts ("n'" of "n'a"). No idiom matches where none opens, so markIdioms asks
 * this of each word before trying the idioms one by one. The openings of a list are gathered on its first use.
 */
export const opensIdiom = (idioms: readonly NegatorIdiom[], word: string): boolean => {
	let openings = openingsOf.get(idioms);
	if (!openings) {
		const whole = new Set<string>();
		const elided: string[] = [];
		for (const {words} of idioms) {
			const first = words[0];
			if (first === undefined) continue;
			if (/['’]$/u.test(first)) elided.push(first);
			else whole.add(first);
		}
		openings = {whole, elided};
		openingsOf.set(idioms, openings);
	}
	if (openings.whole.has(word)) return true;
	for (let k = 0; k < openings.elided.length; k++) if (word.startsWith(openings.elided[k]!)) return true;
	return false;
};

/**
 * Marks in `skip` the words of `words` that belong to a negator-built idiom of `language` (negator-idioms.ts): the
 * phrase's words in a row and, for a correlative, one of its second words within correlativeReach words after it,
 * before any other negator. Bounded by the idioms' count and correlativeReach per word.
 */
const markIdioms = (words: readonly Word[], language: string, skip: Uint8Array): void => {
	const idioms = negatorIdiomsFor(language);
	if (idioms.length === 0) return;
	for (let at = 0; at < words.length; at++) {
		// Most words open no idiom: one look-up instead of a test (and a closure) per idiom.
		if (!opensIdiom(idioms, words[at]!.word)) continue;
		for (const {words: phrase, closedBy} of idioms) {
			if (at + phrase.length > words.length || !phrase.every((written, k) => idiomWord(written, words[at + k]!.word))) continue;
			if (closedBy) {
				let closed = false;
				for (let k = at + phrase.length; k < Math.min(words.length, at + phrase.length + correlativeReach); k++) {
					const {word} = words[k]!;
					if ([...closedBy].some(written => idiomWord(written, word))) {
						closed = true;
						break;
					}
					if (isNegator(word, language)) break;
				}
				if (!closed) continue;
			}
			for (let k = at; k < at + phrase.length; k++) skip[k] = 1;
			break;
		}
	}
};

/** A negator read in a text: where it stands, and whether it is an implicit negative (implicitNegatives). */
export type Negator = {start: number; end: number; implicit: boolean};

/**
 * The negators of `text` in order (at most `bound` words read) and their count: the explicit negators of `language`
 * (isNegator), not those of a negator-built idiom (negator-idioms.ts), a formula or a number sign (notAWord); with
 * `implicit`, English implicit negatives too (implicitNegatives), an implicit negative within cancelReach words after
 * an explicit negator cancelling it (both left out of the count, as "did not fail to" is "did"). Linear in the words read.
 */
export const negatorsIn = (text: string, language: string, bound = 400, implicit = false): {negators: Negator[]; count: number} => {
	const words: Word[] = [];
	for (const match of text.matchAll(wordPattern)) {
		if (words.length >= bound) break;
		words.push({start: match.index, end: match.index + match[0].length, word: match[0].toLowerCase()});
	}
	const skip = new Uint8Array(words.length);
	markIdioms(words, language, skip);
	const negators: Negator[] = [];
	let count = 0;
	let lastExplicit = Number.NEGATIVE_INFINITY;
	for (let at = 0; at < words.length; at++) {
		if (skip[at]) continue;
		const {start, end, word} = words[at]!;
		const kind = implicit ? implicitNegative(word, language) : undefined;
		if (kind !== undefined && (kind === 'any' || toAfter.test(text.slice(end, end + 8)))) {
			negators.push({start, end, implicit: true});
			if (at - lastExplicit <= cancelReach) {
				count--;
				lastExplicit = Number.NEGATIVE_INFINITY;
			} else count++;
		} else if (isNegator(word, language) && !notAWord(words, at, text)) {
			negators.push({start, end, implicit: false});
			count++;
			lastExplicit = at;
		}
	}
	return {negators, count};
};

/**
 * How many negators `text` holds (words folded to lower case), at most `bound` words read; with `implicit`, English
 * implicit negatives (implicitNegatives) count as negators too, one cancelling an explicit negator before it (negatorsIn).
 */
export const negatorCount = (text: string, language: string, bound = 400, implicit = false): number => negatorsIn(text, language, bound, implicit).count;

/** The text of one side of ops[from..to] (their first start to their last end), white space folded; '' when that side has none. */
const phrase = (ops: readonly WordOp[], from: number, to: number, side: 'left' | 'right', text: string): string => {
	const span = opsSpan(ops, from, to + 1, side);
	return span ? text.slice(span.start, span.end).replace(/\s+/gu, ' ').trim() : '';
};

/** Words a changed run may hold on each side and still negate its sentence ("resigned" / "did not resign"); a longer one rewords or cuts it. */
const maxNegatedRun = 4;

const countWordsIn = (text: string): number => {
	let count = 0;
	for (const _ of text.matchAll(wordPattern)) if (++count > maxNegatedRun) break;
	return count;
};


/** Whether one of `negators` (offsets into the whole text) starts inside `span`. */
const holdsNegator = (negators: readonly Negator[], span: {start: number; end: number} | undefined): boolean => span !== undefined && negators.some(({start}) => start >= span.start && start < span.end);

/**
 * The first op holding an explicit negator in each run of changed ops (between equal ones) whose two sides hold a
 * different number of explicit negators ("نہ" → "نہیں", "not" → "never" is rewording: review L5), and at most
 * maxNegatedRun words on each side, in order: a negator inside a clause or sentence removed or added whole is a cut, not
 * the same statement negated. A run is measured with the runs next to it that only one equal word parts from it: a
 * short function word that both sides happen to share ("کو", "the") inside a long cut is no anchor of the same
 * statement. Negators are read in the row's whole sentences (negatorsIn), so the words of an idiom ("not only … but")
 * or a formula ("NO2") are none even when a run holds only part of them. Linear in the ops and the row's negators.
 */
const negatedHunks = (ops: readonly WordOp[], left: string, right: string, row: Row, language: string): number[] => {
	const offset = (negators: readonly Negator[], by: number) => negators.filter(negator => !negator.implicit).map(negator => ({...negator, start: negator.start + by}));
	const leftNegators = offset(negatorsIn(left.slice(row.left!.start, row.left!.end), language).negators, row.left!.start);
	const rightNegators = offset(negatorsIn(right.slice(row.right!.start, row.right!.end), language).negators, row.right!.start);
	const runs = changedRuns(ops).map(([start, end]) => {
		let first = -1;
		let leftText = '';
		let rightText = '';
		let balance = 0;
		for (let k = start; k < end; k++) {
			const op = ops[k]!;
			if (op.op === 'removed') leftText += ` ${left.slice(op.left.start, op.left.end)}`;
			else rightText += ` ${right.slice(op.right.start, op.right.end)}`;
			const [was, is] = [holdsNegator(leftNegators, sideOf(op, 'left')), holdsNegator(rightNegators, sideOf(op, 'right'))];
			balance += Number(was) - Number(is);
			if (first < 0 && (was || is)) first = k;
		}
		return {start, end, first, balance, words: [countWordsIn(leftText), countWordsIn(rightText)] as const};
	});
	// Runs one equal op apart, measured together.
	const group = runs.map(run => [...run.words]);
	for (let k = 1; k < runs.length; k++) {
		if (runs[k]!.start - runs[k - 1]!.end !== 1) continue;
		for (const side of [0, 1] as const) group[k]![side] = group[k - 1]![side] = group[k - 1]![side]! + runs[k]!.words[side];
	}
	for (let k = runs.length - 2; k >= 0; k--) if (runs[k + 1]!.start - runs[k]!.end === 1) for (const side of [0, 1] as const) group[k]![side] = Math.max(group[k]![side]!, group[k + 1]![side]!);
	const found: number[] = [];
	runs.forEach((run, k) => {
		if (run.first >= 0 && run.balance !== 0 && group[k]![0]! <= maxNegatedRun && group[k]![1]! <= maxNegatedRun) found.push(run.first);
	});
	return found;
};

/**
 * Where a sentence's clauses part, by language: a semicolon, or a coordinating or contrasting conjunction between
 * clauses ("found Smith guilty and Jones not guilty", "Smith did not sign, but Jones did"). Others: a semicolon only.
 */
const clauseWords: Readonly<Record<string, readonly string[]>> = {
	en: ['and', 'but', 'while', 'whereas'],
	de: ['und', 'aber', 'doch', 'während'],
	fr: ['et', 'mais', 'tandis'],
	es: ['y', 'pero', 'mientras'],
	it: ['e', 'ma', 'mentre'],
	pt: ['e', 'mas', 'enquanto'],
	nl: ['en', 'maar', 'terwijl'],
};
/** Each language's clause separator: a separator starts at the first space or comma of a run only, so a run of white space is read once, not from each of its spaces (review R25: quadratic). */
const clausePatterns = new Map(Object.entries(clauseWords).map(([language, words]) => [language, new RegExp(`;|(?<![\\s,])[,\\s]+(?:${words.join('|')})\\s`, 'iu')]));

/** The negators of each clause of `text` (clauseWords), implicit negatives counted. */
const clauseCounts = (text: string, language: string): number[] => text.split(clausePatterns.get(language) ?? /;/u).map(clause => negatorCount(clause, language, undefined, true));

/** A clause's words without its negators, lower-cased, joined by one space: what must stay for a negator to have moved, not the sentence to have been reworded. */
const withoutNegators = (clause: string, language: string): string =>
	[...clause.toLowerCase().matchAll(wordPattern)].map(match => match[0]).filter(word => !isNegator(word, language)).join(' ');

/**
 * Whether two sides of a row negate other clauses while holding as many negators in all, the rest of every clause the
 * same: a negator moved from one person to another ("Smith guilty and Jones not guilty" / "Smith not guilty and Jones
 * guilty"). A sentence reordered ("Not invited were Smith and Jones" / "Smith and Jones were not invited") is not.
 */
const movedAcrossClauses = (leftSpan: string, rightSpan: string, language: string): boolean => {
	const pattern = clausePatterns.get(language) ?? /;/u;
	const leftClauses = leftSpan.split(pattern);
	const rightClauses = rightSpan.split(pattern);
	if (leftClauses.length < 2 || leftClauses.length !== rightClauses.length) return false;
	if (leftClauses.some((clause, k) => withoutNegators(clause, language) !== withoutNegators(rightClauses[k]!, language))) return false;
	const a = clauseCounts(leftSpan, language);
	const b = clauseCounts(rightSpan, language);
	return a.some((count, k) => count !== b[k]);
};

/** Words after a negator that make its idiom a bound ("no less than 40"): boundFacts' and the figures' to read. */
const boundComparatives: ReadonlySet<string> = new Set(['less', 'fewer', 'more', 'weniger', 'mehr', 'moins', 'plus', 'menos', 'más', 'meno', 'più', 'mais', 'minder', 'meer', 'менее', 'более']);

/**
 * The first op of a run of changed ops that only removes or only adds explicit negators of `language` before a word both
 * sides keep, or -1: where the two sides' counts are equal, such a negator was an idiom's (negator-idioms.ts: "no doubt",
 * "not least"), and its idiom lost or gained it while keeping its other words ("There is no doubt" → "There is doubt"),
 * which reverses the claim the idiom made. A bound's ("no less than 40" → "less than 40") is the figures'. Linear in the ops.
 */
const idiomNegatorDropped = (ops: readonly WordOp[], left: string, right: string, row: Row, language: string): number => {
	// Where each side's counted negators start: a negator not among them is an idiom's (or a number sign's).
	let counted: {left: Set<number>; right: Set<number>} | undefined;
	const countedAt = () =>
		(counted ??= {
			left: new Set(negatorsIn(left.slice(row.left!.start, row.left!.end), language).negators.map(negator => negator.start + row.left!.start)),
			right: new Set(negatorsIn(right.slice(row.right!.start, row.right!.end), language).negators.map(negator => negator.start + row.right!.start)),
		});
	for (const [start, end] of changedRuns(ops)) {
		const next = ops[end];
		if (next?.op !== 'equal') continue;
		const side = ops[start]!.op === 'removed' ? 'left' : 'right';
		const text = side === 'left' ? left : right;
		const oneSide = ops.slice(start, end).every(op => op.op === ops[start]!.op);
		if (!oneSide || end - start > 2) continue;
		const spans = ops.slice(start, end).map(op => sideOf(op, side)!);
		if (!spans.every(span => isNegator(text.slice(span.start, span.end).toLowerCase(), language))) continue;
		const nextWord = left.slice(next.left.start, next.left.end).toLowerCase();
		if (!/^\p{L}/u.test(nextWord) || boundComparatives.has(nextWord)) continue;
		if (spans.some(span => countedAt()[side].has(span.start))) continue;
		return start;
	}
	return -1;
};

/** Equal words of context kept before and after the changed words in a negation fact's phrases. */
const contextBefore = 2;
const contextAfter = 1;

/** A negation fact of row `row` shown on ops[first..last] with contextBefore equal ops before them and contextAfter after, each side's words as written. */
const negationAround = (ops: readonly WordOp[], first: number, last: number, left: string, right: string, row: number): Fact => {
	let from = first;
	for (let equal = 0; from > 0 && equal < contextBefore; ) if (ops[--from]!.op === 'equal') equal++;
	let to = last;
	for (let equal = 0; to + 1 < ops.length && equal < contextAfter; ) if (ops[++to]!.op === 'equal') equal++;
	return {kind: 'negation', left: phrase(ops, from, to, 'left', left) || null, right: phrase(ops, from, to, 'right', right) || null, row};
};

/**
 * The negation facts of a comparison's rows (kind `negation`): one per paired row (not rewritten, compared word by
 * word) whose two sides hold a different number of negators, implicit negatives counted (implicitNegatives), or as
 * many but in other clauses (movedAcrossClauses: then one fact for each changed run that holds a negator), `left` and `right` the words around the first changed
 * run that holds one, of at most maxNegatedRun words each side (contextBefore equal words before it, contextAfter after): "him guilty on" → "him not guilty on".
 * A row where one of `others` (the row's other facts) gains or loses a negator itself (a quotation, "no" read as zero)
 * has no negation fact of its own. Linear in the rows' ops; each row's words read at most once per side.
 */
export const negationFacts = (left: string, right: string, rows: readonly Row[], language = 'en', others: readonly Fact[] = []): Fact[] => {
	const facts: Fact[] = [];
	// Rows where another fact carries the negator already (a quotation "Not guilty." → "Guilty.", "no fire exits" → "two"): not twice.
	const carried = new Set(others.filter(fact => negatorCount(fact.left ?? '', language) !== negatorCount(fact.right ?? '', language)).map(fact => fact.row));
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (!row.left || !row.right || row.rewritten || row.kind === 'same' || row.kind === 'boilerplate' || carried.has(index)) continue;
		// Implicit negatives weighed too: "failed to attend" / "did not attend" is one statement.
		const leftSpan = left.slice(row.left.start, row.left.end);
		const rightSpan = right.slice(row.right.start, row.right.end);
		const leftCount = negatorCount(leftSpan, language, undefined, true);
		const rightCount = negatorCount(rightSpan, language, undefined, true);
		// As many negators on both sides: rewording ("did not" / "never"), unless one moved to another clause, or an idiom's
		// own negator went and its other words stayed ("There is no doubt" → "There is doubt": breaker13b N28).
		const moved = leftCount === rightCount && leftCount > 0 && movedAcrossClauses(leftSpan, rightSpan, language);
		if (leftCount === rightCount && !moved) {
			const dropped = idiomNegatorDropped(row.ops, left, right, row, language);
			if (dropped >= 0) facts.push(negationAround(row.ops, dropped, dropped, left, right, index));
			continue;
		}
		// A negator that turns an outcome into the one the other side states says the same ("rose" / "did not fall; rose").
		if (!moved && sameOutcomesNegated(leftSpan, rightSpan, language)) continue;
		const {ops} = row;
		// Shown on an explicit negator that changed. An implicit negative alone that went is no fact: "denied that" → "rejected
		// claims that", "disputed that" word the same denial (breaker14b Q1), and no closed list tells them from "admitted".
		const hunks = negatedHunks(ops, left, right, row, language);
		// A negator moved between clauses turns each: a fact for each run that holds one.
		for (const at of moved ? hunks : hunks.slice(0, 1)) facts.push(negationAround(ops, at, at, left, right, index));
	}
	return facts;
};

/**
 * Outcomes news reports, each as two opposite sides, by language (folded to lower case): a court's verdict
 * ("acquitted" / "convicted", "guilty" / "innocent"), a vote ("approved" / "rejected"), a contest ("won" / "lost"), an
 * official answer ("confirmed" / "denied"), a trend ("rose" / "fell"). A closed class kept small on purpose: the verbs and
 * adjectives whose opposite reverses the report while the sentence stays word for word the same, in the forms a news
 * sentence writes them (past, present, participle, the noun of the verdict); not every antonym of the language.
 */
const outcomesByLanguage: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
	en: [
		['confirmed confirms confirm confirming', 'denied denies deny denying'],
		// A verdict: "found guilty" is convicted, "cleared" and "found innocent" acquitted.
		['acquitted acquits acquit acquittal cleared innocent', 'convicted convicts convict conviction guilty'],
		['approved approves approve approval', 'rejected rejects reject rejection'],
		['won wins win winning', 'lost loses lose losing'],
		['rose rises rise risen rising increased increases', 'fell falls fall fallen falling decreased decreases'],
	],
	de: [
		['bestätigt bestätigte bestätigten', 'dementiert dementierte dementierten bestritten bestritt'],
		['freigesprochen freispruch', 'verurteilt verurteilung'],
		['schuldig', 'unschuldig'],
		['angenommen gebilligt billigte', 'abgelehnt lehnte'],
		['gewonnen gewann gewinnt', 'verloren verlor verliert'],
		['gestiegen stieg steigt', 'gesunken sank sinkt gefallen fiel fällt'],
	],
	fr: [
		['confirmé confirmée confirme', 'démenti démentie dément nié niée nie'],
		['acquitté acquittée acquittement', 'condamné condamnée condamnation'],
		['coupable', 'innocent innocente'],
		['approuvé approuvée adopté adoptée', 'rejeté rejetée'],
		['gagné gagne remporté', 'perdu perd'],
		['augmenté hausse', 'baissé diminué baisse'],
	],
	es: [
		['confirmó confirmado confirma', 'negó negado niega desmintió desmentido'],
		['absuelto absuelta absolvió', 'condenado condenada condenó'],
		['culpable', 'inocente'],
		['aprobó aprobado aprobada aprueba', 'rechazó rechazado rechazada rechaza'],
		['ganó ganado gana', 'perdió perdido pierde'],
		['subió subido sube aumentó', 'bajó bajado baja disminuyó'],
	],
	it: [
		['confermato confermata conferma', 'smentito smentita smentisce negato'],
		['assolto assolta', 'condannato condannata'],
		['colpevole', 'innocente'],
		['approvato approvata', 'respinto respinta bocciato bocciata'],
		['vinto vince', 'perso perde'],
	],
	pt: [
		['confirmou confirmado confirma', 'negou negado nega desmentiu'],
		['absolvido absolvida', 'condenado condenada'],
		['culpado culpada', 'inocente'],
		['aprovou aprovado aprovada', 'rejeitou rejeitado rejeitada'],
		['venceu ganhou', 'perdeu'],
	],
	nl: [
		['bevestigd bevestigde', 'ontkend ontkende'],
		['vrijgesproken', 'veroordeeld'],
		['schuldig', 'onschuldig'],
		['aangenomen goedgekeurd', 'verworpen afgewezen'],
		['gewonnen won', 'verloren verloor'],
	],
};

/** Each language's outcome words, to their outcome (an index in its list) and side (0 or 1). */
const outcomeWords = new Map(
	Object.entries(outcomesByLanguage).map(([language, pairs]) => [
		language,
		new Map(pairs.flatMap(([one, other], outcome) => [...one.split(' ').map(word => [word, `${outcome}:0`] as const), ...other.split(' ').map(word => [word, `${outcome}:1`] as const)])),
	]),
);

/** The outcome sides written in `text` (its words looked up in `words`), as "outcome:side". */
const outcomesIn = (text: string, words: ReadonlyMap<string, string>): Set<string> => {
	const found = new Set<string>();
	for (const match of text.matchAll(wordPattern)) {
		const side = words.get(match[0].toLowerCase());
		if (side !== undefined) found.add(side);
	}
	return found;
};

/** The other side of an outcome side ("3:0" → "3:1"). */
export const opposite = (side: string): string => `${side.slice(0, -1)}${side.endsWith('0') ? '1' : '0'}`;

/** Words before an outcome word whose negators turn it ("did not deny", "denied that it had lost"). */
const negatedOutcomeReach = 6;

/**
 * The outcome sides a sentence holds: each outcome word's side, or its other side when an odd number of negators of
 * `language` (explicit, or English "deny" and the other implicit negatives) stand within negatedOutcomeReach words before
 * it in its clause (no mark or clause conjunction, clauseWords, between them). "did not deny the report" holds the side of "confirmed", "denied that it had lost" that of "won", as "insisted it had
 * not lost" does (review L16); "did not deny that it had lost" that of "lost". Linear in the sentence.
 */
const sentenceOutcomes = (text: string, words: ReadonlyMap<string, string>, language: string): Set<string> => {
	const negators = new Set(negatorsIn(text, language, undefined, true).negators.map(negator => negator.start));
	const found = new Set<string>();
	// The ordinals of the negators read so far, the last negatedOutcomeReach words' only.
	const recent: number[] = [];
	const parting = new Set(clauseWords[language] ?? []);
	let ordinal = 0;
	let previousEnd = 0;
	for (const match of text.matchAll(wordPattern)) {
		// A negator turns the words of its own clause only: none after a mark or a conjunction between clauses.
		if (/[;:,.!?—–]/u.test(text.slice(previousEnd, match.index)) || parting.has(match[0].toLowerCase())) recent.length = 0;
		previousEnd = match.index + match[0].length;
		while (recent.length > 0 && ordinal - recent[0]! > negatedOutcomeReach) recent.shift();
		const side = words.get(match[0].toLowerCase());
		if (side !== undefined) found.add(recent.length % 2 === 1 ? opposite(side) : side);
		if (negators.has(match.index)) recent.push(ordinal);
		ordinal++;
	}
	return found;
};

/**
 * Whether two sentences hold the same outcome sides once a negator turns the outcome after it (sentenceOutcomes) but
 * other ones read word by word: the negator that one gained or lost turns an outcome into the one the other states
 * ("Prices rose sharply" / "Prices did not fall; they rose sharply", "did not win" / "lost": breaker12b L2), no fact.
 */
const sameOutcomesNegated = (leftSpan: string, rightSpan: string, language: string): boolean => {
	const words = outcomeWords.get(language) ?? outcomeWords.get('en')!;
	const [before, after] = [sentenceOutcomes(leftSpan, words, language), sentenceOutcomes(rightSpan, words, language)];
	if (before.size === 0 || before.size !== after.size || ![...before].every(side => after.has(side))) return false;
	const [plainBefore, plainAfter] = [outcomesIn(leftSpan, words), outcomesIn(rightSpan, words)];
	return plainBefore.size !== plainAfter.size || ![...plainBefore].every(side => plainAfter.has(side));
};

/**
 * The reversed outcomes of a comparison's rows, as `negation` facts: a paired row (not rewritten, compared word by word)
 * whose left sentence holds one side of an outcome of `language` (outcomesByLanguage; English where the language has none
 * listed) and not its other, and whose right sentence holds only the other (sentenceOutcomes: a side under a negator is
 * the other one), "the ministry confirmed the report" / "the ministry denied the report", "acquitted" / "convicted"; shown on
 * its first run of changed words (between equal ones, at most maxNegatedRun words each side) that holds an outcome word,
 * with its context, one per row. A row that has a negation fact among `others`
 * (the comparison's other facts) has none, nor a reversal that another fact of the row holds ("rose 5 percent" → "fell 5
 * percent", a figure's sign). Linear in the ops and the row's facts.
 */
export const reversalFacts = (left: string, right: string, rows: readonly Row[], language = 'en', others: readonly Fact[] = []): Fact[] => {
	const words = outcomeWords.get(language) ?? outcomeWords.get('en')!;
	const negated = new Set(others.filter(fact => fact.kind === 'negation').map(fact => fact.row));
	const facts: Fact[] = [];
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (!row.left || !row.right || row.rewritten || row.kind === 'same' || row.kind === 'boilerplate' || negated.has(index)) continue;
		const {ops} = row;
		// The first run that changed an outcome word, shown with its context; none, no reversal.
		const run = changedRuns(ops).find(([start, end]) => {
			const leftText = phrase(ops, start, end - 1, 'left', left);
			const rightText = phrase(ops, start, end - 1, 'right', right);
			return outcomesIn(leftText, words).size + outcomesIn(rightText, words).size > 0 && countWordsIn(leftText) <= maxNegatedRun && countWordsIn(rightText) <= maxNegatedRun;
		});
		if (!run) continue;
		// Judged on the whole sentences: an outcome the other side still holds moved (clauses swapped, "lost … but won" /
		// "won … but lost", review L2), and one under a negator is its other side ("did not deny").
		const [before, after] = [sentenceOutcomes(left.slice(row.left.start, row.left.end), words, language), sentenceOutcomes(right.slice(row.right.start, row.right.end), words, language)];
		// A fact of the row that holds the outcome already ("rose 5 percent" → "fell 5 percent", a figure's sign) says it.
		const carried = (side: string) => others.some(fact => fact.row === index && outcomesIn(fact.left ?? '', words).has(side));
		if ([...before].some(side => !after.has(side) && after.has(opposite(side)) && !before.has(opposite(side)) && !carried(side))) facts.push(negationAround(ops, run[0], run[1] - 1, left, right, index));
	}
	return facts;
};

/**
 * Which way a bound before a figure points: at least (the figure or above it), at most (the figure or below it),
 * nearly (just below it: "almost 40" is under 40), or about (either side).
 */
type Bound = 'least' | 'most' | 'nearly' | 'about';

/** The side of its figure a bound puts the amount on: above, below, or either (`about`). "Nearly" and "at most" are below alike. */
const sideOfBound = (bound: Bound): 'above' | 'below' | 'either' => (bound === 'least' ? 'above' : bound === 'about' ? 'either' : 'below');

/**
 * Bounds written before a figure, folded, by the way they point ("at least 12", "more than 12", "up to 12",
 * "nearly 12", "about 12"), in English, German, French, Spanish, Italian, Portuguese, Dutch, Russian and Polish.
 */
const bounds = new Map<string, Bound>([
	...['at least', 'more than', 'over', 'above', 'upwards of', 'no fewer than', 'no less than', 'mindestens', 'mehr als', 'über', 'au moins', 'plus de', 'al menos', 'más de', 'almeno', 'più di', 'pelo menos', 'mais de', 'ten minste', 'minstens', 'meer dan', 'не менее', 'более', 'свыше', 'больше', 'ponad', 'co najmniej', 'powyżej'].map(word => [word, 'least'] as const),
	...['at most', 'fewer than', 'less than', 'under', 'below', 'up to', 'no more than', 'höchstens', 'weniger als', 'unter', 'bis zu', 'au plus', 'moins de', "jusqu'à", 'jusqu’à', 'como máximo', 'menos de', 'hasta', 'al massimo', 'meno di', 'fino a', 'no máximo', 'até', 'hoogstens', 'minder dan', 'tot', 'не более', 'менее', 'меньше', 'до', 'maksymalnie', 'mniej niż', 'do'].map(word => [word, 'most'] as const),
	// German "gut 80" is a little over 80 ("knapp 80" just under).
	...['gut'].map(word => [word, 'least'] as const),
	...['nearly', 'almost', 'just under', 'just short of', 'fast', 'knapp', 'beinahe', 'nahezu', 'presque', 'près de', 'casi', 'quasi', 'quase', 'bijna', 'почти', 'prawie'].map(word => [word, 'nearly'] as const),
	...['about', 'around', 'roughly', 'approximately', 'some', 'close to', 'etwa', 'rund', 'ungefähr', 'circa', 'environ', 'unos', 'unas', 'cerca de', 'ongeveer', 'около', 'примерно', 'około'].map(word => [word, 'about'] as const),
	// Comparison signs, as data, health and environment copy writes limits ("<5%", "≥ 10 ppm", "~40"): "<" and "≤" alike at most.
	...['>', '≥', '>=', '⩾'].map(word => [word, 'least'] as const),
	...['<', '≤', '<=', '⩽'].map(word => [word, 'most'] as const),
	...['~', '≈', '∼'].map(word => [word, 'about'] as const),
]);

/**
 * Bounds written after a figure, folded, by the way they point ("$80m or less", "80 million euros at most", "80 Mio. Euro
 * oder mehr"), in English, German, French, Spanish, Italian, Portuguese and Dutch (breaker13b N6).
 */
const boundsAfter = new Map<string, Bound>([
	...['or more', 'or above', 'or over', 'or higher', 'and over', 'and above', 'and up', 'at least', 'or greater', 'oder mehr', 'und mehr', 'mindestens', 'ou plus', 'au moins', 'o más', 'como mínimo', 'al menos', 'o più', 'almeno', 'ou mais', 'pelo menos', 'of meer', 'minstens'].map(word => [word, 'least'] as const),
	...['or less', 'or fewer', 'or below', 'or under', 'or lower', 'and under', 'and below', 'at most', 'oder weniger', 'höchstens', 'ou moins', 'au plus', 'au maximum', 'o menos', 'como máximo', 'o meno', 'al massimo', 'ou menos', 'no máximo', 'of minder', 'hoogstens'].map(word => [word, 'most'] as const),
]);

/** Ops between a figure's digits and a bound written after it, at most: its scale, its currency or unit and their stops ("80 Mio. Euro oder mehr"). */
const opsBeforeBoundAfter = 4;

/** Words of a bound, at most ("no fewer than", "как минимум"). */
const boundWords = 3;

/** The bound the words before a figure end with (its longest suffix of at most boundWords words in `bounds`), and those words. */
const boundBefore = (words: readonly string[]): [Bound, string] | undefined => {
	for (let n = Math.min(boundWords, words.length); n >= 1; n--) {
		const written = words.slice(words.length - n).join(' ');
		const bound = bounds.get(written.toLowerCase());
		if (bound !== undefined) return [bound, written];
	}
	return undefined;
};

/**
 * The bound the text before a figure ends with ("… at least ", "… fewer than "), read as boundFacts reads one: the side of the
 * figure it puts the amount on (sideOfBound) and its words as written; undefined when none. For a figure written two ways
 * ("12" / "twelve"), whose words the word diff does not pair (facts.ts changedFigures).
 */
export const boundEnding = (text: string): {side: 'above' | 'below' | 'either'; written: string} | undefined => {
	const found = boundBefore(text.split(/\s+/u).filter(Boolean).slice(-boundWords));
	return found && {side: sideOfBound(found[0]), written: found[1]};
};

const startsWithDigit = /^\p{N}/u;

/** The words of one side of ops[from..to), in order (each op's text split at white space). */
const wordsOf = (ops: readonly WordOp[], from: number, to: number, side: 'left' | 'right', text: string): string[] => {
	const words: string[] = [];
	for (let k = from; k < to; k++) {
		const span = sideOf(ops[k]!, side);
		if (span) words.push(...text.slice(span.start, span.end).split(/\s+/u).filter(Boolean));
	}
	return words;
};

/**
 * The bound written after the figure whose digits are ops[k] on one side (boundsAfter), within opsBeforeBoundAfter ops of
 * words or stops after them (its scale and unit: "80 million euros at most"), and where its words end in `text`. No mark
 * but a stop may stand between ("80m, or more" is another clause's).
 */
const boundAfter = (ops: readonly WordOp[], k: number, side: 'left' | 'right', text: string): [Bound, number] | undefined => {
	const tokens: Array<{word: string; end: number}> = [];
	for (let j = k + 1; j < ops.length && tokens.length < opsBeforeBoundAfter + 2; j++) {
		const span = sideOf(ops[j]!, side);
		if (span) tokens.push({word: text.slice(span.start, span.end).toLowerCase(), end: span.end});
	}
	for (let at = 0; at <= Math.min(opsBeforeBoundAfter, tokens.length - 1); at++) {
		for (const n of [2, 1]) {
			const bound = at + n <= tokens.length ? boundsAfter.get(tokens.slice(at, at + n).map(token => token.word).join(' ')) : undefined;
			if (bound !== undefined) return [bound, tokens[at + n - 1]!.end];
		}
		if (!/^(?:\p{L}+|[.$€£¥%])$/u.test(tokens[at]!.word)) return undefined;
	}
	return undefined;
};

/** Ops of a currency written before the digits, at most ("US" "$"). */
const currencyOps = 2;

/**
 * How many equal ops just before ops[k] (a figure's first digits) write a currency before them (isCurrencyBefore:
 * "$", "US" "$", "USD"), longest first; 0 for none.
 */
const currencyOpsBefore = (ops: readonly WordOp[], k: number, left: string): number => {
	for (let n = Math.min(currencyOps, k); n >= 1; n--) {
		const first = ops[k - n]!;
		const last = ops[k - 1]!;
		if (first.op !== 'equal' || last.op !== 'equal') continue;
		if (isCurrencyBefore(left.slice(first.left.start, last.left.end).replace(/\s+/gu, ''))) return n;
	}
	return 0;
};

/**
 * Figures whose bound was turned another way in a paired row (not rewritten), as `number` facts: "at least 12" →
 * "at most 12", "more than 500" → "fewer than 500", "nearly 40" → "over 40" (sideOfBound: below the figure, then
 * above it); "about 40" → "up to 40" is none (about is either side). The figure is equal on both sides, so
 * the figures' own comparison (facts.ts) sees nothing, but the claim is another. The bound is read in the words of
 * the few ops before the figure's first digits on each side, else in those after its scale and unit (boundsAfter: "$80m or less",
 * "80 Mio. Euro oder mehr"), where the word diff changed at least one. Linear in the ops.
 */
export const boundFacts = (left: string, right: string, rows: readonly Row[]): Fact[] => {
	const facts: Fact[] = [];
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (!row.left || !row.right || row.rewritten || row.kind === 'same' || row.kind === 'boilerplate') continue;
		const {ops} = row;
		for (let k = 1; k < ops.length; k++) {
			const op = ops[k]!;
			if (op.op !== 'equal' || !startsWithDigit.test(left.slice(op.left.start, op.left.end))) continue;
			// A currency written before the digits, the same on both sides ("more than $80 million", "at least USD 80"), stands
			// between the bound and the figure: the bound is read before it.
			const currency = currencyOpsBefore(ops, k, left);
			const figureAt = k - currency;
			const from = Math.max(0, figureAt - (boundWords + 2));
			const to = Math.min(ops.length, k + 1 + opsBeforeBoundAfter + 2);
			let changed = false;
			for (let j = from; j < to; j++) if (j !== k && ops[j]!.op !== 'equal') changed = true;
			if (!changed) continue;
			// The figure as written from its currency, after its bound and the space between them, if any ("more than $80", "<5").
			const written = (side: 'left' | 'right', text: string, bound: string) => {
				const start = sideOf(ops[figureAt]!, side)!.start;
				return `${bound}${/\s/u.test(text[start - 1] ?? ' ') ? ' ' : ''}${text.slice(start, sideOf(op, side)!.end)}`;
			};
			// A bound before the figure, else one after it ("more than $80m" / "$80m or less"), and the figure as written with it.
			const read = (side: 'left' | 'right', text: string): [Bound, string] | undefined => {
				const before = boundBefore(wordsOf(ops, from, figureAt, side, text));
				if (before) return [before[0], written(side, text, before[1])];
				const after = boundAfter(ops, k, side, text);
				return after && [after[0], `${text.slice(sideOf(ops[figureAt]!, side)!.start, after[1])}`];
			};
			const before = read('left', left);
			const after = read('right', right);
			// "At least" against "at most", "nearly" against "over": the amount went to the figure's other side. "About" against
			// either is vaguer, not the other way ("al menos 5" / "unas 5"); "nearly" against "under" is below alike.
			if (before === undefined || after === undefined) continue;
			const [was, is] = [sideOfBound(before[0]), sideOfBound(after[0])];
			if (was === is || was === 'either' || is === 'either') continue;
			facts.push({kind: 'number', left: before[1], right: after[1], row: index});
		}
	}
	return facts;
};
