/**
 * Hard-wraps text the way `fold -s -w WIDTH` and `w3m`/`lynx -dump` at a fixed
 * width do: each line longer than `width` columns (code points here; the dev
 * pages are alphabetic) is broken at the last space before the width, and each
 * continuation keeps the line's indentation. A word longer than the width is
 * left whole. Used by `npm run eval` to check that labels do not depend on the
 * width a page was dumped at.
 */
export const rewrap = (text: string, width: number): string =>
	text
		.split('\n')
		.map(line => wrapLine(line, width))
		.join('\n');

const wrapLine = (line: string, width: number): string => {
	if ([...line].length <= width) return line;
	const indent = /^[ \t]*/.exec(line)![0];
	const words = line.slice(indent.length).split(/ +/).filter(word => word !== '');
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
