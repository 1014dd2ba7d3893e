import type {Comparison, CompareOptions, Row, WordOp} from './model.js';
import {capByFacts, changedFacts} from './facts.js';
import {boundFacts, negationFacts, reversalFacts} from './polarity.js';
import {moodFacts} from './mood.js';
import {directionFacts} from './directions.js';
import {titleRankFacts} from './title-ranks.js';
import {superlativeFacts} from './superlatives.js';
import {prefixNegationFacts} from './negative-prefixes.js';
import {quantifierFacts} from './quantifiers.js';
import type {Weights} from './weights.js';
import {Vocabulary, type TokenRun} from './tokens.js';
import {buildSide, type Side} from './units.js';
import {computeWeights} from './weights.js';
import {alignSides, type Pair} from './align.js';
import {diffCells, diffTokens, equalTokens, type PairDiff} from './word-diff.js';
import {orderRows} from './rows.js';
import {summarize} from './summary.js';
import {countWords} from '../text/words.js';

/**
 * Below this share of equal words a pair is shown as a rewritten block: more than
 * half of what the reader would see is change, and interleaved word changes at
 * that density are harder to read than the two sentences one above the other.
 */
export const rewrittenBelow = 0.5;
/**
 * Default work budget for all word diffs of one comparison, in cells (see `diffCells`).
 * Counted in work, not milliseconds, so a comparison is the same on every machine and
 * under any load (a wall-clock budget made results, and `npm run eval`, vary between
 * runs). Sized to stay under about the 3 s the former time budget allowed on a slow
 * 2-core machine; `npm run bench` prints the cells a large pair uses.
 */
export const defaultDiffBudget = 60_000_000;

/** Compare two article texts: sentence alignment, word differences inside pairs, and a summary. */
export const compareTexts = (left: string, right: string, options: CompareOptions = {}): Comparison => {
	// Work in a canonical orientation (shorter text first) so that swapping the
	// inputs mirrors the result exactly: vocabulary ids, tie-breaks in alignment
	// and word diffs would otherwise depend on which text came first.
	const swap = right.length < left.length || (right.length === left.length && right < left);
	const vocabulary = new Vocabulary();
	let leftSide: Side;
	let rightSide: Side;
	if (swap) {
		rightSide = buildSide(right, vocabulary, options.exclude?.right, options.tentative?.right, options.continued?.right);
		leftSide = buildSide(left, vocabulary, options.exclude?.left, options.tentative?.left, options.continued?.left);
	} else {
		leftSide = buildSide(left, vocabulary, options.exclude?.left, options.tentative?.left, options.continued?.left);
		rightSide = buildSide(right, vocabulary, options.exclude?.right, options.tentative?.right, options.continued?.right);
	}
	const canonicalWeights = swap ? computeWeights(rightSide, leftSide, vocabulary) : computeWeights(leftSide, rightSide, vocabulary);
	const weights = swap ? mirrorWeights(canonicalWeights) : canonicalWeights;
	const alignment = swap ? alignSides(rightSide, leftSide, canonicalWeights, options.alignTuning, !options.fullAlignment) : alignSides(leftSide, rightSide, weights, options.alignTuning, !options.fullAlignment);
	const pairs: Pair[] = settleTentative(leftSide, rightSide, swap ? alignment.pairs.map(pair => ({left: pair.right, right: pair.left, similarity: pair.similarity, moved: pair.moved, exact: pair.exact})) : alignment.pairs);
	// A size guard: text/sentences.ts cut each "sentence" too long to diff whole into pieces (Unit.cut). When pieces are
	// left unpaired on both sides the rows are not what comparing those sentences whole would give (one word changed in
	// a line of repeated filler moves every later cut: thousands of pieces removed and added), so the result is coarse.
	let degraded = alignment.degraded || (unpairedPieces(leftSide, pairs, 'left') && unpairedPieces(rightSide, pairs, 'right'));
	let budget = options.diffBudget ?? defaultDiffBudget;
	const diffs = new Map<Pair, PairDiff>();

	// A pair's first and last unit each side and its token runs (no array of its units: two per pair added up in GC).
	const runsOf = (pair: Pair) => {
		const leftFirst = leftSide.units[pair.left[0]];
		const leftLast = leftSide.units[pair.left[pair.left.length - 1]];
		const rightFirst = rightSide.units[pair.right[0]];
		const rightLast = rightSide.units[pair.right[pair.right.length - 1]];
		const leftRun: TokenRun = {text: left, table: leftSide.tokens, from: leftFirst.from, to: leftLast.to};
		const rightRun: TokenRun = {text: right, table: rightSide.tokens, from: rightFirst.from, to: rightLast.to};
		return {leftFirst, leftLast, rightFirst, rightLast, leftRun, rightRun};
	};
	// Word diffs in the alignment's (canonical) order, so that the budget runs out at
	// the same pair whichever text came first.
	for (const pair of pairs) {
		const {leftFirst, rightFirst, leftRun, rightRun} = runsOf(pair);
		const exact = pair.exact || (pair.left.length === 1 && pair.right.length === 1 && leftFirst.key === rightFirst.key);
		let diff: PairDiff;
		if (exact) diff = equalTokens(leftRun, rightRun, sum(pair.left, weights.unitWeight[0]), sum(pair.right, weights.unitWeight[1]));
		else {
			// The edit steps the remaining budget affords for this pair's tokens.
			const tokens = leftRun.to - leftRun.from + rightRun.to - rightRun.from;
			const maxEdits = Math.max(0, Math.floor(budget / Math.max(1, tokens)) - 1);
			diff = swap ? mirrorDiff(diffTokens(rightRun, leftRun, vocabulary, weights, maxEdits)) : diffTokens(leftRun, rightRun, vocabulary, weights, maxEdits);
			const edits = diff.gaveUp ? maxEdits : diff.ops.reduce((count, op) => count + (op.op === 'equal' ? 0 : 1), 0);
			budget -= diffCells(tokens, edits);
		}
		if (diff.gaveUp) degraded = true;
		diffs.set(pair, diff);
	}

	const pairRow = (pair: Pair): Row => {
		const {leftFirst, leftLast, rightFirst, rightLast, leftRun, rightRun} = runsOf(pair);
		const diff = diffs.get(pair)!;
		const same = diff.same;
		const row: Row = {
			kind: pair.moved ? 'moved' : same ? 'same' : 'changed',
			left: {start: leftFirst.start, end: leftLast.end},
			right: {start: rightFirst.start, end: rightLast.end},
			similarity: same ? 1 : diff.wordSimilarity,
			ops: diff.ops,
			leftParagraph: leftFirst.paragraph,
			rightParagraph: rightFirst.paragraph,
		};
		if (!same && (diff.gaveUp || diff.wordSimilarity < rewrittenBelow)) {
			row.rewritten = true;
			row.ops = wholeBlocks(leftRun, rightRun);
		}
		return row;
	};

	const rows = orderRows(leftSide, rightSide, pairs, pairRow);
	const summary = summarize(leftSide, rightSide, weights, rows, pairs, diffs, options.measures ?? true);
	const found = changedFacts(left, right, rows, options.language, {left: {wrapped: leftSide.wrapped === true, continued: options.continued?.left}, right: {wrapped: rightSide.wrapped === true, continued: options.continued?.right}});
	const negations = negationFacts(left, right, rows, options.language, found);
	const reversals = reversalFacts(left, right, rows, options.language, [...found, ...negations]);
	const {language} = options;
	const facts = [
		...found,
		...negations,
		...reversals,
		...boundFacts(left, right, rows),
		...moodFacts(left, right, rows, language),
		...directionFacts(left, right, rows, language),
		// Readers of one changed run each, on the row's word ops: a title's rank, a superlative, a negative prefix, a quantifier.
		...titleRankFacts(left, right, rows, language, found),
		...superlativeFacts(left, right, rows, language, [...found, ...negations, ...reversals]),
		...prefixNegationFacts(left, right, rows, language, [...negations, ...reversals]),
		...quantifierFacts(left, right, rows, language, [...found, ...negations]),
	].sort((a, b) => a.row - b.row);
	return {...summary, relation: capByFacts(summary.relation, facts, rows, left, right, options.language), facts, rows, degraded};
};

/** Whether a body unit of `side` that is a piece of a sentence cut for length (Unit.cut) is in none of `pairs`. */
const unpairedPieces = (side: Side, pairs: readonly Pair[], which: 'left' | 'right'): boolean => {
	if (!side.body.some(index => side.units[index]!.cut)) return false;
	const paired = new Set(pairs.flatMap(pair => pair[which]));
	return side.body.some(index => side.units[index]!.cut && !paired.has(index));
};

/**
 * Tentative boilerplate lines (see pair-exclusion.ts `isTentative`) after the alignment:
 * one paired with a reworded counterpart is article text both texts share (page chrome
 * is copied or absent, never reworded), so it stays a sentence; one left unpaired, or
 * paired word for word with another tentative line (the same site's chrome), becomes the
 * boilerplate row it was labelled. Between copies whose other sentences are mostly word
 * for word the same (two scrapes of one page, an edited copy), a rewording is a sentence
 * reworded; two tentative lines that differ and are not both sentences (a share counter,
 * a sidebar's headline, a comment count) are chrome that changed between the scrapes, and
 * both stay boilerplate. Drops such pairs; updates each side's body.
 */
const settleTentative = (left: Side, right: Side, pairs: Pair[]): Pair[] => {
	const tentative = (side: Side, indices: number[]) => indices.every(index => side.units[index].tentative);
	const both = (pair: Pair) => tentative(left, pair.left) && tentative(right, pair.right);
	let sentences = 0;
	let verbatim = 0;
	for (const pair of pairs) {
		if (both(pair)) continue;
		sentences++;
		if (pair.exact) verbatim++;
	}
	// Most sentences kept word for word: a tentative pair is a rewording only when both read as sentences.
	const copied = sentences > 0 && verbatim * 2 > sentences;
	const prose = (side: Side, indices: number[]) => indices.length > 0 && indices.every(index => readsAsSentence(side.text.slice(side.units[index].start, side.units[index].end)));
	const kept = pairs.filter(pair => !(both(pair) && (pair.exact || (copied && !(prose(left, pair.left) && prose(right, pair.right))))));
	for (const [side, paired] of [
		[left, new Set(kept.flatMap(pair => pair.left))],
		[right, new Set(kept.flatMap(pair => pair.right))],
	] as const) {
		if (!side.body.some(index => side.units[index].tentative)) continue;
		side.body = side.body.filter(index => {
			const unit = side.units[index];
			if (!unit.tentative || paired.has(index)) return true;
			unit.excluded = unit.tentative;
			return false;
		});
	}

	return kept;
};

/**
 * A unit that reads as a sentence: six words or more ending with a sentence's
 * punctuation (any script's; closing quotes and brackets after it). A counter,
 * a headline or a "3 Comments" line does not.
 */
const readsAsSentence = (text: string): boolean => /[.!?…。！？](?:["'”’»)\]]*)\s*$/u.test(text) && countWords(text) >= 6;

const wholeBlocks = (left: TokenRun, right: TokenRun): WordOp[] => {
	const ops: WordOp[] = [];
	if (left.to > left.from) ops.push({op: 'removed', left: {start: left.table.start[left.from], end: left.table.end[left.to - 1]}});
	if (right.to > right.from) ops.push({op: 'added', right: {start: right.table.start[right.from], end: right.table.end[right.to - 1]}});
	return ops;
};

const sum = (indices: number[], values: Float64Array) => indices.reduce((total, index) => total + values[index], 0);

const mirrorWeights = (weights: Weights): Weights => ({
	...weights,
	unitWords: [weights.unitWords[1], weights.unitWords[0]],
	unitWeight: [weights.unitWeight[1], weights.unitWeight[0]],
});

/** A diff computed right-to-left, seen from the left. */
const mirrorDiff = (diff: PairDiff): PairDiff => ({
	...diff,
	ops: diff.ops.map((op): WordOp => {
		if (op.op === 'equal') return op.trivial ? {op: 'equal', left: op.right, right: op.left, trivial: true} : {op: 'equal', left: op.right, right: op.left};
		return op.op === 'removed' ? {op: 'added', right: op.left} : {op: 'removed', left: op.right};
	}),
	sharedLeft: diff.sharedRight,
	sharedRight: diff.sharedLeft,
	replacements: diff.replacements.map(({from, to, fromText, toText}) => ({from: to, to: from, fromText: toText, toText: fromText})),
});
