// A laid-out comparison as terminal text: left pane, gutter, right pane.
import {toAnsi} from './ansi.js';
import type {ScreenLine} from './layout.js';
import type {Look} from './palette.js';
import {measureWidth} from './safe-text.js';
import type {SegmentStyle, StyledSegment} from './style.js';

/** Columns between the panes: a space, the gutter mark, a space. */
export const gutterWidth = 3;

/** Pane width for a terminal of `columns` columns. */
export const paneWidthFor = (columns: number): number => Math.max(2, Math.floor((columns - gutterWidth) / 2));

const padded = (segments: readonly StyledSegment[], width: number, used = segments.reduce((sum, segment) => sum + measureWidth(segment.text), 0)): StyledSegment[] => {
	return used < width ? [...segments, {text: ' '.repeat(width - used), style: 'plain'}] : [...segments];
};

/** One screen line as a string with escape codes from `looks`; trailing spaces trimmed. */
export const formatSplitLine = (line: ScreenLine, paneWidth: number, looks: Record<SegmentStyle, Look>): string => {
	const gutter: StyledSegment[] = [{text: ' ', style: 'plain'}, line.gutter ? {text: line.gutter.text, style: line.gutter.style} : {text: ' ', style: 'plain'}, {text: ' ', style: 'plain'}];
	return toAnsi([...padded(line.left, paneWidth, line.leftWidth), ...gutter, ...line.right], looks).replace(/ +$/, '');
};
