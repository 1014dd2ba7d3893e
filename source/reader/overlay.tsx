import {Box, Text} from 'ink';
import React from 'react';
import wrapAnsi from 'wrap-ansi';
import {measureWidth, safeString} from '../render/safe-text.js';
import {fitToWidth} from '../render/truncate.js';
import type {KeyActions} from './keymap.js';
import {textProps, type Theme} from './theme.js';

/** `hang`: the column a wrapped line's continuations start at (a numbered item's text, past its number); by default its own indent plus two. */
export type OverlayLine = {text: string; heading?: boolean; hang?: number};

/**
 * Overlay lines made terminal-safe and fitted to `width` columns: a longer
 * line (a problem's path and message, a fact with its quotes) wraps instead of
 * being cut, its continuations at its `hang` column (else its own indent plus
 * two), at most a third of the width in. Scroll positions count these lines.
 */
export const fitOverlayLines = (lines: readonly OverlayLine[], width: number): OverlayLine[] =>
	lines.flatMap(line => {
		const text = safeString(line.text);
		if (measureWidth(text) <= width) return [{...line, text}];
		const most = Math.floor(width / 3);
		const indent = /^ */.exec(text)![0].length;
		const lead = ' '.repeat(Math.min(most, indent));
		const hang = ' '.repeat(Math.min(most, line.hang ?? indent + 2));
		const parts = wrapAnsi(text.trimStart(), Math.max(1, width - Math.max(lead.length, hang.length)), {hard: true, trim: true}).split('\n');
		return parts.map((part, index) => ({...line, text: `${index === 0 ? lead : hang}${part}`}));
	});

/** Rows an overlay of `height` rows has for its lines (title and footer take two). */
export const overlayRoom = (height: number) => Math.max(1, height - 2);

/** The first line shown for a wanted scroll position. */
export const clampOverlayTop = (top: number, lines: number, height: number) => Math.max(0, Math.min(top, lines - overlayRoom(height)));

/**
 * The overlay's keys (keymap screen `overlay`) for a panel of `height` rows
 * holding `count()` lines: `scrollBy` moves the first line shown by a number of
 * lines (the caller clamps with clampOverlayTop), `close` closes it. When every
 * line fits, the scroll keys close it too, as its footer says ("any key
 * closes"); any other key closes it as well: the caller does that when runKey
 * finds no binding.
 */
export const overlayKeyActions = (height: number, count: () => number, scrollBy: (lines: number) => void, close: () => void): KeyActions<'overlay'> => {
	const scroll = (lines: () => number) => ({run: () => (count() > overlayRoom(height) ? scrollBy(lines()) : close())});
	return {
		'overlay.down': scroll(() => 1),
		'overlay.up': scroll(() => -1),
		'overlay.pageDown': scroll(() => overlayRoom(height)),
		'overlay.pageUp': scroll(() => -overlayRoom(height)),
		'overlay.close': {run: close},
	};
};

/** A full-screen panel (help, problems, substitutions): a title, lines scrolled from `top`, and how to close it. */
export const Overlay = ({title, lines, width, height, theme, top = 0}: {title: string; lines: readonly OverlayLine[]; width: number; height: number; theme: Theme; top?: number}) => {
	const room = overlayRoom(height);
	const first = clampOverlayTop(top, lines.length, height);
	const shown = lines.slice(first, first + room);
	const scrolls = lines.length > room;
	const footer = scrolls ? ` ${first + 1}–${first + shown.length} of ${lines.length} · j/k/Space scroll · any other key closes` : ' any key closes';
	return (
		<Box flexDirection="column" height={height} width={width}>
			<Text {...textProps(theme.chrome.title)}>{fitToWidth(safeString(title), width)}</Text>
			<Box flexDirection="column" height={room}>
				{shown.map((line, index) => (
					<Text key={index} {...textProps(line.heading ? theme.chrome.header : theme.chrome.overlay)} wrap="truncate-end">
						{fitToWidth(safeString(line.text), width)}
					</Text>
				))}
			</Box>
			<Text {...textProps(theme.chrome.status)}>{fitToWidth(footer, width)}</Text>
		</Box>
	);
};
