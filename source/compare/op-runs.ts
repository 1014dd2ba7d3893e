// Reading a row's word ops (model.ts WordOp) by side and by run: shared by the fact readers
// that look at what changed between equal words (polarity.ts, directions.ts).
import type {WordOp} from './model.js';

/** The span an op covers on one side, or undefined when it has none there (an added op on the left, a removed one on the right). */
export const sideOf = (op: WordOp, side: 'left' | 'right') => (side === 'left' ? (op.op === 'added' ? undefined : op.left) : op.op === 'removed' ? undefined : op.right);

/** The span of one side of ops[from..to) (their first start to their last end), or undefined when that side has none. O(to − from). */
export const opsSpan = (ops: readonly WordOp[], from: number, to: number, side: 'left' | 'right'): {start: number; end: number} | undefined => {
	let start = Number.POSITIVE_INFINITY;
	let end = -1;
	for (let k = from; k < to; k++) {
		const span = sideOf(ops[k]!, side);
		if (!span) continue;
		start = Math.min(start, span.start);
		end = Math.max(end, span.end);
	}
	return end < 0 ? undefined : {start, end};
};

/** The runs of changed ops of a row, between equal ones, in order: each as its first op and the op after its last. Linear. */
export const changedRuns = (ops: readonly WordOp[]): Array<[number, number]> => {
	const runs: Array<[number, number]> = [];
	for (let start = 0; start < ops.length; ) {
		if (ops[start]!.op === 'equal') {
			start++;
			continue;
		}
		let end = start;
		while (end < ops.length && ops[end]!.op !== 'equal') end++;
		runs.push([start, end]);
		start = end;
	}
	return runs;
};
