import {Box, Text} from 'ink';
import React from 'react';
import {safeString} from '../render/safe-text.js';
import {fitToWidth} from '../render/truncate.js';
import {textProps, type Theme} from './theme.js';

export type OverlayLine = {text: string; heading?: boolean};

/** Rows an overlay of `height` rows has for its lines (title and footer take two). */
export const overlayRoom = (height: number) => Math.max(1, height - 2);

/** The first line shown for a wanted scroll position. */
export const clampOverlayTop = (top: number, lines: number, height: number) => Math.max(0, Math.min(top, lines - overlayRoom(height)));

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
