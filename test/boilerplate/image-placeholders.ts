import test from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import {isImagePlaceholder} from '../../source/boilerplate/image-placeholders.js';

const prose = [
	'The cabins stand at the edge of the forest, a short walk from the lake, and each of them sleeps up to six guests in two bedrooms.',
	'Guests can rent boats at the jetty from May to September, and the owners organise guided walks through the nature reserve every Saturday morning.',
	'Bookings are confirmed once the deposit has arrived, and the rest of the price is paid on arrival or by bank transfer four weeks before the stay.',
];

test('a text browser\'s image placeholder alone on its line: w3m\'s ten characters in brackets, lynx\'s [INLINE]; not an ellipsis, a phrase or a link', t => {
	for (const line of ['[arrow-forw]', '[40222-bild]', '[INLINE]', '[svg]', '[1]', '[302962_101]']) t.true(isImagePlaceholder(line), line);
	for (const line of ['[…]', '[...]', '[a b]', '[told](#)', 'Text [1]', '[this-is-a-very-long-token-of-forty-chars]', '[]']) t.false(isImagePlaceholder(line), line);
});

test('an image placeholder between paragraphs of the story is never kept as its text (breaker12 K27)', t => {
	const text = [prose[0], '', '[cabin-lake]', '', prose[1], '[jetty-boat]', prose[2], ''].join('\n');
	const labels = labelArticle(text);
	for (const line of labels.lines) {
		const written = text.slice(line.span.start, line.span.end);
		t.is(line.kind, written.startsWith('[') ? 'boilerplate' : 'body', written);
	}
});

test('a byline opened by an avatar\'s placeholder ("[a1b2c3d4e5] by Anna Reporter on March 3, 2025") is the byline and date, and dates the article over a teaser\'s date (M19)', t => {
	const text = ['[site-logo]', '', 'Cabins by the lake reopen for the summer', '', '[a1b2c3d4e5] by Anna Reporter on March 3, 2025', '', ...prose.flatMap(p => [p, '']), 'Related Articles', '', 'Boats return to the jetty', '', 'by Other Writer on May 1, 2024', ''].join('\n');
	const labels = labelArticle(text);
	const byline = labels.lines.find(line => text.slice(line.span.start, line.span.end).startsWith('[a1b2c3d4e5]'))!;
	t.is(byline.kind, 'metadata');
	t.is(labels.meta.date, 'by Anna Reporter on March 3, 2025');
});
