// Searching the split view's text as less and vim do: `/` a pattern, then
// n/N to the next/previous line holding it, in either pane. Smart case: a
// pattern with a capital letter matches case, else case is ignored (and, typed
// in ASCII, accents).
import type {SplitLayout} from '../../render/layout.js';
import type {StyledSegment} from '../../render/style.js';
// A script written without spaces between words: a wrap between two of its characters dropped no space.
import {unspacedScript} from '../../text/scripts.js';
import {typedForms} from '../../text/fold.js';

/**
 * Where a pattern is looked for in a text: the forms of the text, each with the offset in the text of each code unit
 * (none when the form is the text one for one; `unmapped` when lower-casing changed lengths, rare: İ, so offsets
 * are unknown). Smart case:
 * a pattern with a capital is looked for in the text as written; else in the text lower-cased, and a pattern written
 * in ASCII also in its forms without accents, with ß as "ss" and with German umlauts as ae/oe/ue ("koln", "koeln"
 * find "Köln", "strasse" finds "Straße": text/fold.ts typedForms).
 */
const searchForms = (pattern: string): ((text: string) => Array<{text: string; origin?: readonly number[]; unmapped?: true}>) => {
	if (/\p{Lu}/u.test(pattern)) return (text: string) => [{text}];
	if (!/^[\x00-\x7f]*$/u.test(pattern)) return (text: string) => [{text: text.toLocaleLowerCase()}];
	return (text: string) => {
		const lower = text.toLocaleLowerCase();
		const forms = typedForms(lower);
		return lower.length === text.length ? [{text: lower}, ...forms] : [{text: lower}, ...forms].map(form => ({text: form.text, unmapped: true as const}));
	};
};

/** The needle a pattern is looked for as: lower-cased unless it has a capital (smart case). */
const needleOf = (pattern: string): string => (/\p{Lu}/u.test(pattern) ? pattern : pattern.toLocaleLowerCase());

/**
 * The spans [start, end) of `text` where `pattern` is found, in any of its searchForms, in order, overlapping spans
 * joined; undefined when some match is in a form whose offsets are unknown (lower-casing changed lengths: İ).
 */
const matchSpans = (text: string, pattern: string): Array<[number, number]> | undefined => {
	const needle = needleOf(pattern);
	if (!needle) return [];
	const spans: Array<[number, number]> = [];
	for (const form of searchForms(pattern)(text)) {
		for (let at = form.text.indexOf(needle); at !== -1; at = form.text.indexOf(needle, at + 1)) {
			if (form.unmapped) return undefined;
			spans.push(form.origin ? [form.origin[at]!, form.origin[at + needle.length - 1]! + 1] : [at, at + needle.length]);
		}
	}

	spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const joined: Array<[number, number]> = [];
	for (const span of spans) {
		const last = joined.at(-1);
		if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
		else joined.push([...span]);
	}

	return joined;
};

/** The sides a search looks in: both (linked scrolling, unified), or the pane scrolling alone. */
export type SearchSides = ReadonlyArray<'left' | 'right'>;
export const bothSides: SearchSides = ['left', 'right'];
export const leftSide: SearchSides = ['left'];
export const rightSide: SearchSides = ['right'];

/**
 * Indices of the layout lines where `pattern` starts in the text of `sides` (default: left and right; in order). A side's text is searched
 * as its rows are, not as the screen cuts them: a row wrapped over several lines (ScreenLine.leftContinues) is one
 * text, its pieces joined by the space the wrap dropped, so a phrase the pane breaks across two lines is found (as
 * less searches its logical lines), on the line where it starts. Linear in the layout's text.
 */
export const matchLines = (layout: SplitLayout, pattern: string, sides: SearchSides = bothSides): number[] => {
	if (!pattern) return [];
	const found = new Set<number>();
	for (const side of sides) {
		const continues = side === 'left' ? 'leftContinues' : 'rightContinues';
		// The logical line being read: its text, and where each screen line's piece starts in it.
		let text = '';
		let starts: Array<[number, number]> = [];
		const flush = () => {
			const spans = matchSpans(text, pattern);
			// Folding that changes lengths (rare: İ) leaves offsets unmapped: the first line stands for the match.
			if (spans === undefined) found.add(starts[0]![1]);
			for (const [at] of spans ?? []) {
				let line = starts[0]![1];
				for (const [offset, index] of starts) if (offset <= at) line = index;
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
	const whole = segments.map(segment => segment.text).join('');
	const spans = matchSpans(whole, pattern);
	// Folding may change lengths (rare: İ): then nothing is marked rather than the wrong letters.
	if (spans === undefined) return [...segments];
	const marked = new Array<boolean>(whole.length).fill(false);
	for (const [start, end] of spans) marked.fill(true, start, end);
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
