/**
 * What a piece of displayed text is. Renderers map these to colors (see
 * palette.ts); the layout never picks colors itself.
 */
export type SegmentStyle =
	| 'plain'
	| 'removed' // words only in the left text
	| 'added' // words only in the right text
	| 'trivial' // equal after normalisation only, when shown
	| 'moved'
	| 'rewritten-left' // a weakly similar pair, shown as blocks
	| 'rewritten-right'
	| 'boilerplate'
	| 'control' // a stand-in for an unsafe character of the text
	| 'marker' // wdiff-style [- -] {+ +} when colors are off
	| 'note'; // text the layout adds: "moved ↓ ...", boilerplate categories

export type StyledSegment = {text: string; style: SegmentStyle};

/** Merges neighbouring segments of the same style (fewer spans for the terminal). */
export const mergeSegments = (segments: readonly StyledSegment[]): StyledSegment[] => {
	const merged: StyledSegment[] = [];
	for (const segment of segments) {
		if (segment.text === '') continue;
		const last = merged[merged.length - 1];
		if (last && last.style === segment.style) merged[merged.length - 1] = {text: last.text + segment.text, style: last.style};
		else merged.push({text: segment.text, style: segment.style});
	}
	return merged;
};
