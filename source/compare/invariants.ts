import type {Comparison} from './model.js';

/**
 * Problems with a comparison's coverage invariant: every non-whitespace character
 * of each side lies in exactly one row's span on that side, spans in range.
 * Empty when the comparison is sound; used by tests and available to callers
 * that want to check a model read back from JSON.
 */
export const coverageProblems = (left: string, right: string, comparison: Comparison, limit = 5): string[] => {
	const problems: string[] = [];
	for (const side of ['left', 'right'] as const) {
		const text = side === 'left' ? left : right;
		const hits = new Uint8Array(text.length);
		for (const row of comparison.rows) {
			const span = row[side];
			if (!span) continue;
			if (!(span.start >= 0 && span.end <= text.length && span.start <= span.end)) {
				problems.push(`${side} span out of range ${span.start}-${span.end}`);
				continue;
			}
			for (let i = span.start; i < span.end; i++) hits[i] = Math.min(2, hits[i] + 1);
		}
		for (let i = 0; i < text.length && problems.length < limit; i++) {
			if (hits[i] !== 1 && !/\s/.test(text[i])) problems.push(`${side} character ${i} ${JSON.stringify(text[i])} is in ${hits[i]} rows`);
		}
	}
	return problems.slice(0, limit);
};
