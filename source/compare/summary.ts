import type {Comparison, RelationMeasures, Row, Substitution} from './model.js';
import type {Side} from './units.js';
import {relationOfMeasures} from './relation-rule.js';
import {relationThresholds} from './relation-thresholds.js';
import type {Weights} from './weights.js';
import type {Pair} from './align.js';
import type {PairDiff} from './word-diff.js';

export const changeKinds = new Set<Row['kind']>(['changed', 'moved', 'removed', 'added']);

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

/**
 * Containment of word n-grams, the classic text-reuse measure (Broder 1997;
 * Clough & Stevenson 2011): the share of each side's distinct n-grams of body
 * words (in text order) found in the other side; `contentOnly`: content words
 * only (function and calendar words left out, elided articles dropped). Returns [left, right].
 */
export const ngramContainment = (left: Side, right: Side, weights: Weights, n: number, contentOnly = false): [number, number] => {
	// Hashed n-grams, sorted and deduplicated: a merge instead of string sets (30,000-word texts).
	const gramsOf = (side: Side, s: 0 | 1): Uint32Array => {
		let count = 0;
		for (const index of side.body) count += weights.unitWords[s][index].length;
		const words = new Int32Array(count);
		let at = 0;
		for (const index of side.body) for (const id of weights.unitWords[s][index]) if (!contentOnly || weights.pairWeight[weights.match[id]] > 0) words[at++] = contentOnly ? weights.match[id] : id;
		count = at;
		const grams = new Uint32Array(Math.max(0, count - n + 1));
		for (let k = 0; k < grams.length; k++) {
			let hash = 0x811c9dc5;
			for (let x = 0; x < n; x++) hash = Math.imul(hash ^ words[k + x], 0x01000193) ^ (hash >>> 15);
			grams[k] = hash >>> 0;
		}
		grams.sort();
		let unique = 0;
		for (let k = 0; k < grams.length; k++) if (k === 0 || grams[k] !== grams[k - 1]) grams[unique++] = grams[k];
		return grams.subarray(0, unique);
	};
	const a = gramsOf(left, 0);
	const b = gramsOf(right, 1);
	let shared = 0;
	for (let i = 0, j = 0; i < a.length && j < b.length; ) {
		if (a[i] === b[j]) (shared++, i++, j++);
		else if (a[i] < b[j]) i++;
		else j++;
	}
	return [a.length ? shared / a.length : 0, b.length ? shared / b.length : 0];
};

/**
 * The comparison's summary: similarity and containment (IDF-weighted shares of
 * words kept word for word), the relation measures and the relation decided
 * from them (relation-rule.ts, thresholds fitted in relation-thresholds.ts; the
 * facts' caps are applied by compareTexts), changes and substitutions.
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
	const changes = rows.filter(row => changeKinds.has(row.kind)).length;

	// Judged from each side; the stronger verdict wins, so the relation is symmetric.
	const part = (a: number, b: number) => (b > 0 ? Math.min(1, a / b) : 0);
	const measures: RelationMeasures = {
		aligned: {left: part(l.paired, l.total), right: part(r.paired, r.total)},
		exact: {left: part(l.exact, l.paired), right: part(r.exact, r.paired)},
		vocabulary: vocabularyOverlap(weights),
		words: ngramContainment(left, right, weights, 1, true),
		phrases: ngramContainment(left, right, weights, 3),
	};
	const relation = changes === 0 ? 'identical' : relationOfMeasures(measures, relationThresholds);

	const substitutions = [...counts.values()].sort((a, b) => b.count - a.count || compare(a.from, b.from) || compare(a.to, b.to));
	return {similarity, containment, relation, substitutions, changes, measures};
};

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
