import test from 'ava';
import {buildSide} from '../../source/compare/units.js';
import {Vocabulary} from '../../source/compare/tokens.js';

const units = (text: string, exclude: Array<[number, number]> = []) =>
	buildSide(
		text,
		new Vocabulary(),
		exclude.map(([start, end]) => ({span: {start, end}, label: 'boilerplate' as const})),
	).units.map(unit => `${unit.excluded ? 'x' : 's'}${unit.paragraph}:${text.slice(unit.start, unit.end)}`);

test('sentences with their paragraph, a sentence broken across paragraphs joined', t => {
	t.deepEqual(units('One. Two.\n\nThree, adding that\n\nfour was late.\n\nFive.'), ['s0:One.', 's0:Two.', 's1:Three, adding that\n\nfour was late.', 's3:Five.']);
});

test('excluded spans become units of their own and cut paragraphs', t => {
	const text = 'Body one.\nShare this\nBody two.\n\nFooter';
	const share = text.indexOf('Share');
	const footer = text.indexOf('Footer');
	t.deepEqual(units(text, [[share, share + 10], [footer, text.length + 50]]), ['s0:Body one.', 'x0:Share this', 's0:Body two.', 'x1:Footer']);
});

test('overlapping and out-of-range exclusions are clamped and clipped', t => {
	const text = 'Alpha beta. Gamma delta.';
	// Overlaps are clipped, not merged: each exclusion keeps its own label.
	t.deepEqual(units(text, [[0, 5], [3, 11], [-4, 2], [30, 40]]), ['x0:Alpha', 'x0:beta.', 's0:Gamma delta.']);
});
