import test from 'ava';
import fc from 'fast-check';
import {hintedMarkersPrefilter, hintedMarkersPrefilterFor, markers, unhintedMarkersPrefilter} from '../../source/boilerplate/markers.js';

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

test('the unhinted prefilter matches a line exactly when one of its markers does', (t) => {
	fc.assert(fc.property(line, (text) => unhintedMarkersPrefilter.test(text) === unhinted.some((marker) => marker.pattern.test(text))), {numRuns: 2000});
	t.pass();
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
