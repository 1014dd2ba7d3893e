import test from 'ava';
import {exactAnchors} from '../../source/compare/anchors.js';

const anchors = (left: string[], right: string[]) => exactAnchors(left.length, right.length, i => left[i], j => right[j]).map(({i, j}) => `${i}:${j}`);

test('unique keys in both, longest chain in the same order', t => {
	t.deepEqual(anchors(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd']), ['0:0', '2:1', '3:3']);
	t.deepEqual(anchors(['a', 'x', 'b'], ['b', 'y', 'a']), ['2:0']);
	t.deepEqual(anchors([], ['a']), []);
});

test('short repeated keys are not anchors; long ones repeated equally often match occurrence by occurrence', t => {
	t.deepEqual(anchors(['-', 'a', '-'], ['-', 'a', '-']), ['1:1']);
	const long = 'the council met again on tuesday';
	t.deepEqual(anchors([long, 'a', long], [long, 'b', long]), ['0:0', '2:2']);
	// Different counts: not anchors.
	t.deepEqual(anchors([long, long], [long]), []);
});
