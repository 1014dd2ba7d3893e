import {isSpaceAt} from '../text/lines.js';
import type {Comparison} from './model.js';

/**
 * Problems with a comparison's coverage invariant: every non-whitespace character (isSpaceAt)
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
			if (hits[i] !== 1 && !isSpaceAt(text, i)) problems.push(`${side} character ${i} ${JSON.stringify(text[i])} is in ${hits[i]} rows`);
		}
	}
	return problems.slice(0, limit);
};

/** Problems with word ops: each op's spans inside its row's spans, in text order on each side. */
export const opProblems = (comparison: Comparison, limit = 5): string[] => {
	const problems: string[] = [];
	comparison.rows.forEach((row, index) => {
		let leftAt = row.left?.start ?? 0;
		let rightAt = row.right?.start ?? 0;
		for (const op of row.ops) {
			if (problems.length >= limit) return;
			if (op.op !== 'added') {
				if (!row.left || op.left.start < leftAt || op.left.end > row.left.end || op.left.start > op.left.end) problems.push(`row ${index}: left op ${op.left.start}-${op.left.end} outside or out of order`);
				else leftAt = op.left.end;
			}
			if (op.op !== 'removed') {
				if (!row.right || op.right.start < rightAt || op.right.end > row.right.end || op.right.start > op.right.end) problems.push(`row ${index}: right op ${op.right.start}-${op.right.end} outside or out of order`);
				else rightAt = op.right.end;
			}
		}
	});
	return problems;
};
