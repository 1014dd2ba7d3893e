import type {ArticleLabels, Excluded, LineLabel} from './label.js';
import {splitLines} from '../text/lines.js';

/**
 * The article without its chrome: title and body lines in order, each with
 * its own line terminator, and one blank line (in the article's own line
 * break style) wherever dropped or blank lines separated two kept lines, so
 * paragraphs stay paragraphs. Lines are copied as written. `paragraphPerLine`
 * (text read from HTML: each line one block element, html/extract.ts): every
 * two kept lines are two paragraphs, a blank line between them whatever was
 * dropped there — else a paragraph break showed only where chrome had been
 * removed (breaker10 H23).
 */
export const keptText = (text: string, labels: ArticleLabels, {paragraphPerLine = false}: {paragraphPerLine?: boolean} = {}): string => {
	const kept = new Set(labels.lines.filter((label) => label.kind === 'body' || label.kind === 'title').map((label) => label.n));
	// A line dropped inside a kept paragraph (an advertisement marker in a wrapped sentence) breaks no paragraph.
	const blockOf = new Map<number, number>();
	for (const label of labels.lines) if (label.block !== undefined) blockOf.set(label.n, label.block);
	const lines = splitLines(text);
	const eol = lines.find((line) => line.eol !== '')?.eol ?? '\n';
	let output = '';
	let previous = 0;
	for (const line of lines) {
		if (!kept.has(line.n)) {
			continue;
		}

		if (previous > 0) {
			const sameBlock = blockOf.get(line.n) !== undefined && blockOf.get(line.n) === blockOf.get(previous);
			output += paragraphPerLine || (line.n - previous > 1 && !sameBlock) ? eol + eol : (lines[previous - 1].eol || eol);
		}

		output += text.slice(line.start, line.end);
		previous = line.n;
	}

	return previous > 0 && lines[previous - 1].eol ? output + lines[previous - 1].eol : output;
};

/**
 * The metadata and boilerplate spans, for the comparison engine to show apart
 * and leave out: one a line, or one for all the lines of a paragraph reflowed
 * from several (`LineLabel.block`), so that a wrapped paragraph is one unit in
 * a comparison as it is one block to the labeller, whatever its width.
 */
export const excludedSpans = (labels: ArticleLabels): Excluded[] => {
	const spans: Excluded[] = [];
	let previous: LineLabel | undefined;
	for (const label of labels.lines) {
		if (label.kind === 'body' || label.kind === 'title') {
			previous = undefined;
			continue;
		}

		if (previous?.block !== undefined && previous.block === label.block) {
			spans.at(-1)!.span.end = label.span.end;
			previous = label;
			continue;
		}

		const excluded: Excluded = {span: {...label.span}, label: label.kind};
		if (label.category) {
			excluded.category = label.category;
		}

		if (label.reason) {
			excluded.reason = label.reason;
		}

		spans.push(excluded);
		previous = label;
	}

	return spans;
};
