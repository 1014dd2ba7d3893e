import test from 'ava';
import fc from 'fast-check';
import {firmDecision, menuParts} from '../../source/boilerplate/firm.js';
import {lineFeatures} from '../../source/boilerplate/features.js';
import {labelArticle} from '../../source/boilerplate/classify.js';

// The separator pattern as menus were split before white space runs were collapsed: the oracle.
const separator = /\s+[|·•]\s+|\s*[›»>/]\s+|\s+[›»>/]\s*/u;
const shape = (parts: string[]) => parts.map((part) => part.trim().split(/\s+/u).length);

const piece = fc.constantFrom('News', 'Sport', 'Culture', 'Home', 'World', 'a', 'b c', '|', '·', '•', '›', '»', '>', '/', ' ', '   ', '\t', '\u00A0', '\u3000', ' '.repeat(40));

test('menu parts: the same parts and word counts as splitting the line as written, whatever its white space', (t) => {
	fc.assert(fc.property(fc.array(piece, {maxLength: 24}), (pieces) => {
		const line = pieces.join('');
		const written = line.split(separator).filter((part) => part.trim() !== '');
		const parts = menuParts(line);
		return parts.length === written.length && shape(parts).join() === shape(written).join();
	}), {numRuns: 2000});
	t.deepEqual(menuParts('News   |   Sport | Culture'), ['News', 'Sport', 'Culture']);
	t.deepEqual(menuParts('Home   ›   World › Europe'), ['Home', 'World', 'Europe']);
});

test('a whole date beside a credit or a reading time is a date line, not a credited caption or a menu', (t) => {
	const firm = (line: string) => firmDecision(lineFeatures(line, 0, 1, 0, line.length))?.decision;
	t.deepEqual(firm('3 March 2024 | Reuters'), {kind: 'metadata', metadata: 'date', reason: 'date'});
	t.deepEqual(firm('Jane Doe · 3 March 2024 · 5 min read'), {kind: 'metadata', metadata: 'date', reason: 'date'});
	// Without a whole date they stay what they were.
	t.is(firm('Photo | Reuters')?.category, 'caption');
	t.is(firm('News · Sport · Culture')?.category, 'navigation');
});

test('a dated strip of the header still ends a run of text: the teasers above it are not grown into the article', (t) => {
	const paragraphs = [
		'The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers warned that its steel frame was corroding faster than expected.',
		'The bridge, which carries about 12,000 vehicles a day, will stay open to pedestrians and cyclists while the council looks for the money to repair it.',
	];
	// Another story's teaser and its heading above the header: the heading lies between prose only if the strip does not end the run.
	const teaser = 'Forecasters have warned that a storm will bring strong winds and heavy rain to the whole of the west coast over the weekend.';
	const heading = 'Storm warning for the west coast';
	const text = `${teaser}\n\n${heading}\n\nBy Staff • 3 March 2024 • Harbour City\n\n${paragraphs.join('\n\n')}\n`;
	const labels = labelArticle(text, undefined, undefined, {model: null});
	const kind = (line: string) => labels.lines.find((label) => text.slice(label.span.start, label.span.end) === line)?.kind;
	t.is(kind('By Staff • 3 March 2024 • Harbour City'), 'metadata');
	t.not(kind(heading), 'body');
	t.is(kind(paragraphs[0]!), 'body');
});

test('a line of megabytes that is one "word" is no marker, and labelling it does not overflow the stack (breaker11 J9)', (t) => {
	for (const letter of ['x', 'X']) {
		const labels = labelArticle(`Title\n\n${letter.repeat(4_200_000)}\n`);
		t.is(labels.lines.length, 2);
	}
});
