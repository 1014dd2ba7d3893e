// How a story cell looks, in one place for every renderer of a collation
// (terminal table, reader, HTML): a distinct glyph per state so nothing depends
// on color (NO_COLOR), and a look on color terminals. The glyphs echo the split
// view's gutter marks (~ changed, R rewritten, - removed, + added, M moved).
import type {CellState} from '../story/model.js';
import type {Look} from './palette.js';

export type StateMark = {glyph: string; look: Look; /** Words for legends and help. */ label: string};

export const stateMarks: Record<CellState, StateMark> = {
	kept: {glyph: '=', look: {color: 'gray'}, label: 'kept word for word'},
	edited: {glyph: '~', look: {color: 'yellow', bold: true}, label: 'edited (word changes)'},
	rewritten: {glyph: 'R', look: {color: 'red', dim: true}, label: 'rewritten'},
	moved: {glyph: 'M', look: {color: 'magenta', bold: true}, label: 'moved'},
	dropped: {glyph: '-', look: {color: 'red', bold: true}, label: 'dropped'},
	added: {glyph: '+', look: {color: 'green', bold: true}, label: 'added by the copy'},
	boilerplate: {glyph: '.', look: {color: 'gray', dim: true}, label: 'left out as boilerplate in this pair'},
};

/** Without color only the glyph speaks; dropped and added stay bold so gaps are seen at a glance. */
export const plainStateLooks: Record<CellState, Look> = {
	kept: {dim: true},
	edited: {},
	rewritten: {},
	moved: {},
	dropped: {bold: true},
	added: {bold: true},
	boilerplate: {dim: true},
};

/**
 * A short column heading for a copy: the file name without extension, cut at
 * its first `_` or space when what is before is 2–8 characters ("000_0d08….txt"
 * → "000"), else its first `width` characters.
 */
export const shortName = (name: string, width = 8): string => {
	const base = name.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '');
	const cut = /^([^_\s]{2,8})[_\s]/.exec(base);
	return (cut ? cut[1] : base).slice(0, width);
};

/** Two-letter relations for narrow columns (story footers). */
export const relationShort: Record<string, string> = {identical: 'id', verbatim: 'vb', edited: 'ed', rewritten: 'rw', related: 'rl', unrelated: 'un'};

/**
 * Names that tell the copies apart, one per name, in order: each copy's
 * `shortName` when no other copy shares it, else its file name without
 * extension, and when even that is shared (same file in two folders) that
 * name with `#` and the copy's 1-based number. Linear in the number of names.
 */
export const copyLabels = (names: readonly string[]): string[] => {
	const counted = (labels: readonly string[]) => {
		const counts = new Map<string, number>();
		for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
		return counts;
	};

	const short = names.map(name => shortName(name));
	const shortCounts = counted(short);
	const stems = names.map((name, index) => (shortCounts.get(short[index])! > 1 ? name.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '') : short[index]));
	const stemCounts = counted(stems);
	return stems.map((stem, index) => (stemCounts.get(stem)! > 1 ? `${stem}#${index + 1}` : stem));
};
