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
