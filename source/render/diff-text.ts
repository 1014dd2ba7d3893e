// `copydesk diff`'s text: the split layout (layout.ts, the reader's too) printed
// as lines, with the split view's geometry (split-text.ts), a header per pane
// and the summary.
import type {Comparison, Fact, Substitution} from '../compare/model.js';
import {articleDate, type AnalyzedArticle} from '../corpus/article.js';
import {shownPath} from '../corpus/address.js';
import {toAnsi} from './ansi.js';
import {factLines} from './facts.js';
import {layoutComparison} from './layout.js';
import {colorLooks, plainLooks} from './palette.js';
import {measureWidth, safeString} from './safe-text.js';
import {gutterWidth, paneWidthFor} from './split-text.js';
import type {StyledSegment} from './style.js';
import {truncateToWidth} from './truncate.js';
import {wrapSegments} from './wrap.js';
import {similarityFixed} from './similarity-text.js';
import {languagesNote} from '../compare/languages.js';

export type DiffTextOptions = {
	/** Total columns. */
	width: number;
	/** Colors (--color, NO_COLOR, FORCE_COLOR decided). Without them, changes carry wdiff-style text markers and no escape sequence at all is written. */
	color: boolean;
};

/** Without color: no escape sequence whatsoever (NO_COLOR asks for none, bold and dim included). */
const noLooks = Object.fromEntries(Object.keys(plainLooks).map(style => [style, {}])) as typeof plainLooks;

/** The segments padded to `width` columns; `used`, when the layout knows it, spares measuring. */
const pad = (segments: readonly StyledSegment[], width: number, used = measureWidth(segments.map(segment => segment.text).join(''))): StyledSegment[] => {
	return used >= width ? [...segments] : [...segments, {text: ' '.repeat(width - used), style: 'plain'}];
};

/** A clock's half written alone ("a.m", "AM", "p.m."): what a substitution shows of "7:20 a.m." / "7:20 AM". */
const clockHalf = /^[ap]\.?m\.?$/iu;

/**
 * Whether a substitution of figures is one value written two ways, as the facts read it: digits (or a clock's half, clockHalf) on both sides, and no
 * changed number or date whose sides hold them ("2023-24" → "2023-2024" substitutes "24 → 2024", and no fact is listed;
 * breaker16 B4). Such a change still counts in the relation, whose measures compare words as written.
 */
const sameValue = (substitution: Substitution, facts: readonly Fact[] | undefined): boolean =>
	((/\p{N}/u.test(substitution.from) && /\p{N}/u.test(substitution.to)) || (clockHalf.test(substitution.from) && clockHalf.test(substitution.to))) &&
	!otherValues(substitution.from, substitution.to) &&
	!(facts ?? []).some(fact => (fact.kind === 'number' || fact.kind === 'date') && (holds(fact.left, substitution.from) || holds(fact.right, substitution.to)));

/**
 * Whether two words are whole numbers of two values that no writing makes one: neither's digits end the other's ("24" / "2024", a
 * year written short, may be one value). So "12 → 3", where the facts found the figures moved with their words ("12 people were
 * hurt and 3 killed" / "3 were killed and 12 hurt": fresh user K2) and listed no change, is no value written differently.
 */
const otherValues = (from: string, to: string): boolean => /^\d+$/u.test(from) && /^\d+$/u.test(to) && Number(from) !== Number(to) && !from.endsWith(to) && !to.endsWith(from);

/** Runs of digits of a text. */
const digitRuns = (text: string): string[] => text.match(/\p{N}+/gu) ?? [];

/**
 * Whether a fact's side and a substituted word are about the same figure: one holds the other ("7:20 a.m." holds "a.m"),
 * or they share a run of digits (the fact "5 → 4" and the word "5G" → "4G": breaker17b L7).
 */
const holds = (side: string | null | undefined, word: string): boolean => {
	if (!side) return false;
	if (side.includes(word)) return true;
	const runs = new Set(digitRuns(side));
	return digitRuns(word).some(run => runs.has(run));
};

/** Summary lines: the facts that changed (first), what relation, how similar, what was substituted; each at most `width` columns (wrapped at spaces, long words cut). */
export const summaryLines = (comparison: Comparison, width = Number.POSITIVE_INFINITY): string[] => {
	const percent = (value: number) => `${Math.round(value * 100)}%`;
	// Nothing of either article was left (both entirely boilerplate, or both empty): the figures are the whole texts', never a verdict on articles.
	const verdict = comparison.nothingLeft ? 'nothing of the article left to compare · whole texts: ' : 'relation: ';
	const lines = [
		...factLines(comparison.facts),
		comparison.nothingLeft && comparison.rows.length === 0 ? 'nothing to compare: neither side has any text' : `${verdict}${comparison.relation} · similarity ${similarityFixed(comparison.similarity, comparison.relation === 'identical')} · containment left ${percent(comparison.containment.left)}, right ${percent(comparison.containment.right)} · ${comparison.changes} change${comparison.changes === 1 ? '' : 's'}${comparison.degraded ? ' · (coarse: a size or time guard fired)' : ''}${comparison.languages ? ` · ${languagesNote(comparison.languages)}` : ''}`,
	];
	if (comparison.substitutions.length > 0) {
		const shown = comparison.substitutions.slice(0, 12).map(s => `${s.from} → ${s.to}${s.count > 1 ? ` ×${s.count}` : ''}${sameValue(s, comparison.facts) ? ' (same value, written differently)' : ''}`);
		const more = comparison.substitutions.length - shown.length;
		lines.push(`substitutions: ${shown.join(', ')}${more > 0 ? `, … ${more} more` : ''}`);
	}

	// The layout's own wrapper (already loaded): wrap-ansi would load a second string-width and emoji-regex for a few lines.
	return lines.flatMap(line => (Number.isFinite(width) ? wrapSegments([{text: safeString(line)}], width).map(pieces => pieces.map(piece => piece.text).join('')) : [safeString(line)]));
};

/** `copydesk diff` for a terminal or a pipe: a header, the two panes side by side, a summary. */
export const diffText = (left: AnalyzedArticle, right: AnalyzedArticle, comparison: Comparison, options: DiffTextOptions): string => {
	const width = Math.max(20, options.width);
	const paneWidth = paneWidthFor(width);
	const looks = options.color ? colorLooks : noLooks;
	// Without colours only the texts are printed: the layout makes them without a piece per word (LayoutOptions.plain).
	const layout = layoutComparison(comparison, left.text, right.text, {paneWidth, textMarkers: !options.color, plain: !options.color});
	const headerLines = (article: AnalyzedArticle): StyledSegment[][] => {
		const details = [shownPath(article), `${article.words} words`, articleDate(article)].filter(Boolean).join(' · ');
		return [
			[{text: truncateToWidth(safeString(article.title), paneWidth), style: 'marker'}],
			[{text: truncateToWidth(safeString(details), paneWidth), style: 'note'}],
		];
	};
	const out: string[] = [];
	const rule = '─'.repeat(paneWidth);
	const leftHeader = headerLines(left);
	const rightHeader = headerLines(right);
	for (const [index, leftLine] of leftHeader.entries()) {
		out.push(toAnsi([...pad(leftLine, paneWidth), {text: ' '.repeat(gutterWidth), style: 'plain'}, ...rightHeader[index]!], looks).trimEnd());
	}

	out.push(`${rule}${' '.repeat(gutterWidth)}${rule}`);
	const blankGutter = ' '.repeat(gutterWidth);
	// Padding and gutters made once, not per line.
	const padding = Array.from({length: paneWidth + 1}, (_, used) => ' '.repeat(paneWidth - used));
	const gutterTexts = new Map<string, string>();
	for (const line of layout.lines) {
		if (!options.color) {
			// No looks, no escapes: the line is its texts, padded (what toAnsi gives with noLooks, without its arrays).
			let left = '';
			for (const segment of line.left) left += segment.text;
			const used = line.leftWidth ?? measureWidth(left);
			let text = used >= paneWidth ? left : left + padding[used];
			if (line.gutter) {
				let gutter = gutterTexts.get(line.gutter.text);
				if (gutter === undefined) gutterTexts.set(line.gutter.text, (gutter = ` ${line.gutter.text} `));
				text += gutter;
			} else text += blankGutter;
			for (const segment of line.right) text += segment.text;
			out.push(text.trimEnd());
			continue;
		}

		const gutter: StyledSegment = line.gutter ? {text: ` ${line.gutter.text} `, style: line.gutter.style} : {text: blankGutter, style: 'plain'};
		out.push(toAnsi([...pad(line.left, paneWidth, line.leftWidth), gutter, ...line.right], looks).trimEnd());
	}

	out.push(`${rule}${' '.repeat(gutterWidth)}${rule}`);
	out.push(...summaryLines(comparison, width));
	return `${out.join('\n')}\n`;
};
