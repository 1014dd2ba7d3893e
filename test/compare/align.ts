import {readdirSync, readFileSync} from 'node:fs';
import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {alignTuning} from '../../source/compare/align.js';

const left = [
	'The regional council approved the new budget for the northern hospitals after a long debate on Tuesday evening, and the opposition walked out of the chamber in protest.',
	'Health officials said the money would pay for two hundred additional nurses across the province.',
	'The first nurses are expected to start work in the spring.',
].join(' ');
const right = [
	'After a lengthy debate on Tuesday evening the regional council approved the new budget for the northern hospitals.',
	'Its opponents then left in anger.',
	'According to health officials, the money will fund two hundred additional nurses across the province.',
	'The first nurses should start work in the spring.',
].join(' ');

test('a clause split off in the other text joins its sentence when the lengths call for it, though it shares no words (Gale–Church)', t => {
	const result = compareTexts(left, right);
	t.false(result.rows.some(row => row.kind === 'added'), result.rows.map(row => row.kind).join(' '));
	const first = result.rows.find(row => row.left && row.right)!;
	t.true(right.slice(first.right!.start, first.right!.end).endsWith('Its opponents then left in anger.'));
	// Without the length evidence the clause is shown as added.
	const wordsOnly = compareTexts(left, right, {alignTuning: {...alignTuning, mergeLengthGain: Number.POSITIVE_INFINITY, attachLengthGain: Number.POSITIVE_INFINITY}});
	t.true(wordsOnly.rows.some(row => row.kind === 'added'));
});

test('a long added sentence beside a reworded pair is not absorbed by it (the lengths do not call for it)', t => {
	const added = 'Separately, a fire broke out at a furniture warehouse near the harbour late on Monday night and burned until dawn.';
	const result = compareTexts(left, right.replace('Its opponents then left in anger.', added));
	t.true(result.rows.some(row => row.kind === 'added' && row.right && right.length > 0), result.rows.map(row => row.kind).join(' '));
});

const seeds = new URL('../../corpus/', import.meta.url);
const seed = (prefix: string) => readFileSync(new URL(readdirSync(seeds).find(name => name.startsWith(prefix))!, seeds), 'utf8');

test('seeds 003 and 004: no pair is shown at the similarity of unrelated neighbours (the fill floor)', t => {
	for (const prefix of ['003_', '004_']) {
		const result = compareTexts(seed('000_'), seed(prefix));
		const pairs = result.rows.filter(row => row.left && row.right && row.kind !== 'boilerplate');
		t.true(pairs.length >= 3, `${prefix}: ${pairs.length} pairs`);
		const low = pairs.filter(row => row.similarity < 0.08).map(row => row.similarity.toFixed(3));
		t.deepEqual(low, [], prefix);
	}
});

test('a lone "." equal on both sides is no evidence: it is not paired as a move and does not decide what moved', t => {
	const left = 'Rebels seized the airport on Monday after a night of fighting.\n\n.\n\nThe council met on Friday to approve the budget for the new hospital.\n\nPrices rose sharply across the region.';
	const right = 'The council met on Friday to approve the budget for the new hospital.\n\nPrices rose sharply across the region.\n\nRebels seized the airport on Monday after a night of fighting.\n\n.';
	const rows = compareTexts(left, right).rows;
	t.deepEqual(rows.map(row => row.kind), ['moved', 'removed', 'same', 'same', 'added']);
});
