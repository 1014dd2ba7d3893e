// The reader's look in one place: text styles come from the render palette,
// chrome (headers, highlight, status) is defined here. NO_COLOR keeps only
// attributes (bold, dim, inverse), and changes carry text markers instead.
import {colorLooks, plainLooks, type Look} from '../render/palette.js';
import type {SegmentStyle} from '../render/style.js';

export type Chrome = 'title' | 'header' | 'columns' | 'highlight' | 'mark' | 'status' | 'hint' | 'warning' | 'focus' | 'overlay' | 'progress';

export type Theme = {
	colors: boolean;
	text: Record<SegmentStyle, Look>;
	chrome: Record<Chrome, Look>;
};

export const colorTheme: Theme = {
	colors: true,
	text: colorLooks,
	chrome: {
		title: {bold: true, color: 'cyan'},
		header: {bold: true},
		columns: {dim: true, underline: true},
		highlight: {inverse: true},
		mark: {bold: true, color: 'yellow'},
		status: {inverse: true},
		hint: {color: 'yellow'},
		warning: {color: 'yellow', bold: true},
		focus: {bold: true, color: 'cyan'},
		overlay: {color: 'cyan'},
		progress: {color: 'green'},
	},
};

export const plainTheme: Theme = {
	colors: false,
	text: plainLooks,
	chrome: {
		title: {bold: true},
		header: {bold: true},
		columns: {underline: true},
		highlight: {inverse: true},
		mark: {bold: true},
		status: {inverse: true},
		hint: {bold: true},
		warning: {bold: true},
		focus: {bold: true, underline: true},
		overlay: {},
		progress: {},
	},
};

/** Ink <Text> props for a look. */
export const textProps = (look: Look) => ({
	color: look.color,
	backgroundColor: look.backgroundColor,
	bold: look.bold,
	dimColor: look.dim,
	inverse: look.inverse,
	underline: look.underline,
});
