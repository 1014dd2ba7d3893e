import test from 'ava';
import fc from 'fast-check';
import {closedClassLanguages, functionWordsFor} from '../../source/compare/function-words.js';
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
	for (const language of ['ur', 'fr', 'de']) {
		t.is(functionWordsFor(language), stopwordsFor(language), language);
		t.truthy(functionWordsFor(language), language);
	}
	t.is(functionWordsFor('xx'), undefined);
	t.deepEqual(closedClassLanguages, ['en']);
});

test('the English closed-class words beyond Snowball\'s are what the Brill lexicon gives (scripts/english-closed-class.ts)', t => {
	t.deepEqual([...englishClosedClass], englishClosedClassCandidates(brill));
	for (const word of ['among', 'despite', 'although', 'whether', 'every', 'within', 'without', 'via']) t.true(functionWordsFor('en')!.has(word), word);
});
