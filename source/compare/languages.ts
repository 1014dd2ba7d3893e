// Two articles in two languages: an article and its translation share no
// words, and copydesk's relations compare words, so the pair reads as
// `unrelated` (or `related` on its names and figures). The reader is told why.
import {stopwordHits} from '../boilerplate/stopwords.js';
import type {ComparedArticle} from './compare-articles.js';

/** What a reader is told of a pair in two languages (Comparison `languages`): the verdict compares words, not meanings. */
export const languagesNote = (languages: {left: string; right: string}): string => `different languages (${languages.left}, ${languages.right}): copydesk compares words, not translations`;


/** Letters read from a text to name its script's language (bounded: a text's script shows in its first few hundred letters). */
const scriptLetters = 2000;

/**
 * The language a text's script names, for the scripts no stopword list serves (boilerplate/language.ts gives 'und' there):
 * 'ko' when Hangul is half or more of its first `scriptLetters` letters; 'ja' when Han, Hiragana and Katakana are and kana a
 * tenth of the letters or more (Japanese writes its endings and particles in kana, Chinese none); 'zh' for Han alone; 'th'
 * for Thai. Else 'und'. The shares are set by reasoning, not fitted: a copy of a text is in its script throughout, and a
 * Latin text quoting a few characters stays Latin. Pure; linear in the letters read.
 */
export const scriptLanguage = (text: string): string => {
	let letters = 0;
	let hangul = 0;
	let han = 0;
	let kana = 0;
	let thai = 0;
	// One step of one pattern a letter, its group naming the script (four tests and an iterator's object a letter were
	// 0.7 ms a text, asked of every pair `list` judges unrelated).
	letterScript.lastIndex = 0;
	for (let match = letterScript.exec(text); match !== null && ++letters <= scriptLetters; match = letterScript.exec(text)) {
		if (match[1] !== undefined) hangul++;
		else if (match[2] !== undefined) han++;
		else if (match[3] !== undefined) kana++;
		else if (match[4] !== undefined) thai++;
	}

	const total = Math.min(letters, scriptLetters);
	if (total === 0) return 'und';
	if (hangul * 2 >= total) return 'ko';
	if ((han + kana) * 2 >= total) return kana * 10 >= total ? 'ja' : 'zh';
	return thai * 2 >= total ? 'th' : 'und';
};

/** A letter, its group the script scriptLanguage counts: 1 Hangul, 2 Han, 3 kana, 4 Thai, none another script. */
const letterScript = /(\p{Script=Hangul})|(\p{Script=Han})|([\p{Script=Hiragana}\p{Script=Katakana}])|(\p{Script=Thai})|\p{L}/gu;

/**
 * The languages of two articles (their labels' `language`, boilerplate/language.ts: the stopword list that covers most of
 * a text's words) when both are known and differ clearly, else undefined. Clearly: on each side's words (its first
 * `languageWords`), the other side's list covers fewer than `clearLanguageMargin` as many as its own list does. Two
 * neighbouring languages' lists cover one text almost alike (a short Urdu text: 12 words of Persian's list, 12 of Urdu's,
 * read as Persian by the tie), and such a pair is no evidence of a translation; an English text is covered by German's
 * list a tenth as well, a French one by English's 0.45 as well (dev data). A side whose language no list names ('und')
 * is named by its script where it can be (scriptLanguage: Chinese, Japanese, Korean, Thai). Pure; linear in the words read.
 */
export const languagesApart = (left: ComparedArticle, right: ComparedArticle): {left: string; right: string} | undefined => {
	const [a, b] = [left.labels.language, right.labels.language];
	// A script whose words stopword lists cannot count (Chinese, Japanese, Korean, Thai: a run of it reads as one word) names
	// its language by itself: a text in it and one in another script or language are apart, with no lists to weigh (breaker19 N4).
	const [scriptA, scriptB] = [scriptLanguage(left.text), scriptLanguage(right.text)];
	if (scriptA !== 'und' || scriptB !== 'und') {
		const [named, other] = [scriptA === 'und' ? a : scriptA, scriptB === 'und' ? b : scriptB];
		return named !== 'und' && other !== 'und' && named !== other ? {left: named, right: other} : undefined;
	}

	if (a === b || a === 'und' || b === 'und') return undefined;
	const clear = (text: string, own: string, other: string) => {
		const hits = stopwordHits(leadingWords(text));
		return (hits.get(other) ?? 0) < clearLanguageMargin * (hits.get(own) ?? 0);
	};
	return clear(left.text, a, b) && clear(right.text, b, a) ? {left: a, right: b} : undefined;
};
/** A side's own stopword list covers its words more than 1 / this as well as the other side's list: a different language (set by reasoning: languagesApart). */
const clearLanguageMargin = 0.5;

/** The first `languageWords` words of a text, lower case, as language detection reads words (boilerplate/language.ts detectLanguage). */
export const leadingWords = (text: string): string[] => (text.slice(0, languageWords * 20).toLowerCase().match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? []).slice(0, languageWords).map(word => word.replaceAll('’', "'"));
/** Words read from each side to name a pair's language (bounded: the language of a text shows in its first few hundred words). */
const languageWords = 500;
