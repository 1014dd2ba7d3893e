import type {Comparison, Row} from '../source/compare/model.js';

/**
 * Comparisons of `copyCount` copies against one base made of `sentences`
 * (joined by spaces), built directly rather than by the engine, so what uses
 * them measures or tests the collation alone. Copy c drops every sentence with
 * (index + c) % 11 === 0, edits those with (index × c) % 13 === 0 and keeps the
 * rest; its similarity is 0.9 − c/1000, so copies order by number.
 */
export const syntheticComparisons = (sentences: readonly string[], copyCount: number): {text: string; comparisons: Comparison[]} => {
	const text = sentences.join(' ');
	const starts: number[] = [];
	let at = 0;
	for (const sentence of sentences) {
		starts.push(at);
		at += sentence.length + 1;
	}

	const comparisons = Array.from({length: copyCount}, (_, c): Comparison => {
		const rows: Row[] = sentences.map((sentence, index): Row => {
			const span = {start: starts[index], end: starts[index] + sentence.length};
			if ((index + c) % 11 === 0) return {kind: 'removed', left: span, right: null, similarity: 0, ops: []};
			if ((index * c) % 13 === 0) return {kind: 'changed', left: span, right: span, similarity: 0.8, ops: [{op: 'removed', left: span}]};
			return {kind: 'same', left: span, right: span, similarity: 1, ops: []};
		});
		return {similarity: 0.9 - c / 1000, containment: {left: 0.9, right: 0.9}, relation: 'edited', substitutions: [], rows, changes: 10, degraded: false};
	});
	return {text, comparisons};
};
