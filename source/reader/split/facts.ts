// The changed facts of a comparison as places in the split view's layout:
// where `}`/`{` scroll to, and the lines of the `F` list.
import type {Fact} from '../../compare/model.js';
import {contextTop, type SplitLayout} from '../../render/layout.js';
import {factPhrase} from '../../render/facts.js';
import type {OverlayLine} from '../overlay.js';
import {changeContext, type FactStop} from './state.js';

/** How a fact reads in hints and the list: "5% → −3% (number)". */
export const factLabel = (fact: Fact): string => `${factPhrase(fact)} (${fact.kind})`;

/**
 * The layout line each fact's row starts on (the first line showing the row on
 * either side), in fact order; facts whose row is not on screen (hidden
 * boilerplate, a layout still growing) are left out. One pass over the lines.
 */
export const factStopsOf = (layout: SplitLayout | null, facts: readonly Fact[] = []): FactStop[] => {
	if (!layout || facts.length === 0) return [];
	const wanted = new Set(facts.map(fact => fact.row));
	const lineOfRow = new Map<number, number>();
	for (const [line, screenLine] of layout.lines.entries()) {
		for (const row of [screenLine.leftRow, screenLine.rightRow]) if (wanted.has(row) && !lineOfRow.has(row)) lineOfRow.set(row, line);
		if (lineOfRow.size === wanted.size) break;
	}
	const stops: FactStop[] = [];
	for (const fact of facts) {
		const line = lineOfRow.get(fact.row);
		if (line !== undefined) stops.push({line, top: contextTop(layout.lines, line, changeContext), label: factLabel(fact)});
	}
	// Screen order: a moved row's facts may come later on screen than their row index says.
	return stops.sort((a, b) => a.line - b.line);
};

/**
 * The `F` list: every changed fact, numbered (numbers aligned right, as wide as the largest),
 * with the screen line it is on; a fact that wraps continues under its text, past the number.
 */
export const factListLines = (facts: readonly Fact[], stops: readonly FactStop[], keys: {next: string; previous: string}): OverlayLine[] => {
	const digits = String(stops.length).length;
	return [
		...stops.map((stop, index) => ({text: `  ${String(index + 1).padStart(digits)}. ${stop.label} · line ${stop.line + 1}`, hang: 2 + digits + 2})),
		...(facts.length > stops.length ? [{text: `  (${facts.length - stops.length} more in rows not shown now)`}] : []),
		{text: ''},
		{text: `${keys.next} next fact, ${keys.previous} previous: both panes scroll to it`},
	];
};
