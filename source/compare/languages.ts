// Two articles in two languages: an article and its translation share no
// words, and copydesk's relations compare words, so the pair reads as
// `unrelated` (or `related` on its names and figures). The reader is told why.
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
