/** A half-open range of UTF-16 code unit offsets into an article's decoded text (BOM removed). */
export type Span = {
	start: number;
	/** Exclusive. */
	end: number;
};

export const spanLength = (span: Span): number => span.end - span.start;

export const sliceSpan = (text: string, span: Span): string => text.slice(span.start, span.end);
