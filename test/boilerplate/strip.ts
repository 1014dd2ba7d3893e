import test from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import {excludedSpans, keptText} from '../../source/boilerplate/strip.js';
import {sentence} from './stories.js';

test('kept text: title and body in order, chrome dropped, paragraphs kept, own line breaks', t => {
	const text = ['Breaking news', 'Some other headline here -', 'Yet another headline -', '', 'The Title', '', sentence(4, 0), sentence(4, 1), '', sentence(4, 2), '', 'Leave a Reply', ''].join('\r\n');
	const kept = keptText(text, labelArticle(text));
	t.is(kept, ['The Title', '', sentence(4, 0), sentence(4, 1), '', sentence(4, 2), ''].join('\r\n'));
});

test('a dropped line between two paragraphs leaves one blank line, not a merged paragraph', t => {
	const text = `${sentence(5, 0)}\nShare: Facebook Twitter\n${sentence(5, 1)}`;
	t.is(keptText(text, labelArticle(text)), `${sentence(5, 0)}\n\n${sentence(5, 1)}`);
});

test('a text with no kept line is empty; a clean text is unchanged', t => {
	t.is(keptText('Leave a Reply\n-\n', labelArticle('Leave a Reply\n-\n')), '');
	const clean = `${sentence(6, 0)}\n\n${sentence(6, 1)}\n`;
	t.is(keptText(clean, labelArticle(clean)), clean);
});

test('excluded spans are the metadata and boilerplate lines, with category and reason', t => {
	const text = `March 3, 2025\n${sentence(7, 0)}\n${sentence(7, 1)}\nLeave a Reply`;
	const excluded = excludedSpans(labelArticle(text));
	t.deepEqual(excluded.map(item => [text.slice(item.span.start, item.span.end), item.label, item.category]), [
		['March 3, 2025', 'metadata', undefined],
		['Leave a Reply', 'boilerplate', 'comments'],
	]);
	t.truthy(excluded[1].reason);
});

test('text read from HTML (a block element a line): every two kept lines are paragraphs, whatever was dropped between them (breaker10 H23)', t => {
	const text = [sentence(7, 0), sentence(7, 1), 'Share: Facebook Twitter', sentence(7, 2), sentence(7, 3)].join('\n');
	t.is(keptText(text, labelArticle(text), {paragraphPerLine: true}), [sentence(7, 0), sentence(7, 1), sentence(7, 2), sentence(7, 3)].join('\n\n'));
});
