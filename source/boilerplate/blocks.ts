import {isSpaceAt, splitLines, type TextLine} from '../text/lines.js';
import {normalizeForMatch} from '../text/normalize.js';
import {scriptSentenceEnds} from '../text/sentences.js';
import {isCommentUnitLine} from './comment-thread.js';
import {markers} from './markers.js';

// Reflow before labelling. Text browsers (`w3m -dump`, `lynx -dump`: 80
// columns by default), e-mail and wire copy break paragraphs at a fixed
// width; judged line by line, a wrapped paragraph is a heap of short lines
// without full stops and reads as a menu. So physical lines are first joined
// back into blocks (paragraphs, list items), the labeller judges blocks, and
// every physical line of a block takes its block's label: offsets stay those
// of the original lines, so the reader still highlights what is in the file.
//
// A text is taken as hard-wrapped at width W when its breakable lines never
// exceed W and many of them end close to it (wrapWidth). Two lines of one
// paragraph are then told by the fixed-width break test: the next line's
// first word would not have fitted on the line before (the way `fold -s`,
// textwrap and text browsers fill lines), the next line is not a new list
// item, and its indentation continues the block's. A text that is not
// wrapped (a w3m dump at 10,000 columns, a Markdown file) has no width and
// each non-blank line is its own block, so the same page dumped at 72, 80 or
// 10,000 columns yields the same blocks.

/** A paragraph or list item reconstructed from one or more physical lines. */
export type TextBlock = {
	/** 1-based numbers of its first and last physical lines (no blank line between them). */
	n: number;
	lastN: number;
	/** Span of the block in the text: from its first line's start to its last line's end (terminators inside). */
	start: number;
	end: number;
	/** The block's physical lines (blank lines never belong to a block). */
	lines: TextLine[];
	/** The text as one line: each physical line trimmed, joined by single spaces. */
	text: string;
	/** normalizeLine(text), once computed: the corpus scan and the labeller share it. */
	norm?: string;
	/** wordsOf(norm), once computed (the corpus scan tokenises the blocks that may be prose; the labeller reuses them). Read-only. */
	words?: string[];
	/** keyHashOfNormalized(norm), once computed (the corpus scan keys every block; the labeller reuses it). */
	key?: number;
};

/** Widths outside this range are not a wrap: narrower is a column of words, wider a page dumped unwrapped. */
const minimumWidth = 30;
const maximumWidth = 250;
/** Lines this close to the width (in characters) count as filled. */
const filledMargin = 20;
/** Lines longer than the width that may be ignored as outliers (a table row, a preformatted line). */
const maximumOutliers = 2;

/** Wrapping tools pad and break with ASCII spaces and tabs only: a no-break space is part of a word, so indentation and trailing space are measured in those. */
const isPad = (code: number): boolean => code === 32 || code === 9;

/** Index of the first character of `line` that is not an ASCII space or tab (its length when none). Loops, not `/[ \t]+$/`: that backtracks quadratically on long runs of spaces (wide w3m dumps). */
const padStart = (line: string): number => {
	let i = 0;
	while (i < line.length && isPad(line.charCodeAt(i))) i++;
	return i;
};

/** Index past the last character of `line` that is not an ASCII space or tab (0 when none). */
const padEnd = (line: string): number => {
	let end = line.length;
	while (end > 0 && isPad(line.charCodeAt(end - 1))) end--;
	return end;
};

const firstWordLength = (line: string): number => {
	// Wrapping tools break at ASCII spaces and tabs only: a no-break space holds its words together.
	const start = padStart(line);
	let i = start;
	while (i < line.length && !isPad(line.charCodeAt(i))) i++;
	return i - start;
};

const indentOf = (line: string): number => padStart(line);

/** Code points in `line.slice(0, end)`: a pair of surrogates is one, a lone surrogate one (as `[...text].length`). */
const codePoints = (line: string, end: number): number => {
	let count = end;
	for (let i = 0; i + 1 < end; i++) {
		const code = line.charCodeAt(i);
		if (code >= 0xD800 && code <= 0xDBFF) {
			const next = line.charCodeAt(i + 1);
			if (next >= 0xDC00 && next <= 0xDFFF) {
				count--;
				i++;
			}
		}
	}

	return count;
};

/** Length in code points (wrapping tools count characters, not UTF-16 units), trailing space excluded. */
const width = (line: string): number => codePoints(line, padEnd(line));

/**
 * A space between two visible characters: the line could have been broken
 * there. Between the first and the last visible character, any ASCII space or
 * tab is one.
 */
const hasInnerSpace = (line: string): boolean => {
	const end = padEnd(line);
	for (let i = padStart(line); i < end; i++) if (isPad(line.charCodeAt(i))) return true;
	return false;
};

/** What wrapWidth needs of each physical line, measured once. */
type LineShape = {widths: Int32Array; breakable: Uint8Array; blank: Uint8Array};

/**
 * One pass over each line's code units: its width (code points up to its last
 * character that is not an ASCII space or tab: after it there are only those,
 * so every surrogate pair of the line lies before it), whether it is blank
 * (isBlank), and whether an ASCII space or tab lies between two other characters.
 */
const shapeOf = (lines: readonly string[]): LineShape => {
	const widths = new Int32Array(lines.length);
	const breakable = new Uint8Array(lines.length);
	const blank = new Uint8Array(lines.length);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		let end = 0;
		let pairs = 0;
		let seen = false;
		let padAfter = false;
		let inner = false;
		let spaceOnly = true;
		for (let k = 0; k < line.length; k++) {
			const code = line.charCodeAt(k);
			if (code === 32 || code === 9) {
				padAfter = seen;
				continue;
			}

			if (padAfter) inner = true;
			seen = true;
			padAfter = false;
			end = k + 1;
			if (spaceOnly && !isSpaceAt(line, k)) spaceOnly = false;
			if (code >= 0xD800 && code <= 0xDBFF && k + 1 < line.length) {
				const next = line.charCodeAt(k + 1);
				if (next >= 0xDC00 && next <= 0xDFFF) {
					pairs++;
					end = k + 2;
					k++;
				}
			}
		}

		widths[i] = end - pairs;
		blank[i] = spaceOnly ? 1 : 0;
		breakable[i] = !spaceOnly && inner ? 1 : 0;
	}

	return {widths, breakable, blank};
};

/**
 * The width at which a text was hard-wrapped, in characters, or undefined
 * when it was not. Candidates are the longest lengths of lines that could
 * have been broken (a space inside them), up to two outliers skipped; one is
 * accepted when at least three lines that continue into a non-blank line end
 * within 20 characters of it, and they make at least a third of the lines
 * longer than half of it (in running text wrapped at W, most lines of a
 * paragraph but its last are that full).
 */
export const wrapWidth = (lines: readonly string[]): number | undefined => wrapWidthOf(shapeOf(lines));

const wrapWidthOf = ({widths, breakable, blank}: LineShape): number | undefined => {
	// The longest breakable lengths, longest first: the outliers and then the candidate.
	const longest: number[] = [];
	for (let i = 0; i < widths.length; i++) {
		if (!breakable[i]) {
			continue;
		}

		const length = widths[i];
		if (longest.length <= maximumOutliers || length > longest.at(-1)!) {
			if (!longest.includes(length)) {
				longest.push(length);
				longest.sort((a, b) => b - a);
				if (longest.length > maximumOutliers + 1) {
					longest.pop();
				}
			}
		}
	}

	for (const candidate of longest) {
		let over = 0;
		for (let i = 0; i < widths.length; i++) {
			over += breakable[i] && widths[i] > candidate ? 1 : 0;
		}

		if (over > maximumOutliers) {
			break;
		}

		if (candidate > maximumWidth) {
			continue;
		}

		if (candidate < minimumWidth) {
			return undefined;
		}

		let filled = 0;
		let half = 0;
		for (let i = 0; i + 1 < widths.length; i++) {
			const length = widths[i];
			if (length > candidate || blank[i + 1]) {
				continue;
			}

			if (length > candidate / 2) {
				half++;
			}

			if (length > candidate - filledMargin) {
				filled++;
			}
		}

		if (filled >= 3 && filled * 3 >= half) {
			return candidate;
		}
	}

	// Too few full lines to measure (a page of short paragraphs), but no line
	// past the text browsers' default: take their 80 columns. An unwrapped
	// text rarely has two long lines in a row that the break test would join.
	const longestLine = longest[0] ?? 0;
	return longestLine <= defaultWidth && longestLine > defaultWidth - filledMargin ? defaultWidth : undefined;
};

/** The width `w3m -dump`, `lynx -dump` and `fold` wrap at unless told otherwise. */
const defaultWidth = 80;

/** A bullet that always opens a list item. */
const bulletPattern = /^[•·▪►✓◦‣○●■□*+](?:\s|$)/u;
/** Markers that open a list item only among items of the same kind: in running text a wrapped line may start with "- " or "12. " (a German date). */
const dashPattern = /^[-–—]\s/u;
const numberPattern = /^(?:\d{1,3}|[a-z])[.)]\s/u;

/** How a line opens a list item: its marker kind, or undefined. */
const itemMarker = (trimmed: string): 'bullet' | 'dash' | 'number' | undefined =>
	bulletPattern.test(trimmed) ? 'bullet' : dashPattern.test(trimmed) ? 'dash' : numberPattern.test(trimmed) ? 'number' : undefined;

/** Where the text of a list item starts after its marker ("  • text": 4), for hanging indentation. */
const hangingIndent = (line: string): number => {
	const match = /^\s*(?:[•·▪►✓◦‣○●■□*+]|[-–—]|\d{1,3}[.)]|[a-z][.)])\s+/u.exec(line);
	return match ? match[0].length : indentOf(line);
};

/** Markers of chrome set between or after paragraphs: a reading cue ("Related: ...", "Read more: ..."), share links, a copyright notice. */
const interjectionMarkers = markers.filter((marker) => marker.category === 'related' || marker.category === 'share' || marker.reason === 'copyright notice');
/** The longest such line (in words): a longer line is prose whatever it starts with. */
const interjectionWords = 20;

/**
 * Whether `line` is chrome a page sets between two paragraphs, read alone: a
 * reading cue that names itself with a colon ("Related: ...", "READ MORE:
 * ...", "Lire aussi : ..."), a line of share links or a copyright notice, as
 * the markers (markers.ts) read it. Such a line under a paragraph that
 * filled its last line and ended its sentence starts a block: joined to the
 * paragraph, it would be kept as article text.
 */
const isInterjection = (line: string): boolean => {
	if (!/^[\p{L}*_[©]/u.test(line) || line.split(/\s+/u).length > interjectionWords) {
		return false;
	}

	const norm = normalizeForMatch(line);
	return interjectionMarkers.some((marker) => (marker.category !== 'related' || /^[^:：]{1,40}[:：]/u.test(norm)) && marker.pattern.test(norm));
};

/** A line that ends a sentence, in any script (scriptSentenceEnds: 。 ۔ । …), closing quotes or brackets after it. */
const sentenceEnd = new RegExp(`[.!?…${scriptSentenceEnds}]["'”’»)」』）]*$`, 'u');

/**
 * Whether physical line `next` continues the paragraph that `previous` ends
 * (a block that began with line `opening`), in a text wrapped at `wrap` columns.
 */
const continues = (opening: string, previous: string, next: string, wrap: number): boolean => {
	// The fixed-width break: the next word would not have fitted. A line past
	// the width that could have been broken is an outlier (a table row), not a wrap.
	const length = width(previous);
	if (length + 1 + firstWordLength(next) <= wrap || (length > wrap && hasInnerSpace(previous))) {
		return false;
	}

	const trimmed = next.trimStart();
	// A separator rule (no letters or digits) stands alone, however long: after a line as before it.
	if (!/[\p{L}\p{N}]/u.test(trimmed) || !/[\p{L}\p{N}]/u.test(previous)) {
		return false;
	}

	const marker = itemMarker(trimmed);
	if (marker === 'bullet' || (marker !== undefined && itemMarker(opening.trimStart()) === marker)) {
		return false;
	}

	// Markdown headings, quotes and tables start their own block.
	if (/^(?:#{1,6}\s|>|\|)/u.test(trimmed)) {
		return false;
	}

	// A comment's header or furniture ("Reply", "Jane says:", "3 hours ago") under a comment that filled its last
	// line starts a block: joined to the comment, the thread's repeated units would be lost (comment-thread.ts).
	if (isCommentUnitLine(trimmed.trimEnd())) {
		return false;
	}

	if (sentenceEnd.test(previous.trimEnd()) && isInterjection(trimmed.trimEnd())) {
		return false;
	}

	const indent = indentOf(next);
	return indent === indentOf(previous) || indent === indentOf(opening) || indent === hangingIndent(opening);
};

/** How textBlocks reads a text. */
export type BlockOptions = {
	/**
	 * false: the text is known to hold one paragraph a line (text extracted from
	 * HTML writes each paragraph, heading or list item on its own line), so no
	 * line is joined to the next, whatever their lengths. Default true: the
	 * wrap is measured (wrapWidth) and wrapped lines joined.
	 */
	reflow?: boolean;
};

/**
 * The blocks of a text: its non-blank physical lines grouped into the
 * paragraphs and list items they were wrapped from (each line its own block
 * when the text is not hard-wrapped, or when `options.reflow` is false).
 * Linear in the text's length.
 */
export const textBlocks = (text: string, options: BlockOptions = {}): TextBlock[] => {
	const all = splitLines(text);
	const raw = all.map((line) => text.slice(line.start, line.end));
	const shape = shapeOf(raw);
	const wrap = options.reflow === false ? undefined : wrapWidthOf(shape);
	const blocks: TextBlock[] = [];
	let current: {lines: TextLine[]; raws: string[]} | undefined;
	const close = (): void => {
		if (current) {
			const {lines, raws} = current;
			blocks.push({
				n: lines[0].n,
				lastN: lines.at(-1)!.n,
				start: lines[0].start,
				end: lines.at(-1)!.end,
				lines,
				text: raws.length === 1 ? raws[0].trim() : raws.map((line) => line.trim()).join(' '),
				// Filled in later (the corpus scan); present from the start, so every block has one shape.
				norm: undefined,
				words: undefined,
				key: undefined,
			});
			current = undefined;
		}
	};

	for (let i = 0; i < all.length; i++) {
		const line = all[i];
		const content = raw[i];
		if (shape.blank[i]) {
			close();
			continue;
		}

		if (current && wrap !== undefined && continues(current.raws[0], current.raws.at(-1)!, content, wrap)) {
			current.lines.push(line);
			current.raws.push(content);
			continue;
		}

		close();
		current = {lines: [line], raws: [content]};
	}

	close();
	return blocks;
};
