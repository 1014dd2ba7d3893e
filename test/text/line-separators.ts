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
			for (let k = 0; k < text.length; k++) t.is(mapped[k], text[k] === '\u2028' || text[k] === '\u2029' ? '\n' : text[k]);
		}),
	);
});
