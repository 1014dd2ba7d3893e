// The split layout of a comparison: two panes of soft-wrapped, styled text
// whose corresponding parts start on the same screen line. Pure: the reader
// slices it for the screen, `copydesk diff` prints it.
import type {Comparison, Row, WordOp} from '../compare/model.js';
import {isChangeRow} from '../compare/summary.js';
import {lineNumberAt, lineStartOffsets} from '../text/lines.js';
import type {Span} from '../text/span.js';
import {isSafe, isSafeBesideLineBreaks, narrowText, toSafeSegments} from './safe-text.js';
import {mergeSegments, type SegmentStyle, type StyledSegment} from './style.js';
import {type Keep, wrapSegments} from './wrap.js';

export type LayoutOptions = {
	/** Columns of each pane (≥ 2). */
	paneWidth: number;
	/** Show differences that vanish after normalisation (quotes, case) as `trivial`. */
	showTrivial?: boolean;
	/** Leave boilerplate rows out entirely. */
	hideBoilerplate?: boolean;
	/** Mark changes with wdiff-style text ([-removed-] {+added+}) so nothing depends on color (NO_COLOR). */
	textMarkers?: boolean;
	/**
	 * Lines for a printer without colours: each side of a line is its text as
	 * one `plain` segment (none when empty), with the gutter marks and widths;
	 * rows, continuation marks and change numbers are left unset (-1, absent).
	 * The texts, widths and gutters are those of the full layout, made without
	 * a piece per word: one-column text is wrapped by one regular expression.
	 */
	plain?: boolean;
};

/** What the gutter between the panes says about the row starting on a line. */
export type GutterMark = {text: string; style: SegmentStyle};

export type ScreenLine = {
	left: StyledSegment[];
	right: StyledSegment[];
	/** Set on the line where a row starts (either side); blank otherwise. */
	gutter: GutterMark | null;
	/** Index into `comparison.rows` of the row shown on this line of each side, or -1. */
	leftRow: number;
	rightRow: number;
	/** Index into `SplitLayout.changes` of the (first) change starting on this line. */
	change?: number;
	/** Display width of `left` in columns, as wrapping measured it (printers pad with it; absent: measure). */
	leftWidth?: number;
	/** Set when this side's first text goes on with a row begun on the line above (a sentence wrapped, or run on from the previous one in a paragraph). */
	leftContinues?: true;
	rightContinues?: true;
};

/** Styles of changed words: where a change's focus line is (the first line holding one). */
const changedStyles: ReadonlySet<string> = new Set(['removed', 'added', 'rewritten-left', 'rewritten-right', 'marker']);

export type ChangeAnchor = {
	/** Index into `comparison.rows`. */
	row: number;
	/** Screen line where the change starts. */
	line: number;
	/**
	 * The first screen line holding a changed word of the row, when later than
	 * `line`: in a row taller than the screen (one long paragraph) the change
	 * can be far below where the row starts, and `]` must show it.
	 */
	focus?: number;
};

export type SplitLayout = {
	lines: ScreenLine[];
	/** The changes, in screen order, with the line each starts on (navigation, "change 3/12"). */
	changes: ChangeAnchor[];
};

/**
 * Whether line `at` begins something whole: it is the first line, blank, or on
 * neither side goes on with a row begun on the line above. A view whose top
 * line does not is cut into the tail of a sentence, paragraph or caption.
 */
export const beginsWhole = (lines: readonly ScreenLine[], at: number): boolean => {
	if (at <= 0) return true;
	const line = lines[at]!;
	return !line.leftContinues && !line.rightContinues;
};

/** Farthest a view's top goes above a change that starts inside a line (sentences run on in a paragraph) to begin that line's paragraph. */
export const farContext = 6;

/**
 * The top line that shows the change starting on `line` with as much of the
 * `context` lines above it as begin something whole: the earliest of those
 * lines that is blank or starts a row on each side, else `line` itself when
 * it begins whole; a change that starts in the middle of a line (its sentence
 * runs on from the previous one in a paragraph) gets the nearest line above,
 * at most `farContext` lines up, that does. So `]` shows the blank line or the
 * short block (a heading) above a change, never the last lines of the
 * previous paragraph cut from their start.
 */
export const contextTop = (lines: readonly ScreenLine[], line: number, context: number): number => {
	for (let at = Math.max(0, line - context); at < line; at++) if (beginsWhole(lines, at)) return at;
	if (beginsWhole(lines, line)) return line;
	for (let at = line - context - 1; at >= Math.max(0, line - farContext); at--) if (beginsWhole(lines, at)) return at;
	return line;
};

/** Gutter marks: one ASCII character per row kind, so the kind is readable without color. */
export const gutterMarks = {
	changed: {text: '~', style: 'removed'},
	rewritten: {text: 'R', style: 'rewritten-left'},
	removed: {text: '-', style: 'removed'},
	added: {text: '+', style: 'added'},
	moved: {text: 'M', style: 'moved'},
	boilerplate: {text: 'B', style: 'boilerplate'},
} as const satisfies Record<string, GutterMark>;

type Tagged = StyledSegment & {row: number};

type Item = {row: number; part: 'whole' | 'moved-left' | 'moved-right'};

type BlockClass = string;

const lineBreak = /\r\n|\r|\n/;
// A row spanning a paragraph break ("…adding that\n\nMoscow…") reads as one space, not several.
// A quoted e-mail's prefix after a break inside a row ("…experience,\n> if you…") is part of the break: the
// row reads "experience, if you", not "experience, > if you" (blocks.ts reflows the quote the same way).
const lineBreaks = /[^\S\r\n]*(?:\r\n|\r|\n)(?:[^\S\r\n]{0,3}>[> \t]*)?\s*/g;
const blankLine = /(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)/;
const nonBlank = /\S/;
const hasLineBreak = (text: string): boolean => text.includes('\n') || text.includes('\r');

const classOf = (row: Row, part: Item['part']): BlockClass => {
	if (part !== 'whole') return part; // flushed right after: every moved part is a block of its own
	// Chrome on both sides at the same place (footers, headline lists) sits side by side.
	if (row.kind === 'boilerplate') return 'boilerplate';
	if (row.kind === 'removed') return 'left-only';
	if (row.kind === 'added') return 'right-only';
	if (row.rewritten && row.left && row.right) return 'rewritten';
	return row.left && row.right ? 'pair' : row.left ? 'left-only' : 'right-only';
};

/** What separates two rows of one block on screen, from the text between them. */
const joinerOf = (text: string, previousEnd: number | undefined, start: number): string => {
	if (previousEnd === undefined || previousEnd > start) return ' ';
	const gap = text.slice(previousEnd, start);
	if (lineBreak.test(gap)) return '\n';
	return gap === '' ? '' : ' ';
};

/** Does a paragraph start between the previous row's span and this one? */
const newParagraph = (text: string, previous: Span | null, current: Span | null, previousParagraph?: number, currentParagraph?: number): boolean => {
	if (!previous || !current) return false;
	if (previousParagraph !== undefined && currentParagraph !== undefined) return previousParagraph !== currentParagraph;
	return blankLine.test(text.slice(previous.end, current.start));
};

/** Styles of one side of a row, from its word ops; gaps between ops stay plain. */
const sideSegments = (text: string, span: Span, ops: readonly WordOp[], side: 'left' | 'right', styleOf: (op: WordOp) => SegmentStyle | null): StyledSegment[] => {
	const segments: StyledSegment[] = [];
	// Neighbouring ranges of one style are one segment (joinRuns would join them): a row of equal words is one slice, not one per word.
	let runStyle: SegmentStyle | null = null;
	let runStart = span.start;
	let runEnd = span.start;
	const add = (style: SegmentStyle, start: number, end: number) => {
		if (style === runStyle && start === runEnd) {
			runEnd = end;
			return;
		}
		if (runStyle !== null) segments.push({text: text.slice(runStart, runEnd), style: runStyle});
		runStyle = style;
		runStart = start;
		runEnd = end;
	};
	let position = span.start;
	for (const op of ops) {
		const style = styleOf(op);
		if (style === null) continue;
		const opSpan = side === 'left' ? (op as {left?: Span}).left : (op as {right?: Span}).right;
		if (!opSpan) continue;
		// Ops are clamped to the row's span: text outside it belongs to other rows.
		const end = Math.min(opSpan.end, span.end);
		if (opSpan.start > position) add('plain', position, Math.min(opSpan.start, span.end));
		const start = Math.max(opSpan.start, position);
		if (end > start) add(style, start, end);
		position = Math.max(position, end);
	}
	if (span.end > position) add('plain', position, span.end);
	if (runStyle !== null) segments.push({text: text.slice(runStart, runEnd), style: runStyle});
	return segments;
};

/** Joins runs of removed (or added) words separated only by spaces, so they read and mark as one change. */
const joinRuns = (segments: readonly StyledSegment[]): StyledSegment[] => {
	const out: StyledSegment[] = [];
	for (let index = 0; index < segments.length; index++) {
		const segment = segments[index];
		const last = out[out.length - 1];
		const next = segments[index + 1];
		if (last && last.style === segment.style) {
			out[out.length - 1] = {text: last.text + segment.text, style: last.style};
		} else if (last && next && segment.style === 'plain' && /^\s+$/.test(segment.text) && last.style === next.style && last.style !== 'plain') {
			out[out.length - 1] = {text: last.text + segment.text, style: last.style};
		} else {
			out.push({...segment});
		}
	}
	return out;
};

const textMarkerPairs: Partial<Record<SegmentStyle, [string, string]>> = {
	removed: ['[-', '-]'],
	added: ['{+', '+}'],
	'rewritten-left': ['[-', '-]'],
	'rewritten-right': ['{+', '+}'],
	trivial: ['{~', '~}'],
};

/** Opening text markers (textMarkerPairs): each stays with the text after it, a closing one with the text before it. */
const openingMarkers = new Set(Object.values(textMarkerPairs).map(pair => pair[0]));

/** wrapSegments' `keep`: a text marker is never split, nor parted from the change it marks. */
const keepMarker = (piece: Tagged): Keep | undefined => (piece.style === 'marker' ? (openingMarkers.has(piece.text) ? 'open' : 'close') : undefined);

/**
 * Makes text safe for the terminal and tags it with its row; line breaks inside a row read as spaces.
 * Pushes onto `target` (a block's side): no array per row, and no spread of one.
 * `safe`: the segments are slices of a text known safe beside its line breaks
 * (isSafeBesideLineBreaks), so none is tested again.
 */
const finish = (target: Tagged[], segments: readonly StyledSegment[], row: number, textMarkers: boolean, safe = false): void => {
	// Most segments hold no line break: skip the regular expression for them (it tries every position).
	const joined = joinRuns(segments.some(segment => hasLineBreak(segment.text)) ? segments.map(segment => ({text: hasLineBreak(segment.text) ? segment.text.replace(lineBreaks, ' ') : segment.text, style: segment.style})) : segments);
	for (const segment of joined) {
		const pair = textMarkers ? textMarkerPairs[segment.style] : undefined;
		if (pair) target.push({text: pair[0], style: 'marker', row});
		// Most text is safe as it is: one piece, no array of safe segments made for it.
		if (safe || isSafe(segment.text)) {
			if (segment.text !== '') target.push({text: segment.text, style: segment.style, row});
		} else {
			for (const safe of toSafeSegments(segment.text)) target.push({text: safe.text, style: safe.control ? 'control' : segment.style, row});
		}
		if (pair) target.push({text: pair[1], style: 'marker', row});
	}
};

/** Lays a comparison out as aligned screen lines for two panes of `paneWidth` columns. */
export const layoutComparison = (comparison: Comparison, leftText: string, rightText: string, options: LayoutOptions): SplitLayout => {
	const job = startLayout(comparison, leftText, rightText, options);
	while (!job.step(Number.POSITIVE_INFINITY));
	return job.layout();
};

/** Items laid out between two checks of the clock (a few ms at most). */
const itemsPerYield = 32;

/**
 * A layout computed in slices, so a huge comparison never blocks the caller
 * for long: `step(ms)` works for about that long, `layout()` is what exists
 * so far (lines in final form except change numbers, known only at the end).
 */
export type LayoutJob = {
	/** Works for about `budgetMs`; true once the layout is complete. */
	step(budgetMs: number): boolean;
	/** The layout so far (the same object until a step adds to it). */
	layout(): SplitLayout;
	/** 0..1, how much is laid out. */
	progress(): number;
	done(): boolean;
};

/** Starts laying a comparison out in slices (see LayoutJob); one pass over the rows. */
export const startLayout = (comparison: Comparison, leftText: string, rightText: string, options: LayoutOptions): LayoutJob => {
	const steps = layoutPass(comparison, leftText, rightText, options);
	let partial: PartialLayout = {lines: [], done: 0, total: 1};
	let finished: SplitLayout | null = null;
	let shown: SplitLayout = {lines: [], changes: []};
	let shownLength = -1;
	return {
		step(budgetMs) {
			// Without a budget (copydesk diff) the clock is never read: `performance` itself loads perf_hooks.
			const unbounded = budgetMs === Number.POSITIVE_INFINITY;
			const deadline = unbounded ? budgetMs : performance.now() + budgetMs;
			while (!finished) {
				const next = steps.next();
				if (next.done) finished = next.value;
				else partial = next.value;
				if (!unbounded && performance.now() >= deadline) break;
			}
			return finished !== null;
		},
		layout() {
			if (finished) return finished;
			// A new object only when lines were added, so memoised consumers stay put.
			if (partial.lines.length !== shownLength) {
				shownLength = partial.lines.length;
				shown = {lines: partial.lines.slice(), changes: []};
			}
			return shown;
		},
		progress() {
			if (finished) return 1;
			return partial.total === 0 ? 1 : partial.done / partial.total;
		},
		done: () => finished !== null,
	};
};

type PartialLayout = {lines: ScreenLine[]; done: number; total: number};

/** The screen line each moved part's block starts on, by `left:ROW` / `right:ROW`: a moved row's change anchor is its left part. */
type MovedLines = Map<string, number>;

function* layoutPass(comparison: Comparison, leftText: string, rightText: string, options: LayoutOptions): Generator<PartialLayout, SplitLayout> {
	const {rows} = comparison;
	const textMarkers = options.textMarkers ?? false;
	const paneWidth = Math.max(2, options.paneWidth);
	const trivialStyle: SegmentStyle = options.showTrivial ? 'trivial' : 'plain';
	// Most articles hold no control character: then no row's text needs testing (see finish).
	const leftSafe = isSafeBesideLineBreaks(leftText);
	const rightSafe = isSafeBesideLineBreaks(rightText);

	// Reading order: rows in left order, with each moved row's right side at its right-order place.
	const movedAfter = new Map<number, number[]>();
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (row.kind === 'moved' && row.left && row.right && row.movedAfter !== undefined && row.movedAfter < rows.length) {
			const after = row.movedAfter;
			movedAfter.set(after, [...(movedAfter.get(after) ?? []), index]);
		}
	}
	const items: Item[] = [];
	const placedRight = new Set<number>();
	// A moved row placed after another moved row follows that row's right copy.
	const pushMovedAfter = (after: number) => {
		for (const moved of movedAfter.get(after) ?? []) {
			if (placedRight.has(moved)) continue;
			placedRight.add(moved);
			items.push({row: moved, part: 'moved-right'});
			pushMovedAfter(moved);
		}
	};
	pushMovedAfter(-1);
	// Indexed loops: an entries() iterator makes an array per row, and most of a one-shot process runs unoptimised.
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		const isSplitMove = row.kind === 'moved' && row.left && row.right && row.movedAfter !== undefined && row.movedAfter < rows.length;
		if (!(options.hideBoilerplate && row.kind === 'boilerplate')) items.push({row: index, part: isSplitMove ? 'moved-left' : 'whole'});
		if (!isSplitMove) pushMovedAfter(index);
	}
	// Moved rows whose anchor never got placed (a cycle in a bad model) still show their right copy, at the end.
	for (const moved of [...movedAfter.values()].flat()) {
		if (!placedRight.has(moved)) {
			placedRight.add(moved);
			items.push({row: moved, part: 'moved-right'});
		}
	}

	const lines: ScreenLine[] = [];
	const rowStartLine = new Map<number, number>();
	// The first line holding a changed word of each row (a long row's change may start far below its first line).
	const rowFocusLine = new Map<number, number>();
	const nextMovedLines: MovedLines = new Map();
	// File line numbers for moved-row notes, counted once a side has a moved row.
	const lineStarts: {left?: number[]; right?: number[]} = {};
	const fileLine = (side: 'left' | 'right', offset: number): number => lineNumberAt((lineStarts[side] ??= lineStartOffsets(side === 'left' ? leftText : rightText)), offset);

	let blockLeft: Tagged[] = [];
	let blockRight: Tagged[] = [];
	let blockClass: BlockClass | null = null;
	let blockGutters: Array<{row: number; mark: GutterMark}> = [];
	type Last = {span: Span; paragraph?: number; row: number} | null;
	let lastLeft: Last = null;
	let lastRight: Last = null;
	let lastBlockLeft: Last = null;
	let lastBlockRight: Last = null;
	// The category note is written once per run of boilerplate of one category, per side.
	let lastNoteCategory: {left?: string; right?: string} = {};

	const flushPlainBlock = () => {
		const leftSide = blockLeft.length > 0 ? plainSide(blockLeft, paneWidth) : undefined;
		const rightSide = blockRight.length > 0 ? plainSide(blockRight, paneWidth) : undefined;
		const height = Math.max(leftSide?.texts.length ?? 0, rightSide?.texts.length ?? 0);
		const firstLine = lines.length;
		for (let offset = 0; offset < height; offset++) {
			const left = leftSide?.texts[offset];
			const right = rightSide?.texts[offset];
			lines.push({left: left ? [{text: left, style: 'plain'}] : [], right: right ? [{text: right, style: 'plain'}] : [], gutter: null, leftRow: -1, rightRow: -1, leftWidth: leftSide?.widths[offset] ?? 0});
		}
		// Where each row starts in this block: its first line on either side (as flushBlock finds it line by line).
		const blockRowStart = new Map<number, number>();
		for (const side of [leftSide, rightSide]) {
			for (const [row, line] of side?.rowStarts ?? []) if (!blockRowStart.has(row) || blockRowStart.get(row)! > firstLine + line) blockRowStart.set(row, firstLine + line);
		}
		for (const [row, line] of blockRowStart) if (!rowStartLine.has(row)) rowStartLine.set(row, line);
		for (const {row, mark} of blockGutters) {
			const line = blockRowStart.get(row);
			if (line !== undefined && lines[line].gutter === null) lines[line].gutter = mark;
		}
		blockLeft = [];
		blockRight = [];
		blockGutters = [];
		blockClass = null;
	};

	const flushBlock = () => {
		if (blockClass === null) return;
		if (options.plain) {
			flushPlainBlock();
			return;
		}
		const leftWidths: number[] = [];
		const leftLines = blockLeft.length > 0 ? wrapSegments(blockLeft, paneWidth, leftWidths, {keep: keepMarker}) : [];
		const rightLines = blockRight.length > 0 ? wrapSegments(blockRight, paneWidth, undefined, {keep: keepMarker}) : [];
		const height = Math.max(leftLines.length, rightLines.length);
		const firstLine = lines.length;
		let leftRow = -1;
		let rightRow = -1;
		const gutterByLine = new Map<number, GutterMark>();
		// A moved row has text in two blocks: its mark goes on its first line in this one.
		const blockRowStart = new Map<number, number>();
		for (let offset = 0; offset < height; offset++) {
			const left = (leftLines[offset] ?? []) as Tagged[];
			const right = (rightLines[offset] ?? []) as Tagged[];
			for (let index = 0; index < left.length + right.length; index++) {
				const segment = index < left.length ? left[index]! : right[index - left.length]!;
				if (changedStyles.has(segment.style) && !rowFocusLine.has(segment.row) && nonBlank.test(segment.text)) rowFocusLine.set(segment.row, firstLine + offset);
				// A row already started in this block has started in the layout too: no test of its text.
				if (blockRowStart.has(segment.row) || !nonBlank.test(segment.text)) continue;
				if (!rowStartLine.has(segment.row)) rowStartLine.set(segment.row, firstLine + offset);
				blockRowStart.set(segment.row, firstLine + offset);
			}
			leftRow = left[0]?.row ?? (offset < leftLines.length ? leftRow : -1);
			rightRow = right[0]?.row ?? (offset < rightLines.length ? rightRow : -1);
			const line: ScreenLine = {left: stripTags(left), right: stripTags(right), gutter: null, leftRow, rightRow, leftWidth: leftWidths[offset] ?? 0};
			if (continuesRow(leftLines, offset)) line.leftContinues = true;
			if (continuesRow(rightLines, offset)) line.rightContinues = true;
			lines.push(line);
		}
		// A row's gutter mark goes on the first line holding any of its text.
		for (const {row, mark} of blockGutters) {
			const line = blockRowStart.get(row);
			if (line !== undefined && !gutterByLine.has(line)) gutterByLine.set(line, mark);
		}
		for (const [line, mark] of gutterByLine) lines[line].gutter = mark;
		blockLeft = [];
		blockRight = [];
		blockGutters = [];
		blockClass = null;
	};

	const note = (text: string, row: number): Tagged[] => toSafeSegments(text).map(safe => ({text: safe.text, style: safe.control ? 'control' : 'note', row}));

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const item = items[itemIndex]!;
		if (itemIndex % itemsPerYield === 0) yield {lines, done: itemIndex, total: items.length};
		const row = rows[item.row];
		const kindClass = classOf(row, item.part);
		const showsLeft = item.part !== 'moved-right' && row.left !== null;
		const showsRight = item.part !== 'moved-left' && row.right !== null;
		const leftBreak = showsLeft && newParagraph(leftText, lastLeft?.span ?? null, row.left, lastLeft?.paragraph, row.leftParagraph);
		const rightBreak = showsRight && newParagraph(rightText, lastRight?.span ?? null, row.right, lastRight?.paragraph, row.rightParagraph);
		// A new paragraph splits the block only on a side that already has text in it.
		const splits = (leftBreak && blockLeft.length > 0) || (rightBreak && blockRight.length > 0);
		if (blockClass !== null && (kindClass !== blockClass || splits)) {
			flushBlock();
			lastBlockLeft = null;
			lastBlockRight = null;
			lastNoteCategory = {};
		}
		// A blank line between paragraphs, as in the texts.
		if (blockClass === null && (leftBreak || rightBreak) && lines.length > 0 && !isBlank(lines[lines.length - 1])) lines.push({left: [], right: [], gutter: null, leftRow: -1, rightRow: -1, leftWidth: 0});
		blockClass = kindClass;

		// Rows of one block are joined as in the text: a line break stays one (lists,
		// headline runs), a space a space, nothing nothing (CJK sentences).
		if (showsLeft && blockLeft.length > 0) blockLeft.push({text: joinerOf(leftText, lastBlockLeft?.span.end, row.left!.start), style: 'plain', row: item.row});
		if (showsRight && blockRight.length > 0) blockRight.push({text: joinerOf(rightText, lastBlockRight?.span.end, row.right!.start), style: 'plain', row: item.row});

		const wordStyle = (side: 'left' | 'right', equal: SegmentStyle) => (op: WordOp): SegmentStyle | null => {
			if (op.op === 'equal') return op.trivial ? (equal === 'plain' ? trivialStyle : equal) : equal;
			if (op.op === 'removed') return side === 'left' ? 'removed' : null;
			return side === 'right' ? 'added' : null;
		};

		switch (row.kind) {
			case 'boilerplate': {
				const category = row.category ?? row.label ?? 'boilerplate';
				const side = row.left ? 'left' : 'right';
				const span = (row.left ?? row.right)!;
				const text = side === 'left' ? leftText : rightText;
				const target = side === 'left' ? blockLeft : blockRight;
				if (lastNoteCategory[side] !== category) target.push(...note(`‹${category}› `, item.row));
				lastNoteCategory[side] = category;
				finish(target, [{text: text.slice(span.start, span.end), style: 'boilerplate'}], item.row, false, side === 'left' ? leftSafe : rightSafe);
				blockGutters.push({row: item.row, mark: gutterMarks.boilerplate});
				break;
			}
			case 'moved': {
				if (item.part === 'moved-left') {
					finish(blockLeft, sideSegments(leftText, row.left!, row.ops, 'left', wordStyle('left', 'moved')), item.row, textMarkers, leftSafe);
					blockRight.push(...note(movedNote('left', fileLine('right', row.right!.start)), item.row));
				} else if (item.part === 'moved-right') {
					blockLeft.push(...note(movedNote('right', fileLine('left', row.left!.start)), item.row));
					finish(blockRight, sideSegments(rightText, row.right!, row.ops, 'right', wordStyle('right', 'moved')), item.row, textMarkers, rightSafe);
				} else {
					if (row.left) finish(blockLeft, sideSegments(leftText, row.left, row.ops, 'left', wordStyle('left', 'moved')), item.row, textMarkers, leftSafe);
					if (row.right) finish(blockRight, sideSegments(rightText, row.right, row.ops, 'right', wordStyle('right', 'moved')), item.row, textMarkers, rightSafe);
				}
				blockGutters.push({row: item.row, mark: gutterMarks.moved});
				break;
			}
			default: {
				const rewritten = row.rewritten === true && row.left !== null && row.right !== null;
				const noOps = row.ops.length === 0;
				if (row.left) {
					const whole: SegmentStyle = rewritten ? 'rewritten-left' : row.kind === 'same' ? 'plain' : 'removed';
					const segments = rewritten || noOps ? [{text: leftText.slice(row.left.start, row.left.end), style: whole}] : sideSegments(leftText, row.left, row.ops, 'left', wordStyle('left', 'plain'));
					finish(blockLeft, segments, item.row, textMarkers, leftSafe);
				}
				if (row.right) {
					const whole: SegmentStyle = rewritten ? 'rewritten-right' : row.kind === 'same' ? 'plain' : 'added';
					const segments = rewritten || noOps ? [{text: rightText.slice(row.right.start, row.right.end), style: whole}] : sideSegments(rightText, row.right, row.ops, 'right', wordStyle('right', 'plain'));
					finish(blockRight, segments, item.row, textMarkers, rightSafe);
				}
				const mark = rewritten ? gutterMarks.rewritten : row.kind === 'removed' ? gutterMarks.removed : row.kind === 'added' ? gutterMarks.added : isChangeRow(row) ? gutterMarks.changed : null;
				if (mark) blockGutters.push({row: item.row, mark});
			}
		}
		if (showsLeft) lastLeft = lastBlockLeft = {span: row.left!, paragraph: row.leftParagraph, row: item.row};
		if (showsRight) lastRight = lastBlockRight = {span: row.right!, paragraph: row.rightParagraph, row: item.row};
		if (item.part === 'moved-left') nextMovedLines.set(`left:${item.row}`, -1);
		if (item.part === 'moved-right') nextMovedLines.set(`right:${item.row}`, -1);
		if (item.part !== 'whole') {
			// The moved part's block is complete: flush now to learn its line.
			const start = lines.length;
			flushBlock();
			nextMovedLines.set(`${item.part === 'moved-left' ? 'left' : 'right'}:${item.row}`, start);
			lastBlockLeft = null;
			lastBlockRight = null;
			lastNoteCategory = {};
		}
	}
	flushBlock();
	while (lines.length > 0 && isBlank(lines[lines.length - 1])) lines.pop();

	const changes: ChangeAnchor[] = [];
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index]!;
		if (!isChangeRow(row)) continue;
		const line = row.kind === 'moved' && nextMovedLines.has(`left:${index}`) ? nextMovedLines.get(`left:${index}`)! : rowStartLine.get(index);
		const focus = row.kind === 'moved' ? undefined : rowFocusLine.get(index);
		if (line !== undefined) changes.push(focus !== undefined && focus > line ? {row: index, line, focus} : {row: index, line});
	}
	changes.sort((a, b) => a.line - b.line || a.row - b.row);
	for (let index = changes.length - 1; index >= 0; index--) lines[changes[index].line].change = index;
	return {lines, changes};
}

/** One side of a block wrapped for plain printing: each line's text and width, and the line (0-based in the block) each row's text starts on. */
type PlainSide = {texts: string[]; widths: number[]; rowStarts: Map<number, number>};

/** Greedy lines of one-column text `width` wide (see plainSide), by width. */
const plainLinePatterns = new Map<number, RegExp>();

/**
 * A block side's lines as wrapSegments makes them, as texts. One-column text
 * (narrowText: widths are lengths, U+0020 is the only break space) with no
 * word longer than a line is wrapped with one sticky regular expression per
 * line: from a line's first word, the longest run of at most `width`
 * characters that ends a word (what wrapping word by word fits); spaces at a
 * break are dropped, a line feed ends a line. Anything else (wide or
 * combining characters, markers for controls, a word longer than a line to
 * hard-break) goes through wrapSegments itself.
 */
const plainSide = (segments: readonly Tagged[], paneWidth: number): PlainSide => {
	const width = Math.max(2, Math.floor(paneWidth));
	let text = '';
	for (const segment of segments) text += segment.text;
	let line = plainLinePatterns.get(width);
	if (!line) {
		line = new RegExp(`[^\\n]{0,${width - 1}}[^ \\n](?=[ \\n]|$)`, 'y');
		plainLinePatterns.set(width, line);
	}
	return (narrowText.test(text) && plainLines(segments, text, line)) || wrappedSide(segments, width);
};

/** plainSide through wrapSegments. */
const wrappedSide = (segments: readonly Tagged[], width: number): PlainSide => {
	const rowStarts = new Map<number, number>();
	const widths: number[] = [];
	const texts: string[] = [];
	for (const [line, pieces] of (wrapSegments(segments, width, widths, {keep: keepMarker}) as Tagged[][]).entries()) {
		let lineText = '';
		for (const piece of pieces) {
			lineText += piece.text;
			if (!rowStarts.has(piece.row) && nonBlank.test(piece.text)) rowStarts.set(piece.row, line);
		}
		texts.push(lineText);
	}
	return {texts, widths, rowStarts};
};

/**
 * plainSide by `line` (see there), or undefined when a line's first word is
 * longer than a line: wrapSegments fills the line before such a word and
 * hard-breaks it, which the pattern does not (it would end the line before it).
 */
const plainLines = (segments: readonly Tagged[], text: string, line: RegExp): PlainSide | undefined => {
	const rowStarts = new Map<number, number>();
	const texts: string[] = [];
	const widths: number[] = [];
	const ends: number[] = [];
	let at = 0;
	for (;;) {
		while (at < text.length && text.charCodeAt(at) === 0x20) at++;
		if (at >= text.length || text.charCodeAt(at) === 0x0a) {
			// An empty line: a line feed at a line's start, or the end of the text after one (or of an empty text).
			texts.push('');
			widths.push(0);
			ends.push(at);
			if (at >= text.length) break;
			at++;
			continue;
		}
		line.lastIndex = at;
		if (!line.test(text)) return undefined;
		const end = line.lastIndex;
		texts.push(text.slice(at, end));
		widths.push(end - at);
		ends.push(end);
		at = end;
		while (at < text.length && text.charCodeAt(at) === 0x20) at++;
		if (at >= text.length) break;
		if (text.charCodeAt(at) === 0x0a) at++;
	}
	// A row starts on the line of its first non-blank character (spaces are all a break drops).
	let offset = 0;
	let lineIndex = 0;
	for (const segment of segments) {
		if (!rowStarts.has(segment.row)) {
			const found = segment.text.search(nonBlank);
			if (found !== -1) {
				while (ends[lineIndex]! <= offset + found) lineIndex++;
				rowStarts.set(segment.row, lineIndex);
			}
		}
		offset += segment.text.length;
	}
	return {texts, widths, rowStarts};
};

/**
 * The note beside a moved row's copy, pointing at the other copy by its line
 * in the other side's file (1-based, as an editor and the reader's `#` gutter
 * number it): "moved ↓ to the right file's line 12". Screen lines of the
 * layout would be found in neither file.
 */
export const movedNote = (side: 'left' | 'right', otherFileLine: number): string =>
	side === 'left' ? `moved ↓ to the right file's line ${otherFileLine}` : `moved ↑ from the left file's line ${otherFileLine}`;

const stripTags = (segments: readonly Tagged[]): StyledSegment[] => mergeSegments(segments);

/** Row of the first (or last) text of a wrapped line, joiners and spaces aside; -1 for none. */
const textRow = (line: readonly Tagged[] | undefined, last: boolean): number => {
	if (!line) return -1;
	for (let index = last ? line.length - 1 : 0; last ? index >= 0 : index < line.length; index += last ? -1 : 1) if (nonBlank.test(line[index]!.text)) return line[index]!.row;
	return -1;
};

/** Line `offset` of a block's wrapped side begins with text of the row that ended the line above. */
const continuesRow = (wrapped: ReadonlyArray<readonly StyledSegment[]>, offset: number): boolean => {
	if (offset === 0) return false;
	const row = textRow(wrapped[offset] as Tagged[] | undefined, false);
	return row !== -1 && row === textRow(wrapped[offset - 1] as Tagged[] | undefined, true);
};

const isBlank = (line: ScreenLine) => line.left.length === 0 && line.right.length === 0 && line.gutter === null;
