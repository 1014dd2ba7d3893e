import {isSpaceAt, splitLines, type TextLine} from '../text/lines.js';
import {normalizeForMatch} from '../text/normalize.js';
import {scriptSentenceEnds} from '../text/sentences.js';
import {endTest} from '../text/end-class.js';
import {isCommentUnitLine} from './comment-thread.js';
import {markers} from './markers.js';

// Reflow before labelling. Text browsers (`w3m -dump`, `lynx -dump`: 80
// columns by default), e-mail and wire copy break paragraphs at a fixed
// width; judged line by line, a wrapped paragraph is a heap of short lines
// without full stops and reads as a menu. So physical lines are first joined
// back into blocks (paragraphs, list items), the labeller judges blocks, and
// every physical line of a block takes its block's label: offsets stay those
// of the original lines, so the reader still highlights what is in the file.
//
// A text is taken as hard-wrapped at width W when its breakable lines never
// exceed W and many of them end close to it (wrapWidth). Two lines of one
// paragraph are then told by the fixed-width break test: the next line's
// first word would not have fitted on the line before (the way `fold -s`,
// textwrap and text browsers fill lines), the next line is not a new list
// item, and its indentation continues the block's. A text that is not
// wrapped (a w3m dump at 10,000 columns, a Markdown file) has no width and
// each non-blank line is its own block, so the same page dumped at 72, 80 or
// 10,000 columns yields the same blocks.

/** A paragraph or list item reconstructed from one or more physical lines. */
export type TextBlock = {
	/** 1-based numbers of its first and last physical lines (no blank line between them, but the pieces of a run of spaces cut by `fold`: see paddingPiece). */
	n: number;
	lastN: number;
	/** Span of the block in the text: from its first line's start to its last line's end (terminators inside). */
	start: number;
	end: number;
	/** The block's non-blank physical lines (blank lines never belong to a block). */
	lines: TextLine[];
	/** The text as one line: each physical line trimmed, joined by single spaces. */
	text: string;
	/** normalizeLine(text), once computed: the corpus scan and the labeller share it. */
	norm?: string;
	/** wordsOf(norm), once computed (the corpus scan tokenises the blocks that may be prose; the labeller reuses them). Read-only. */
	words?: string[];
	/** keyHashOfNormalized(norm), once computed (the corpus scan keys every block; the labeller reuses it). */
	key?: number;
	/**
	 * Line numbers of advertisement markers set inside the paragraph ("ADVERTISEMENT", "Story continues below
	 * advertisement" between two wrapped lines of one sentence: isAdBreak): lines of the block, left out of its
	 * text, and labelled boilerplate apart from it.
	 */
	adBreaks?: number[];
};

/** Widths outside this range are not a wrap: narrower is a column of words, wider a page dumped unwrapped. */
const minimumWidth = 30;
const maximumWidth = 250;
/** Lines this close to the width (in characters) count as filled. */
const filledMargin = 20;
/** Lines longer than the width that may be ignored as outliers (a table row, a preformatted line). */
const maximumOutliers = 2;

/** Wrapping tools pad and break with ASCII spaces and tabs only: a no-break space is part of a word, so indentation and trailing space are measured in those. */
const isPad = (code: number): boolean => code === 32 || code === 9;

/** Index of the first character of `line` that is not an ASCII space or tab (its length when none). Loops, not `/[ \t]+$/`: that backtracks quadratically on long runs of spaces (wide w3m dumps). */
const padStart = (line: string): number => {
	let i = 0;
	while (i < line.length && isPad(line.charCodeAt(i))) i++;
	return i;
};

const indentOf = (line: string): number => padStart(line);

/**
 * The units a wrapping tool counts a line's length in: code points (Python's
 * textwrap, most editors), terminal columns (w3m, lynx and e-mail clients: an
 * East Asian wide character takes two) or UTF-8 bytes (GNU `fold` and `fmt`,
 * which are not multibyte-aware: "recibió" is 8 of them). Read in the wrong
 * unit, the lines of a Spanish page folded at 80 bytes look as if the next word
 * would have fitted, and the paragraph falls apart.
 */
export type WrapUnit = 'points' | 'columns' | 'bytes';
const wrapUnits: readonly WrapUnit[] = ['points', 'columns', 'bytes'];

/** Whether code point `code` takes two terminal columns (East Asian Wide and Fullwidth: Hangul, CJK, kana, fullwidth forms, wide emoji). */
const isWide = (code: number): boolean =>
	code >= 0x1100 && (code <= 0x115F || (code >= 0x2E80 && code <= 0xA4CF && code !== 0x303F) || (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) || (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60) || (code >= 0xFFE0 && code <= 0xFFE6) || (code >= 0x1F300 && code <= 0x1F64F) || (code >= 0x1F900 && code <= 0x1F9FF) || (code >= 0x20000 && code <= 0x3FFFD));

/** One physical line measured in one unit. */
type Measure = {
	/** Length up to its last character that is not an ASCII space or tab. */
	widths: Int32Array;
	/** Length with its trailing spaces (`fold -s` leaves the space it broke at on the line, and counts it). */
	raws: Int32Array;
	/** Length of its first word (up to the first ASCII space or tab after its indentation). */
	firsts: Int32Array;
};

/** What wrapWidth needs of each physical line, measured once: one Measure per unit (bytes and columns only when some line is not ASCII). */
type LineShape = {
	measures: Map<WrapUnit, Measure>;
	breakable: Uint8Array;
	blank: Uint8Array;
	/** 1 when nothing follows the line's first word (no space or tab after it). */
	lone: Uint8Array;
	/** Indentation: ASCII spaces and tabs before the first other character (0 on a blank line). */
	indents: Int32Array;
	/** 1 when the line opens with a lower-case letter: the rest of a sentence, where a line above it was cut. */
	lower: Uint8Array;
};

const newMeasure = (count: number): Measure => ({widths: new Int32Array(count), raws: new Int32Array(count), firsts: new Int32Array(count)});

/**
 * One pass over each line's code units: its lengths in each unit (WrapUnit),
 * whether it is blank (isBlank), and whether an ASCII space or tab lies between
 * two other characters. Wrapping tools break at ASCII spaces and tabs only: a
 * no-break space holds its words together, and a tab counts one. The lines are
 * measured one call each (measureLine): a small function the optimising
 * compiler compiles again cheaply when a later page brings a kind of character
 * (wide, astral, non-ASCII space) no earlier line had, where this loop and its
 * inner loop in one function were compiled again whole, some ten times a run.
 */
const shapeOf = (lines: readonly string[]): LineShape => {
	const points = newMeasure(lines.length);
	const columns = newMeasure(lines.length);
	const bytes = newMeasure(lines.length);
	const shape: LineShape = {
		measures: new Map<WrapUnit, Measure>([['points', points]]),
		breakable: new Uint8Array(lines.length),
		blank: new Uint8Array(lines.length),
		lone: new Uint8Array(lines.length),
		indents: new Int32Array(lines.length),
		lower: new Uint8Array(lines.length),
	};
	let ascii = true;
	for (let i = 0; i < lines.length; i++) {
		if (!measureLine(lines[i], i, points, columns, bytes, shape)) ascii = false;
	}

	if (!ascii) {
		shape.measures.set('columns', columns);
		shape.measures.set('bytes', bytes);
	}

	return shape;
};

/** Writes line `i`'s entries of shapeOf's measures and of `shape`'s arrays; false when the line has a code unit past ASCII. */
const measureLine = (line: string, i: number, points: Measure, columns: Measure, bytes: Measure, shape: LineShape): boolean => {
	let ascii = true;
	let seen = false;
	let padAfter = false;
	let inner = false;
	let spaceOnly = true;
	let firstDone = false;
	// Running lengths in each unit, and those at the last visible character and at the end of the first word.
	let p = 0;
	let c = 0;
	let b = 0;
	let pEnd = 0;
	let cEnd = 0;
	let bEnd = 0;
	let pFirst = 0;
	let cFirst = 0;
	let bFirst = 0;
	for (let k = 0; k < line.length; k++) {
		let code = line.charCodeAt(k);
		if (code === 32 || code === 9) {
			if (seen && !firstDone) {
				firstDone = true;
				pFirst = p;
				cFirst = c;
				bFirst = b;
			}

			padAfter = seen;
			p++;
			c++;
			b++;
			continue;
		}

		if (padAfter) inner = true;
		seen = true;
		padAfter = false;
		if (spaceOnly && !isSpaceAt(line, k)) spaceOnly = false;
		if (code >= 0xD800 && code <= 0xDBFF && k + 1 < line.length) {
			const next = line.charCodeAt(k + 1);
			if (next >= 0xDC00 && next <= 0xDFFF) {
				code = ((code - 0xD800) << 10) + (next - 0xDC00) + 0x10000;
				k++;
			}
		}

		p++;
		if (code < 0x80) {
			c++;
			b++;
		} else {
			ascii = false;
			c += isWide(code) ? 2 : 1;
			// A replacement character stands for what was not UTF-8: in a text cut by bytes (`fold`), one or two bytes of
			// a character cut in two, each such piece decoded to one U+FFFD. Counted as its three bytes, two of them at the
			// start of a piece ("��━━━ 2012") made a line read three bytes past the width, and the width was misread.
			b += code === 0xFFFD ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
		}

		pEnd = p;
		cEnd = c;
		bEnd = b;
	}

	points.widths[i] = pEnd;
	points.raws[i] = p;
	columns.widths[i] = cEnd;
	columns.raws[i] = c;
	bytes.widths[i] = bEnd;
	bytes.raws[i] = b;
	shape.blank[i] = spaceOnly ? 1 : 0;
	shape.breakable[i] = !spaceOnly && inner ? 1 : 0;
	shape.lone[i] = seen && !firstDone ? 1 : 0;
	if (seen) {
		const indent = padStart(line);
		shape.indents[i] = indent;
		shape.lower[i] = /^\p{Ll}/u.test(line.slice(indent, indent + 2)) ? 1 : 0;
		if (firstDone) {
			points.firsts[i] = pFirst - indent;
			columns.firsts[i] = cFirst - indent;
			bytes.firsts[i] = bFirst - indent;
		} else {
			points.firsts[i] = pEnd - indent;
			columns.firsts[i] = cEnd - indent;
			bytes.firsts[i] = bEnd - indent;
		}
	}

	return ascii;
};

/**
 * The break test of fixed-width filling: line `i` ends where it does because
 * the next line's first word would not have fitted within `wrap`. Text
 * browsers, textwrap and fmt drop the space they break at: the word did not
 * fit after the line and one space. `fold -s` leaves it on the line and
 * counts it, and breaks as soon as any character passes the width, the blank
 * after the word included: a line that ends in spaces is read that way, so a
 * word that would have ended exactly at the width, a blank after it, was moved too.
 */
const breaksBefore = ({widths, raws, firsts}: Measure, lone: Uint8Array, i: number, wrap: number): boolean => {
	const width = widths[i];
	if (softPad(raws[i] - width) && raws[i] <= wrap) {
		return raws[i] + firsts[i + 1] + (lone[i + 1] ? 0 : 1) > wrap;
	}

	return width + 1 + firsts[i + 1] > wrap;
};

/**
 * Trailing spaces that a wrapper left at a break: one (the blank `fold -s` broke
 * at, the space of a format=flowed soft break) or two (after a full stop). A
 * longer run is padding (w3m lays table cells out to the page's width), not a break.
 */
const softPad = (pads: number): boolean => pads === 1 || pads === 2;

/**
 * The width at which a text was hard-wrapped, in characters, or undefined
 * when it was not. Candidates are the longest lengths of lines that could
 * have been broken (a space inside them), up to two outliers skipped; one is
 * accepted when at least three lines that continue into a non-blank line end
 * within 20 characters of it, and they make at least a third of the lines
 * longer than half of it (in running text wrapped at W, most lines of a
 * paragraph but its last are that full). Measured in the unit the text was
 * wrapped in (wrapOf); code points for an ASCII text.
 */
export const wrapWidth = (lines: readonly string[]): number | undefined => wrapOf(shapeOf(lines))?.width;

/**
 * The unit and width a text was wrapped at: for each unit a width is measured
 * (widthIn), and the unit under which the most pairs of consecutive lines pass
 * the break test (breaksBefore) is the wrapper's; ties go to code points, then
 * columns. Linear in the number of lines.
 */
const wrapOf = (shape: LineShape): Wrap | undefined => {
	let best: Wrap | undefined;
	let bestBreaks = -1;
	for (const unit of wrapUnits) {
		const measure = shape.measures.get(unit);
		if (!measure) continue;
		const width = widthIn(measure.widths, shape);
		if (width === undefined) continue;
		let breaks = 0;
		// Breaks of lines that could have been broken at a space, and those that kept it: a word cut at the width (a rule's piece) has none to keep.
		let spaced = 0;
		let padded = 0;
		// Breaks after an indented line: to a line at its indentation, and to one at the margin.
		let kept = 0;
		let margin = 0;
		// Breaks short of the width inside a sentence (balancedCut's first kind): `fmt` balances its lines, a greedy filler never does.
		let short = 0;
		for (let i = 0; i + 1 < measure.widths.length; i++) {
			if (!shape.blank[i] && !shape.blank[i + 1] && measure.widths[i] <= width && breaksBefore(measure, shape.lone, i, width)) {
				breaks++;
				if (shape.breakable[i]) spaced++;
				if (softPad(measure.raws[i] - measure.widths[i])) padded++;
				if (shape.indents[i] > 0 && shape.breakable[i]) {
					kept += shape.indents[i + 1] === shape.indents[i] ? 1 : 0;
					margin += shape.indents[i + 1] === 0 ? 1 : 0;
				}
			} else if (!shape.blank[i] && !shape.blank[i + 1] && shape.breakable[i] && shape.lower[i + 1] && measure.widths[i] <= width && measure.widths[i] > width - filledMargin) {
				short++;
			} else if (!shape.breakable[i] && !shape.blank[i] && !shape.blank[i + 1] && measure.widths[i] >= width - 1 && measure.widths[i] <= width + cutSlack) {
				// A word with no space to break at, cut at the width (a rule's piece): in the unit it was cut in, it is as long as the width.
				breaks++;
			}
		}

		if (breaks > bestBreaks) {
			best = {unit, width, flowed: spaced >= flowedBreaks && padded * 4 >= spaced * 3, balanced: short >= balancedBreaks && short * balancedShare >= breaks, indentation: kept >= carriedBreaks && margin * carriedRatio < kept ? 'carried' : margin >= carriedBreaks && kept * carriedRatio < margin ? 'margin' : undefined};
			bestBreaks = breaks;
		}
	}

	return best;
};

/**
 * How far past the width a piece cut inside a character may read in bytes. measureLine counts a U+FFFD as one byte
 * (it stands for one or two of the cut character), so under a decoder that writes one per maximal invalid part (WHATWG,
 * Node) a piece reads at most the width; one that writes a U+FFFD per byte reads no more over it than this.
 */
const cutSlack = 4;

/**
 * How a text was wrapped: the unit and width, whether its soft breaks keep their space (`fold -s`, format=flowed
 * mail, RFC 3676), and where its continuations of an indented line go: 'carried' at its indentation (w3m, lynx
 * and `fmt`), 'margin' at the margin (`fold`, textwrap and mail clients), undefined when the text does not say.
 */
type Wrap = {unit: WrapUnit; width: number; flowed: boolean; balanced: boolean; indentation: 'carried' | 'margin' | undefined};
/**
 * Breaks short of the width before a line that opens in lower case (its first word would have fitted) needed
 * before a text is read as balanced by `fmt`, and the least share of all its breaks they make (one in
 * balancedShare): a greedy filler (`fold -s`, textwrap, w3m, lynx) makes none, but where its width was misread.
 */
const balancedBreaks = 3;
const balancedShare = 10;
/**
 * Breaks after indented lines of one kind (to a line at the same indentation, or at the margin) needed before a
 * text is read as wrapping that way, and how many times more of them than of the other: where every continuation
 * of an indented line is at the margin, those at its indentation are the few lines of a list that happen to pass
 * the break test, and where continuations keep it, the few at the margin are lines that happen to.
 */
const carriedBreaks = 3;
const carriedRatio = 3;
/** Breaks needed before three in four of them ending in a space make a text flowed. */
const flowedBreaks = 3;

const widthIn = (widths: Int32Array, {breakable, blank, lower}: LineShape): number | undefined => {
	// The longest breakable lengths, longest first: the outliers and then the candidate.
	const longest: number[] = [];
	for (let i = 0; i < widths.length; i++) {
		if (!breakable[i]) {
			continue;
		}

		const length = widths[i];
		if (longest.length <= maximumOutliers || length > longest.at(-1)!) {
			if (!longest.includes(length)) {
				// Into its place among at most maximumOutliers + 1 distinct lengths (no sort call per line: a sort allocates).
				let at = longest.length;
				longest.push(length);
				while (at > 0 && longest[at - 1] < length) {
					longest[at] = longest[at - 1];
					at--;
				}

				longest[at] = length;
				if (longest.length > maximumOutliers + 1) {
					longest.pop();
				}
			}
		}
	}

	// Whether the longest candidate has lines filled to it (a wrap at it, on a page of short lines and lists).
	let filledLongest = false;
	for (const candidate of longest) {
		let over = 0;
		for (let i = 0; i < widths.length; i++) {
			over += breakable[i] && widths[i] > candidate ? 1 : 0;
		}

		if (over > maximumOutliers) {
			break;
		}

		if (candidate > maximumWidth) {
			continue;
		}

		if (candidate < minimumWidth) {
			return undefined;
		}

		let filled = 0;
		let half = 0;
		let cut = 0;
		for (let i = 0; i + 1 < widths.length; i++) {
			// Only a line that could have been broken tells a width: the pieces of a rule or a long address cut
			// at the width are as long in one unit as they are short in another (a "━" is one point and three bytes).
			const length = widths[i];
			if (length > candidate || blank[i + 1] || !breakable[i]) {
				continue;
			}

			if (length > candidate / 2) {
				half++;
			}

			if (length > candidate - filledMargin) {
				filled++;
				cut += lower[i + 1];
			}
		}

		if (filled >= 3 && filled * 3 >= half) {
			return candidate;
		}

		filledLongest ||= candidate === longest[0] && cut >= 3;
	}

	// Too few full lines to measure (a page of short paragraphs), but no line
	// past the text browsers' default: take their 80 columns. An unwrapped
	// text rarely has two long lines in a row that the break test would join.
	// But where three lines filled to the longest one are cut mid-sentence (the next line opens in lower case), on a
	// page of lists and short lines (`fold -s -w 60` of a blog page), the text was wrapped there, at any width: read
	// at 80 or unwrapped, each of its paragraphs would end at every line whose next word would not have fitted.
	const longestLine = longest[0] ?? 0;
	if (filledLongest) {
		return longestLine;
	}

	return longestLine <= defaultWidth && longestLine > defaultWidth - filledMargin ? defaultWidth : undefined;
};

/** The width `w3m -dump`, `lynx -dump` and `fold` wrap at unless told otherwise. */
const defaultWidth = 80;

/** A bullet that always opens a list item: a typographic one, as text browsers draw the items of a list. */
const bulletPattern = /^[•·▪►✓◦‣○●■□](?:\s|$)/u;
/**
 * Markers that open a list item only among items of the same kind: in running text a wrapped line may start
 * with "- ", "12. " (a German date), "* " ("Pflichtfelder sind mit * markiert") or "+ " ("Partizip + werden").
 */
const dashPattern = /^[-–—]\s/u;
const numberPattern = /^(?:\d{1,3}|[a-z])[.)]\s/u;
const asciiBulletPattern = /^[*+](?:\s|$)/u;

/** The kinds of list marker (itemMarker). */
type MarkerKind = 'bullet' | 'dash' | 'number' | 'ascii';

/** How a line opens a list item: its marker kind, or undefined. */
const itemMarker = (trimmed: string): MarkerKind | undefined =>
	bulletPattern.test(trimmed) ? 'bullet' : dashPattern.test(trimmed) ? 'dash' : numberPattern.test(trimmed) ? 'number' : asciiBulletPattern.test(trimmed) ? 'ascii' : undefined;

/** Where the text of a list item starts after its marker ("  • text": 4), for hanging indentation. */
const hangingIndent = (line: string): number => {
	const match = /^\s*(?:[•·▪►✓◦‣○●■□*+]|[-–—]|\d{1,3}[.)]|[a-z][.)])\s+/u.exec(line);
	return match ? match[0].length : indentOf(line);
};

/** Markers of chrome set between or after paragraphs: a reading cue ("Related: ...", "Read more: ..."), share links, a copyright notice. */
const interjectionMarkers = markers.filter((marker) => marker.category === 'related' || marker.category === 'share' || marker.reason === 'copyright notice');
/** The longest such line (in words): a longer line is prose whatever it starts with. */
const interjectionWords = 20;

/**
 * Whether `line` is chrome a page sets between two paragraphs, read alone: a
 * reading cue that names itself with a colon ("Related: ...", "READ MORE:
 * ...", "Lire aussi : ..."), a line of share links or a copyright notice, as
 * the markers (markers.ts) read it. Such a line under a paragraph that
 * filled its last line and ended its sentence starts a block: joined to the
 * paragraph, it would be kept as article text.
 */
const isInterjection = (line: string): boolean => {
	if (!/^[\p{L}*_[©]/u.test(line) || line.split(/\s+/u).length > interjectionWords) {
		return false;
	}

	const norm = normalizeForMatch(line);
	// A hinted marker (the copyright notice) matches no line without one of its hints (firm.ts asks the same first): most lines are not tried.
	return interjectionMarkers.some((marker) => (marker.category !== 'related' || /^[^:：]{1,40}[:：]/u.test(norm)) && (!marker.hints || marker.hints.some((hint) => norm.includes(hint))) && marker.pattern.test(norm));
};

/**
 * An advertisement marker a page sets wherever its ad slot falls, mid-sentence too: "ADVERTISEMENT", "Anzeige",
 * "Story continues below advertisement" (the markers of markers.ts that name an ad, and nothing else: a lone
 * "more" or "Home" inside a wrapped paragraph may be its words).
 */
const adBreak = /^(?:advertisement|advertising|advert|anzeige|werbung|publicité|publicidad|pubblicità|реклама|sponsored|(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:the |this )?(?:advertisement|advert|ad))?|continue reading below(?: advertisement)?|advertisement\s*[-–—:]?\s*(?:scroll|continue) (?:down )?to continue(?: reading)?|weiterlesen nach der anzeige|la suite après (?:la |cette )?publicité|el artículo continúa (?:abajo|tras la publicidad))$/u;

/** Whether `line` is only an advertisement marker (adBreak; case, spacing and a closing colon or dots aside). */
export const isAdBreak = (line: string): boolean => line.length <= 60 && adBreak.test(line.trim().toLowerCase().replace(/\s+/gu, ' ').replace(/[\s:.…]+$/u, ''));

/** A line that ends a sentence, in any script (scriptSentenceEnds: 。 ۔ । …), closing quotes or brackets after it. */
// The pattern `[.!?…${scriptSentenceEnds}]["'”’»)」』）]*$`, read from the end (text/end-class.ts).
const sentenceEnd = {test: endTest(`.!?…${scriptSentenceEnds}`, `"'”’»)」』）`)};
/** A day's ordinal ("am 22." before "Juni 2018", "3." before "maja"): its full stop ends no sentence. */
const ordinalEnd = /(?:^|\s)\d{1,2}\.$/u;
/** A dotted abbreviation ("B.C.", "U.S.", "a.m."): its last stop may end a sentence or not, so it says nothing. */
const dottedEnd = /(?:^|[\s(])(?:\p{L}\.){2,}$/u;
/** Whether `line` (trimmed at its end) ends a sentence: sentenceEnd, but not after a day's ordinal. */
const endsSentence = (line: string): boolean => sentenceEnd.test(line) && !ordinalEnd.test(line) && !dottedEnd.test(line);

/**
 * Whether physical line `next` (line index `i + 1`) continues the paragraph
 * that `previous` (index `i`) ends, a block that began with line `opening`, in
 * a text wrapped at `wrap` units of `measure`.
 */
const continues = (opening: string, previous: string, next: string, i: number, wrapping: Wrap, measure: Measure, shape: LineShape, inside = false): boolean => {
	const {width: wrap, flowed, indentation} = wrapping;
	const {breakable, lone} = shape;
	const trimmed = next.trimStart();
	// In a flowed text a line that ends in a run of spaces (w3m lays table cells out with them) was broken inside
	// the run, when the run went on past the width (what follows is the rest of it, then the line's next cell), or
	// at its end, when the next word would not have fitted (the way `fold -s` breaks after its last blank).
	const pads = measure.raws[i] - measure.widths[i];
	if (flowed && pads > 2 && /[\p{L}\p{N}]/u.test(trimmed)) {
		return measure.raws[i] >= wrap || (indentOf(next) === 0 && measure.raws[i] + measure.firsts[i + 1] + (lone[i + 1] ? 0 : 1) > wrap);
	}

	// A separator rule (no letters or digits) as wide as a line stands alone: after a line as before it (the break
	// test says nothing before a word that fits on no line). But a rule longer than the width comes out in pieces
	// (`fold` and textwrap cut a word with no space in it at the width; `fold` counts bytes, and "━" is three, so
	// its cuts fall inside characters and decode as U+FFFD): a rule under a rule cut at the width (in any unit) is
	// the rest of it, one block as it was one line, so the blocks around it keep their places. A rule of spaced
	// dashes was broken at a space, and passes the break test. A short piece without letters is a word like any
	// other: a list marker whose item went to the next line ("  •" above an image's long name), or the tail of a
	// line ("!", "(...)", "…", "+++", a table's "│").
	const nextBare = !/[\p{L}\p{N}]/u.test(trimmed);
	const previousBare = !/[\p{L}\p{N}]/u.test(previous);
	if (nextBare && previousBare) {
		return indentContinues(opening, previous, next) && (breakable[i] ? breaksBefore(measure, lone, i, wrap) : cutAt(shape, i, wrap));
	}

	if (previousBare ? fillsLine(shape, i, wrap, 'widths') : nextBare && fillsLine(shape, i + 1, wrap, 'firsts', indentOf(next))) {
		return false;
	}

	// The fixed-width break: the next word would not have fitted. A line past
	// the width that could have been broken is an outlier (a table row), not a wrap.
	if ((!breaksBefore(measure, lone, i, wrap) && !balancedCut(previous, i, wrap, flowed, measure, shape, wrapping.balanced && inside)) || (measure.widths[i] > wrap && breakable[i])) {
		return false;
	}

	// In a flowed text every soft break keeps its space: a line without one ended
	// where its writer ended it (a paragraph, a heading), unless it was cut inside a
	// word at the width.
	const soft = flowed && softPad(pads);
	if (flowed && !soft && (breakable[i] || measure.widths[i] < wrap)) {
		return false;
	}

	// After a soft break of a flowed text the line goes on, whatever its first word looks like ("* markiert", "12. Mai").
	// A marker that the line before sets between its words ("Verbände □ Anbau □ Jura", "Charm · Ice Jinx",
	// "08. November 09. November") separates the items of a run of text, not a list: the line goes on.
	const marker = soft ? undefined : itemMarker(trimmed);
	if ((marker === 'bullet' || (marker !== undefined && itemMarker(opening.trimStart()) === marker)) && !usedInline(previous, trimmed, marker)) {
		return false;
	}

	// Markdown headings, quotes and table rows start their own block: a line with a "|" at both ends under a row,
	// or under a line that sets none between its words. Another line that opens with "|" is the rest of a run of
	// links or of a byline ("Impressum | Datenschutz", "November 8, 2023 | 2:08 pm" cut before a "|"), also under
	// another such rest ("| según | the | Tuesday," / "| the").
	if (!soft && (/^(?:#{1,6}\s|>)/u.test(trimmed) || (trimmed.startsWith('|') && /\|\s*$/u.test(trimmed) && (previous.trimStart().startsWith('|') || !previous.includes(' | '))))) {
		return false;
	}

	// A comment's header or furniture ("Reply", "Jane says:", "3 hours ago") under a comment that filled its last
	// line starts a block: joined to the comment, the thread's repeated units would be lost (comment-thread.ts).
	// Not after a soft break of a flowed text: there a line that opens with a time or a date ("at 6:07 am",
	// "2:30 PM", "Updated Nov 07, 2012") is the rest of a line cut before it (few lines of a page end in a space).
	// And only under a line that ends a sentence, as a comment does: a line cut mid-phrase ("... am 07.08.09 um",
	// "... 22. Juni 2018") goes on with its time or date ("10:25", "um 16:11 Uhr - Antworten").
	if (!soft && endsSentence(previous.trimEnd()) && isCommentUnitLine(trimmed.trimEnd())) {
		return false;
	}

	if (sentenceEnd.test(previous.trimEnd()) && isInterjection(trimmed.trimEnd())) {
		return false;
	}

	// `fold`, `fmt` and e-mail clients write every continuation at the margin, whatever the first line's indentation;
	// after a soft break of a flowed text a line may start with the rest of the run of spaces fold broke in ("Nigel  Ambersley").
	// Where continuations carry their indentation, a line at the margin under an indented one is not one of them;
	// where they go to the margin, an indented line is not.
	const indent = indentOf(next);
	return soft || (indentContinues(opening, previous, next) && !(indentation === 'carried' && indent === 0 && indentOf(previous) > 0) && !(indentation === 'margin' && indent > 0));
};

/**
 * A break that `fmt` (and `fmt -s`, which splits long lines without refilling them) made short of the width:
 * it balances a paragraph's lines around a goal narrower than its width (93% of it), so a line may end although
 * the next word would have fitted. Read as one where the line reaches into the last `filledMargin` columns,
 * ends no sentence, and the next line goes on with the sentence: it opens in lower case, or the paragraph is
 * known to be wrapped (`inside`: the block already holds two lines, or the next line is itself cut inside a
 * sentence, wrappedOn) in a text that fmt balanced (Wrap.balanced: a greedy filler never ends a line short) and the next
 * line opens with any word ("... Palmetto Police" / "Sgt. Lee Gragg told NBC News.", "... In the" / "IT
 * industry"). An unwrapped line ends where its paragraph or item does, and the next opens anew. Not in a flowed
 * text, whose soft breaks say so.
 */
const balancedCut = (previous: string, i: number, wrap: number, flowed: boolean, measure: Measure, {lower}: LineShape, inside: boolean): boolean =>
	!flowed && (lower[i + 1] === 1 || inside) && measure.widths[i] > wrap - filledMargin && !/[.!?:;…"”»)\]]\s*$/u.test(previous);

/**
 * Whether line `i` is cut inside a sentence itself: the next line opens in lower case and its first word would not
 * have fitted after it. Then line `i` is not a paragraph's last line but the piece of a wrapped one, and the break
 * above it may be one that fmt balanced (balancedCut's `inside`), whatever word it opens with.
 */
const wrappedOn = (i: number, {width}: Wrap, measure: Measure, shape: LineShape): boolean =>
	i + 1 < shape.blank.length && !shape.blank[i + 1] && shape.lower[i + 1] === 1 && measure.widths[i] <= width && breaksBefore(measure, shape.lone, i, width);

/**
 * Whether `next`'s indentation continues the block that `opening` began and `previous` ends: at the margin
 * (`fold`, textwrap and e-mail clients write every continuation there), at the previous line's or the
 * opening's indentation (w3m, lynx and `fmt` carry it), or under the text of a list item (a hanging indent).
 */
const indentContinues = (opening: string, previous: string, next: string): boolean => {
	const indent = indentOf(next);
	return indent === 0 || indent === indentOf(previous) || indent === hangingIndent(opening);
};

/**
 * Whether line `j` reaches the width `wrap` (less one: `fold -s` counts the blank it leaves) in one of the
 * units a wrapper counts: the whole line ('widths', up to its last visible character), or its indentation and
 * first word ('firsts': a word that fits on no line after another).
 */
const fillsLine = ({measures}: LineShape, j: number, wrap: number, part: 'widths' | 'firsts', indent = 0): boolean => {
	for (const measure of measures.values()) {
		if ((part === 'widths' ? measure.widths[j] : indent + measure.firsts[j]) >= wrap - 1) return true;
	}

	return false;
};

/**
 * Whether `marker` (the kind itemMarker read at the start of `trimmed`) stands between the words of `previous`
 * too: its symbol with a space on either side ("Anbau □ Jura"), or for a number any other number marker ("12. Mai").
 */
const usedInline = (previous: string, trimmed: string, marker: MarkerKind): boolean => {
	// After the line's first word (its own marker, if it opens an item), up to its end.
	const rest = `${previous.trim()} `;
	if (marker === 'number') {
		return /\s(?:\d{1,3}|[a-z])[.)]\s/u.test(rest);
	}

	return rest.includes(` ${trimmed.slice(0, trimmed.search(/\s|$/u))} `);
};

/**
 * Whether physical line `i`, a run of characters with no space to break at, was cut by the wrapper at
 * width `wrap`: it is at least that long, less one (the width is measured up to the last visible
 * character, and `fold -s` counts the blank it leaves), and no longer (but cutSlack at either end, where a
 * character was cut and decodes as U+FFFD), in one of the units a
 * wrapper counts. A rule longer than the width was not cut: w3m, lynx and `fmt` set a word that fits on no line
 * on its own line, whole, and the rule under it is another.
 */
const cutAt = ({measures}: LineShape, i: number, wrap: number): boolean => {
	for (const measure of measures.values()) if (measure.widths[i] >= wrap - 1 && measure.widths[i] <= wrap + 2 * cutSlack) return true;
	return false;
};

/**
 * Whether blank physical line `i` of a flowed text is a piece of a run of spaces that `fold` cut: it is not
 * empty, and the line before it (text, or another such piece) reached the width and ended in spaces. w3m pads a wide page's table cells with such runs, thousands of columns long.
 */
const paddingPiece = (i: number, wrap: Wrap | undefined, measure: Measure | undefined, shape: LineShape): boolean =>
	wrap !== undefined && wrap.flowed && i > 0 && measure!.raws[i] > 0 && measure!.raws[i - 1] >= wrap.width && (shape.blank[i - 1] === 1 || measure!.raws[i - 1] > measure!.widths[i - 1]);

/** The quote prefix of a quoted e-mail line ("> ", ">> ", "> > "), after at most three spaces. */
const quotePrefix = /^[ \t]{0,3}>[> \t]*/u;

/**
 * A quoted e-mail line read as its text: the quote prefix turned into as many spaces, so a quoted
 * paragraph wrapped at 72 columns keeps its widths (the prefix counted) and its lines one
 * indentation, and a line of `>` alone is blank (a paragraph break), as in the letter quoted.
 */
const unquoted = (line: string): string => {
	const prefix = quotePrefix.exec(line);
	return prefix ? ' '.repeat(prefix[0].length) + line.slice(prefix[0].length) : line;
};

/** How textBlocks reads a text. */
export type BlockOptions = {
	/**
	 * false: the text is known to hold one paragraph a line (text extracted from
	 * HTML writes each paragraph, heading or list item on its own line), so no
	 * line is joined to the next, whatever their lengths. Default true: the
	 * wrap is measured (wrapWidth) and wrapped lines joined.
	 */
	reflow?: boolean;
};

/**
 * Whether `next` is the rest of a word that `previous` broke with a hyphen at its end ("... killed 12 work-" /
 * "ers on Monday"): a lower-case letter, a hyphen, the line's end, and a lower-case letter opening the next line at
 * the same indentation. Only a wrapper breaks a word so: the paragraph goes on whatever the break test says of
 * the width (hyphenating wrappers and hand-wrapped copies break short of it), also in a text too short for its
 * wrap width to be measured (wrapOf needs three breaks).
 */
export const hyphenBreak = (previous: string, next: string): boolean =>
	/\p{Ll}[-\u2010]$/u.test(previous) && /^\p{Ll}/u.test(next.trimStart()) && indentOf(previous) === indentOf(next);

/**
 * The blocks of a text: its non-blank physical lines grouped into the
 * paragraphs and list items they were wrapped from (each line its own block
 * when the text is not hard-wrapped, or when `options.reflow` is false).
 * Linear in the text's length.
 */
export const textBlocks = (text: string, options: BlockOptions = {}): TextBlock[] => {
	const all = splitLines(text);
	// Filled by loops, not `map`: an array `map` makes has another elements kind once the caller is optimised, and
	// shapeOf, compiled for the first, was compiled again when the second came.
	const quoted: boolean[] = [];
	const raw: string[] = [];
	for (const line of all) {
		const written = text.slice(line.start, line.end);
		const isQuoted = quotePrefix.test(written);
		quoted.push(isQuoted);
		raw.push(isQuoted ? unquoted(written) : written);
	}

	const shape = shapeOf(raw);
	const wrap = options.reflow === false ? undefined : wrapOf(shape);
	const measure = wrap === undefined ? undefined : shape.measures.get(wrap.unit)!;
	const blocks: TextBlock[] = [];
	// The block being read: its non-blank lines, its text so far, its last line (a padding piece may be, see below),
	// and whether a padding piece shorter than the width ended it (the rest of a run the line ended with).
	let current: {lines: TextLine[]; raws: string[]; text: string; last: TextLine; ended: boolean; adBreaks?: number[]} | undefined;
	const close = (): void => {
		if (current) {
			const {lines, raws, last} = current;
			blocks.push({
				n: lines[0].n,
				lastN: last.n,
				start: lines[0].start,
				end: last.end,
				lines,
				text: raws.length === 1 ? raws[0].trim() : current.text.trim(),
				// Filled in later (the corpus scan); present from the start, so every block has one shape.
				norm: undefined,
				words: undefined,
				key: undefined,
				adBreaks: current.adBreaks,
			});
			current = undefined;
		}
	};

	// In a flowed text (`fold -s`, format=flowed mail) a line breaks after its space or inside a word or a run of
	// spaces, and the pieces put back together, as they are, are the line: so its text is the same as unwrapped.
	// Other wrappers dropped the space they broke at: their pieces are trimmed and joined by one space.
	const glue = (i: number): boolean => wrap !== undefined && wrap.flowed && !quoted[i] && !quoted[i - 1];
	const extend = (i: number): void => {
		// A word broken by a hyphen is put back whole, hyphen kept ("work-ers", "well-known"): it may have been one.
		current!.text = glue(i) ? current!.text + raw[i] : hyphenBreak(raw[i - 1], raw[i]) ? current!.text.trimEnd() + raw[i].trimStart() : `${current!.text.trimEnd()} ${raw[i].trimStart()}`;
		current!.last = all[i];
	};

	for (let i = 0; i < all.length; i++) {
		const line = all[i];
		const content = raw[i];
		if (shape.blank[i]) {
			if (current && !current.ended && paddingPiece(i, wrap, measure, shape)) {
				// A run of spaces wider than the width (w3m lays a wide table's cells out with them) cut by `fold`:
				// a piece of the line, not a paragraph break. One shorter than the width is the rest of the run the
				// line ended with, unless the line's next word, at the margin below, would not have fitted after it.
				extend(i);
				const moved = i + 1 < all.length && !shape.blank[i + 1] && indentOf(raw[i + 1]) === 0 && measure!.raws[i] + measure!.firsts[i + 1] + (shape.lone[i + 1] ? 0 : 1) > wrap!.width;
				current.ended = measure!.raws[i] < wrap!.width && !moved;
				continue;
			}

			close();
			continue;
		}

		if (current && options.reflow !== false && hyphenBreak(current.raws.at(-1)!, content)) {
			current.lines.push(line);
			current.raws.push(content);
			extend(i);
			continue;
		}

		// An advertisement marker inside a wrapped sentence (the line above ends none, and the line below goes on with
		// it: its first word would not have fitted after the line above, or it opens in lower case) is a line of the
		// paragraph left out of its text, so the sentence is one block again (M38).
		if (current && !current.ended && wrap !== undefined && current.last === current.lines.at(-1) && i + 1 < all.length && !shape.blank[i + 1] && isAdBreak(content)) {
			const above = current.raws.at(-1)!;
			const below = raw[i + 1];
			const k = current.lines.length;
			const aboveIndex = i - 1;
			const fits = measure!.widths[aboveIndex] + 1 + measure!.firsts[i + 1] <= wrap.width;
			if (!endsSentence(above.trimEnd()) && indentOf(below) === indentOf(above) && (!fits || /^\p{Ll}/u.test(below.trimStart())) && k > 0) {
				current.lines.push(line, all[i + 1]);
				current.raws.push(content, below);
				(current.adBreaks ??= []).push(line.n);
				current.text = hyphenBreak(above, below) ? current.text.trimEnd() + below.trimStart() : `${current.text.trimEnd()} ${below.trimStart()}`;
				current.last = all[i + 1];
				i++;
				continue;
			}
		}

		if (current && !current.ended && wrap !== undefined && (current.last !== current.lines.at(-1) || continues(current.raws[0], current.raws.at(-1)!, content, i - 1, wrap, measure!, shape, current.lines.length > 1 || wrappedOn(i, wrap, measure!, shape)))) {
			current.lines.push(line);
			current.raws.push(content);
			extend(i);
			continue;
		}

		close();
		current = {lines: [line], raws: [content], text: content, last: line, ended: false, adBreaks: undefined};
	}

	close();
	return blocks;
};

/**
 * The blocks of an article (textBlocks): text extracted from HTML (`dom` present) holds one
 * paragraph a line and is not reflowed; a plain text or page dump is.
 */
export const articleBlocks = (article: {text: string; dom?: unknown}): TextBlock[] => textBlocks(article.text, {reflow: article.dom === undefined});
