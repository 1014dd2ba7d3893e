import {diffArrays} from 'diff';
import type {Comparison, CompareOptions, Row, WordOp, Relation} from './model.js';
import {normalizeMapped} from '../text/normalize.js';
import {tokensOf, type Token} from '../text/words.js';

// First, simple engine: paragraph alignment + token diff inside paired paragraphs.

type Paragraph = {start: number; end: number; norm: string; tokens: Token[]; index: number};

const paragraphsOf = (text: string): Paragraph[] => {
	const paragraphs: Paragraph[] = [];
	const pattern = /\S[^]*?(?=(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)|\s*$)/g;
	for (const match of text.matchAll(pattern)) {
		const start = match.index;
		let end = start + match[0].length;
		while (end > start && /\s/.test(text[end - 1])) end--;
		const normalized = normalizeMapped(text, start, end);
		paragraphs.push({start, end, norm: normalized.text, tokens: tokensOf(normalized), index: paragraphs.length});
	}
	return paragraphs;
};

const wordDiff = (left: Token[], right: Token[], timeout: number, leftText: string, rightText: string) => {
	const changes = diffArrays(left.map(t => t.norm), right.map(t => t.norm), {timeout});
	if (!changes) return undefined;
	const ops: WordOp[] = [];
	let i = 0;
	let j = 0;
	for (const change of changes) {
		for (let k = 0; k < change.count; k++) {
			if (change.added) ops.push({op: 'added', right: {start: right[j].start, end: right[j++].end}});
			else if (change.removed) ops.push({op: 'removed', left: {start: left[i].start, end: left[i++].end}});
			else {
				const l = left[i++];
				const r = right[j++];
				const trivial = leftText.slice(l.start, l.end) !== rightText.slice(r.start, r.end);
				ops.push({op: 'equal', left: {start: l.start, end: l.end}, right: {start: r.start, end: r.end}, ...(trivial ? {trivial} : {})});
			}
		}
	}
	return ops;
};

export const compareTexts = (left: string, right: string, options: CompareOptions = {}): Comparison => {
	const leftParagraphs = paragraphsOf(left);
	const rightParagraphs = paragraphsOf(right);
	const rows: Row[] = [];
	let degraded = false;
	const deadline = Date.now() + (options.timeoutMs ?? 2000);
	const pair = (l: Paragraph, r: Paragraph) => {
		const ops = wordDiff(l.tokens, r.tokens, Math.max(1, deadline - Date.now()), left, right);
		if (!ops) degraded = true;
		const equal = ops ? ops.filter(op => op.op === 'equal').length : 0;
		const similarity = (2 * equal) / Math.max(1, l.tokens.length + r.tokens.length);
		const row: Row = {
			kind: l.norm === r.norm ? 'same' : 'changed',
			left: {start: l.start, end: l.end},
			right: {start: r.start, end: r.end},
			similarity: l.norm === r.norm ? 1 : similarity,
			ops: ops ?? [{op: 'removed', left: {start: l.start, end: l.end}}, {op: 'added', right: {start: r.start, end: r.end}}],
			leftParagraph: l.index,
			rightParagraph: r.index,
		};
		if (!ops || similarity < 0.5) {
			row.rewritten = true;
			row.ops = [{op: 'removed', left: {start: l.start, end: l.end}}, {op: 'added', right: {start: r.start, end: r.end}}];
		}
		rows.push(row);
	};
	const removed = (l: Paragraph) => rows.push({kind: 'removed', left: {start: l.start, end: l.end}, right: null, similarity: 0, ops: [], leftParagraph: l.index});
	const added = (r: Paragraph) => rows.push({kind: 'added', left: null, right: {start: r.start, end: r.end}, similarity: 0, ops: [], rightParagraph: r.index});
	const changes = diffArrays(leftParagraphs.map(p => p.norm), rightParagraphs.map(p => p.norm));
	let i = 0;
	let j = 0;
	for (let c = 0; c < changes.length; c++) {
		const change = changes[c];
		if (!change.added && !change.removed) {
			for (let k = 0; k < change.count; k++) pair(leftParagraphs[i++], rightParagraphs[j++]);
			continue;
		}
		// A removed run next to an added run: pair positionally, leftovers one-sided.
		const next = changes[c + 1];
		const removedCount = change.removed ? change.count : next?.removed ? next.count : 0;
		const addedCount = change.added ? change.count : next?.added ? next.count : 0;
		if ((change.removed && next?.added) || (change.added && next?.removed)) c++;
		const paired = Math.min(removedCount, addedCount);
		for (let k = 0; k < paired; k++) pair(leftParagraphs[i++], rightParagraphs[j++]);
		for (let k = paired; k < removedCount; k++) removed(leftParagraphs[i++]);
		for (let k = paired; k < addedCount; k++) added(rightParagraphs[j++]);
	}
	const leftWords = leftParagraphs.reduce((sum, p) => sum + p.tokens.length, 0);
	const rightWords = rightParagraphs.reduce((sum, p) => sum + p.tokens.length, 0);
	let sharedLeft = 0;
	for (const row of rows) for (const op of row.ops) if (op.op === 'equal') sharedLeft++;
	const containment = {left: leftWords ? sharedLeft / leftWords : 1, right: rightWords ? sharedLeft / rightWords : 1};
	const similarity = leftWords + rightWords ? (2 * sharedLeft) / (leftWords + rightWords) : 1;
	const changeCount = rows.filter(row => row.kind !== 'same').length;
	const relation: Relation =
		changeCount === 0 ? 'identical' : similarity > 0.9 ? 'edited' : similarity > 0.5 ? 'rewritten' : similarity > 0.1 ? 'related' : 'unrelated';
	return {similarity, containment, relation, substitutions: [], rows, changes: changeCount, degraded};
};
