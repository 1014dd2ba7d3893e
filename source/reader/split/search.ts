// Searching the split view's text as less and vim do: `/` a pattern, then
// n/N to the next/previous line holding it, in either pane. Smart case: a
// pattern with a capital letter matches case, else case is ignored (and, typed
// in ASCII, accents).
import type {SplitLayout} from '../../render/layout.js';
import type {StyledSegment} from '../../render/style.js';
// A script written without spaces between words: a wrap between two of its characters dropped no space.
import {unspacedScript} from '../../text/scripts.js';
import {unaccented} from '../../text/fold.js';

/**
 * How a pattern is compared with text: lower-cased both ways unless it has a capital, and a pattern written in
 * ASCII only matches accented letters too ("koln" finds "Köln": text/fold.ts unaccented, one code unit for one).
 */
export const searchFold = (pattern: string): ((text: string) => string) => {
	if (/\p{Lu}/u.test(pattern)) return (text: string) => text;
	return /^[\x00-\x7f]*$/u.test(pattern) ? (text: string) => unaccented(text.toLocaleLowerCase()) : (text: string) => text.toLocaleLowerCase();
};


/**
 * Indices of the layout lines where `pattern` starts in the left or right text (in order). A side's text is searched
 * as its rows are, not as the screen cuts them: a row wrapped over several lines (ScreenLine.leftContinues) is one
 * text, its pieces joined by the space the wrap dropped, so a phrase the pane breaks across two lines is found (as
 * less searches its logical lines), on the line where it starts. Linear in the layout's text.
 */
export const matchLines = (layout: SplitLayout, pattern: string): number[] => {
	if (!pattern) return [];
	const fold = searchFold(pattern);
	const needle = fold(pattern);
	const found = new Set<number>();
	for (const side of ['left', 'right'] as const) {
		const continues = side === 'left' ? 'leftContinues' : 'rightContinues';
		// The logical line being read: its text, and where each screen line's piece starts in it.
		let text = '';
		let starts: Array<[number, number]> = [];
		const flush = () => {
			const folded = fold(text);
			// Folding that changes lengths (rare: İ) leaves offsets unmapped: the first line stands for the match.
			const exact = folded.length === text.length;
			for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
				let line = starts[0]![1];
				if (exact) for (const [offset, index] of starts) if (offset <= at) line = index;
				found.add(line);
			}
			text = '';
			starts = [];
		};
		for (const [index, line] of layout.lines.entries()) {
			const piece = line[side].map(segment => segment.text).join('');
			if (!line[continues] && starts.length > 0) flush();
			if (starts.length > 0 && text && piece && !/\s$/u.test(text) && !/^\s/u.test(piece) && !(unspacedScript.test(text.at(-1)!) && unspacedScript.test(piece[0]!))) text += ' ';
			starts.push([text.length, index]);
			text += piece;
		}
		if (starts.length > 0) flush();
	}
	return [...found].sort((a, b) => a - b);
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
