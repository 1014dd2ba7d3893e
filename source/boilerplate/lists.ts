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

/** A run of list items of one kind: positions in the non-blank line list, first to last inclusive. */
export type ListBlock = {mark: ListMark; first: number; last: number};

/**
 * Runs of at least `minimum` consecutive items with the same mark, at most
 * one blank line apart. Trailing-delimiter runs need only 2 items: prose
 * never ends lines with a dangling " -".
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

		let j = i;
		while (j + 1 < lines.length && listMark(lines[j + 1]) === mark && lines[j + 1].n - lines[j].lastN <= 2) {
			j++;
		}

		if (j - i + 1 >= (mark === 'trailing' ? 2 : 3)) {
			blocks.push({mark, first: i, last: j});
		}

		i = j + 1;
	}

	return blocks;
};
