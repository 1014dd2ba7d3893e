/** A half-open range of UTF-16 code unit offsets into an article's decoded text (BOM removed). */
export type Span = {
	start: number;
	/** Exclusive. */
	end: number;
};
