import test from 'ava';
import {buildSide} from '../../source/compare/units.js';
import {computeWeights} from '../../source/compare/weights.js';
import {beadCoverage, contextSimilarityOf, coverageOf, Grams, Profiles, similarityOf} from '../../source/compare/similarity.js';
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

/** Profiles of every body sentence of two texts, weights from both. */
const profiles = (left: string, right: string) => {
	const vocabulary = new Vocabulary();
	const a = buildSide(left, vocabulary);
	const b = buildSide(right, vocabulary);
	const weights = computeWeights(a, b, vocabulary);
	const grams = new Grams(weights);
	const leftProfiles = new Profiles(weights.unitWords[0], weights, grams);
	const rightProfiles = new Profiles(weights.unitWords[1], weights, grams);
	return {left: (from: number, to = from) => leftProfiles.of(a.body[from]!, a.body[to]!), right: (from: number, to = from) => rightProfiles.of(b.body[from]!, b.body[to]!)};
};

test('in a bead, a sentence earns by its own words: a clause sharing nothing with the other side adds nothing, where Dice would credit it the bead\'s similarity', t => {
	const left = 'Dhaulagiri was long held to be the highest mountain of the world at 8172 or 8167 metres, by the survey of India in the last century. Climbers disputed it.';
	const right = 'Dhaulagiri keeps the height of 8172 or 8167 metres given by the survey of India in the last century. Nothing else.';
	const p = profiles(left, right);
	// Re-division weighs a bead's evidence by its size, (li + rj) / 2: the long left sentence with the
	// right one (1:1), then with the short clause as well (2:1), which the right sentence does not have.
	const alone = beadCoverage(1, () => p.left(0), p.left(0), 1, () => p.right(0), p.right(0));
	const withClause = 1.5 * beadCoverage(2, x => p.left(x), p.left(0, 1), 1, () => p.right(0), p.right(0));
	const diceAlone = contextSimilarityOf(p.left(0), p.right(0));
	const diceWithClause = 1.5 * contextSimilarityOf(p.left(0, 1), p.right(0));
	const shown = `coverage ${alone.toFixed(3)} → ${withClause.toFixed(3)}, Dice ${diceAlone.toFixed(3)} → ${diceWithClause.toFixed(3)}`;
	t.true(Math.abs(withClause - alone) < 0.02, shown);
	t.true(diceWithClause - diceAlone > 0.2, shown);
});

test('coverage is 1 for a sentence found whole on the other side, 0 for one sharing no word, and never leaves 0..1', t => {
	const p = profiles('Rebels seized the airport of Damascus. Bakers sold bread.', 'Rebels seized the airport of Damascus on the third day of fighting. Nobody answered.');
	t.is(coverageOf(p.left(0), p.right(0)), 1);
	t.true(coverageOf(p.right(0), p.left(0)) < 1);
	t.is(coverageOf(p.left(1), p.right(0)), 0);
	const bead = beadCoverage(2, x => p.left(x), p.left(0, 1), 2, y => p.right(y), p.right(0, 1));
	t.true(bead > 0 && bead < 1, String(bead));
});

// Twelfth session (seed 004): a spun sentence ("… have been placed on high alert, but there is currently no
// serious threat") lost its original to a sentence sharing only the speaker ("…, the Russian Foreign Ministry
// said"): the general words of the spin weighed as much as the story's words it shares.
test('a spun sentence is more alike its original than a sentence sharing only the speaker: general words weigh less', t => {
	const left = [
		'Engineers opened the new bridge over the Tay estuary to cyclists on Monday, three months ahead of schedule.',
		'Local councillors had lobbied the Transport Ministry for a second bridge over the Tay since the ferry service closed in 2009.',
		'Fishermen in Newport told the Transport Ministry that the bridge piers would disturb salmon runs in the Tay.',
		'The Transport Ministry said on Monday that "the Tay bridge is on heightened flood readiness."',
		'Motorists will be able to cross from the first of June, when the approach roads are finished.',
	].join('\n\n');
	const right = [
		'The bridge across the Tay estuary opened to cyclists on Monday, well ahead of schedule.',
		'"Cyclists need no permit," the Transport Ministry said today.',
		'The agency also said the Tay bridge has been placed on high flood alert, but there is currently no serious threat.',
		'Drivers can use it from June, once the approach roads are finished.',
	].join('\n\n');
	const spin = similarity(left, right, 3, 2);
	const speaker = similarity(left, right, 3, 1);
	t.true(spin > speaker, `spin ${spin} speaker ${speaker}`);
	t.true(spin >= 0.3, String(spin));
});
