import type {SegmentStyle} from './style.js';

/** How a style looks on a color terminal. Shared by the reader (Ink props) and the ANSI printer. */
export type Look = {
	color?: 'red' | 'green' | 'blue' | 'magenta' | 'cyan' | 'yellow' | 'gray';
	backgroundColor?: 'red' | 'green';
	bold?: boolean;
	dim?: boolean;
	inverse?: boolean;
	underline?: boolean;
};

export const colorLooks: Record<SegmentStyle, Look> = {
	plain: {},
	removed: {color: 'red', bold: true},
	added: {color: 'green', bold: true},
	trivial: {dim: true, underline: true},
	moved: {color: 'magenta'},
	'rewritten-left': {color: 'red', dim: true},
	'rewritten-right': {color: 'green', dim: true},
	boilerplate: {dim: true},
	control: {color: 'yellow', inverse: true},
	marker: {bold: true},
	note: {color: 'cyan', dim: true},
};

/** Without color (NO_COLOR) only attributes that are not colors remain; changes carry text markers instead. */
export const plainLooks: Record<SegmentStyle, Look> = {
	plain: {},
	removed: {},
	added: {},
	trivial: {},
	moved: {},
	'rewritten-left': {},
	'rewritten-right': {},
	boilerplate: {dim: true},
	control: {inverse: true},
	marker: {bold: true},
	note: {dim: true},
};

/** NO_COLOR (no-color.org): present and not empty disables color. */
export const colorsDisabled = (env: NodeJS.ProcessEnv = process.env): boolean => env.NO_COLOR !== undefined && env.NO_COLOR !== '';
