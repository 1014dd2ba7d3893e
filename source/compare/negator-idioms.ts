/**
 * Fixed phrases built on a negator that negate nothing, by language: the negator is part of a connective, an adverb or
 * a quantifier whose meaning is positive, so a copy that writes the phrase another way ("not only … but also" → "and
 * also", "لا سيما" → "خاصة", "тем не менее" → "однако") says the same. Their negators are not counted (polarity.ts).
 *
 * Sources: the additive correlative "not only X but (also) Y" asserts X and Y (Quirk, Greenbaum, Leech & Svartvik, *A
 * Comprehensive Grammar of the English Language*, 1985, §13.33; Haspelmath, "Coordination", 2007, §2.4 on emphatic
 * coordination, with the same construction across European languages: "nicht nur … sondern auch", "non seulement …
 * mais", "no solo … sino", "non solo … ma", "не только … но и" …); the others are lexicalised phrases that the
 * language's dictionaries give as one entry with a positive sense (Wiktionary and the Oxford, Duden, Larousse, RAE
 * and Hans Wehr dictionaries): English "no doubt" (probably), "not least" (notably), "none other than", "nothing but"
 * (only), "not to mention", "whether or not", "no matter", "no less than"/"no more than" (bounds, read with their
 * figure by boundFacts); Spanish "no obstante" and Russian "тем не менее" (nevertheless), Italian "non appena" (as soon
 * as), Russian "не раз" and Hebrew "לא פעם" (more than once), Arabic "لا سيما" (especially), "لا بد" (it is
 * necessary), "لا يزال" (still), "لا شك" (no doubt). Left out as too wide (review13 R2, R3): French "ne … que" (only),
 * whose "que" also opens any clause after a real negation ("ne fermera plus, a dit le ministre qui a confirmé que …"),
 * and "not the first time", which "It is the first time" turns.
 *
 * Each idiom is its words as written (lower case; the first word need not be the negator; a word ending in an apostrophe,
 * French "n'", is the start of an elided word: "n'a"), and for a correlative the
 * words one of which must follow it in the same sentence ("not only" is an additive only with its "but", "also" or
 * "too" after it: "Not only Smith was charged" → "Only Smith was charged" is a negation). Kept small on purpose:
 * litotes ("not unexpected") and negative polarity items keep their negator, since dropping one does turn the claim.
 * A copy that drops only the phrase's negator and keeps the rest ("there is no doubt" → "there is doubt") reverses it:
 * polarity.ts reads that on the word diff's runs (a run that only removes or adds the negator: breaker13b N28).
 */
export type NegatorIdiom = {
	/** The phrase's words, lower case, as consecutive words of the text. */
	readonly words: readonly string[];
	/** For a correlative: the words one of which must follow the phrase, before another negator, within correlativeReach words. */
	readonly closedBy?: ReadonlySet<string>;
};

/** Words after a correlative's opening ("not only") within which its second part ("but also") must come. */
export const correlativeReach = 30;

const idiom = (phrase: string, closedBy?: string): NegatorIdiom => ({words: phrase.split(' '), ...(closedBy ? {closedBy: new Set(closedBy.split(' '))} : {})});

const idiomsByLanguage: Readonly<Record<string, readonly NegatorIdiom[]>> = {
	en: [
		idiom('not only', 'but also too'),
		idiom('not just', 'but also too'),
		idiom('not merely', 'but also too'),
		idiom('no doubt'),
		idiom('not least'),
		idiom('none other than'),
		idiom('nothing but'),
		idiom('not to mention'),
		idiom('or not'),
		idiom('no matter'),
		idiom('none the less'),
		idiom('no less than'),
		idiom('no fewer than'),
		idiom('no more than'),
	],
	de: [idiom('nicht nur', 'sondern auch'), idiom('nicht zuletzt'), idiom('oder nicht')],
	fr: [idiom('non seulement', 'mais aussi également'), idiom("n'importe"), idiom('n’importe'), idiom('ou non'), idiom('ou pas')],
	es: [idiom('no solo', 'sino también'), idiom('no sólo', 'sino también'), idiom('no solamente', 'sino también'), idiom('no obstante'), idiom('o no')],
	it: [idiom('non solo', 'ma bensì anche'), idiom('non soltanto', 'ma bensì anche'), idiom('non appena')],
	pt: [idiom('não só', 'mas como também'), idiom('não apenas', 'mas como também'), idiom('não somente', 'mas como também'), idiom('não obstante'), idiom('ou não')],
	nl: [idiom('niet alleen', 'maar ook'), idiom('niet in de laatste plaats'), idiom('al dan niet'), idiom('of niet')],
	ru: [idiom('не только', 'но а также'), idiom('не столько', 'сколько'), idiom('тем не менее'), idiom('не раз'), idiom('не менее'), idiom('не более')],
	uk: [idiom('не тільки', 'але а й також'), idiom('не лише', 'але а й також'), idiom('тим не менше'), idiom('тим не менш'), idiom('не раз')],
	bg: [idiom('не само', 'но а и')],
	pl: [idiom('nie tylko', 'ale lecz także również')],
	ro: [idiom('nu numai', 'ci dar și'), idiom('nu doar', 'ci dar și')],
	hu: [idiom('nem csak', 'hanem is')],
	el: [idiom('όχι μόνο', 'αλλά και')],
	sv: [idiom('inte bara', 'utan också även'), idiom('inte minst')],
	da: [idiom('ikke kun', 'men også'), idiom('ikke bare', 'men også'), idiom('ikke mindst')],
	nb: [idiom('ikke bare', 'men også'), idiom('ikke minst'), idiom('ikkje berre', 'men òg også'), idiom('ikkje minst')],
	no: [idiom('ikke bare', 'men også'), idiom('ikke minst'), idiom('ikkje berre', 'men òg også'), idiom('ikkje minst')],
	fi: [idiom('ei vain', 'vaan myös'), idiom('ei ainoastaan', 'vaan myös'), idiom('ei pelkästään', 'vaan myös')],
	id: [idiom('tidak hanya', 'tetapi tapi namun melainkan juga'), idiom('bukan hanya', 'tetapi tapi namun melainkan juga'), idiom('tak hanya', 'tetapi tapi namun melainkan juga')],
	ms: [idiom('tidak hanya', 'tetapi tapi namun malah juga'), idiom('bukan hanya', 'tetapi tapi namun malah juga'), idiom('tak hanya', 'tetapi tapi namun malah juga')],
	ar: [idiom('لا سيما'), idiom('لا سيّما'), idiom('لا بد'), idiom('لا بدّ'), idiom('لا يزال'), idiom('لا تزال'), idiom('لا يزالون'), idiom('لم يزل'), idiom('لم تزل'), idiom('لا شك'), idiom('ليس فقط', 'بل وإنما')],
	fa: [idiom('نه تنها', 'بلکه'), idiom('نه فقط', 'بلکه')],
	ur: [idiom('نہ صرف', 'بلکہ'), idiom('نہ صرف', 'بل')],
	hi: [idiom('न केवल', 'बल्कि'), idiom('न सिर्फ', 'बल्कि'), idiom('न सिर्फ़', 'बल्कि')],
	he: [idiom('לא רק', 'אלא'), idiom('לא פעם'), idiom('אין ספק')],
};

/** The negator-built idioms of `language` (none when it has none listed). */
export const negatorIdiomsFor = (language: string): readonly NegatorIdiom[] => idiomsByLanguage[language] ?? [];
