// Hand-made comparison models for renderer and reader tests: rows are given
// as the text they cover; spans are found in order and word ops computed with
// a plain word diff, so tests do not depend on the real engine.
import {isChangeRow} from '../../source/compare/summary.js';
import {diffArrays} from 'diff';
import type {Comparison, Row, RowKind, WordOp} from '../../source/compare/model.js';
import type {Span} from '../../source/text/span.js';

export type RowSpec = {
	kind: RowKind;
	left?: string;
	right?: string;
	rewritten?: boolean;
	movedAfter?: number;
	leftParagraph?: number;
	rightParagraph?: number;
	category?: Row['category'];
	reason?: string;
	/** Mark equal ops whose words differ only in case as trivial. */
	trivialCase?: boolean;
};

const words = (text: string, span: Span) => [...text.slice(span.start, span.end).matchAll(/\S+/g)].map(match => ({word: match[0], start: span.start + match.index, end: span.start + match.index + match[0].length}));

export const wordOps = (leftText: string, left: Span, rightText: string, right: Span, trivialCase = false): WordOp[] => {
	const a = words(leftText, left);
	const b = words(rightText, right);
	const norm = (word: string) => (trivialCase ? word.toLowerCase() : word);
	const ops: WordOp[] = [];
	let i = 0;
	let j = 0;
	for (const part of diffArrays(a.map(w => norm(w.word)), b.map(w => norm(w.word)))) {
		for (let k = 0; k < part.count!; k++) {
			if (part.removed) {
				ops.push({op: 'removed', left: {start: a[i].start, end: a[i].end}});
				i++;
			} else if (part.added) {
				ops.push({op: 'added', right: {start: b[j].start, end: b[j].end}});
				j++;
			} else {
				const trivial = a[i].word !== b[j].word;
				ops.push({op: 'equal', left: {start: a[i].start, end: a[i].end}, right: {start: b[j].start, end: b[j].end}, ...(trivial ? {trivial} : {})});
				i++;
				j++;
			}
		}
	}
	return ops;
};

/** Builds a comparison; each spec's left/right text is searched from where the previous row on that side ended (moved rows' right text from the start). */
export const makeComparison = (leftText: string, rightText: string, specs: RowSpec[]): Comparison => {
	let leftAt = 0;
	let rightAt = 0;
	const find = (text: string, needle: string, from: number): Span => {
		const start = text.indexOf(needle, from);
		if (start === -1) throw new Error(`not found: ${needle}`);
		return {start, end: start + needle.length};
	};
	const rows: Row[] = specs.map(spec => {
		const left = spec.left === undefined ? null : find(leftText, spec.left, leftAt);
		const right = spec.right === undefined ? null : find(rightText, spec.right, spec.kind === 'moved' ? 0 : rightAt);
		if (left) leftAt = left.end;
		if (right && spec.kind !== 'moved') rightAt = right.end;
		const ops = left && right && !spec.rewritten ? wordOps(leftText, left, rightText, right, spec.trivialCase) : [];
		const row: Row = {kind: spec.kind, left, right, similarity: spec.kind === 'same' ? 1 : left && right ? 0.5 : 0, ops};
		for (const key of ['rewritten', 'movedAfter', 'leftParagraph', 'rightParagraph', 'category', 'reason'] as const) {
			if (spec[key] !== undefined) (row as Record<string, unknown>)[key] = spec[key];
		}
		if (spec.kind === 'boilerplate') row.label = 'boilerplate';
		return row;
	});
	// The engine's one rule (a changed row counts even when the test wrote equal texts into it).
	const changes = rows.filter(row => isChangeRow(row)).length;
	return {similarity: 0.8, containment: {left: 0.9, right: 0.8}, relation: 'edited', substitutions: [{from: 'seized', to: 'taken', count: 1}], rows, changes, degraded: false};
};

/** Splits a text into sentence rows, all `same`, for comparisons of a text with itself. */
export const sameRows = (text: string): Comparison => {
	const sentences = [...text.matchAll(/[^\s.!?][^.!?\n]*[.!?]?/g)].map(match => match[0]);
	return makeComparison(text, text, sentences.map(sentence => ({kind: 'same', left: sentence, right: sentence})));
};
