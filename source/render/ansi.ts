// Styled segments to SGR-escaped strings, for output that is not the Ink
// reader (`copydesk diff` in a terminal). Segments must already be safe text.
import type {Look} from './palette.js';
import type {SegmentStyle, StyledSegment} from './style.js';
import {mergeSegments} from './style.js';

const colorCodes: Record<NonNullable<Look['color']>, number> = {red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, gray: 90};
const backgroundCodes: Record<NonNullable<Look['backgroundColor']>, number> = {red: 41, green: 42};

const sgr = (look: Look): string => {
	const codes: number[] = [];
	if (look.bold) codes.push(1);
	if (look.dim) codes.push(2);
	if (look.underline) codes.push(4);
	if (look.inverse) codes.push(7);
	if (look.color) codes.push(colorCodes[look.color]);
	if (look.backgroundColor) codes.push(backgroundCodes[look.backgroundColor]);
	return codes.length > 0 ? `\u001B[${codes.join(';')}m` : '';
};

/** One line of segments with escape codes from `looks`; each styled run is reset after itself. */
export const toAnsi = (segments: readonly StyledSegment[], looks: Record<SegmentStyle, Look>): string =>
	mergeSegments(segments)
		.map(segment => {
			const open = sgr(looks[segment.style]);
			return open ? `${open}${segment.text}\u001B[0m` : segment.text;
		})
		.join('');
