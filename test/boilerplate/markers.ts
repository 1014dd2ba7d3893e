import test from 'ava';
import fc from 'fast-check';
import {hintedMarkersPrefilter, hintedMarkersPrefilterFor, markers, unhintedMarkersPrefilter, withUnicodeBoundaries} from '../../source/boilerplate/markers.js';
import {labelArticle} from '../../source/boilerplate/classify.js';

const unhinted = markers.filter((marker) => !marker.hints);

test('the unhinted prefilter is anchored at the start, as every marker it joins is', (t) => {
	t.true(unhintedMarkersPrefilter.source.startsWith('^(?:'));
	// A marker's words later in a line match no anchored marker, and not the prefilter either.
	t.false(unhintedMarkersPrefilter.test('the article says: share on facebook'));
	t.true(unhintedMarkersPrefilter.test('share on facebook'));
	t.true(unhintedMarkersPrefilter.test('page 2 of 7'));
	t.true(unhintedMarkersPrefilter.test('第 3 页'));
});

// Lines made of marker words, other words and separators, as normalised lines are (lower case).
const fragments = ['share', 'on', 'facebook', 'twitter', 'related', 'read more', 'page', '2', 'of', '7', 'comments', 'reply', 'tags', ':', 'home', '»', 'the', 'news', 'photo', 'credit', '/', 'image caption', 'source', 'subscribe', '12', 'no', 'privacy policy', '|', 'follow us', '第', '页', 'leave a reply', 'said'];
const line = fc.array(fc.constantFrom(...fragments), {maxLength: 8}).chain((words) => fc.constantFrom(' ', '  ', '').map((gap) => words.join(gap === '' ? ' ' : gap)));

test('the unhinted prefilter matches every line one of its markers matches (and, without their word boundaries, a few more)', (t) => {
	fc.assert(fc.property(line, (text) => !unhinted.some((marker) => marker.pattern.test(text)) || unhintedMarkersPrefilter.test(text)), {numRuns: 2000});
	// A marker's word run on into a longer word passes the prefilter ("this post was posted" + "ly"); the marker itself then rules the line out.
	t.true(unhintedMarkersPrefilter.test('this post was postedly'));
	t.false(unhinted.some((marker) => marker.pattern.test('this post was postedly')));
});

test('no hinted marker matches a line without one of its hints', (t) => {
	const hinted = markers.filter((marker) => marker.hints);
	const samples = ['all rights reserved', '© 2024 acme', 'we use cookies to improve', 'get it in your inbox', 'tous droits réservés', 'the news of the day'];
	for (const sample of samples) {
		for (const marker of hinted) {
			if (marker.pattern.test(sample)) t.true(marker.hints!.some((hint) => sample.includes(hint)) && hintedMarkersPrefilter.test(sample), `${marker.reason}: ${sample}`);
		}
	}
});

test('a newsletter widget\'s short lines, a labelled privacy notice, an image viewer\'s button, the article\'s age and "Also read:" are chrome inside an article (breaker11 J4)', (t) => {
	const prose = [
		'Heavy monsoon rain flooded large parts of the city on Tuesday, forcing dozens of garment factories to close and leaving thousands of workers without pay for the day.',
		'The drainage system, which officials have promised to upgrade for years, failed within hours as the water rose above knee height in several industrial districts.',
		'Factory owners said they expected the closures to last at least until Thursday, when forecasters predict that the rain will ease across the region.',
		'Union leaders said they would ask the government to pay the workers for the lost days and to speed up the repairs to the drains before the next storm.',
	];
	for (const chrome of ['Skip past newsletter promotion', 'after newsletter promotion', 'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.', 'View image in fullscreen', 'This article is more than 2 years old', 'Also read: Floods hit Sylhet', 'Click here to subscribe.']) {
		const text = ['Monsoon floods close factories', '', prose[0], '', prose[1], '', chrome, '', prose[2], '', prose[3], ''].join('\n');
		const labels = labelArticle(text);
		t.is(labels.lines.find((line) => line.n === 7)?.kind, 'boilerplate', chrome);
		for (const n of [3, 5, 9, 11]) t.not(labels.lines.find((line) => line.n === n)?.kind, 'boilerplate', `${chrome}: line ${n}`);
	}
	// Prose that names a newsletter, an image or an article's age, or opens with "Subscribe-only" (breaker12 K28), is no chrome.
	for (const sentence of ['The newsletter, which the union sends to 40,000 members every week, first reported the closures on Monday.', 'This article is more than a record of the floods: it is a warning to the city about its drains.', 'Subscribe-only channels lost 12 percent of viewers during the floods, the regulator found.']) {
		const text = ['Monsoon floods close factories', '', prose[0], '', prose[1], '', sentence, '', prose[2], '', prose[3], ''].join('\n');
		t.is(labelArticle(text).lines.find((line) => line.n === 7)?.kind, 'body', sentence);
	}
});

test('the hints searched in a line of n words are those of the hinted markers that allow n words', (t) => {
	const hinted = markers.filter((marker) => marker.hints);
	const hints = hinted.flatMap((marker) => marker.hints!);
	const text = fc.array(fc.constantFrom(...hints, 'the', 'news', ' ', 'all rights', '2024'), {maxLength: 6}).map((parts) => parts.join(' '));
	fc.assert(fc.property(text, fc.integer({min: 0, max: 120}), (line, size) => {
		const expected = hinted.some((marker) => size <= marker.maxWords && marker.hints!.some((hint) => line.includes(hint)));
		return (hintedMarkersPrefilterFor(size)?.test(line) ?? false) === expected;
	}), {numRuns: 3000});
	// A prose paragraph of 50 words is searched for the cookie notice's hints alone; past every limit, for none.
	t.true(hintedMarkersPrefilterFor(50)!.test('we use cookies'));
	t.false(hintedMarkersPrefilterFor(50)!.test('all rights reserved in your inbox'));
	t.is(hintedMarkersPrefilterFor(101), undefined);
});

test('a rewritten \\b is a word boundary of any script: a letter or digit of any alphabet on its far side is no boundary', (t) => {
	const pattern = withUnicodeBoundaries(/\b(?:café|über|share)\b/u);
	t.true(pattern.test('café au lait'));
	t.true(pattern.test('(über)'));
	t.true(pattern.test('share: 3'));
	t.false(pattern.test('cafés'));
	t.false(pattern.test('müber'));
	t.false(pattern.test('shareé'));
	t.false(pattern.test('share2'));
	t.false(pattern.test('жshare'));
	// The boundary as one class of letters and digits (its form before), on lines of marker words, letters and digits of other scripts.
	const asClass = (written: RegExp) => new RegExp(written.source.replace(/(.?)\\b/gu, (_, before: string) => (/[\p{L}\p{N})?*+]/u.test(before) ? `${before}(?![\\p{L}\\p{N}])` : `${before}(?<![\\p{L}\\p{N}])`)), written.flags);
	const pieces = fc.array(fc.constantFrom(...fragments, 'é', 'ж', '٣', '5', '_', 'x', ''), {maxLength: 8}).map((words) => words.join(''));
	const written = [/\b(?:share|reply|page)\b/u, /^(?:read more|related)\b/u, /\bcomments?\b/u, /(?:\d+|no)\s+comments?\b/u];
	fc.assert(fc.property(pieces, (text) => written.every((form) => withUnicodeBoundaries(form).test(text) === asClass(form).test(text))), {numRuns: 2000});
});
