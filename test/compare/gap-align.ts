import test from 'ava';
import fc from 'fast-check';
import {alignGap, lengthPenalty, type GapScorer} from '../../source/compare/gap-align.js';
import {compareTexts} from '../../source/compare/compare.js';

/** A scorer over a similarity matrix (1:1 only; merges score their best cell). */
const matrixScorer = (matrix: number[][]): GapScorer => ({
	similarity: (i, li, j, rj) => (li === 1 && rj === 1 ? matrix[i]![j]! : 0),
	joinsLeft: () => true,
	joinsRight: () => true,
	lengthLeft: () => 100,
	lengthRight: () => 100,
});

test('pairs the diagonal of a reworded gap and skips what does not match', t => {
	const matrix = [
		[0.6, 0, 0],
		[0, 0.05, 0.4],
		[0, 0, 0],
	];
	const steps = alignGap(3, 3, matrixScorer(matrix), {threshold: 0.3, width: Number.POSITIVE_INFINITY});
	t.deepEqual(steps.map(step => [step.i, step.j]), [
		[0, 0],
		[1, 2],
	]);
});

test('a band around the guide finds what the full programme finds on a diagonal', t => {
	const n = 60;
	const matrix = Array.from({length: n}, (_, i) => Array.from({length: n}, (_, j) => (i === j ? 0.5 : 0)));
	const full = alignGap(n, n, matrixScorer(matrix), {threshold: 0.3, width: Number.POSITIVE_INFINITY});
	const banded = alignGap(n, n, matrixScorer(matrix), {threshold: 0.3, width: 3});
	t.is(full.length, n);
	t.deepEqual(banded, full);
});

test('steps are monotone and never overlap (property)', t => {
	fc.assert(
		fc.property(fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 12}), fc.array(fc.double({min: 0, max: 1, noNaN: true}), {minLength: 144, maxLength: 144}), fc.integer({min: 1, max: 13}), (n, m, values, width) => {
			const matrix = Array.from({length: n}, (_, i) => Array.from({length: m}, (_, j) => values[i * 12 + j]!));
			const steps = alignGap(n, m, matrixScorer(matrix), {threshold: 0.3, width});
			let i = 0;
			let j = 0;
			for (const step of steps) {
				if (step.i < i || step.j < j || step.i + step.li > n || step.j + step.rj > m) return false;
				i = step.i + step.li;
				j = step.j + step.rj;
			}
			return true;
		}),
	);
	t.pass();
});

test('the length penalty grows with the mismatch', t => {
	t.true(lengthPenalty(100, 100, 1) < 0.1);
	t.true(lengthPenalty(100, 40, 1) > lengthPenalty(100, 80, 1));
});

test('every reworded sentence of a rewrite is paired, in order', t => {
	const left = [
		'The city council voted on Tuesday to close three primary schools in the northern district.',
		'Parents protested outside the town hall before the meeting began.',
		'The mayor said falling pupil numbers had left the schools half empty.',
		'Teachers unions warned that class sizes would rise sharply in the remaining schools.',
		'The closures will take effect at the end of the next school year.',
	].join(' ');
	const right = [
		'Councillors decided on Tuesday that three primary schools in the north of the city will close.',
		'Before the session started, parents staged a protest in front of the town hall.',
		'Half of the places in those schools were empty because pupil numbers had fallen, according to the mayor.',
		'Class sizes in the schools that remain will rise steeply, the teachers unions warned.',
		'The schools will shut when the next school year ends.',
	].join(' ');
	const result = compareTexts(left, right);
	const pairs = result.rows.filter(row => row.left && row.right);
	t.is(pairs.length, 5, result.rows.map(row => row.kind).join(' '));
	t.true(result.rows.every(row => row.left && row.right));
});

test('a long reworded text (more sentences than the full programme takes) is paired sentence by sentence', t => {
	const syllables = ['ka', 'lo', 'mer', 'vin', 'dra', 'tos', 'bel', 'quar', 'ny', 'zu'];
	const name = (k: number, salt: number) => `${syllables[k % 10]}${syllables[Math.floor(k / 10) % 10]}${syllables[(k + salt) % 10]}`;
	const left: string[] = [];
	const right: string[] = [];
	for (let k = 0; k < 150; k++) {
		const place = `${name(k, 3)[0]!.toUpperCase()}${name(k, 3).slice(1)}`;
		left.push(`Inspectors visited the ${name(k, 1)} depot at ${place} and found its ${name(k, 7)} cranes in poor condition.`);
		right.push(`At ${place}, the ${name(k, 7)} cranes of the ${name(k, 1)} depot were in a bad state, inspectors found during a visit.`);
	}
	const result = compareTexts(left.join(' '), right.join(' '));
	const pairs = result.rows.filter(row => row.left && row.right && row.kind !== 'moved');
	t.true(pairs.length >= 145, `${pairs.length} of 150 paired`);
});
