/** One physical line of a text: CR, LF and CRLF all end a line. */
export type TextLine = {
	/** 1-based. */
	n: number;
	start: number;
	/** Exclusive, terminator excluded. */
	end: number;
	/** The terminator that ends the line ('' for the last line). */
	eol: string;
};

/** Splits a text into lines without copying it; offsets index the original text. */
export const splitLines = (text: string): TextLine[] => {
	const lines: TextLine[] = [];
	let start = 0;
	let n = 1;
	// indexOf scans far faster than a loop over char codes; each terminator is looked up again only once passed.
	let nextLf = text.indexOf('\n');
	let nextCr = text.indexOf('\r');
	while (nextLf !== -1 || nextCr !== -1) {
		const i = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr;
		const eol = i === nextCr ? (nextLf === i + 1 ? '\r\n' : '\r') : '\n';
		lines.push({n: n++, start, end: i, eol});
		start = i + eol.length;
		if (nextLf !== -1 && nextLf < start) {
			nextLf = text.indexOf('\n', start);
		}

		if (nextCr !== -1 && nextCr < start) {
			nextCr = text.indexOf('\r', start);
		}
	}

	lines.push({n, start, end: text.length, eol: ''});
	return lines;
};

/** True when the line has only white space (Unicode White_Space, incl. NBSP and zero-width marks). No u flag: a BMP class, and faster without. */
export const isBlank = (line: string): boolean => /^[\s\u200B-\u200D\u2060\uFEFF]*$/.test(line);
