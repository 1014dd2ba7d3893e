import type {Fact, Row} from './model.js';

/**
 * Mood as a fact: a paired sentence turned from a question into a statement, or back ("Will the government raise
 * taxes?" → "The government will raise taxes."), asserts what it only asked, the way a headline's question is re-posted
 * as news; the words barely change, and no figure, name or negator with them. A question is read by its own mark (asks:
 * "?", Arabic "؟", full-width "？", the Greek question mark ";"), not one that closes a quotation inside it (the quotation's
 * own fact says that). A sentence that ends with no stop at all and keeps the question's words (a title that lost its "?")
 * tells nothing, and neither does one that holds a question put another way: reported ("asked whether the plan would work", "wondered aloud why now"),
 * or written with its question word and a full stop, as Urdu news often writes a question ("اپیل کیوں دائر نہ کی۔").
 */

/** Words shown at the end of each side of a mood fact, with the sentence's mark. */
const shownWords = 5;

/** The last shownWords words of a sentence and its end, white space folded ("government raise taxes?"). */
const ending = (sentence: string): string => {
	const words = sentence.trim().split(/\s+/u);
	return words.slice(Math.max(0, words.length - shownWords)).join(' ');
};

/** A sentence's own question mark at its end (brackets after it aside): "?", "؟", "？", and the Greek question mark U+037E. */
const ownQuestionMark = /[?？؟\u037E][\s)\]]*$/u;

/** Greek writes its question mark as the semicolon (U+037E, which Unicode normalisation turns into ";"). */
const greekQuestionMark = /;[\s)\]]*$/u;

/** Whether `sentence` ends with its own question mark, in `language`. */
export const asksOwn = (sentence: string, language: string): boolean => ownQuestionMark.test(sentence) || (language === 'el' && greekQuestionMark.test(sentence));

/** A sentence that ends with a stop (closing quotation marks and brackets after it aside): ".", "!", "。", Urdu "۔", Devanagari "।", "…". */
const endsWithStop = /[.!。۔।…！][\s"”’»)\]」』]*$/u;

/**
 * Question words that mark a question with no question mark, by language: English "whether", or a question word or "if"
 * within two words after a verb of asking ("asked whether", "wondered aloud why": a reported question); German "ob"; in
 * Urdu, Hindi, Arabic and Persian the interrogative words, which news there writes in questions ended by a full stop.
 * Only those that are no other word of the language (not Urdu "کیا", also "did"; not Arabic "من", also "from").
 */
const questionWords: Readonly<Record<string, ReadonlySet<string>>> = {
	de: new Set(['ob']),
	ur: new Set(['کیوں', 'کب', 'کہاں', 'کیسے', 'کون', 'کیونکر']),
	hi: new Set(['क्यों', 'कब', 'कहाँ', 'कहां', 'कैसे', 'कौन']),
	ar: new Set(['لماذا', 'متى', 'أين', 'كيف', 'هل', 'ماذا']),
	fa: new Set(['چرا', 'چگونه', 'کجا', 'آیا']),
};
const askingVerbs = new Set(['ask', 'asks', 'asked', 'asking', 'wonder', 'wonders', 'wondered', 'wondering', 'question', 'questioned', 'inquire', 'inquired', 'enquire', 'enquired']);
const reportedQuestionWords = new Set(['whether', 'if', 'what', 'who', 'whom', 'whose', 'which', 'why', 'how', 'when', 'where']);

/** A sentence's words, lower case, one space apart: what stays when only its marks change. */
const wordsOf = (sentence: string): string => (sentence.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).join(' ');

/** Whether `sentence` holds a question without its mark (questionWords): reported, or written with a full stop. */
const holdsQuestion = (sentence: string, language: string): boolean => {
	const words = sentence.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
	if (language === 'en' || language === 'und') {
		let sinceAsking = Number.POSITIVE_INFINITY;
		for (const word of words) {
			if (word === 'whether' || (reportedQuestionWords.has(word) && sinceAsking <= 2)) return true;
			sinceAsking = askingVerbs.has(word) ? 0 : sinceAsking + 1;
		}
		return false;
	}
	const listed = questionWords[language];
	return listed !== undefined && words.some(word => listed.has(word));
};

/**
 * The mood facts of a comparison's rows (kind `mood`): one per paired row (not rewritten, compared word by word)
 * whose one side asks (asksOwn) and whose other holds no question put another way (holdsQuestion) and ends with a stop or
 * has other words (a title "Will the government raise taxes?" / "Government to raise taxes"),
 * `left` and `right` each side's last words with its mark. Linear in the rows' text.
 */
export const moodFacts = (left: string, right: string, rows: readonly Row[], language = 'en'): Fact[] => {
	const facts: Fact[] = [];
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (!row.left || !row.right || row.rewritten || row.kind === 'same' || row.kind === 'boilerplate') continue;
		const [was, is] = [left.slice(row.left.start, row.left.end).trimEnd(), right.slice(row.right.start, row.right.end).trimEnd()];
		const [wasAsked, isAsked] = [asksOwn(was, language), asksOwn(is, language)];
		if (wasAsked === isAsked) continue;
		const [question, statement] = wasAsked ? [was, is] : [is, was];
		// With no stop either, only its mark went (a feed that drops a title's "?"), unless the words changed with it.
		if (!endsWithStop.test(statement) && wordsOf(statement) === wordsOf(question)) continue;
		if (!holdsQuestion(statement, language)) facts.push({kind: 'mood', left: ending(was), right: ending(is), row: index});
	}
	return facts;
};
