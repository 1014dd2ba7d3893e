import test from 'ava';
import fc from 'fast-check';
import {negatorIdiomsFor} from '../../source/compare/negator-idioms.js';
import {negatorCount, opensIdiom} from '../../source/compare/polarity.js';

const languages = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'uk', 'bg', 'pl', 'ro', 'hu', 'el', 'sv', 'da', 'nb', 'no', 'fi', 'id', 'ms', 'ar', 'fa', 'ur', 'hi', 'he'];

test('every negator-built idiom holds a negator of its language, and negates nothing when written whole (its second part after it)', t => {
	for (const language of languages) {
		const idioms = negatorIdiomsFor(language);
		t.true(idioms.length > 0, language);
		for (const {words, closedBy} of idioms) {
			const phrase = words.join(' ');
			// An elided word ("n'importe") is read by its head ("n'").
			t.true(words.some(word => negatorCount(word.replace(/(['’]).+$/u, '$1'), language) > 0), `${language}: ${phrase} holds no negator`);
			t.is(negatorCount(closedBy ? `${phrase} x ${[...closedBy][0]} y` : phrase, language), 0, `${language}: ${phrase}`);
			// A correlative without its second part is the negator it is built on.
			if (closedBy) t.true(negatorCount(`${phrase} x y`, language) > 0, `${language}: ${phrase} alone`);
		}
	}
	t.deepEqual(negatorIdiomsFor('xx'), []);
});

// Nineteenth session (issue 15): negatorsIn tried every idiom of the language at every word, with a closure per try (9 MB
// of a 30,000-word diff's allocations); a word that opens no idiom is now passed over after one look-up (opensIdiom).
test('opensIdiom says whether a word opens one of the idioms as they are read (whole, or an elided opening\'s start): never missing one', t => {
	const idiomWord = (written: string, word: string) => word === written || (/['’]$/u.test(written) && word.startsWith(written));
	for (const language of [...languages, 'xx']) {
		const idioms = negatorIdiomsFor(language);
		const words = [...new Set(idioms.flatMap(idiom => [...idiom.words, ...(idiom.closedBy ?? [])]))];
		const probes = [...words, ...words.map(word => `${word}x`), ...words.map(word => word.slice(0, -1)), "n'a", 'n’est', 'not', 'only', 'the', '', 'NOT'];
		for (const word of probes) t.is(opensIdiom(idioms, word), idioms.some(idiom => idiomWord(idiom.words[0]!, word)), `${language}: ${word}`);
	}
	t.true(opensIdiom(negatorIdiomsFor('fr'), "n'importe"));
	t.true(opensIdiom(negatorIdiomsFor('en'), 'not'));
	t.false(opensIdiom(negatorIdiomsFor('en'), 'only'));
	t.false(opensIdiom(negatorIdiomsFor('en'), 'Not'));
});

test('opensIdiom agrees with trying every idiom, on any word (property)', t => {
	const idiomWord = (written: string, word: string) => word === written || (/['’]$/u.test(written) && word.startsWith(written));
	const idioms = negatorIdiomsFor('fr');
	const pieces = ["n'", 'n’', 'non', 'ou', 'pas', 'importe', 'a', 'e', "'", ''];
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 3}), parts => {
			const word = parts.join('');
			return opensIdiom(idioms, word) === idioms.some(idiom => idiomWord(idiom.words[0]!, word));
		}),
	);
	t.pass();
});
