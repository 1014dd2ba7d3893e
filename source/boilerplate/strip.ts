import type {ArticleLabels, Excluded} from './label.js';
import {splitLines} from '../text/lines.js';

/**
 * The article without its chrome: title and body lines in order, each with
 * its own line terminator, and one blank line (in the article's own line
 * break style) wherever dropped or blank lines separated two kept lines, so
 * paragraphs stay paragraphs. Lines are copied as written.
 */
export const keptText = (text: string, labels: ArticleLabels): string => {
	const kept = new Set(labels.lines.filter((label) => label.kind === 'body' || label.kind === 'title').map((label) => label.n));
	const lines = splitLines(text);
	const eol = lines.find((line) => line.eol !== '')?.eol ?? '\n';
	let output = '';
	let previous = 0;
	for (const line of lines) {
		if (!kept.has(line.n)) {
			continue;
		}

		if (previous > 0) {
			output += line.n - previous > 1 ? eol + eol : (lines[previous - 1].eol || eol);
		}

		output += text.slice(line.start, line.end);
		previous = line.n;
	}

	return previous > 0 && lines[previous - 1].eol ? output + lines[previous - 1].eol : output;
};

/** The metadata and boilerplate lines, for the comparison engine to show apart and leave out. */
export const excludedSpans = (labels: ArticleLabels): Excluded[] =>
	labels.lines.flatMap((label): Excluded[] => {
		if (label.kind === 'body' || label.kind === 'title') {
			return [];
		}

		const excluded: Excluded = {span: {...label.span}, label: label.kind};
		if (label.category) {
			excluded.category = label.category;
		}

		if (label.reason) {
			excluded.reason = label.reason;
		}

		return [excluded];
	});
