import test from 'ava';
import fc from 'fast-check';
import {hintedMarkersPrefilter, markers, unhintedMarkersPrefilter, withUnicodeBoundaries} from '../../source/boilerplate/markers.js';

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
