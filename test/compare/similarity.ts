import test from 'ava';
import {buildSide} from '../../source/compare/units.js';
import {computeWeights} from '../../source/compare/weights.js';
import {Grams, Profiles, similarityOf} from '../../source/compare/similarity.js';
import {Vocabulary} from '../../source/compare/tokens.js';

/** Similarity of sentence i of `left` and sentence j of `right`, weights from both texts. */
const similarity = (left: string, right: string, i = 0, j = 0) => {
	const vocabulary = new Vocabulary();
	const a = buildSide(left, vocabulary);
	const b = buildSide(right, vocabulary);
	const weights = computeWeights(a, b, vocabulary);
	const grams = new Grams(weights);
	return similarityOf(new Profiles(weights.unitWords[0], weights, grams).of(a.body[i]), new Profiles(weights.unitWords[1], weights, grams).of(b.body[j]));
};

const context = ' The weather was mild. The weather was calm. The weather was fine.';

test('equal sentences score 1, disjoint ones 0', t => {
	t.is(similarity(`Rebels seized Damascus.${context}`, `Rebels seized Damascus.${context}`), 1);
	t.is(similarity('Rebels seized Damascus.', 'Bakers sold bread.'), 0);
});

test('inflected and respelled words still count (character trigrams)', t => {
	const exact = similarity('The ministry announced new sanctions.', 'The ministry announced new sanctions.');
	const inflected = similarity('The ministry announced new sanctions.', 'The ministries announce a new sanction.');
	const unrelated = similarity('The ministry announced new sanctions.', 'The baker sold fresh bread.');
	t.true(inflected < exact);
	t.true(inflected > 0.5, String(inflected));
	t.true(unrelated < 0.3, String(unrelated));
	// No word is shared exactly, yet the pair reaches the pairing threshold (0.3); an unrelated sentence does not come close.
	const russian = similarity('Министерство объявило новые санкции.', 'Министерства объявили о новых санкциях.');
	t.true(russian >= 0.3, String(russian));
	t.true(similarity('Министерство объявило новые санкции.', 'Пекарь продал свежий хлеб.') < 0.1);
});

test('words found in every sentence weigh little, rare shared words a lot', t => {
	const context = ' The harbour was busy. The harbour was quiet. The harbour was open.';
	// Same shape, two shared words each, one of them common in these texts or found nowhere else.
	const sharedCommon = similarity(`Harbour staff protested.${context}`, `Harbour staff celebrated.${context}`);
	const sharedRare = similarity(`Sundline staff protested.${context}`, `Sundline staff celebrated.${context}`);
	t.true(sharedRare > sharedCommon + 0.05, `${sharedRare} vs ${sharedCommon}`);
});
