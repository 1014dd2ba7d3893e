import type {Span} from './span.js';

/** A line of text: its span without the terminator (CR, LF and CRLF all end a line). */
export type Line = Span & {blank: boolean};

export const linesOf = (text: string, from = 0, to = text.length): Line[] => {
	const lines: Line[] = [];
	let start = from;
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (code !== 10 && code !== 13) continue;
		lines.push({start, end: i, blank: isBlank(text, start, i)});
		if (code === 13 && text.charCodeAt(i + 1) === 10 && i + 1 < to) i++;
		start = i + 1;
	}
	if (start < to) lines.push({start, end: to, blank: isBlank(text, start, to)});
	return lines;
};

const isBlank = (text: string, start: number, end: number): boolean => {
	for (let i = start; i < end; i++) if (!isSpaceAt(text, i)) return false;
	return true;
};

/** Whitespace test without a regular expression for the common ASCII case. */
export const isSpaceAt = (text: string, i: number): boolean => {
	const code = text.charCodeAt(i);
	if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
	return /\s/.test(text[i]);
};

/** Shrink a span to its non-whitespace content (empty span at `start` if none). */
export const trimSpan = (text: string, start: number, end: number): Span => {
	while (start < end && isSpaceAt(text, start)) start++;
	while (end > start && isSpaceAt(text, end - 1)) end--;
	return {start, end};
};
