// Where each pane's own text lies in the shared grid of the split layout. The
// grid holds both sides line for line, so one side is blank where the other
// has rows of its own (an added passage, a longer tail): linked scrolling
// moves over the whole grid, a pane scrolling alone over its own text only.
import type {SplitLayout} from '../../render/layout.js';

/** Layout lines [first, end) from a side's first line holding text to one past its last; the whole grid for a side with none. */
export type PaneExtent = {first: number; end: number};

/** The extent of the left and right side's text in `layout` (see PaneExtent); linear in the layout's lines at worst, usually a few lines from each end. */
export const paneExtents = (layout: SplitLayout): [PaneExtent, PaneExtent] => {
	const {lines} = layout;
	const extent = (side: 'left' | 'right'): PaneExtent => {
		let first = 0;
		while (first < lines.length && lines[first]![side].length === 0) first++;
		if (first === lines.length) return {first: 0, end: lines.length};
		let end = lines.length;
		while (end > first && lines[end - 1]![side].length === 0) end--;
		return {first, end};
	};
	return [extent('left'), extent('right')];
};
