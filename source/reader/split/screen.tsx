// The split view, presentational: pane headers, the visible slice of the
// layout (computed once per comparison, width and toggles by the app), and
// the status line.
import {Box, Text} from 'ink';
import React from 'react';
import type {Comparison} from '../../compare/model.js';
import {articleDate, type AnalyzedArticle} from '../../corpus/article.js';
import type {SplitLayout} from '../../render/layout.js';
import {measureWidth, safeString} from '../../render/safe-text.js';
import {gutterWidth} from '../../render/split-text.js';
import {fitToWidth, truncateToWidth} from '../../render/truncate.js';
import {keyOf} from '../keymap.js';
import {fitStatus, type StatusPart} from '../status-line.js';
import {gutterNumber} from './line-numbers.js';
import {paneExtents, type PaneExtent} from './pane-extent.js';
import {changeAt, changeContext, type SplitState} from './state.js';
import {padSegments, StyledLine} from '../styled-line.js';
import {textProps, type Theme} from '../theme.js';
import {similarityFixed} from '../../render/similarity-text.js';

/** Rows of chrome around the panes: two header lines and the status line. */
export const splitChromeRows = 3;

export type SplitScreenProps = {
	left: AnalyzedArticle;
	right: AnalyzedArticle;
	comparison: Comparison | null;
	layout: SplitLayout | null;
	/** Shown instead of the panes while comparing or after a failure. */
	message: string | null;
	/** 0..1 while the layout is still being computed (the lines so far are shown), else null. */
	layoutProgress?: number | null;
	/** A file of the pair could not be re-read: said first on the status line. */
	notice?: string | null;
	state: SplitState;
	width: number;
	height: number;
	paneWidth: number;
	/** Columns of each pane's line-number gutter (0: none). */
	numberWidth?: number;
	/** One column: the layout's lines are in its left pane (see split/unified.ts). */
	unified?: boolean;
	theme: Theme;
};

/** A pane's title and details line; an article still being labelled has no count yet ("… words", as the list shows it), never "0 words". */
export const headerLines = (article: AnalyzedArticle): [string, string] => {
	const meta = {...article.labels.meta, ...article.meta};
	const details = [article.name, `${article.pending ? '…' : article.words.toLocaleString('en-US')} words`, articleDate(article), meta.url].filter(Boolean).join(' · ');
	return [safeString(article.title.replace(/\s+/g, ' ').trim() || '(untitled)'), safeString(details)];
};

/**
 * The boilerplate row at the top of the focused pane (its first lines, where
 * `]` brings changes), if any: its category and why it was labelled.
 */
const boilerplateNote = (comparison: Comparison, layout: SplitLayout, state: SplitState): string | null => {
	const top = state.top[state.focused];
	for (let index = top; index <= top + changeContext && index < layout.lines.length; index++) {
		const line = layout.lines[index];
		const row = comparison.rows[state.focused === 0 ? line.leftRow : line.rightRow];
		if (row?.kind === 'boilerplate') return `${state.focused === 0 ? 'left' : 'right'} boilerplate (${row.category ?? row.label ?? '?'})${row.reason ? `: ${row.reason}` : ''}`;
	}
	return null;
};

/**
 * What the status line says of the row at the top of the focused pane: its
 * boilerplate note (see boilerplateNote), unless a hint is showing or the
 * selected change sits at the top (where `]` leaves it: the counter is what
 * the status says then, and the boilerplate in its context lines is not
 * described); null when there is nothing to say.
 */
export const topRowNote = (comparison: Comparison, layout: SplitLayout, state: SplitState): string | null => {
	if (state.hint) return null;
	const top = state.top[state.focused];
	const selected = layout.changes[state.change]?.line;
	const changeInPlace = selected !== undefined && selected >= top && selected <= top + changeContext;
	return changeInPlace ? null : boilerplateNote(comparison, layout, state);
};

/**
 * Where the page is, as less and vim say it: All (everything fits), Top, Bot,
 * else how far down the bottom line of the page is. While the layout grows,
 * the end is not known yet: never All or Bot.
 */
export const scrollPosition = (top: number, page: number, total: number, growing = false): string => {
	const bottom = Math.min(total, top + page);
	if (!growing && top === 0 && bottom >= total) return 'All';
	if (top === 0) return 'Top';
	if (!growing && bottom >= total) return 'Bot';
	return `${Math.max(1, Math.min(99, Math.floor((bottom / Math.max(1, total)) * 100)))}%`;
};

/** Each change's first line, made once per layout (a layout is never changed once made: render/layout.ts). */
const changeLinesByLayout = new WeakMap<SplitLayout, readonly number[]>();
const changeLines = (layout: SplitLayout): readonly number[] => {
	let lines = changeLinesByLayout.get(layout);
	if (!lines) changeLinesByLayout.set(layout, (lines = layout.changes.map(change => change.line)));
	return lines;
};

/**
 * The change the reader is at, as `]`/`[` step from it and the counter and the gutter's highlight say it (state.ts
 * changeAt), for a layout; -1 above the first. `extent`: the focused pane's own text when it scrolls alone.
 */
export const changeAtTop = (layout: SplitLayout, state: SplitState, page: number, extent?: PaneExtent): number => changeAt(changeLines(layout), state, page, extent ? extent.end : layout.lines.length);

/** Before the title of the pane that scrolls alone (unlinked scrolling, `s`; Tab moves the focus). */
export const unlinkedMark = '[scrolls alone]';

/**
 * The split view's status line fitted to `width`: a hint, the position and "? help" outlast the rest.
 * `extent`: the focused pane's own text when it scrolls alone (pane-extent.ts): Top and Bot are said of it.
 */
export const splitStatusText = (comparison: Comparison, layout: SplitLayout, state: SplitState, page: number, layoutProgress: number | null = null, width = Number.POSITIVE_INFINITY, extent?: PaneExtent): string => {
	const top = state.top[state.focused];
	const total = layout.lines.length;
	const parts: StatusPart[] = [];
	if (state.hint) parts.push({text: state.hint, rank: 4});
	// The top row's note takes only the room the fields of a fresh view leave (the lowest rank: dropped first, whole);
	// where it does not fit, SplitScreen says it on the details line instead.
	const note = topRowNote(comparison, layout, state);
	if (note) parts.push({text: note, rank: -1});
	// The screen rows of the layout shown, first to last, as less says it ("lines 10–55/86 63%"):
	// the share is the last shown row's, so it is said beside it, not beside the top row alone.
	// While the layout grows, the total is a lower bound: `+`.
	const position = extent ? scrollPosition(Math.max(0, top - extent.first), page, extent.end - extent.first, layoutProgress !== null) : scrollPosition(top, page, total, layoutProgress !== null);
	parts.push({text: `lines ${Math.min(total, top + 1)}–${Math.min(total, top + page)}/${total}${layoutProgress === null ? '' : '+'} ${position}`, rank: 4});
	const changes = layout.changes.length;
	const at = changeAtTop(layout, state, page, extent);
	// Changes are numbered once the whole layout exists.
	if (layoutProgress !== null) parts.push({text: `laying out… ${Math.floor(layoutProgress * 100)}%`, rank: 3});
	else parts.push({text: changes === 0 ? 'no changes' : at >= 0 ? `change ${at + 1}/${changes}` : `${changes} change${changes === 1 ? '' : 's'} (${keyOf('split.nextChange')} next)`, rank: 3});
	// The verdict outlasts the figure behind it: a reader checks the relation and the facts changed first.
	// Two texts without a word have no relation (breaker14 P9): said as diff says it.
	if (comparison.nothingLeft && comparison.rows.length === 0) parts.push({text: 'nothing to compare: neither side has any text', rank: 3});
	else parts.push({text: `sim ${similarityFixed(comparison.similarity, comparison.relation === 'identical')}`, rank: 1}, {text: comparison.relation, rank: 3});
	// A translation is `unrelated` on its words: the verdict says why beside it (compare/languages.ts), short enough to
	// stay at 80 columns beside the place, the change and the verdict (breaker19 N5: "different languages (de, en)" was dropped).
	if (comparison.languages) parts.push({text: `languages differ: ${comparison.languages.left}, ${comparison.languages.right}`, rank: 3});
	const facts = comparison.facts?.length ?? 0;
	if (facts > 0) parts.push({text: `${facts} fact${facts === 1 ? '' : 's'} (${keyOf('split.facts')})`, rank: 2});
	if (comparison.substitutions.length > 0) parts.push({text: `${comparison.substitutions.length} subst (${keyOf('split.substitutions')})`, rank: 0});
	// Unlinked scrolling is a mode, not a field of a fresh view: said here only in the room those fields leave;
	// side by side, the focused pane's title says it anyway (unlinkedMark).
	if (!state.linked) parts.push({text: `unlinked, ${state.focused === 0 ? 'left' : 'right'} pane`, rank: -1});
	if (state.boilerplate !== 'shown') parts.push({text: state.boilerplate === 'hidden' ? 'boilerplate hidden' : 'boilerplate compared', rank: 1});
	if (comparison.degraded) parts.push({text: 'coarse (guard hit)', rank: 1});
	parts.push({text: `${keyOf('split.help')} help`, rank: 5});
	// A hint that says what a field already says ("no changes" after `]` on an identical pair) is said once.
	const said = state.hint ? parts.filter((part, index) => index === 0 || part.text !== state.hint) : parts;
	return Number.isFinite(width) ? fitStatus(said, width) : said.map(part => part.text).join(' · ');
};

/** The split view of two articles: headers, the visible window of the laid-out comparison (one or two columns), status line; `height` rows by `width` columns. */
export const SplitScreen = ({left, right, comparison, layout, message, layoutProgress = null, notice = null, state, width, height, paneWidth, numberWidth = 0, unified = false, theme}: SplitScreenProps) => {
	const page = Math.max(1, height - splitChromeRows);
	const [leftTitle, leftDetails] = headerLines(left);
	const [rightTitle, rightDetails] = headerLines(right);
	const gap = ' '.repeat(gutterWidth);
	// The focused pane (Tab) is the one unlinked scrolling moves and the status line describes.
	const titleLook = (pane: 0 | 1) => (state.focused === pane ? theme.chrome.focus : theme.chrome.header);
	// With scrolling unlinked the pane j/k move says so in words (the focus look is only a color: none under NO_COLOR).
	const paneTitle = (title: string, pane: 0 | 1) => (!state.linked && state.focused === pane ? `${unlinkedMark} ${title}` : title);
	const body: React.ReactNode[] = [];
	// The change the counter names has its gutter mark (one column: its `-`/`+`) highlighted, so the eye finds it.
	const scrollsAlone = layout && !state.linked && !unified ? paneExtents(layout)[state.focused] : undefined;
	const currentLine = layout && layoutProgress === null ? layout.changes[changeAtTop(layout, state, page, scrollsAlone)]?.line : undefined;
	if (layout && comparison && !message) {
		for (let offset = 0; offset < page; offset++) {
			const leftLine = layout.lines[state.top[0] + offset];
			const rightLine = layout.lines[state.top[1] + offset];
			const gutter = state.top[0] === state.top[1] ? leftLine?.gutter : null;
			const current = state.top[0] === state.top[1] && state.top[0] + offset === currentLine;
			// Line numbers of each file, on the first screen line of each sentence.
			const number = (index: number, side: 'left' | 'right', article: AnalyzedArticle) => {
				if (numberWidth === 0) return null;
				const value = gutterNumber(layout, comparison, index, side, article);
				return <Text {...textProps(theme.chrome.columns)}>{(value === null ? '' : String(value)).padStart(numberWidth - 1) + ' '}</Text>;
			};
			const search = state.searching ? '' : state.search;
			if (unified) {
				// One column shows the focused pane's place: scrolling unlinked moves only that one (breaker18 M3).
				const index = state.top[state.focused] + offset;
				const line = layout.lines[index];
				const [mark, ...text] = line?.left ?? [];
				body.push(
					<Text key={offset} wrap="truncate-end">
						{number(index, line && line.leftRow < 0 && line.rightRow >= 0 ? 'right' : 'left', line && line.leftRow < 0 && line.rightRow >= 0 ? right : left)}
						{/* A blank line holds a space: an empty Text takes no row, and the blank lines between blocks would close up. */}
						{mark && index === currentLine ? (
							<>
								<Text {...textProps(theme.chrome.highlight)}>{mark.text}</Text>
								<StyledLine segments={text} theme={theme} search={search} />
							</>
						) : line && line.left.length > 0 ? (
							<StyledLine segments={line.left} theme={theme} search={search} />
						) : (
							' '
						)}
					</Text>,
				);
				continue;
			}
			body.push(
				<Text key={offset} wrap="truncate-end">
					{number(state.top[0] + offset, 'left', left)}
					<StyledLine segments={padSegments(leftLine?.left ?? [], paneWidth)} theme={theme} search={search} />
					{' '}
					<Text {...textProps(current ? theme.chrome.highlight : gutter ? theme.text[gutter.style] : {})}>{current && !gutter ? '>' : (gutter?.text ?? ' ')}</Text>
					{' '}
					{number(state.top[1] + offset, 'right', right)}
					<StyledLine segments={rightLine?.right ?? []} theme={theme} search={search} />
				</Text>,
			);
		}
	}
	// A file that could not be re-read comes first, in the warning look. A message (that notice, a hint such as a
	// re-read's) never pushes a field off the status line: the fields are those a freshly opened view shows at this
	// width, and a message that does not fit beside all of them is said on the details line instead (placedAbove).
	const safeNotice = notice ? safeString(notice) : '';
	const comparing = Boolean(comparison && layout && !message) && !state.searching;
	// Side by side, a pane scrolling alone is at its top or bottom by its own text.
	const extent = scrollsAlone;
	const fresh = comparing ? safeString(splitStatusText(comparison!, layout!, {...state, hint: null}, page, layoutProgress, width, extent)) : '';
	const besides = comparing ? safeString(splitStatusText(comparison!, layout!, state, page, layoutProgress, undefined, extent)) : '';
	const placedAbove = comparing && (safeNotice !== '' || state.hint !== null) && measureWidth(besides) + (safeNotice ? measureWidth(safeNotice) + 3 : 0) > width;
	const above = placedAbove ? [safeNotice, state.hint ? safeString(state.hint) : ''].filter(Boolean).join(' · ') : '';
	const warning = safeNotice && !placedAbove ? truncateToWidth(safeNotice, width) + (measureWidth(safeNotice) < width - 3 ? ' · ' : '') : '';
	const status = state.searching
		? fitToWidth(safeString(`/${state.search}▏  (Enter search · Esc cancel)`), width - measureWidth(warning))
		: placedAbove
			? fresh
			: safeString(comparison && layout && !message ? splitStatusText(comparison, layout, state, page, layoutProgress, width - measureWidth(warning), extent) : `${state.hint ? `${state.hint} · ` : ''}${keyOf('split.back')} back`);
	// The top row's boilerplate note, when the status line had no room for it, replaces the details line as a message does.
	const note = comparing && !above ? topRowNote(comparison!, layout!, state) : null;
	const noteAbove = note !== null && !status.includes(safeString(note)) ? safeString(note) : '';
	const aboveLook = safeNotice ? theme.chrome.warning : theme.chrome.hint;
	return (
		<Box flexDirection="column" width={width} height={height}>
			{unified ? (
				<>
					<Text wrap="truncate-end" {...textProps(theme.chrome.header)}>
						{fitToWidth(`- ${leftTitle} · ${leftDetails}`, width)}
					</Text>
					{above || noteAbove ? (
						<Text wrap="truncate-end" {...textProps(aboveLook)}>
							{fitToWidth(above || noteAbove, width)}
						</Text>
					) : (
						<Text wrap="truncate-end" {...textProps(theme.chrome.header)}>
							{fitToWidth(`+ ${rightTitle} · ${rightDetails}`, width)}
						</Text>
					)}
				</>
			) : null}
			{unified ? null : <Text wrap="truncate-end">
				<Text {...textProps(titleLook(0))}>{fitToWidth(paneTitle(leftTitle, 0), paneWidth + numberWidth)}</Text>
				{gap}
				<Text {...textProps(titleLook(1))}>{fitToWidth(paneTitle(rightTitle, 1), paneWidth + numberWidth)}</Text>
			</Text>}
			{unified ? null : above || noteAbove ? (
				<Text wrap="truncate-end" {...textProps(aboveLook)}>
					{fitToWidth(above || noteAbove, width)}
				</Text>
			) : (
				<Text wrap="truncate-end" {...textProps(theme.chrome.columns)}>
					{fitToWidth(leftDetails, paneWidth + numberWidth) + gap + fitToWidth(rightDetails, paneWidth + numberWidth)}
				</Text>
			)}
			<Box flexDirection="column" height={page}>
				{message ? <Text {...textProps(theme.chrome.hint)}>{safeString(message)}</Text> : body}
			</Box>
			<Text wrap="truncate-end">
				{warning ? <Text {...textProps(theme.chrome.warning)}>{warning}</Text> : null}
				<Text {...textProps(theme.chrome.status)}>{fitToWidth(status, width - measureWidth(warning))}</Text>
			</Text>
		</Box>
	);
};
