import type {Comparison} from '../../source/compare/model.js';

/** Problems with the coverage invariant: each non-whitespace character of each side in exactly one row span. */
export const coverageProblems = (left: string, right: string, comparison: Comparison): string[] => {
	const problems: string[] = [];
	for (const side of ['left', 'right'] as const) {
		const text = side === 'left' ? left : right;
		const hits = new Uint16Array(text.length);
		for (const row of comparison.rows) {
			const span = row[side];
			if (!span) continue;
			if (span.start < 0 || span.end > text.length || span.start > span.end) {
				problems.push(`${side} span out of range ${span.start}-${span.end}`);
				continue;
			}
			for (let i = span.start; i < span.end; i++) hits[i]++;
		}
		for (let i = 0; i < text.length; i++) {
			if (/\s/.test(text[i])) continue;
			if (hits[i] !== 1) {
				problems.push(`${side} char ${i} ${JSON.stringify(text[i])} covered ${hits[i]} times`);
				if (problems.length > 5) return problems;
			}
		}
	}
	return problems;
};

// This module is also a test file (AVA runs everything under test/): check the checker can fail.
const {default: test} = await import('ava');
test('coverage checker reports gaps and overlaps', t => {
	const text = 'ab cd';
	const row = (start: number, end: number) => ({kind: 'removed' as const, left: {start, end}, right: null, similarity: 0, ops: []});
	const base = {similarity: 0, containment: {left: 0, right: 0}, relation: 'unrelated' as const, substitutions: [], changes: 0, degraded: false};
	t.deepEqual(coverageProblems(text, '', {...base, rows: [row(0, 2), row(3, 5)]}), []);
	t.not(coverageProblems(text, '', {...base, rows: [row(0, 2)]}).length, 0);
	t.not(coverageProblems(text, '', {...base, rows: [row(0, 4), row(3, 5)]}).length, 0);
});
