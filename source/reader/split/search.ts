// Searching the split view's text as less and vim do: `/` a pattern, then
// n/N to the next/previous line holding it, in either pane. Smart case: a
// pattern with a capital letter matches case, else case is ignored.
import type {SplitLayout} from '../../render/layout.js';
import type {StyledSegment} from '../../render/style.js';

/** How a pattern is compared with text: lower-cased both ways unless it has a capital. */
export const searchFold = (pattern: string): ((text: string) => string) => (/\p{Lu}/u.test(pattern) ? (text: string) => text : (text: string) => text.toLocaleLowerCase());

/** Indices of the layout lines whose left or right text holds `pattern` (in order). */
export const matchLines = (layout: SplitLayout, pattern: string): number[] => {
	if (!pattern) return [];
	const fold = searchFold(pattern);
	const needle = fold(pattern);
	const lines: number[] = [];
	for (const [index, line] of layout.lines.entries()) {
		const text = (segments: readonly StyledSegment[]) => fold(segments.map(segment => segment.text).join(''));
		if (text(line.left).includes(needle) || text(line.right).includes(needle)) lines.push(index);
	}
	return lines;
};

/** Segments split so the parts matching `pattern` carry `match: true` (for drawing them inverse). */
export const markMatches = (segments: readonly StyledSegment[], pattern: string): Array<StyledSegment & {match?: boolean}> => {
	if (!pattern) return [...segments];
	const fold = searchFold(pattern);
	const needle = fold(pattern);
	const whole = segments.map(segment => segment.text).join('');
	const folded = fold(whole);
	// Folding may change lengths (rare: İ): then nothing is marked rather than the wrong letters.
	if (folded.length !== whole.length) return [...segments];
	const marked = new Array<boolean>(whole.length).fill(false);
	for (let at = folded.indexOf(needle); at !== -1 && needle.length > 0; at = folded.indexOf(needle, at + needle.length)) marked.fill(true, at, at + needle.length);
	const out: Array<StyledSegment & {match?: boolean}> = [];
	let offset = 0;
	for (const segment of segments) {
		let start = 0;
		for (let index = 1; index <= segment.text.length; index++) {
			if (index === segment.text.length || marked[offset + index] !== marked[offset + start]) {
				out.push({text: segment.text.slice(start, index), style: segment.style, ...(marked[offset + start] ? {match: true} : {})});
				start = index;
			}
		}
		offset += segment.text.length;
	}
	return out;
};
