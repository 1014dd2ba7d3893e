import {strongerRelation, type Comparison, type Relation, type Row, type Substitution} from './model.js';
import type {Side} from './units.js';
import type {Weights} from './weights.js';
import type {Pair} from './align.js';
import type {PairDiff} from './word-diff.js';

/**
 * Relation thresholds. Measures are taken from each side and the stronger verdict
 * kept (so excerpts and padded copies count as copies), with IDF-like word weights:
 * - aligned: share of that side's content in sentences paired with the other side;
 * - fidelity: share of the paired content kept word for word (containment / aligned);
 * - exact: share of the paired content in sentences equal after normalisation.
 * identical  no change rows at all (boilerplate aside);
 * verbatim   aligned ≥ 0.5, exact ≥ 0.97, fidelity ≥ 0.97: a copy, maybe excerpted or padded;
 * edited     aligned ≥ 0.5, fidelity ≥ 0.7: most sentences kept, lightly reworded;
 * rewritten  aligned ≥ 0.3, fidelity ≥ 0.25: same sentences in the same order, heavily reworded;
 * related    aligned ≥ 0.1 or shared vocabulary ≥ 0.2: same subject, little shared wording
 *            (measured: different stories on one subject 0.24–0.33, different subjects 0.04–0.13);
 * unrelated  otherwise.
 */
const relationThresholds = {
	copyAligned: 0.5,
	verbatimExact: 0.97,
	verbatimFidelity: 0.97,
	editedFidelity: 0.7,
	rewrittenAligned: 0.3,
	rewrittenFidelity: 0.25,
	relatedAligned: 0.1,
	relatedVocabulary: 0.2,
};

/** Row kinds that are changes (a `changed` row always has a non-trivial op: trivial-only pairs are `same`). */
export const changeKinds: ReadonlySet<Row['kind']> = new Set<Row['kind']>(['changed', 'moved', 'removed', 'added']);

/**
 * Does this row count as a change? The one rule for the summary's count, the
 * gutter and change navigation: a change kind, and for a `changed` row one read
 * back from elsewhere (JSON) with only equal ops is trivial, not a change.
 */
export const isChangeRow = (row: Row): boolean =>
	changeKinds.has(row.kind) && (row.kind !== 'changed' || row.rewritten === true || row.ops.length === 0 || row.ops.some(op => op.op !== 'equal'));

type SideTotals = {total: number; shared: number; paired: number; exact: number};

const totalsOf = (side: Side, s: 0 | 1, weights: Weights): SideTotals => {
	let total = 0;
	for (const index of side.body) total += weights.unitWeight[s][index];
	return {total, shared: 0, paired: 0, exact: 0};
};

const numeric = /^[\p{N}.,:]+$/u;

/**
 * Weighted overlap of the two vocabularies, relative to the smaller one. Numbers
 * are left out: long texts share many by chance (dates, counts, scores).
 */
const vocabularyOverlap = (weights: Weights): number => {
	const seen = [new Uint8Array(weights.words.length), new Uint8Array(weights.words.length)];
	for (let s = 0; s < 2; s++) for (const list of weights.unitWords[s]) for (const id of list) seen[s][id] = 1;
	let aTotal = 0;
	let bTotal = 0;
	let shared = 0;
	for (let id = 0; id < weights.words.length; id++) {
		if (numeric.test(weights.words[id])) continue;
		const weight = weights.weight[id];
		if (seen[0][id]) aTotal += weight;
		if (seen[1][id]) bTotal += weight;
		if (seen[0][id] && seen[1][id]) shared += weight;
	}
	const smaller = Math.min(aTotal, bTotal);
	return smaller > 0 ? shared / smaller : 0;
};

/** The relation of one side's measures (shares, 0..1), by the thresholds above. */
export const relationOf = (aligned: number, fidelity: number, exact: number): Relation => {
	if (aligned >= relationThresholds.copyAligned && exact >= relationThresholds.verbatimExact && fidelity >= relationThresholds.verbatimFidelity) return 'verbatim';
	if (aligned >= relationThresholds.copyAligned && fidelity >= relationThresholds.editedFidelity) return 'edited';
	if (aligned >= relationThresholds.rewrittenAligned && fidelity >= relationThresholds.rewrittenFidelity) return 'rewritten';
	if (aligned >= relationThresholds.relatedAligned) return 'related';
	return 'unrelated';
};

/** The relation seen from one side: how much of it is paired, and how faithfully. */
const relationFrom = (side: SideTotals): Relation => {
	const share = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : 0);
	return relationOf(share(side.paired, side.total), share(side.shared, side.paired), share(side.exact, side.paired));
};

const stronger = (a: Relation, b: Relation, vocabulary: () => number): Relation => {
	const best = strongerRelation(a, b);
	if (best === 'unrelated' && vocabulary() >= relationThresholds.relatedVocabulary) return 'related';
	return best;
};

/**
 * The comparison's summary from its rows and pairs: similarity (0..1, weighted
 * by unit weights), containment of each side in the other (0..1), the relation,
 * the number of change rows (isChangeRow) and the word substitutions with their
 * counts. Pure; `diffs` holds the word diff of every pair.
 */
export const summarize = (
	left: Side,
	right: Side,
	weights: Weights,
	rows: Row[],
	pairs: Pair[],
	diffs: Map<Pair, PairDiff>,
): Omit<Comparison, 'rows' | 'degraded'> => {
	const l = totalsOf(left, 0, weights);
	const r = totalsOf(right, 1, weights);
	const counts = new Map<string, Substitution>();
	for (const pair of pairs) {
		const diff = diffs.get(pair);
		if (!diff) continue;
		l.shared += diff.sharedLeft;
		r.shared += diff.sharedRight;
		const leftWeight = pair.left.reduce((sum, index) => sum + weights.unitWeight[0][index], 0);
		const rightWeight = pair.right.reduce((sum, index) => sum + weights.unitWeight[1][index], 0);
		l.paired += leftWeight;
		r.paired += rightWeight;
		if (diff.same) {
			l.exact += leftWeight;
			r.exact += rightWeight;
		}
		if (diff.wordSimilarity < 0.5 || diff.gaveUp) continue;
		for (const {from, to} of diff.replacements) {
			const key = `${from}\u0000${to}`;
			const entry = counts.get(key) ?? {from, to, count: 0};
			entry.count++;
			counts.set(key, entry);
		}
	}
	const share = (part: number, whole: number, empty: number) => (whole > 0 ? Math.min(1, part / whole) : empty);
	const bothEmpty = l.total === 0 && r.total === 0;
	const containment = {left: share(l.shared, l.total, bothEmpty ? 1 : 0), right: share(r.shared, r.total, bothEmpty ? 1 : 0)};
	const similarity = bothEmpty ? 1 : share(l.shared + r.shared, l.total + r.total, 0);
	const changes = rows.filter(isChangeRow).length;

	// Judged from each side; the stronger verdict wins, so the relation is symmetric.
	const relation = changes === 0 ? 'identical' : stronger(relationFrom(l), relationFrom(r), () => vocabularyOverlap(weights));

	const substitutions = [...counts.values()].sort((a, b) => b.count - a.count || compare(a.from, b.from) || compare(a.to, b.to));
	return {similarity, containment, relation, substitutions, changes};
};

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
