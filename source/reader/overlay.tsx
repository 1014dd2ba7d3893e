import {Box, Text} from 'ink';
import React from 'react';
import {safeString} from '../render/safe-text.js';
import {fitToWidth} from '../render/truncate.js';
import {textProps, type Theme} from './theme.js';

export type OverlayLine = {text: string; heading?: boolean};

/** A full-screen panel (help, problems, substitutions): a title, lines, and how to close it. Long content is cut with a count. */
export const Overlay = ({title, lines, width, height, theme}: {title: string; lines: readonly OverlayLine[]; width: number; height: number; theme: Theme}) => {
	const room = Math.max(1, height - 3);
	const shown = lines.length > room ? lines.slice(0, room - 1) : lines;
	const more = lines.length - shown.length;
	return (
		<Box flexDirection="column" height={height} width={width}>
			<Text {...textProps(theme.chrome.title)}>{fitToWidth(safeString(title), width)}</Text>
			{shown.map((line, index) => (
				<Text key={index} {...textProps(line.heading ? theme.chrome.header : theme.chrome.overlay)} wrap="truncate-end">
					{fitToWidth(safeString(line.text), width)}
				</Text>
			))}
			{more > 0 ? <Text {...textProps(theme.chrome.hint)}>{`… ${more} more (enlarge the terminal to see them)`}</Text> : null}
			<Box flexGrow={1} />
			<Text {...textProps(theme.chrome.status)}>{fitToWidth(' any key: close', width)}</Text>
		</Box>
	);
};
