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
	for (const [letter] of text.matchAll(/\p{L}/gu)) {
		if (++letters > scriptLetters) break;
		if (/\p{Script=Hangul}/u.test(letter)) hangul++;
		else if (/\p{Script=Han}/u.test(letter)) han++;
		else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(letter)) kana++;
		else if (/\p{Script=Thai}/u.test(letter)) thai++;
	}

	const total = Math.min(letters, scriptLetters);
	if (total === 0) return 'und';
	if (hangul * 2 >= total) return 'ko';
	if ((han + kana) * 2 >= total) return kana * 10 >= total ? 'ja' : 'zh';
	return thai * 2 >= total ? 'th' : 'und';
};
