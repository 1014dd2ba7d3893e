/**
 * Hard-wraps text the way `fold -s -w WIDTH` and `w3m`/`lynx -dump` at a fixed
 * width do: each line longer than `width` columns (code points here; the dev
 * pages are alphabetic) is broken at the last space before the width, and each
 * continuation keeps the line's indentation. A word longer than the width is
 * left whole. An indentation that leaves no room for a word (as deep as the
 * width: a page's centred column in a 10,000-column dump sits at column 500)
 * is dropped: a text browser lays that block out from the margin of an
 * 80-column page, and no wrapper at that width writes text past its width.
 * Used by `npm run eval` to check that labels do not depend on the width a
 * page was dumped at.
 */
export const rewrap = (text: string, width: number): string =>
	text
		.split('\n')
		.map(line => wrapLine(line, width))
		.join('\n');

const wrapLine = (line: string, width: number): string => {
	if ([...line].length <= width) return line;
	const leading = /^[ \t]*/.exec(line)![0];
	const indent = leading.length >= width ? '' : leading;
	const words = line.slice(leading.length).split(/ +/).filter(word => word !== '');
	const out: string[] = [];
	let current = '';
	for (const word of words) {
		const candidate = current === '' ? indent + word : `${current} ${word}`;
		if (current !== '' && [...candidate].length > width) {
			out.push(current);
			current = indent + word;
		} else {
			current = candidate;
		}
	}

	if (current !== '') out.push(current);
	return out.join('\n');
};

/** Whether byte `code` is a blank as `fold` tests it (isblank in the C locale). */
const isBlankByte = (code: number): boolean => code === 0x20 || code === 0x09;

/** `fold`'s column after byte `code` at `column`: a backspace steps back, a carriage return goes to 0, a tab to the next multiple of 8. */
const foldColumn = (column: number, code: number): number =>
	code === 0x08 ? Math.max(0, column - 1) : code === 0x0D ? 0 : code === 0x09 ? column + 8 - (column % 8) : column + 1;

/**
 * The bytes `fold -s -w WIDTH` writes for `input` (GNU coreutils fold.c,
 * without -b: the same algorithm, byte for byte): it counts bytes, not
 * characters (an "ó" is two columns of its count, a "“" three), breaks after
 * the last blank (space or tab) on the line when the next byte would pass the
 * width, leaving that blank at the end of the line, and moves a word that
 * ends exactly at the width when a blank follows it; a line with no blank is
 * cut at the width, inside a word or a UTF-8 sequence. Continuation lines are
 * not indented. This is what a user who folds a page dump gets; `rewrap`
 * above is a tidier word wrap that no tool writes exactly.
 */
export const foldSpaces = (input: Uint8Array, width: number): Uint8Array => {
	const out: number[] = [];
	let line: number[] = [];
	let column = 0;
	for (const code of input) {
		if (code === 0x0A) {
			out.push(...line, code);
			line = [];
			column = 0;
			continue;
		}

		for (;;) {
			column = foldColumn(column, code);
			if (column <= width) break;
			let blank = line.length - 1;
			while (blank >= 0 && !isBlankByte(line[blank])) blank--;
			if (blank >= 0) {
				out.push(...line.slice(0, blank + 1), 0x0A);
				line = line.slice(blank + 1);
				column = 0;
				for (const kept of line) column = foldColumn(column, kept);
				continue;
			}

			if (line.length === 0) break;
			out.push(...line, 0x0A);
			line = [];
			column = 0;
		}

		line.push(code);
	}

	out.push(...line);
	return Uint8Array.from(out);
};
