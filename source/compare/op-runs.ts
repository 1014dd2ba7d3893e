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

/** Each row's runs, found once for all the fact readers that ask (the ops arrays are a comparison's, never edited after). */
const runsOfOps = new WeakMap<readonly WordOp[], ReadonlyArray<readonly [number, number]>>();

/** The runs of changed ops of a row, between equal ones, in order: each as its first op and the op after its last. Linear, once per ops array (kept while the array lives). */
export const changedRuns = (ops: readonly WordOp[]): ReadonlyArray<readonly [number, number]> => {
	let known = runsOfOps.get(ops);
	if (!known) runsOfOps.set(ops, (known = findRuns(ops)));
	return known;
};

const findRuns = (ops: readonly WordOp[]): Array<[number, number]> => {
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

/** The text each op of ops[from..to) writes on one side, in order (an op is one token: a word or a mark); ops without that side left out. O(to − from). */
export const tokensOf = (ops: readonly WordOp[], from: number, to: number, side: 'left' | 'right', text: string): string[] => {
	const tokens: string[] = [];
	for (let k = Math.max(0, from); k < Math.min(ops.length, to); k++) {
		const span = sideOf(ops[k]!, side);
		if (span) tokens.push(text.slice(span.start, span.end));
	}
	return tokens;
};

/** One side's text of ops[from..to) (their first start to their last end), white space folded; '' when that side has none. */
export const sideText = (ops: readonly WordOp[], from: number, to: number, side: 'left' | 'right', text: string): string => {
	const span = opsSpan(ops, from, to, side);
	return span ? text.slice(span.start, span.end).replace(/\s+/gu, ' ').trim() : '';
};

/**
 * Both sides' text of the changed ops[first..last) widened by `before` equal ops before them and `after` after them: the
 * words a fact is shown on ("police said" / "rebels said"). [left, right], null for a side with no text. O(ops between).
 */
export const shownAround = (ops: readonly WordOp[], first: number, last: number, left: string, right: string, before: number, after: number): [string | null, string | null] => {
	let from = first;
	for (let equal = 0; from > 0 && equal < before; ) if (ops[--from]!.op === 'equal') equal++;
	let to = last;
	for (let equal = 0; to < ops.length && equal < after; to++) if (ops[to]!.op === 'equal') equal++;
	return [sideText(ops, from, to, 'left', left) || null, sideText(ops, from, to, 'right', right) || null];
};

/** Whether a token is a word (letters, marks or digits; not a mark of punctuation alone). */
export const isWordToken = (token: string): boolean => /[\p{L}\p{N}]/u.test(token);

/** The text of ops[k] when it is an equal op (as the left side writes it), else undefined (no such op, or a changed one). */
export const equalToken = (ops: readonly WordOp[], k: number, left: string): string | undefined => {
	const op = ops[k];
	return op?.op === 'equal' ? left.slice(op.left.start, op.left.end) : undefined;
};
