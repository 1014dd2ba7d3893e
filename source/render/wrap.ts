// Soft wrapping of styled text at word boundaries, measured in terminal
// columns. Works on segments so styles survive the breaks; words wider than
// a line are hard-broken by grapheme, so a 100,000-character run without
// spaces costs one linear pass, never a hang.
import {clusterWidth, clusters, measureWidth} from './safe-text.js';

/** Anything with a text; other fields (style, row...) are copied onto every piece cut from it. */
export type Piece = {text: string};

// Break opportunities: ordinary and typographic spaces, and the zero-width
// space; not the no-break spaces (U+00A0, U+2007, U+202F).
const spacePattern = /([ \u1680\u2000-\u2006\u2008-\u200b\u205f\u3000]+|\n)/;

/**
 * Wraps safe text segments into lines no wider than `width` columns (width ≥ 2,
 * so a double-width character always fits). `\n` in a segment forces a break.
 * Spaces at a break are dropped; every other character is kept, in order.
 */
export const wrapSegments = <T extends Piece>(segments: readonly T[], width: number): T[][] => {
	const lineWidth = Math.max(2, Math.floor(width));
	const lines: T[][] = [[]];
	let line = lines[0]!;
	let used = 0;
	// The pending spaces and word, as (source segment, text) pairs: no object per word. A line's
	// pieces are made only when placed, and the text of consecutive pieces cut from one source
	// segment goes into one piece (a line holds a few pieces, not one per word).
	let spaceSources: T[] = [];
	let spaceTexts: string[] = [];
	let spacesWidth = 0;
	let wordSources: T[] = [];
	let wordTexts: string[] = [];
	let wordWidth = 0;
	let lastSource: T | undefined;

	const newLine = () => {
		line = [];
		lines.push(line);
		used = 0;
		lastSource = undefined;
	};
	const put = (source: T, text: string) => {
		if (lastSource === source) line[line.length - 1]!.text += text;
		else {
			line.push({...source, text});
			lastSource = source;
		}
	};
	const place = (sources: readonly T[], texts: readonly string[], w: number) => {
		for (let index = 0; index < sources.length; index++) put(sources[index]!, texts[index]!);
		used += w;
	};
	const hardBreak = () => {
		for (let index = 0; index < wordSources.length; index++) {
			const source = wordSources[index]!;
			let chunk = '';
			let chunkWidth = 0;
			// A cluster wider than a line (rare combining sequences) is split into code points.
			const units = clusters(wordTexts[index]!).flatMap(cluster => (cluster.length > 1 && clusterWidth(cluster) > lineWidth ? [...cluster] : [cluster]));
			for (const segment of units) {
				const w = clusterWidth(segment);
				if (used + chunkWidth + w > lineWidth && used + chunkWidth > 0) {
					if (chunk) {
						put(source, chunk);
						used += chunkWidth;
					}
					newLine();
					chunk = '';
					chunkWidth = 0;
				}
				chunk += segment;
				chunkWidth += w;
			}
			if (chunk) {
				put(source, chunk);
				used += chunkWidth;
			}
		}
	};
	const flushWord = () => {
		if (wordSources.length > 0) {
			if (used > 0 && used + spacesWidth + wordWidth <= lineWidth) {
				place(spaceSources, spaceTexts, spacesWidth);
				place(wordSources, wordTexts, wordWidth);
			} else if (wordWidth <= lineWidth) {
				if (used > 0) newLine();
				place(wordSources, wordTexts, wordWidth);
			} else {
				// Too long for any line (CJK runs, URLs): fill the current line first.
				if (used > 0 && used + spacesWidth < lineWidth) place(spaceSources, spaceTexts, spacesWidth);
				else if (used > 0) newLine();
				hardBreak();
			}
		}
		if (wordSources.length > 0) {
			wordSources = [];
			wordTexts = [];
		}
		wordWidth = 0;
		if (spaceSources.length > 0) {
			spaceSources = [];
			spaceTexts = [];
		}
		spacesWidth = 0;
	};

	for (const segment of segments) {
		const parts = segment.text.split(spacePattern);
		for (let index = 0; index < parts.length; index++) {
			const part = parts[index]!;
			if (part === '') continue;
			if (index % 2 === 0) {
				wordSources.push(segment);
				wordTexts.push(part);
				wordWidth += measureWidth(part);
			} else if (part === '\n') {
				flushWord();
				newLine();
			} else {
				// A space ends the word before it.
				if (wordSources.length > 0) flushWord();
				spaceSources.push(segment);
				spaceTexts.push(part);
				spacesWidth += measureWidth(part);
			}
		}
	}
	flushWord();
	return lines;
};

/** Total display width of a line of pieces. */
export const lineWidthOf = (line: readonly Piece[]): number => line.reduce((sum, piece) => sum + measureWidth(piece.text), 0);
