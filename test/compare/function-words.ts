import test from 'ava';
import fc from 'fast-check';
import {closedClassLanguages, functionWordsFor, generalWordsFor} from '../../source/compare/function-words.js';
import {stopwordsFor} from '../../source/boilerplate/stopwords.js';
import {englishClosedClass} from '../../source/compare/english-closed-class.js';
import {englishClosedClassCandidates} from '../../scripts/english-closed-class-rule.js';
import {brill} from 'brill';

// Nouns, verbs and names stopwords-iso's English list holds (Glasgow's list for indexing abstracts): content words all.
const contentWords = ['fire', 'bill', 'system', 'interest', 'computer', 'found', 'part', 'microsoft', 'netscape', 'city', 'town', 'show', 'thick', 'mill', 'side', 'name', 'detail', 'home', 'back', 'top', 'front', 'bottom', 'move', 'give', 'call', 'keep', 'fill', 'find', 'describe', 'cry', 'amount', 'hundred', 'con', 'de', 'co'];

test('no content word is an English function word: the closed classes only, as Snowball lists them', t => {
	const english = functionWordsFor('en')!;
	fc.assert(fc.property(fc.constantFrom(...contentWords), word => !english.has(word)));
	// The ones stopwords-iso counts are the reason for this list.
	for (const word of ['fire', 'bill', 'system', 'interest', 'computer', 'microsoft']) t.true(stopwordsFor('en')!.has(word), word);
});

test('the English function words are the closed classes: articles, pronouns, prepositions, conjunctions, auxiliaries and modals', t => {
	const english = functionWordsFor('en')!;
	for (const word of ['a', 'an', 'the', 'this', 'those', 'he', 'she', 'they', 'them', 'its', 'of', 'in', 'on', 'at', 'with', 'from', 'and', 'or', 'but', 'if', 'because', 'is', 'was', 'been', 'have', 'had', 'do', 'did', 'will', 'would', 'can', 'could', 'may', 'must', 'not', "don't", "it's"]) t.true(english.has(word), word);
});

test('every closed-class list is normalised as the vocabulary is: lower case, NFC, folded apostrophes, letters in every word', t => {
	for (const language of closedClassLanguages) {
		const words = functionWordsFor(language)!;
		t.true(words.size > 50, language);
		fc.assert(fc.property(fc.constantFrom(...words), word => word === word.normalize('NFC').toLowerCase() && !word.includes('’') && /\p{L}/u.test(word)));
	}
});

test('a language without a closed-class list keeps its stopwords-iso list; one without either has none', t => {
	for (const language of ['ur', 'pl', 'es']) {
		t.is(functionWordsFor(language), stopwordsFor(language), language);
		t.truthy(functionWordsFor(language), language);
		t.is(generalWordsFor(language).size, 0, language);
	}
	t.is(functionWordsFor('xx'), undefined);
	t.is(generalWordsFor('xx').size, 0);
	t.deepEqual([...closedClassLanguages].sort(), ['da', 'de', 'en', 'fi', 'fr', 'it', 'nl', 'no', 'pt', 'ru', 'sv']);
});

// Twelfth session: stopwords-iso's lists of other languages hold content words as Glasgow's English list does.
const otherContentWords: Record<string, string[]> = {
	de: ['jahr', 'mann', 'gott', 'gross'],
	fr: ['gens', 'force', 'haut'],
	it: ['anno', 'città', 'consiglio', 'gruppo', 'mondo'],
	pt: ['ano', 'dia', 'grupo', 'estado', 'noite'],
	ru: ['война', 'город', 'дом', 'деньги', 'человек', 'жизнь'],
	sv: ['beslut'],
};

test('no content word of stopwords-iso\'s German, French, Italian, Portuguese, Russian or Swedish list is a function word: it is a general word', t => {
	for (const [language, words] of Object.entries(otherContentWords)) {
		for (const word of words) {
			t.false(functionWordsFor(language)!.has(word), `${language} ${word}`);
			if (stopwordsFor(language)!.has(word)) t.true(generalWordsFor(language).has(word), `${language} ${word}`);
		}
	}
	// The closed classes stay function words.
	for (const [language, words] of Object.entries({de: ['der', 'und', 'nicht', 'wird'], fr: ['le', 'et', 'dans', 'pas'], it: ['il', 'della', 'non'], ru: ['и', 'в', 'не']})) {
		for (const word of words) t.true(functionWordsFor(language)!.has(word), `${language} ${word}`);
	}
});

test('general words are a language\'s stopwords-iso words that are no function word, and none of English\'s closed classes', t => {
	const english = generalWordsFor('en');
	for (const word of ['fire', 'bill', 'high', 'placed', 'serious', 'also']) t.true(english.has(word), word);
	fc.assert(fc.property(fc.constantFrom(...english), word => !functionWordsFor('en')!.has(word) && stopwordsFor('en')!.has(word)));
});

test('the English closed-class words beyond Snowball\'s are what the Brill lexicon gives (scripts/english-closed-class.ts)', t => {
	t.deepEqual([...englishClosedClass], englishClosedClassCandidates(brill));
	for (const word of ['among', 'despite', 'although', 'whether', 'every', 'within', 'without', 'via']) t.true(functionWordsFor('en')!.has(word), word);
});
