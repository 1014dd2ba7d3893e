import {diffArrays} from 'diff';
import {unspacedScript} from '../text/scripts.js';
import type {WordOp} from './model.js';
import type {Weights} from './weights.js';
import type {TokenRun, Vocabulary} from './tokens.js';

/** A token of a run, materialised only for pairs that need a word diff. */
type Token = {start: number; end: number; id: number; norm: string; word: boolean};

const materialise = (run: TokenRun, vocabulary: Vocabulary): Token[] => {
	const tokens: Token[] = [];
	for (let k = run.from; k < run.to; k++) {
		const id = run.table.id[k];
		tokens.push({start: run.table.start[k], end: run.table.end[k], id, norm: vocabulary.words[id], word: vocabulary.wordLike[id] === 1});
	}
	return tokens;
};

/** The word-level comparison of one pair of sentences (or sentence groups). */
export type PairDiff = {
	ops: WordOp[];
	/** Weight of the words each side shares with the other. */
	sharedLeft: number;
	sharedRight: number;
	/** Share of words equal on both sides, unweighted: 2·equal / (left words + right words). */
	wordSimilarity: number;
	/** Short replaced runs ("seized" → "taken"), normalised words. */
	replacements: Array<{from: string; to: string}>;
	/** No change at all (trivial differences aside). */
	same: boolean;
	/** The diff gave up (work budget or edit-length guard): ops are one removed and one added block. */
	gaveUp: boolean;
};

/** Replacement runs longer than this many words are rewording, not a substitution. */
const maxSubstitutionWords = 3;
/** Edit scripts longer than this are not worth computing word by word. */
const maxEditLength = 400;


const endsUnspaced = new RegExp(`${unspacedScript.source}$`, 'u');
const startsUnspaced = new RegExp(`^${unspacedScript.source}`, 'u');

/** Words of a run as one phrase: spaces only where the script uses them. */
const joinWords = (tokens: Token[]): string => {
	let phrase = '';
	for (const token of tokens) {
		if (!token.word) continue;
		if (phrase && !(endsUnspaced.test(phrase) && startsUnspaced.test(token.norm))) phrase += ' ';
		phrase += token.norm;
	}
	return phrase;
};

/**
 * Sentences equal after normalisation: equal ops without running a diff; a single
 * op over the whole span when the two are byte-identical (the common case in copies).
 */
export const equalTokens = (leftRun: TokenRun, rightRun: TokenRun, sharedLeft: number, sharedRight: number): PairDiff => {
	const ops: WordOp[] = [];
	const {table: lt, text: leftText} = leftRun;
	const {table: rt, text: rightText} = rightRun;
	const count = Math.min(leftRun.to - leftRun.from, rightRun.to - rightRun.from);
	if (count > 0) {
		const leftSpan = {start: lt.start[leftRun.from], end: lt.end[leftRun.to - 1]};
		const rightSpan = {start: rt.start[rightRun.from], end: rt.end[rightRun.to - 1]};
		if (leftText.slice(leftSpan.start, leftSpan.end) === rightText.slice(rightSpan.start, rightSpan.end)) ops.push({op: 'equal', left: leftSpan, right: rightSpan});
		else {
			for (let k = 0; k < count; k++) {
				const l = leftRun.from + k;
				const r = rightRun.from + k;
				const op: WordOp = {op: 'equal', left: {start: lt.start[l], end: lt.end[l]}, right: {start: rt.start[r], end: rt.end[r]}};
				if (leftText.slice(lt.start[l], lt.end[l]) !== rightText.slice(rt.start[r], rt.end[r])) op.trivial = true;
				ops.push(op);
			}
		}
	}
	return {ops, sharedLeft, sharedRight, wordSimilarity: 1, replacements: [], same: true, gaveUp: false};
};

/**
 * Work of one word diff in cells, the unit of `CompareOptions.diffBudget`: Myers' O((N+D)·D)
 * search explores at most (n + m) cells per edit step, so a diff of `edits` steps
 * over n + m tokens costs at most (n + m)·(edits + 1). (Myers 1986, "An O(ND) difference algorithm".)
 */
export const diffCells = (tokens: number, edits: number): number => tokens * (edits + 1);

/**
 * The word diff of one pair of runs, giving up past `maxEdits` edit steps (and
 * never past `maxEditLength`): a bound in work, not time, so the result is the
 * same on any machine under any load. `maxEdits <= 0` gives up at once.
 */
export const diffTokens = (leftRun: TokenRun, rightRun: TokenRun, vocabulary: Vocabulary, weights: Weights, maxEdits: number): PairDiff => {
	const leftText = leftRun.text;
	const rightText = rightRun.text;
	const left = materialise(leftRun, vocabulary);
	const right = materialise(rightRun, vocabulary);
	// Out of budget: no diff at all.
	const editCap = Math.min(maxEditLength, Math.floor(maxEdits));
	const changes =
		editCap > 0
			? diffArrays(
					Array.from(leftRun.table.id.subarray(leftRun.from, leftRun.to)),
					Array.from(rightRun.table.id.subarray(rightRun.from, rightRun.to)),
					{maxEditLength: editCap},
				)
			: undefined;
	let totalWords = 0;
	for (const token of left) if (token.word) totalWords++;
	for (const token of right) if (token.word) totalWords++;
	if (!changes) {
		const ops: WordOp[] = [];
		if (left.length) ops.push({op: 'removed', left: {start: left[0].start, end: left[left.length - 1].end}});
		if (right.length) ops.push({op: 'added', right: {start: right[0].start, end: right[right.length - 1].end}});
		return {ops, sharedLeft: 0, sharedRight: 0, wordSimilarity: 0, replacements: [], same: false, gaveUp: true};
	}
	const ops: WordOp[] = [];
	const replacements: PairDiff['replacements'] = [];
	let sharedLeft = 0;
	let sharedRight = 0;
	let equalWords = 0;
	let i = 0;
	let j = 0;
	for (let c = 0; c < changes.length; c++) {
		const change = changes[c];
		if (change.removed || change.added) {
			// A removed run directly followed by an added run (or the reverse) is a replacement.
			const next = changes[c + 1];
			if (next && (next.removed || next.added) && next.removed !== change.removed) {
				const removedRun = change.removed ? left.slice(i, i + change.count) : left.slice(i, i + next.count);
				const addedRun = change.added ? right.slice(j, j + change.count) : right.slice(j, j + next.count);
				const from = joinWords(removedRun);
				const to = joinWords(addedRun);
				const fromWords = removedRun.filter(token => token.word).length;
				const toWords = addedRun.filter(token => token.word).length;
				if (fromWords >= 1 && toWords >= 1 && fromWords <= maxSubstitutionWords && toWords <= maxSubstitutionWords) replacements.push({from, to});
			}
			for (let k = 0; k < change.count; k++) {
				if (change.removed) {
					const token = left[i++];
					ops.push({op: 'removed', left: {start: token.start, end: token.end}});
				} else {
					const token = right[j++];
					ops.push({op: 'added', right: {start: token.start, end: token.end}});
				}
			}
			continue;
		}
		for (let k = 0; k < change.count; k++) {
			const l = left[i++];
			const r = right[j++];
			if (l.word) {
				equalWords += 2;
				sharedLeft += weights.weight[l.id];
				sharedRight += weights.weight[r.id];
			}
			const op: WordOp = {op: 'equal', left: {start: l.start, end: l.end}, right: {start: r.start, end: r.end}};
			if (leftText.slice(l.start, l.end) !== rightText.slice(r.start, r.end)) op.trivial = true;
			ops.push(op);
		}
	}
	return {ops, sharedLeft, sharedRight, wordSimilarity: totalWords ? equalWords / totalWords : 1, replacements, same: changes.every(change => !change.added && !change.removed), gaveUp: false};
};
