import test from 'ava';
import fc from 'fast-check';
import {withLineFeeds} from '../../source/text/line-separators.js';

test('Unicode line and paragraph separators are line feeds; NEL is left as it is', t => {
	t.is(withLineFeeds('Headline\u2029Lead paragraph.\u2028Second line.'), 'Headline\nLead paragraph.\nSecond line.');
	t.is(withLineFeeds('Wait\u0085 what'), 'Wait\u0085 what');
	const plain = 'no separators\n';
	t.is(withLineFeeds(plain), plain);
});

test('every offset is kept: the text keeps its length and every other character', t => {
	fc.assert(
		fc.property(fc.array(fc.constantFrom('a', ' ', '\n', '\u2028', '\u2029', 'é', '\u0085')).map(parts => parts.join('')), text => {
			const mapped = withLineFeeds(text);
			t.is(mapped.length, text.length);
			// A line separator is a line end, or, in a text whose lines end at line feeds, a space.
			for (let k = 0; k < text.length; k++) {
				if (text[k] === '\u2028') t.true(mapped[k] === '\n' || mapped[k] === ' ');
				else t.is(mapped[k], text[k] === '\u2029' ? '\n' : text[k]);
			}
		}),
	);
});

test('a lone CR in a text whose lines end at line feeds is a space, not a line end; CRLF and an old-Mac text keep theirs (breaker17a K1)', t => {
	t.is(withLineFeeds("a year's worth\rof rain\nsaid Carlos Mazón,\rhead of the region.\n"), "a year's worth of rain\nsaid Carlos Mazón, head of the region.\n");
	t.is(withLineFeeds('one\r\ntwo\r\nthree'), 'one\r\ntwo\r\nthree');
	// Lone CRs outnumber the LFs: an old-Mac file, where each CR ends a line.
	t.is(withLineFeeds('one\rtwo\rthree\nfour\r'), 'one\rtwo\rthree\nfour\r');
	t.is(withLineFeeds('no line feed\rat all'), 'no line feed\rat all');
});

test('CRs of a line-feed line that holds a blank line written in CRs stay line ends: a pasted old-Mac block keeps its byline and date lines (breaker17b L5)', t => {
	const text = 'Budget passes\n\nBy Anna Berg\rMarch 3, 2025\r\rThe council approved the budget on Monday.\n\nCritics said\rit was too expensive.\n';
	t.is(withLineFeeds(text), 'Budget passes\n\nBy Anna Berg\rMarch 3, 2025\r\rThe council approved the budget on Monday.\n\nCritics said it was too expensive.\n');
});

test('property: with any mix of CR, LF and CRLF, the length is kept; in a line-feed text a lone CR stays only in a line holding "\\r\\r" or at the very end', t => {
	fc.assert(
		fc.property(fc.array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n', 'é')).map(parts => parts.join('')), text => {
			const mapped = withLineFeeds(text);
			t.is(mapped.length, text.length);
			const lone = [...text.matchAll(/\r(?!\n)/g)].length;
			const feeds = [...text.matchAll(/\n/g)].length;
			if (feeds === 0 || feeds < lone) {
				t.is(mapped, text);
				return;
			}

			let start = 0;
			for (const line of mapped.split('\n')) {
				const kept = [...line.matchAll(/\r(?!$)/g)].length;
				if (kept > 0) t.true(text.slice(start, start + line.length).includes('\r\r'), JSON.stringify(text));
				start += line.length + 1;
			}
		}),
	);
});

test('a U+2028 inside a line of a text whose lines end at line feeds is a space, as a lone CR is: the sentence is not cut (fresh users, eighteenth session, K6)', t => {
	t.is(withLineFeeds('Floods\n\nAt least 158 died, said Carlos Mazón,\u2028head of the region.\n'), 'Floods\n\nAt least 158 died, said Carlos Mazón, head of the region.\n');
	// Its lines written in LSs (no line feed, or fewer): line ends, as before.
	t.is(withLineFeeds('Headline\u2028By Anna Berg\u2028The council met.'), 'Headline\nBy Anna Berg\nThe council met.');
	t.is(withLineFeeds('one\u2028two\u2028three\nfour'), 'one\ntwo\nthree\nfour');
	// A blank line written in LSs keeps that line's LSs as line ends (as "\r\r" does for CRs).
	t.is(withLineFeeds('Budget\n\nBy Anna Berg\u2028March 3\u2028\u2028The council approved it.\n\nCritics said\u2028it was dear.\n'), 'Budget\n\nBy Anna Berg\nMarch 3\n\nThe council approved it.\n\nCritics said it was dear.\n');
	// A paragraph separator is a paragraph's end wherever it is.
	t.is(withLineFeeds('One.\u2029Two.\nThree.\n'), 'One.\nTwo.\nThree.\n');
});
