// Soft wrapping of styled text at word boundaries, measured in terminal
// columns. Works on segments so styles survive the breaks; words wider than
// a line are hard-broken by grapheme, so a 100,000-character run without
// spaces costs one linear pass, never a hang.
import {clusterWidth, clusters, measureWidth, narrowText} from './safe-text.js';

/** Anything with a text; other fields (style, row...) are copied onto every piece cut from it. */
export type Piece = {text: string};

// Break opportunities: ordinary and typographic spaces, and the zero-width
// space; not the no-break spaces (U+00A0, U+2007, U+202F).
const isBreakSpace = (code: number): boolean =>
	code === 0x20 || code === 0x1680 || (code >= 0x2000 && code <= 0x2006) || (code >= 0x2008 && code <= 0x200b) || code === 0x205f || code === 0x3000;
/** From `lastIndex`: a run of break spaces (isBreakSpace), and a run of anything else but a line feed. */
const breakSpaces = /[\u0020\u1680\u2000-\u2006\u2008-\u200b\u205f\u3000]+/y;
const wordRun = /[^\n\u0020\u1680\u2000-\u2006\u2008-\u200b\u205f\u3000]+/y;


/**
 * Closing punctuation that never starts a line when a run without spaces is hard-broken (the kinsoku rule of
 * CJK typesetting, JIS X 4051 / W3C JLReq "line start prohibition rules": 。、，．」』）… and their Western forms).
 */
const noLineStart = /^[、。，．：；？！）］｝」』】〕〉》〙〗’”,.;:!?)\]}]$/u;

/** How a piece that must not be split sits in the text: `open` stays with the character after it, `close` with the one before it. */
export type Keep = 'open' | 'close';

/** Options of wrapSegments. */
export type WrapOptions<T extends Piece> = {
	/** See wrapSegments. */
	lineJumps?: boolean;
	/**
	 * Pieces never split across lines (a change marker such as `[-` or `+}`)
	 * and the neighbour each stays with: a line never ends with an opening
	 * marker or starts with a closing one, unless the marker and its neighbour
	 * are wider than a line together. Undefined for ordinary text.
	 */
	keep?: (piece: T) => Keep | undefined;
};

/**
 * Wraps safe text segments into lines no wider than `width` columns (width ≥ 2,
 * so a double-width character always fits). `\n` in a segment forces a break.
 * Spaces at a break are dropped; every other character is kept, in order.
 * Each line holds one piece per run of a source segment on it (its fields
 * copied, `text` the run): words are ranges of the source text until placed,
 * so wrapping makes a few strings per line, not one per word. `widths`, when
 * given, receives each line's display width in columns (one number a line):
 * printers pad with it instead of measuring every line again.
 * `lineJumps` (default true): in one-column text (narrowText), the words that
 * fill the rest of a line are found with one search back from where the line
 * ends, not word by word; `false` takes every word apart (the reference the
 * tests compare with: the lines are the same).
 * `keep`: see WrapOptions; it matters only where a word is hard-broken (a run
 * without spaces wider than a line, as CJK text is): a word that fits a line
 * is never split anyway.
 */
export const wrapSegments = <T extends Piece>(segments: readonly T[], width: number, widths?: number[], {lineJumps = true, keep}: WrapOptions<T> = {}): T[][] => {
	const lineWidth = Math.max(2, Math.floor(width));
	const lines: T[][] = [[]];
	let line = lines[0]!;
	let used = 0;
	// Pending spaces and word: [source, start, end] ranges, flattened.
	const spaces: Array<T | number> = [];
	let spacesWidth = 0;
	const word: Array<T | number> = [];
	let wordWidth = 0;
	// The run of a source being put on the line, made a piece when it ends.
	let openSource: T | undefined;
	let openStart = 0;
	let openEnd = 0;

	const close = () => {
		if (openSource === undefined) return;
		line.push({...openSource, text: openSource.text.slice(openStart, openEnd)});
		openSource = undefined;
	};
	const newLine = () => {
		close();
		widths?.push(used);
		line = [];
		lines.push(line);
		used = 0;
	};
	const put = (source: T, start: number, end: number) => {
		if (openSource === source && openEnd === start) {
			openEnd = end;
			return;
		}
		close();
		openSource = source;
		openStart = start;
		openEnd = end;
	};
	const place = (ranges: ReadonlyArray<T | number>, w: number) => {
		for (let index = 0; index < ranges.length; index += 3) put(ranges[index] as T, ranges[index + 1] as number, ranges[index + 2] as number);
		used += w;
	};
	/** Hard-breaks the pending word at any cluster, except inside or beside a kept piece (keep). */
	const keptBreak = (): boolean => {
		if (keep === undefined) return false;
		let kept = false;
		for (let index = 0; index < word.length && !kept; index += 3) kept = keep(word[index] as T) !== undefined;
		if (!kept) return false;
		// Units: [ranges (source, start, end, ...), width]; a kept piece is one unit, joined to its neighbour's first or last cluster.
		const units: Array<{ranges: Array<T | number>; width: number}> = [];
		let openUnit: {ranges: Array<T | number>; width: number} | undefined;
		for (let index = 0; index < word.length; index += 3) {
			const source = word[index] as T;
			const start = word[index + 1] as number;
			const end = word[index + 2] as number;
			const side = keep(source);
			if (side !== undefined) {
				const unit = {ranges: [source, start, end], width: measureWidth(source.text.slice(start, end))};
				const last = units.at(-1);
				if (side === 'close' && last !== undefined && openUnit === undefined) {
					last.ranges.push(...unit.ranges);
					last.width += unit.width;
				} else if (openUnit === undefined) {
					openUnit = unit;
				} else {
					openUnit.ranges.push(...unit.ranges);
					openUnit.width += unit.width;
				}
				continue;
			}
			let position = start;
			const pieces = clusters(source.text.slice(start, end)).flatMap(cluster => (cluster.length > 1 && clusterWidth(cluster) > lineWidth ? [...cluster] : [cluster]));
			for (const cluster of pieces) {
				const unit = {ranges: [source, position, position + cluster.length] as Array<T | number>, width: clusterWidth(cluster)};
				position += cluster.length;
				const last = units.at(-1);
				if (openUnit !== undefined) {
					openUnit.ranges.push(...unit.ranges);
					openUnit.width += unit.width;
					units.push(openUnit);
					openUnit = undefined;
				} else if (last !== undefined && noLineStart.test(cluster) && last.width + unit.width <= lineWidth) {
					// Kinsoku (see noLineStart): a closing mark stays with the unit before it.
					last.ranges.push(...unit.ranges);
					last.width += unit.width;
				} else {
					units.push(unit);
				}
			}
		}
		if (openUnit !== undefined) units.push(openUnit);
		for (const unit of units) {
			// Joined wider than a line (a marker beside a wide character on a very narrow pane): its parts go one by one.
			const parts = unit.width > lineWidth ? Array.from({length: unit.ranges.length / 3}, (_, at) => unit.ranges.slice(at * 3, at * 3 + 3)) : [unit.ranges];
			for (const ranges of parts) {
				const w = parts.length === 1 ? unit.width : measureWidth((ranges[0] as T).text.slice(ranges[1] as number, ranges[2] as number));
				if (used + w > lineWidth && used > 0) newLine();
				place(ranges, w);
			}
		}
		return true;
	};
	const hardBreak = () => {
		if (keptBreak()) return;
		for (let index = 0; index < word.length; index += 3) {
			const source = word[index] as T;
			let position = word[index + 1] as number;
			let chunkStart = position;
			let chunkWidth = 0;
			// A cluster wider than a line (rare combining sequences) is split into code points.
			const units = clusters(source.text.slice(position, word[index + 2] as number)).flatMap(cluster => (cluster.length > 1 && clusterWidth(cluster) > lineWidth ? [...cluster] : [cluster]));
			// Where the last unit of the chunk starts and its width: kinsoku carries it down with a closing mark.
			let lastStart = position;
			let lastWidth = 0;
			for (const unit of units) {
				const w = clusterWidth(unit);
				if (used + chunkWidth + w > lineWidth && used + chunkWidth > 0) {
					if (noLineStart.test(unit) && position > chunkStart && used + chunkWidth - lastWidth > 0 && lastWidth + w <= lineWidth) {
						// A line never starts with a closing mark (。、」): the character before goes down with it.
						if (lastStart > chunkStart) put(source, chunkStart, lastStart);
						used += chunkWidth - lastWidth;
						newLine();
						chunkStart = lastStart;
						chunkWidth = lastWidth;
					} else {
						if (position > chunkStart) {
							put(source, chunkStart, position);
							used += chunkWidth;
						}
						newLine();
						chunkStart = position;
						chunkWidth = 0;
					}
				}
				lastStart = position;
				lastWidth = w;
				position += unit.length;
				chunkWidth += w;
			}
			if (position > chunkStart) {
				put(source, chunkStart, position);
				used += chunkWidth;
			}
		}
	};
	const flushWord = () => {
		if (word.length > 0) {
			if (used > 0 && used + spacesWidth + wordWidth <= lineWidth) {
				place(spaces, spacesWidth);
				place(word, wordWidth);
			} else if (wordWidth <= lineWidth) {
				if (used > 0) newLine();
				place(word, wordWidth);
			} else {
				// Too long for any line (CJK runs, URLs): fill the current line first.
				if (used > 0 && used + spacesWidth < lineWidth) place(spaces, spacesWidth);
				else if (used > 0) newLine();
				hardBreak();
			}
			// Emptied in place, not replaced: one array each for the whole text.
			word.length = 0;
		}
		wordWidth = 0;
		spaces.length = 0;
		spacesWidth = 0;
	};

	for (const segment of segments) {
		const {text} = segment;
		// One column per code unit (see narrowText): a segment of such text needs no measuring.
		const narrow = narrowText.test(text);
		let at = 0;
		while (at < text.length) {
			const code = text.charCodeAt(at);
			if (code === 0x0a) {
				flushWord();
				newLine();
				at++;
				continue;
			}
			const space = isBreakSpace(code);
			if (!space && narrow && lineJumps && word.length === 0) {
				// A word starts and none is pending: the words of this segment that end by the line's
				// last column all fit (widths are lengths; the only break space in narrow text is
				// U+0020, and it holds no line feed), so they go on as one range, with the spaces
				// before them unless the line is empty (as word by word: spaces at a line's start go).
				const room = lineWidth - used - (used > 0 ? spacesWidth : 0);
				let end = text.lastIndexOf(' ', at + room);
				while (end > at && text.charCodeAt(end - 1) === 0x20) end--;
				if (end > at) {
					if (used > 0) place(spaces, spacesWidth);
					spaces.length = 0;
					spacesWidth = 0;
					put(segment, at, end);
					used += end - at;
					at = end;
					continue;
				}
			}
			// Runs are found by sticky regular expressions, in native code: a loop over code
			// units runs in the interpreter for most of a one-shot process (copydesk diff).

			const run = space ? breakSpaces : wordRun;
			run.lastIndex = at;
			run.test(text);
			const end = run.lastIndex;
			const width = narrow ? end - at : measureWidth(text.slice(at, end));
			if (space) {
				// A space ends the word before it.
				if (word.length > 0) flushWord();
				spaces.push(segment, at, end);
				spacesWidth += width;
			} else {
				word.push(segment, at, end);
				wordWidth += width;
			}
			at = end;
		}
	}
	flushWord();
	close();
	widths?.push(used);
	return lines;
};

/** Total display width of a line of pieces. */
export const lineWidthOf = (line: readonly Piece[]): number => line.reduce((sum, piece) => sum + measureWidth(piece.text), 0);
