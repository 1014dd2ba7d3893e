import {Text} from 'ink';
import React from 'react';
import {measureWidth} from '../render/safe-text.js';
import {mergeSegments, type StyledSegment} from '../render/style.js';
import {markMatches} from './split/search.js';
import {textProps, type Theme} from './theme.js';

/** Segments padded with spaces to `width` columns (never cut: the layout already fits them). */
export const padSegments = (segments: readonly StyledSegment[], width: number): StyledSegment[] => {
	const used = segments.reduce((sum, segment) => sum + measureWidth(segment.text), 0);
	return used < width ? [...segments, {text: ' '.repeat(width - used), style: 'plain'}] : [...segments];
};

/** One screen line of styled, already-safe segments; the text matching `search` (if any) drawn inverse. */
export const StyledLine = ({segments, theme, search = ''}: {segments: readonly StyledSegment[]; theme: Theme; search?: string}) => (
	<Text wrap="truncate-end">
		{markMatches(mergeSegments(segments), search).map((segment, index) => (
			<Text key={index} {...textProps(theme.text[segment.style])} {...(segment.match ? {inverse: true} : {})}>
				{segment.text}
			</Text>
		))}
	</Text>
);
