import test from 'ava';
import {containment, greedyStringTiling, textFeatures} from '../../scripts/relation-features.js';

test('containment is the share of each side\'s distinct n-grams found in the other', t => {
	// a: 1 2 3 4 → bigrams 12 23 34; b: 2 3 4 5 6 → 23 34 45 56.
	t.deepEqual(containment([1, 2, 3, 4], [2, 3, 4, 5, 6], 2), [2 / 3, 2 / 4]);
	t.deepEqual(containment([], [1, 2], 2), [0, 0]);
});

test('greedy string tiling marks the longest runs first and never reuses a word', t => {
	// b holds a's 1 2 3 4 and, elsewhere, 3 4 again: the second copy has no unmarked partner in a.
	const tiling = greedyStringTiling([1, 2, 3, 4, 9], [1, 2, 3, 4, 7, 3, 4], 2);
	t.is(tiling.longest, 4);
	t.deepEqual(tiling.share, [4 / 5, 4 / 7]);
	// Runs shorter than the minimum match are not tiles.
	t.deepEqual(greedyStringTiling([1, 2, 5], [1, 2, 6], 3).share, [0, 0]);
});

test('text features see an excerpt from its short side', t => {
	const story = 'The council approved the harbour budget on Tuesday. Work on the new pier starts in March. Ferries will use a temporary landing stage.';
	const excerpt = 'The council approved the harbour budget on Tuesday.';
	const features = textFeatures(story, excerpt);
	t.is(features['2-gram containment (short)'], 1);
	t.true(features['2-gram containment (long)']! < 0.5);
	t.is(features['tiling ≥5 (short)'], 1);
	t.true(features['length ratio']! < 0.5);
});
