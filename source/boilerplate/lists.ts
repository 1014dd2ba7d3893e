import type {LineFeatures} from './features.js';

/** How a line marks itself as a list item, if it does. */
export type ListMark = 'trailing' | 'bullet';

/** A list item ends with a dangling delimiter ("Headline -", "Headline |") or starts with a bullet. */
const trailingDelimiters = new Set(['-', '–', '—', '|', '»', '›', '·', '•']);
/** Every common bullet glyph (w3m and lynx print ◦ □ ▪ ▫ for nested lists): a list marker, never a word. */
export const bulletGlyphs = '•·▪▫►✓◦‣○●■□';
const bulletStarts = new Set(['-', '*', '–', '—', ...bulletGlyphs, '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const bulletItem = new RegExp(`^(?:[-*–—${bulletGlyphs}]|\\d{1,2}[.)])\\s+\\S`, 'u');

/** How a line marks itself as a list item: `trailing` (ends with a dangling delimiter), `bullet` (starts with one, or `1.`), else undefined. */
export const listMark = (line: LineFeatures): ListMark | undefined => {
	const {raw} = line;
	if (trailingDelimiters.has(raw.at(-1)!) && /\S\s+[-–—|»›·•]$/u.test(raw)) {
		return 'trailing';
	}

	const item = raw.trimStart();
	return bulletStarts.has(item[0]) && bulletItem.test(item) ? 'bullet' : undefined;
};

/** A run of list items of one kind: positions in the non-blank line list, first to last inclusive; `ends`, each item's last line (its own, or its second line: continuesItem). */
export type ListBlock = {mark: ListMark; first: number; last: number; ends: number[]};

/** A list item this short (words) may be a teaser's time or thumbnail, its headline on the line below ("• 7 p.m." over "Opposition leader …"). */
const shortItemWords = 4;
/** A teaser headline under its time is at most this long (words): a paragraph's line is longer. */
const continuationWords = 20;

/**
 * Whether `next` is the second line of the short list item `item`: right below it (no blank between), unmarked, no
 * sentence's end, a headline's length. w3m prints a teaser whose time or picture comes first so ("  • 6:03 p.m." then
 * "    Parliament approves …" indented below): the two lines are one item.
 */
const continuesItem = (item: LineFeatures, next: LineFeatures | undefined): boolean =>
	next !== undefined && next.n === item.lastN + 1 && item.size <= shortItemWords && listMark(next) === undefined && !next.terminal && next.size > 0 && next.size <= continuationWords;

/**
 * Runs of at least `minimum` consecutive items with the same mark, at most
 * one blank line apart. Trailing-delimiter runs need only 2 items: prose
 * never ends lines with a dangling " -". A short bullet item's second line
 * (continuesItem: a teaser's headline under its time) is part of the run.
 */
export const listBlocks = (lines: readonly LineFeatures[]): ListBlock[] => {
	const blocks: ListBlock[] = [];
	let i = 0;
	while (i < lines.length) {
		const mark = listMark(lines[i]);
		if (!mark) {
			i++;
			continue;
		}

		const itemEnd = (at: number): number => (mark === 'bullet' && continuesItem(lines[at], lines[at + 1]) ? at + 1 : at);
		let j = itemEnd(i);
		const ends = [j];
		while (j + 1 < lines.length && listMark(lines[j + 1]) === mark && lines[j + 1].n - lines[j].lastN <= 2) {
			j = itemEnd(j + 1);
			ends.push(j);
		}

		if (ends.length >= (mark === 'trailing' ? 2 : 3)) {
			blocks.push({mark, first: i, last: j, ends});
		}

		i = j + 1;
	}

	return blocks;
};
