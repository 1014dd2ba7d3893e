import type {Span} from './span.js';
import {linesOf, trimSpan, type Line} from './lines.js';
import {scriptSentenceEnds} from './sentences.js';

/** A paragraph: its trimmed span and its lines. */
export type Paragraph = Span & {index: number; lines: Line[]};

export type ParagraphLayout = {
	paragraphs: Paragraph[];
	/** Lines look hard-wrapped at a fixed width: a line break inside a paragraph is just a space. */
	wrapped: boolean;
};

const lowercaseStart = /^\s*["'“‘«(]*\p{Ll}/u;
const terminal = new RegExp(`[.!?…:;"'”’»)\\]${scriptSentenceEnds}]\\s*$`, 'u');

/**
 * Hard wrapping: most non-final lines of multi-line paragraphs are long, close to
 * one width (≤ 100 columns), end without terminal punctuation, and the next line
 * often carries on in lower case (a list of headlines does not).
 */
const looksWrapped = (text: string, lines: Line[]): boolean => {
	const inner: Line[] = [];
	let lowerNext = 0;
	for (let k = 0; k + 1 < lines.length; k++) {
		if (lines[k].blank || lines[k + 1].blank) continue;
		inner.push(lines[k]);
		if (lowercaseStart.test(text.slice(lines[k + 1].start, lines[k + 1].end))) lowerNext++;
	}
	if (inner.length < 3 || lowerNext < inner.length * 0.3) return false;
	const lengths = inner.map(line => line.end - line.start).sort((a, b) => a - b);
	const width = lengths[Math.floor(lengths.length * 0.9)];
	if (width > 100 || width < 30) return false;
	let wrapLike = 0;
	for (const line of inner) {
		const length = line.end - line.start;
		if (length >= width * 0.6 && !terminal.test(text.slice(line.start, line.end))) wrapLike++;
	}
	return wrapLike >= inner.length * 0.6;
};

/**
 * Paragraphs are separated by blank lines. A text with (almost) no blank lines
 * that is not hard-wrapped has one paragraph per line, as many page dumps do.
 * When the labeller's reflow is known (`continued`: offsets of the lines that
 * continue the line before, blocks.ts), it replaces the guess of looksWrapped:
 * such a line stays in the paragraph of the line before, and lines are counted
 * as the blocks they make, so the layout does not depend on the wrap width.
 */
export const paragraphsOf = (text: string, continued?: ReadonlySet<number>): ParagraphLayout => {
	const lines = linesOf(text);
	const wrapped = continued === undefined && looksWrapped(text, lines);
	let blank = 0;
	let content = 0;
	for (const line of lines) {
		if (line.blank) blank++;
		else if (!continued?.has(line.start)) content++;
	}

	const linePerParagraph = !wrapped && content > 1 && blank * 4 < content;
	const paragraphs: Paragraph[] = [];
	let current: Line[] = [];
	const close = () => {
		if (current.length === 0) return;
		const span = trimSpan(text, current[0].start, current[current.length - 1].end);
		paragraphs.push({start: span.start, end: span.end, index: paragraphs.length, lines: current});
		current = [];
	};
	for (const line of lines) {
		if (line.blank) {
			close();
			continue;
		}
		if (linePerParagraph && !continued?.has(line.start)) close();
		current.push(line);
	}
	close();
	return {paragraphs, wrapped};
};
