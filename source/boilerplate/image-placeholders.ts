// A text browser's stand-in for an image, alone on its line: "[arrow-forw]", "[40222-bild]" (w3m writes an image as
// the first ten characters of its alt text or file name in brackets), "[INLINE]", "[IMG]" (lynx). It is never the
// story's text: on the dev pages' line labels (dragnet-train), 4,810 such lines are chrome and 6 body, each a caption
// word the derived alignment took. A rule over the labelled blocks, after the fitted decision (as number-grid.ts):
// only the placeholder's own line changes, so the model's reading of the lines around it (trained without this rule)
// stays as fitted.
import {boiler, type LineState} from './line-state.js';

/** The reason a placeholder's line carries. */
export const imagePlaceholderReason = 'image placeholder';

/** One bracketed token of at most 31 characters and no space, a letter or digit in it ("[1]" too; not "[…]", "[a b]", "[told](#)"). */
const imagePlaceholder = /^\[[^\][\s]{0,15}[\p{L}\p{N}][^\][\s]{0,15}\]$/u;

/** Whether a (trimmed) line is a text browser's placeholder for an image and nothing else. */
export const isImagePlaceholder = (line: string): boolean => line.length <= 33 && imagePlaceholder.test(line);

/** Marks every block the fitted decision kept as body that is an image placeholder alone: boilerplate (navigation). In place; linear. */
export const markImagePlaceholders = (states: LineState[]): void => {
	for (const state of states) {
		if ((state.final?.kind ?? 'body') === 'body' && isImagePlaceholder(state.f.raw)) state.final = boiler('navigation', imagePlaceholderReason);
	}
};

/** A placeholder opening a line, and the space after it: "[f87a220e9c] by Anna Reporter on March 3, 2025" (an avatar's). */
const leadingPlaceholder = /^\[[^\][\s]{0,15}[\p{L}\p{N}][^\][\s]{0,15}\]\s+(?=\S)/u;

/**
 * The line without a text browser's image placeholder opening it (a WordPress theme's gravatar before the byline, a
 * logo before a date), for the tests that read what a line says of itself (metadata.ts): the line as given otherwise.
 */
export const withoutLeadingPlaceholder = (line: string): string => (line.startsWith('[') ? line.replace(leadingPlaceholder, '') : line);
