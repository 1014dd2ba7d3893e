import test from 'ava';
import fc from 'fast-check';
import {packedStopwordHits, packStopwords, stopwordHits, stopwordLists, stopwordsFor, type StopwordLists} from '../../source/boilerplate/stopwords.js';

/** The hits as a plain index of the lists would count them: every list holding the word, once per word. */
const naiveHits = ({languages, lists}: StopwordLists, words: readonly string[]): Map<string, number> => {
	const sets = lists.map(list => new Set(list));
	const hits = new Map<string, number>();
	languages.forEach((language, i) => {
		const count = words.filter(word => sets[i]!.has(word)).length;
		if (count > 0) hits.set(language, count);
	});
	return hits;
};

test('the packed lists answer every word of every list as the lists do, and the words around them too', t => {
	const lists = stopwordLists();
	const words = [...new Set(lists.lists.flat())];
	// A word's prefixes and extensions share its bucket or line: none may be taken for it.
	const neighbours = words.flatMap(word => [word.slice(0, -1), `${word}s`, `x${word}`, `${word} `, word.toUpperCase()]);
	for (const chunk of [words, neighbours, ['', 'a', 'the', '\t', '\n', 'constructor', '__proto__', 'toString']]) {
		t.deepEqual([...stopwordHits(chunk)], [...naiveHits(lists, chunk)]);
	}

	for (const [at, language] of lists.languages.entries()) t.deepEqual([...stopwordsFor(language)!], lists.lists[at]);
});

test('packing keeps any lists apart: words sharing a beginning, one inside another, held by several languages', t => {
	const word = fc.stringMatching(/^[a-c\u00e9\u{1F600}]{0,4}$/u);
	fc.assert(
		fc.property(fc.array(fc.uniqueArray(word, {maxLength: 12}), {minLength: 1, maxLength: 5}), fc.array(word, {maxLength: 20}), (lists, asked) => {
			const packedLists = {languages: lists.map((_, i) => `l${i}`), lists};
			const packed = JSON.parse(JSON.stringify(packStopwords(packedLists))) as ReturnType<typeof packStopwords>;
			t.deepEqual([...packedStopwordHits(packed, asked)], [...naiveHits(packedLists, asked)]);
		}),
	);
});

test('a word holding a tab or a line feed cannot be packed', t => {
	t.throws(() => packStopwords({languages: ['xx'], lists: [['a\tb']]}));
	t.throws(() => packStopwords({languages: ['xx'], lists: [['a\nb']]}));
});
