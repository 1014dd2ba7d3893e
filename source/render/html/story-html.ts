// `copydesk story … --html`: the collation as one self-contained page — the
// base's header, the facts changed across copies, the copies with their
// relation, similarity, boilerplate share and facts (the column footers), and
// the table: the base's sentences down the left, one narrow column per copy
// with the state's glyph and color, rows for material copies add. A renderer
// only: everything shown comes from the story model.
import type {CellState} from '../../story/model.js';
import {factsAcross} from '../../story/facts-across.js';
import type {Story} from '../../story/story.js';
import {copyLabels, relationShort, stateMarks} from '../story-marks.js';
import {attributeText, escapeHtml, textHtml} from './escape.js';
import {articleLine, factHtml, isolatedHtml, percent, textAttributes} from './header.js';
import {htmlPage} from './page.js';
import {similarityFixed, similarityPercent} from '../similarity-text.js';

const glyph = (state: CellState, title?: string) => `<span class="glyph s-${state}"${title ? ` title="${title}"` : ''}>${escapeHtml(stateMarks[state].glyph)}</span>`;

/** The whole story report page. */
export const storyHtml = (story: Story): string => {
	const {base, copies, collation} = story;
	const names = copyLabels(copies.map(copy => copy.article.name));
	const copyList = (indices: readonly number[]) => indices.map(index => isolatedHtml(names[index])).join(', ');
	const baseText = textAttributes(base);
	const parts: string[] = [];
	parts.push(`<header><h1${baseText}>${textHtml(base.title)}</h1>`);
	parts.push(articleLine('base', base));
	parts.push(`<p class="meta">${copies.length} cop${copies.length === 1 ? 'y' : 'ies'} collated against it, sentence by sentence</p></header>`);

	// Facts first: what a fact-checker looks for.
	const factRows: string[] = [];
	for (const [index, row] of collation.rows.entries()) {
		if (!row.base) continue;
		for (const fact of factsAcross(collation, index)) {
			const variants = fact.variants.map(variant => `${factHtml({base: fact.base, copy: variant.text})} in ${variant.copies.length} (${copyList(variant.copies)})`).join('; ');
			const same = fact.base && fact.same.length > 0 ? `; as in the base in ${fact.same.length}` : '';
			factRows.push(`<li><a href="#s-${row.sentence}">sentence ${row.sentence + 1}</a> · ${escapeHtml(fact.kind)}: ${variants}${same}</li>`);
		}
	}

	parts.push(`<section class="facts"><h2>Facts changed across copies</h2>${factRows.length > 0 ? `<ul>${factRows.join('')}</ul>` : '<p>None found.</p>'}</section>`);

	parts.push('<h2>Copies</h2><div class="scroll"><table class="copies"><thead><tr><th>#</th><th>copy</th><th>date</th><th>relation</th><th>similarity</th><th>boilerplate</th><th>facts changed</th><th>states</th></tr></thead><tbody>');
	for (const [index, copy] of copies.entries()) {
		const summary = collation.copies[index];
		const states = (Object.keys(stateMarks) as CellState[])
			.filter(state => summary.states[state] > 0)
			.map(state => `${glyph(state)}&nbsp;${summary.states[state]}`)
			.join(' ');
		parts.push(
			`<tr><td>${index + 1}</td><td><b>${isolatedHtml(names[index])}</b> ${isolatedHtml(copy.article.name)}</td><td>${copy.date ? isolatedHtml(copy.date) : '—'}</td><td><span class="relation">${escapeHtml(summary.relation)}</span>${summary.degraded ? ' (coarse)' : ''}</td><td>${similarityFixed(summary.similarity, summary.relation === 'identical')}</td><td>${percent(copy.article.labels.boilerplateShare)}</td><td>${summary.factsChanged}</td><td>${states}</td></tr>`,
		);
	}

	parts.push('</tbody></table></div>');
	parts.push(
		`<p class="legend">${(Object.keys(stateMarks) as CellState[]).map(state => `<span>${glyph(state)} ${escapeHtml(stateMarks[state].label)}</span>`).join('')}</p>`,
	);

	const head = `<tr><th class="num">#</th>${names.map((name, index) => `<th class="copy" title="${attributeText(copies[index].article.name)}">${textHtml(name)}</th>`).join('')}<th class="sentence">base: ${isolatedHtml(base.name)}</th></tr>`;
	parts.push(`<div class="scroll"><table class="story"><thead>${head}</thead><tbody>`);
	for (const row of collation.rows) {
		const byCopy = new Map(row.cells.map(cell => [cell.copy, cell]));
		const cells = copies
			.map((copy, index) => {
				const cell = byCopy.get(index);
				if (!cell) return '<td class="cell"></td>';
				// The copy's own words where they differ (a tooltip); kept and dropped cells say it by their glyph.
				const tip = cell.span && cell.state !== 'kept' ? attributeText(`${names[index]}: ${copy.article.text.slice(cell.span.start, cell.span.end)}`) : undefined;
				return `<td class="cell">${glyph(cell.state, tip)}</td>`;
			})
			.join('');
		if (row.base) {
			parts.push(`<tr id="s-${row.sentence}"><th class="num">${row.sentence + 1}</th>${cells}<td class="sentence text"${baseText}>${textHtml(base.text.slice(row.base.start, row.base.end))}</td></tr>`);
		} else {
			const first = row.cells[0];
			const text = first?.span ? copies[first.copy].article.text.slice(first.span.start, first.span.end) : '';
			const others = row.cells.length > 1 ? ` <span class="note">(and ${row.cells.length - 1} more cop${row.cells.length === 2 ? 'y' : 'ies'}: ${copyList(row.cells.slice(1).map(cell => cell.copy))})</span>` : '';
			parts.push(`<tr class="extra"><th class="num"></th>${cells}<td class="sentence text">${glyph('added')} ${first ? `<b>${isolatedHtml(names[first.copy])}</b>: ` : ''}${first ? isolatedHtml(text, textAttributes(copies[first.copy].article)) : ''}${others}</td></tr>`);
		}
	}

	parts.push('</tbody><tfoot>');
	parts.push(`<tr><th class="num"></th>${copies.map((_, index) => `<td class="cell" title="${attributeText(`${names[index]}: ${collation.copies[index].relation}`)}">${similarityPercent(collation.copies[index].similarity, collation.copies[index].relation === 'identical')}</td>`).join('')}<td class="sentence note">similarity to the base, %</td></tr>`);
	parts.push(`<tr><th class="num"></th>${copies.map((_, index) => `<td class="cell">${collation.copies[index].factsChanged}</td>`).join('')}<td class="sentence note">facts changed</td></tr>`);
	parts.push(`<tr><th class="num"></th>${copies.map((_, index) => `<td class="cell">${escapeHtml(relationShort[collation.copies[index].relation] ?? '?')}</td>`).join('')}<td class="sentence note">relation (id identical, vb verbatim, ed edited, rw rewritten, rl related, un unrelated)</td></tr>`);
	parts.push(`<tr><th class="num"></th>${copies.map(copy => `<td class="cell">${Math.round(copy.article.labels.boilerplateShare * 100)}</td>`).join('')}<td class="sentence note">boilerplate, %</td></tr>`);
	parts.push('</tfoot></table></div>');
	return htmlPage(`Story: ${base.name} and ${copies.length} copies — copydesk`, parts.join('\n'));
};
