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
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code !== 10 && code !== 13) {
			continue;
		}

		const eol = code === 13 && text.charCodeAt(i + 1) === 10 ? '\r\n' : text[i];
		lines.push({n: n++, start, end: i, eol});
		i += eol.length - 1;
		start = i + 1;
	}

	lines.push({n, start, end: text.length, eol: ''});
	return lines;
};

/** True when the line has only white space (Unicode White_Space, incl. NBSP and zero-width marks). */
export const isBlank = (line: string): boolean => /^[\s\u200B-\u200D\u2060\uFEFF]*$/u.test(line);
