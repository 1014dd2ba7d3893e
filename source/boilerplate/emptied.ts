// An article the labeller emptied though it holds prose: every line boilerplate or
// metadata, yet paragraph-length lines of many words among them. Stripping it
// writes nothing; a user should hear why rather than find an empty file.
import {countWords} from '../text/words.js';
import type {ArticleLabels} from './label.js';

/** A line this long (characters) is paragraph-length: menus, teasers and credits are shorter. */
const paragraphChars = 100;
/** Words in paragraph-length lines from which an emptied article is worth a warning. */
const proseWords = 150;

/**
 * The warning for an article whose labels keep no line (no body, no title) though its paragraph-length lines
 * hold `proseWords` words or more; undefined otherwise (a menu page, a gallery, an empty file). Linear in the text.
 */
export const emptiedWarning = (text: string, labels: ArticleLabels): string | undefined => {
	if (labels.lines.some((label) => label.kind === 'body' || label.kind === 'title')) return undefined;
	let words = 0;
	for (const label of labels.lines) {
		const line = text.slice(label.span.start, label.span.end).trim();
		if (line.length >= paragraphChars) words += countWords(line);
	}

	return words >= proseWords ? `every line was labelled boilerplate, though ${words.toLocaleString('en-US')} words are in paragraph-length lines: nothing of the article is kept` : undefined;
};
