import test from 'ava';
import {negatorIdiomsFor} from '../../source/compare/negator-idioms.js';
import {negatorCount} from '../../source/compare/polarity.js';

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
