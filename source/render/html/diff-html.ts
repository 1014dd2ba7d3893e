// `copydesk diff A B --html`: the comparison model as one self-contained page —
// a header (names, dates, relation), the facts that changed, the word
// substitutions, then the two texts side by side, row by row, with the same
// colors and gutter marks as the terminal and boilerplate shaded with its
// category. A renderer only: everything shown comes from the model. Each
// side's text carries its own direction and language (header.ts:
// textAttributes); the report's own notes inside a text cell are marked
// left-to-right, so they do not decide a right-to-left cell's direction.
import {languagesNote} from '../../compare/languages.js';
import type {Comparison, Row, WordOp} from '../../compare/model.js';
import type {AnalyzedArticle} from '../../corpus/article.js';
import type {ComparisonFact} from '../../story/facts.js';
import {lineNumberAt, lineStartOffsets} from '../../text/lines.js';
import type {Span} from '../../text/span.js';
import {isChangeRow} from '../../compare/summary.js';
import {gutterMarks} from '../layout.js';
import {escapeHtml, textHtml} from './escape.js';
import {articleLine, factHtml, isolatedHtml, percent, textAttributes} from './header.js';
import {htmlPage} from './page.js';
import {similarityFixed} from '../similarity-text.js';

export type DiffHtmlArticle = Pick<AnalyzedArticle, 'name' | 'title' | 'text' | 'meta' | 'labels' | 'words'>;

/** One side of a row: the text of `span`, with the ops of that side marked. */
const sideHtml = (text: string, span: Span, ops: readonly WordOp[], side: 'left' | 'right'): string => {
	let html = '';
	let at = span.start;
	for (const op of ops) {
		const opSpan = op.op === 'equal' ? op[side] : op.op === 'removed' ? (side === 'left' ? op.left : undefined) : side === 'right' ? op.right : undefined;
		if (!opSpan) continue;
		if (opSpan.start > at) html += textHtml(text.slice(at, opSpan.start));
		const words = textHtml(text.slice(opSpan.start, opSpan.end));
		if (op.op === 'removed') html += `<del class="removed">${words}</del>`;
		else if (op.op === 'added') html += `<ins class="added">${words}</ins>`;
		else html += words;
		at = Math.max(at, opSpan.end);
	}

	if (span.end > at) html += textHtml(text.slice(at, span.end));
	return html;
};

const block = (text: string, span: Span, element: 'del' | 'ins', style: string) => `<${element} class="${style}">${textHtml(text.slice(span.start, span.end))}</${element}>`;

const gutterOf = (row: Row) => {
	if (row.kind === 'boilerplate') return gutterMarks.boilerplate;
	if (row.kind === 'moved') return gutterMarks.moved;
	if (row.rewritten) return gutterMarks.rewritten;
	if (row.kind === 'removed') return gutterMarks.removed;
	if (row.kind === 'added') return gutterMarks.added;
	return isChangeRow(row) ? gutterMarks.changed : null;
};

/** `rightLine`: for a moved row, the line of the right file where its copy is (the text output's note names it too). */
const rowHtml = (row: Row, index: number, left: string, right: string, attributes: {left: string; right: string}, rightLine?: number): string => {
	const cell = (text: string, span: Span | null, side: 'left' | 'right'): string => {
		if (!span) return '<td class="side"></td>';
		let inner: string;
		if (row.kind === 'boilerplate') inner = `<span class="category" dir="ltr">${escapeHtml(row.category ?? row.label ?? 'boilerplate')}</span>${textHtml(text.slice(span.start, span.end))}`;
		else if (row.kind === 'removed') inner = block(text, span, 'del', 'removed');
		else if (row.kind === 'added') inner = block(text, span, 'ins', 'added');
		else if (row.rewritten) inner = side === 'left' ? block(text, span, 'del', 'rewritten-left') : block(text, span, 'ins', 'rewritten-right');
		else inner = sideHtml(text, span, row.ops, side);
		if (row.kind === 'moved' && side === 'right') inner = `<span class="note moved" dir="ltr">moved here from the left's order${rightLine === undefined ? '' : ` (the right file's line ${rightLine})`} · </span>${inner}`;
		return `<td class="side has text"${attributes[side]}>${inner}</td>`;
	};

	const mark = gutterOf(row);
	const gutter = mark ? `<td class="gutter ${mark.style}" title="${escapeHtml(row.kind)}">${escapeHtml(mark.text)}</td>` : '<td class="gutter"></td>';
	const title = row.kind === 'boilerplate' && row.reason ? ` title="${escapeHtml(row.reason)}"` : '';
	return `<tr id="row-${index}" class="k-${row.kind}"${title}>${cell(left, row.left, 'left')}${gutter}${cell(right, row.right, 'right')}</tr>`;
};

/** The whole report page for `left` vs `right`. `facts` come from the engine (see story/facts.ts: comparisonFacts). */
export const diffHtml = (left: DiffHtmlArticle, right: DiffHtmlArticle, comparison: Comparison, facts: readonly ComparisonFact[]): string => {
	const parts: string[] = [];
	const attributes = {left: textAttributes(left), right: textAttributes(right)};
	parts.push(`<header><h1${attributes.left}>${textHtml(left.title)}</h1>`);
	parts.push(articleLine('left', left), articleLine('right', right));
	const coarse = comparison.degraded ? ' · coarse (a size or time guard fired)' : '';
	parts.push(
		`<p class="meta"><span class="relation">${escapeHtml(comparison.relation)}</span> · similarity ${similarityFixed(comparison.similarity, comparison.relation === 'identical')} · containment left ${percent(comparison.containment.left)}, right ${percent(comparison.containment.right)} · ${comparison.changes} change${comparison.changes === 1 ? '' : 's'}${coarse}${comparison.languages ? ` · ${escapeHtml(languagesNote(comparison.languages))}` : ''}</p></header>`,
	);
	parts.push('<section class="facts"><h2>Facts changed</h2>');
	if (facts.length === 0) parts.push('<p>None found.</p>');
	else parts.push(`<ul>${facts.map(fact => `<li>${escapeHtml(fact.kind)}: <a href="#row-${fact.row}">${factHtml(fact)}</a></li>`).join('')}</ul>`);
	if (comparison.substitutions.length > 0) {
		parts.push(`<h2>Word substitutions</h2><p>${comparison.substitutions.map(s => `${isolatedHtml(s.from, attributes.left)} → ${isolatedHtml(s.to, attributes.right)}${s.count > 1 ? ` ×${s.count}` : ''}`).join(', ')}</p>`);
	}

	parts.push('</section>');
	parts.push(
		`<p class="legend">${Object.entries(gutterMarks)
			.map(([kind, mark]) => `<span><span class="glyph ${mark.style}">${escapeHtml(mark.text)}</span> ${escapeHtml(kind)}</span>`)
			.join('')}<span><del class="removed">removed</del> <ins class="added">added</ins></span></p>`,
	);
	parts.push(`<table class="diff"><thead><tr><th class="side">${isolatedHtml(left.name)}</th><th class="gutter"></th><th class="side">${isolatedHtml(right.name)}</th></tr></thead><tbody>`);
	let rightStarts: number[] | undefined;
	for (const [index, row] of comparison.rows.entries()) {
		const moved = row.kind === 'moved' && row.right ? lineNumberAt((rightStarts ??= lineStartOffsets(right.text)), row.right.start) : undefined;
		parts.push(rowHtml(row, index, left.text, right.text, attributes, moved));
	}
	parts.push('</tbody></table>');
	return htmlPage(`${left.name} vs ${right.name} — copydesk`, parts.join('\n'));
};
