import {Box, Text} from 'ink';
import React from 'react';
import wrapAnsi from 'wrap-ansi';
import {measureWidth, safeString} from '../render/safe-text.js';
import {fitToWidth} from '../render/truncate.js';
import type {KeyActions} from './keymap.js';
import {textProps, type Theme} from './theme.js';

export type OverlayLine = {text: string; heading?: boolean};

/**
 * Overlay lines made terminal-safe and fitted to `width` columns: a longer
 * line (a problem's path and message, a fact with its quotes) wraps under its
 * own indent plus two columns instead of being cut. Scroll positions count
 * these lines.
 */
export const fitOverlayLines = (lines: readonly OverlayLine[], width: number): OverlayLine[] =>
	lines.flatMap(line => {
		const text = safeString(line.text);
		if (measureWidth(text) <= width) return [{...line, text}];
		const lead = ' '.repeat(Math.min(Math.floor(width / 3), /^ */.exec(text)![0].length));
		const parts = wrapAnsi(text.trimStart(), Math.max(1, width - lead.length - 2), {hard: true, trim: true}).split('\n');
		return parts.map((part, index) => ({...line, text: `${lead}${index === 0 ? '' : '  '}${part}`}));
	});

/** Rows an overlay of `height` rows has for its lines (title and footer take two). */
export const overlayRoom = (height: number) => Math.max(1, height - 2);

/** The first line shown for a wanted scroll position. */
export const clampOverlayTop = (top: number, lines: number, height: number) => Math.max(0, Math.min(top, lines - overlayRoom(height)));

/**
 * The overlay's keys (keymap screen `overlay`) for a panel of `height` rows:
 * `scrollBy` moves the first line shown by a number of lines (the caller clamps
 * with clampOverlayTop), `close` closes it. Any other key closes it too: the
 * caller does that when runKey finds no binding.
 */
export const overlayKeyActions = (height: number, scrollBy: (lines: number) => void, close: () => void): KeyActions<'overlay'> => ({
	'overlay.down': {run: () => scrollBy(1)},
	'overlay.up': {run: () => scrollBy(-1)},
	'overlay.pageDown': {run: () => scrollBy(overlayRoom(height))},
	'overlay.pageUp': {run: () => scrollBy(-overlayRoom(height))},
	'overlay.close': {run: close},
});

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
