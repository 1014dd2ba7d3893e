import test from 'ava';
import fc from 'fast-check';
import {textBlocks, wrapWidth} from '../../source/boilerplate/blocks.js';
import {labelArticle} from '../../source/boilerplate/classify.js';
import {keptText} from '../../source/boilerplate/strip.js';
import {foldSpaces, rewrap} from '../../bench/eval/rewrap.js';
import {compareArticles} from '../../source/compare/compare-articles.js';

/** Greedy fill at `width` columns, as `fold -s`, textwrap and text browsers do; list items get a hanging indent. */
const wrap = (line: string, width: number): string[] => {
	if (line.length <= width) {
		return [line];
	}

	const indent = /^\s*(?:•\s+)?/u.exec(line)![0].length;
	const words = line.trim().split(/\s+/u);
	const lines: string[] = [];
	let current = line.slice(0, line.length - line.trimStart().length) + words[0];
	for (const word of words.slice(1)) {
		if (current.length + 1 + word.length > width) {
			lines.push(current);
			current = ' '.repeat(indent) + word;
		} else {
			current += ` ${word}`;
		}
	}

	lines.push(current);
	return lines;
};

const wrapText = (text: string, width: number): string => text.split('\n').flatMap((line) => wrap(line, width)).join('\n');
const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();

const vocabulary = ['the', 'government', 'said', 'on', 'Tuesday', 'that', 'it', 'would', 'not', 'raise', 'taxes', 'and', 'of', 'a', 'in', 'to', 'was', 'for', 'minister', 'city', 'council', 'report', 'with', 'people', 'their', 'after', 'before', 'new', 'public', 'water', 'budget', 'which', 'they', 'have', 'been', 'by', 'at', 'from', 'year', 'health'];
const word = fc.constantFrom(...vocabulary);
const sentence = fc.array(word, {minLength: 6, maxLength: 22}).map((words) => `${words.join(' ').replace(/^./u, (c) => c.toUpperCase())}.`);
const paragraph = fc.array(sentence, {minLength: 2, maxLength: 6}).map((sentences) => sentences.join(' '));
const menu = fc.array(fc.constantFrom('Home', 'News', 'Sport', 'World', 'Business', 'Culture', 'Opinion', 'Contact'), {minLength: 2, maxLength: 6}).map((items) => items.join('\n'));
const bullets = fc.array(fc.oneof(sentence, paragraph), {minLength: 2, maxLength: 4}).map((items) => items.map((item) => `  • ${item}`).join('\n'));
const headlines = fc.array(fc.array(word, {minLength: 4, maxLength: 9}), {minLength: 3, maxLength: 5}).map((items) => items.map((words) => `  • ${words.join(' ')}`).join('\n'));

/** A page as w3m dumps it unwrapped: menu, headline, article paragraphs (a list among them), headline list, footer. */
const page = fc.record({
	menu,
	title: fc.array(word, {minLength: 5, maxLength: 10}).map((words) => words.join(' ')),
	body: fc.array(fc.oneof({weight: 4, arbitrary: paragraph}, {weight: 1, arbitrary: bullets}), {minLength: 4, maxLength: 9}),
	headlines,
}).map(({menu, title, body, headlines}) => [menu, title, ...body, 'Most read', headlines, '© 2024 The Daily Example. All rights reserved.'].join('\n\n'));

test('the same page wrapped at 72, 80 or 10,000 columns keeps the same text', (t) => {
	fc.assert(fc.property(page, (text) => {
		const unwrapped = squash(keptText(text, labelArticle(text)));
		for (const width of [72, 80]) {
			const wrapped = wrapText(text, width);
			t.is(squash(keptText(wrapped, labelArticle(wrapped))), unwrapped, `at ${width} columns`);
		}
	}), {numRuns: 60});
});

/** How a wrapper measures a line: code points (textwrap), terminal columns (w3m, lynx, mail clients: wide characters two) or UTF-8 bytes (fold, fmt). */
type Unit = 'points' | 'columns' | 'bytes';
const lengthIn = (text: string, unit: Unit): number =>
	unit === 'bytes' ? Buffer.byteLength(text) : [...text].reduce((sum, char) => sum + (unit === 'columns' && /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]/u.test(char) ? 2 : 1), 0);

/**
 * A greedy filler as the wrapping tools users meet write it: in `unit`; continuations at the margin (`fold`, e-mail
 * clients, textwrap) or with the line's indentation (w3m, lynx); the space broken at left at the end of the line
 * (`fold -s`, format=flowed mail) or dropped; lines broken after a hyphen inside a word too (textwrap).
 */
const greedy = ({unit, indent, trailing, hyphens}: {unit: Unit; indent: boolean; trailing: boolean; hyphens: boolean}) => (text: string, width: number): string =>
	text.split('\n').flatMap((line) => {
		if (lengthIn(line, unit) <= width) return [line];
		const lead = /^[ \t]*/u.exec(line)![0];
		const continuation = indent && lead.length < width / 2 ? lead : '';
		// Chunks and whether a space came before each: "well-known" is "well-", "known" with none between.
		const chunks = line.slice(lead.length).split(/ +/u).filter(Boolean).flatMap((word) => (hyphens ? word.split(/(?<=\p{L}-)(?=\p{L})/u) : [word]).map((chunk, k) => ({chunk, space: k === 0})));
		const out: string[] = [];
		let current = lead + chunks[0].chunk;
		for (const {chunk, space} of chunks.slice(1)) {
			const candidate = current + (space ? ' ' : '') + chunk;
			if (lengthIn(candidate, unit) > width) {
				out.push(current + (trailing && space ? ' ' : ''));
				current = continuation + chunk;
			} else {
				current = candidate;
			}
		}

		out.push(current);
		return out;
	}).join('\n');

/** lynx -dump's layout: every paragraph set three columns in, its continuations too, filled without trailing spaces. */
const lynx = (text: string, width: number): string =>
	greedy({unit: 'columns', indent: true, trailing: false, hyphens: false})(text.split('\n').map((line) => (line.trim() === '' ? line : `   ${line}`)).join('\n'), width);

/** The wraps a user makes of a page dump: folded, re-filled by Python's textwrap, dumped by a text browser at a width, sent as flowed mail. */
const wrappers: Array<[string, (text: string, width: number) => string]> = [
	['fold -s', (text, width) => new TextDecoder().decode(foldSpaces(new TextEncoder().encode(text), width))],
	['textwrap', greedy({unit: 'points', indent: false, trailing: false, hyphens: true})],
	['w3m', greedy({unit: 'columns', indent: true, trailing: false, hyphens: false})],
	['lynx', lynx],
	['mail', greedy({unit: 'columns', indent: false, trailing: true, hyphens: false})],
];

/** Words of real dev pages' shapes: accents and curly quotes (two or three bytes each), a year or a figure that may open a line, compounds with hyphens. */
const realWord = fc.oneof(
	{weight: 3, arbitrary: word},
	{weight: 2, arbitrary: fc.constantFrom('según', 'recibió', 'Fiscalía', 'país', 'dólares', 'alegación', 'über', 'Straße', 'année', 'déclaré', '“JOH”', '‘El Chapo’', 'anti-imperialist', 'well-known', 'Maji-Maji-Allee', '1905', '100%', '450,000', '30 B.C.', 'Tuesday,')},
);
const realSentence = fc.array(realWord, {minLength: 6, maxLength: 24}).map((words) => `${words.join(' ').replace(/^./u, (c) => c.toUpperCase())}.`);
const realParagraph = fc.tuple(fc.array(realSentence, {minLength: 1, maxLength: 6}), fc.constantFrom('', '', '', '    '), fc.constantFrom('', '', ' ', '  ')).map(([sentences, lead, tail]) => lead + sentences.join(' ') + tail);

/** A page as w3m dumps it unwrapped, with paragraphs shaped like the dev pages': non-ASCII words, indented paragraphs, trailing spaces, years. */
const realPage = fc.record({
	menu,
	title: fc.array(word, {minLength: 5, maxLength: 10}).map((words) => words.join(' ')),
	body: fc.array(fc.oneof({weight: 4, arbitrary: realParagraph}, {weight: 1, arbitrary: bullets}), {minLength: 4, maxLength: 9}),
	headlines,
}).map(({menu, title, body, headlines}) => [menu, title, ...body, 'Most read', headlines, '© 2024 The Daily Example. All rights reserved.'].join('\n\n'));

/** A separator rule as w3m draws one across a wide page: longer than any wrap width, no space in it, of ASCII or of box-drawing characters (three bytes each). */
const rule = fc.tuple(fc.constantFrom('━', '─', '═', '-', '='), fc.integer({min: 90, max: 400})).map(([char, length]) => char.repeat(length));

/**
 * A row of a table as w3m lays it out on a wide page: cells of a few words, each padded with spaces to its
 * column (from a few to hundreds: wider than any wrap width), the row sometimes padded after its last cell too.
 */
const tableRow = fc.tuple(
	fc.array(fc.tuple(fc.array(realWord, {minLength: 1, maxLength: 5}).map((words) => words.join(' ')), fc.oneof(fc.integer({min: 3, max: 30}), fc.integer({min: 60, max: 400}))), {minLength: 2, maxLength: 4}),
	fc.constantFrom(0, 0, 5, 250),
).map(([cells, after]) => cells.map(([cell, pad], k) => (k === cells.length - 1 ? cell : cell + ' '.repeat(pad))).join('') + ' '.repeat(after));

/** An image's name, longer than any wrap width and without a space: w3m, lynx and textwrap set it on a line of its own. */
const longName = fc.array(fc.constantFrom('BBN', 'RESIZES', '1000X1000', 'e1649285809954', 'Belize', 'Oregon', 'Social', 'media', 'tbwagAAAAAAAAAAAAAAAAAAAAAAAAAIA3T7AAAZRBGFwAAAAASUVORK5'), {minLength: 6, maxLength: 10}).map((parts) => `[${parts.join('-')}]`).filter((name) => name.length > 90);
/** A list item whose only text is such a name: wrapped, its marker stays alone on the line above it. */
const imageItems = fc.array(longName, {minLength: 2, maxLength: 4}).map((names) => names.map((name) => `  • ${name}`).join('\n'));
/** A line with a short tail without letters, which a wrap may set alone: "!", "(...)", a table's "│", "+++". */
const tailedLine = fc.tuple(fc.array(realWord, {minLength: 14, maxLength: 30}), fc.constantFrom('!', '(...)', '…', '│', '+++', ':-)')).map(([words, tail]) => `${words.join(' ')} ${tail}`);
/** A run of links set between separators on one line: a wrap may open a line with the separator. */
const inlineRun = fc.tuple(fc.array(fc.array(realWord, {minLength: 1, maxLength: 3}).map((words) => words.join(' ')), {minLength: 8, maxLength: 16}), fc.constantFrom(' | ', ' · ', ' □ ', ' • ')).map(([items, separator]) => items.join(separator));
/** A pingback or a post's byline ending in its time: a wrap may leave the time, or "um" and the time, alone. */
const timedLine = fc.tuple(fc.array(realWord, {minLength: 8, maxLength: 20}), fc.constantFrom('am 07.08.09 um 10:25', '22. Juni 2018 um 16:11 Uhr - Antworten', 'Last Modified: 03-10-2004 2:20pm', 'November 8, 2023 | 2:08 pm')).map(([words, time]) => `Pingback von ${words.join(' ')} ${time}`);

/**
 * realPage with the furniture whose wrapping broke real dumps apart: separator rules and wide table rows among
 * the parts, list items of an image's long name alone, lines with a tail without letters, runs of links between
 * separators and lines that end with a time. Its article has three paragraphs of three sentences or more, as the dev pages' do: a page with
 * fewer than three lines filled to the width is read at the text browsers' 80 columns (wrapWidth).
 */
const furnishedPage = fc.record({
	menu,
	title: fc.array(word, {minLength: 5, maxLength: 10}).map((words) => words.join(' ')),
	body: fc.tuple(
		fc.array(fc.array(realSentence, {minLength: 3, maxLength: 6}).map((sentences) => sentences.join(' ')), {minLength: 3, maxLength: 6}),
		fc.array(fc.oneof(realParagraph, bullets, rule, tableRow, imageItems, tailedLine, inlineRun, timedLine), {maxLength: 6}),
	).chain(([paragraphs, furniture]) => fc.shuffledSubarray([...paragraphs, ...furniture], {minLength: paragraphs.length + furniture.length})),
	headlines,
	rules: fc.tuple(rule, rule),
}).map(({menu, title, body, headlines, rules}) => [menu, rules[0], title, ...body, rules[1], 'Most read', headlines, '© 2024 The Daily Example. All rights reserved.'].join('\n\n'));

/** Letters and digits only: what a wrapper cannot change, though it cut a rule or a character in two. */
const wordCharacters = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '');

test('every line of a page is one block however it is wrapped: rules cut by fold at the width are one block too', (t) => {
	fc.assert(fc.property(furnishedPage, fc.constantFrom(...wrappers), fc.constantFrom(72, 80), (text, [, wrapper], width) => {
		const lines = text.split('\n').filter((line) => line.trim() !== '').map(wordCharacters);
		const blocks = textBlocks(wrapper(text, width)).map((block) => wordCharacters(block.text));
		// A boolean, so fast-check shrinks a failure to the smallest page that shows it.
		return blocks.length === lines.length && blocks.every((block, k) => block === lines[k]);
	}), {numRuns: 80, ...(process.env['FUZZ_SEED'] ? {seed: Number(process.env['FUZZ_SEED'])} : {})});
	t.pass();
});

/** What comment furniture looks like, ending a line of running text (a byline's date, "Updated ..."): the last line of a folded one may be just that. */
const furnitureWords = fc.constantFrom('at 6:07 am', '2:30 PM', 'Updated Nov 07, 2012 at 02:56am IST', '6th, 2012, 17:41 GMT', '3 hours ago', 'Reply');
const datedParagraph = fc.tuple(fc.array(realWord, {minLength: 8, maxLength: 40}), furnitureWords).map(([words, furniture]) => `Posted by ${words.join(' ')} ${furniture}`);

test('in a flowed text (fold -s, format=flowed mail) a line that opens with a time, a date or "Reply" after a soft break continues its paragraph', (t) => {
	const flowed = wrappers.filter(([name]) => name === 'fold -s' || name === 'mail');
	fc.assert(fc.property(furnishedPage, fc.array(datedParagraph, {minLength: 1, maxLength: 4}), fc.constantFrom(...flowed), fc.constantFrom(72, 80), (page, dated, [, wrapper], width) => {
		const text = `${page}\n\n${dated.join('\n\n')}`;
		const lines = text.split('\n').filter((line) => line.trim() !== '').map(wordCharacters);
		const blocks = textBlocks(wrapper(text, width)).map((block) => wordCharacters(block.text));
		return blocks.length === lines.length && blocks.every((block, k) => block === lines[k]);
	}), {numRuns: 60});
	t.pass();
});

test('a table row padded past the width (w3m at 10,000 columns) and folded by fold -s is one block with the text of the row', (t) => {
	const sentence = 'The council said on Tuesday that it would not raise taxes for the new year, and the minister agreed with them.';
	const row = `October 14th, 2012 at 4:51 pm${' '.repeat(300)}Jane Doe${' '.repeat(45)}Reply to this comment${' '.repeat(200)}`;
	const text = ['Home', 'News', `${sentence} ${sentence}`, row, `${sentence} ${sentence} ${sentence}`, `${sentence} ${sentence}`].join('\n');
	const folded = new TextDecoder().decode(foldSpaces(new TextEncoder().encode(text), 80));
	const blocks = textBlocks(folded);
	t.deepEqual(blocks.map((block) => block.text), text.split('\n').map((line) => line.trim()));
	// The block spans the pieces of the run it ended with: the next block starts on the next line, as unwrapped.
	t.is(blocks[4].n, blocks[3].lastN + 1);
	t.true(blocks[3].lines.every((line) => folded.slice(line.start, line.end).trim() !== ''));
});

test('a rule of box-drawing characters folded at 80 bytes (cut inside characters) is one block, and the page keeps the same text', (t) => {
	const sentence = 'The council said on Tuesday that it would not raise taxes for the new year, and the minister agreed with them.';
	const text = ['Home', 'News', '━'.repeat(300), 'Council keeps taxes where they are', `${sentence} ${sentence}`, '─'.repeat(250), `${sentence} ${sentence} ${sentence}`, '© 2024 The Daily Example. All rights reserved.'].join('\n');
	const folded = new TextDecoder().decode(foldSpaces(new TextEncoder().encode(text), 80));
	t.true(folded.includes('\uFFFD'));
	t.is(textBlocks(folded).length, 8);
	t.is(letters(keptText(folded, labelArticle(folded))), letters(keptText(text, labelArticle(text))));
});

test('a piece of a cut rule with text after it ("��━━━  2012 J F M") does not make the width read past it: indented paragraphs folded at 80 bytes are one block each (breaker12 K5)', (t) => {
	const indent = ' '.repeat(25);
	const paragraph = (n: number) => `${indent}${Array.from({length: 6}, (_, k) => `Phrase ${k + 1} du paragraphe ${n} : le conseil a décidé mercredi de ne pas élever les impôts l'année prochaine.`).join(' ')}`;
	// A comment thread set apart by rules, and an archive box: a rule, then its year and months on one line after it (as w3m lays them out).
	const comments = Array.from({length: 8}, () => [`${indent}${'━'.repeat(60)}`, '', `${indent}Un commentaire.`, '']).flat();
	const archive = (year: number) => `${indent}${'━'.repeat(70)}   ${year} J F M A M J J A S O N D`;
	const text = [paragraph(1), '', paragraph(2), '', ...comments, archive(2012), '', paragraph(3), '', archive(2006), '', paragraph(4)].join('\n');
	const folded = new TextDecoder().decode(foldSpaces(new TextEncoder().encode(text), 80));
	t.true(folded.split('\n').some((line) => line.startsWith('\uFFFD\uFFFD') && line.includes('2012')));
	t.true(wrapWidth(folded.split('\n'))! <= 80);
	const paragraphs = textBlocks(folded).filter((block) => block.text.includes('Phrase'));
	t.is(paragraphs.length, 4);
	t.true(paragraphs.every((block) => block.text.startsWith('Phrase 1') && block.text.endsWith("l'année prochaine.") && block.text.split('Phrase').length === 7));
});

/** The text with no white space at all: a wrapper may cut a word at a hyphen, and kept lines are copied as written. */
const letters = (text: string): string => text.replace(/\s+/gu, '');

test('a page shaped like the dev pages keeps the same text and compares identical when folded, filled, dumped or mailed at 60, 66, 72 or 80 columns', (t) => {
	fc.assert(fc.property(realPage, fc.constantFrom(...wrappers), fc.constantFrom(60, 66, 72, 80), (text, [name, wrapper], width) => {
		const labels = labelArticle(text);
		const wrapped = wrapper(text, width);
		const wrappedLabels = labelArticle(wrapped);
		t.is(letters(keptText(wrapped, wrappedLabels)), letters(keptText(text, labels)), `${name} at ${width}`);
		const comparison = compareArticles({text, labels}, {text: wrapped, labels: wrappedLabels});
		t.is(comparison.changes, 0, `${name} at ${width}: ${comparison.relation}`);
	}), {numRuns: 60});
});

test('wrapped blocks are the unwrapped lines, and every line of a block is labelled with its own span', (t) => {
	fc.assert(fc.property(page, (text) => {
		const lines = text.split('\n').filter((line) => line.trim() !== '').map(squash);
		const wrapped = wrapText(text, 80);
		t.deepEqual(textBlocks(wrapped).map((block) => squash(block.text)), lines);
		const labels = labelArticle(wrapped);
		t.is(labels.lines.length, wrapped.split('\n').filter((line) => line.trim() !== '').length);
		for (const label of labels.lines) {
			t.is(wrapped.slice(label.span.start, label.span.end), wrapped.split('\n')[label.n - 1]);
		}
	}), {numRuns: 40});
});

test('an unwrapped text has no wrap width: each non-blank line is a block', (t) => {
	const text = 'Home\nNews\n\nA first paragraph that is long enough to be prose, and it goes on for a while longer than eighty columns do.\nA second one.\n';
	t.is(wrapWidth(text.split('\n')), undefined);
	t.deepEqual(textBlocks(text).map((block) => block.text), ['Home', 'News', 'A first paragraph that is long enough to be prose, and it goes on for a while longer than eighty columns do.', 'A second one.']);
});

test('a wrapped paragraph is one block spanning its lines; a bullet or a blank line starts another', (t) => {
	const paragraph = 'The council said on Tuesday that it would not raise taxes for the new year, and the minister agreed with the report that the city had published before the budget was set. The people of the city have been waiting for a decision on public water for a year.';
	const text = `${wrapText(paragraph, 60)}\n\n${wrapText(`  • ${paragraph}`, 60)}\n  • Second item\n\nEnd.`;
	const blocks = textBlocks(text);
	t.is(wrapWidth(text.split('\n')), 60);
	t.deepEqual(blocks.map((block) => block.text), [paragraph, `• ${paragraph}`, '• Second item', 'End.']);
	t.is(blocks[0].n, 1);
	t.true(blocks[0].lastN > 3);
	t.is(text.slice(blocks[0].start, blocks[0].end).replace(/\n/gu, ' '), paragraph);
});

test('a no-break space opening a paragraph is part of its text, not of its indentation: the wrapped lines still join', (t) => {
	const paragraph = `\u00a0 ${'The council said on Tuesday that it would not raise taxes for the new year, and the minister agreed with the report that the city had published before the budget was set.'.repeat(2)}`;
	const other = 'End of the story.';
	// Wrapped as wrapping tools do: at ASCII spaces only, each continuation with its line's indentation.
	const text = rewrap([`    ${paragraph}`, `    ${other}`].join('\n'), 60);
	const wrapped = text.split('\n');
	t.true(wrapped.every((line) => [...line].length <= 60));
	t.deepEqual(textBlocks(text).map((block) => block.text), [paragraph.trim(), other]);
});

test('a separator rule stands alone after a line as before it: the text under it starts a block', (t) => {
	const sentence = 'The council said on Tuesday that it would not raise taxes for the new year, and the minister agreed.';
	const rule = '━'.repeat(120);
	const text = rewrap([sentence, sentence, rule, sentence].join('\n'), 60);
	t.deepEqual(textBlocks(text).map((block) => block.text), [sentence, sentence, rule, sentence]);
});

test('the wrap width counts code points, not UTF-16 units, up to the last visible character: astral characters are one, trailing spaces none', (t) => {
	// Wrapped at 40 columns; two lines carry emoji (two UTF-16 units each), all carry trailing blanks as wide dumps do.
	const lines = [
		`${'😀'.repeat(5)} ${'a'.repeat(34)}${' '.repeat(1000)}`,
		`${'b'.repeat(19)} ${'c'.repeat(20)}\t `,
		`${'d'.repeat(19)} ${'😀'.repeat(20)}  `,
		`${'e'.repeat(19)} ${'f'.repeat(20)}`,
		'the end.',
	];
	t.is(wrapWidth(lines), 40);
	// A line of spaces and tabs alone is blank, not breakable.
	t.is(wrapWidth([...lines.slice(0, 4), ` \t ${' '.repeat(60)}`, 'the end.']), 40);
});

// A comment thread dumped without blank lines (lynx, e-mail digests): each comment's header and furniture sit
// on their own lines right under the comment before. When that comment fills its last line, the break test
// alone would join "Reply" or "Tom Baker says:" to it, and the thread's repeated units would be lost.
const short = ['and', 'so', 'it', 'is', 'now', 'for', 'all', 'of', 'us', 'too', 'as', 'we', 'say'];
/** `opening` grown with short words until, wrapped at `width`, its last line ends within three columns of the width. */
const filling = (opening: string, width: number): string => {
	let text = opening;
	for (let k = 0; k < 400; k++) {
		const last = wrap(`${text}.`, width).at(-1)!;
		if (last.length >= width - 3) {
			return `${text}.`;
		}

		text += ` ${short[k % short.length]}`;
	}

	throw new Error('no filling');
};

const commentOpenings = [
	['Jane Miller says:', '3 hours ago', 'I cross that bridge every morning on my way to work and I have been saying for years that it was not safe'],
	['Tom Baker says:', '2 hours ago', 'The council should have found the money years ago instead of spending it on the new town hall'],
	['Priya Shah says:', '1 hour ago', 'My shop is right next to the bridge and I have no idea how my customers are going to reach me during the works'],
	['Sam Olsen says:', '40 minutes ago', 'A free bus across the river is the least they could do given how long they have known about the rust'],
];
const bridgeArticle = [
	'The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers warned that its steel frame was corroding faster than they had expected.',
	'The bridge, which carries about 12,000 vehicles a day, will stay open to pedestrians and cyclists while the council looks for the money to repair it, a process officials said could take several years.',
	'Shop owners on both sides of the river said they were worried that the closure would keep customers away, and asked the council to run a free bus across the water during the works.',
];

test('a comment header or "Reply" under a comment that filled its last line starts a block: the thread is removed at any width', (t) => {
	for (const width of [72, 80]) {
		const comments = commentOpenings.map(([name, age, opening]) => [name, age, filling(opening, width)]);
		const thread = comments.map(([name, age, comment]) => `${name}\n${age}\n${comment}\nReply`).join('\n');
		const text = wrapText(`Home\nNews\n\nHarbour bridge to close to cars\n\n${bridgeArticle.join('\n\n')}\n\n4 comments\n\n${thread}\n\n© 2025 The Coast Courier`, width);
		const lines = text.split('\n');
		// The fault is exercised: the line above each "Reply" fills the width.
		t.true(lines.filter((line, i) => lines[i + 1] === 'Reply').every((line) => line.length > width - 5));
		const blocks = textBlocks(text).map((block) => block.text);
		t.is(blocks.filter((block) => block === 'Reply').length, comments.length, `at ${width} columns`);
		for (const [name] of comments) {
			t.true(blocks.includes(name), `${name} at ${width}`);
		}

		const kept = squash(keptText(text, labelArticle(text)));
		for (const paragraph of bridgeArticle) {
			t.true(kept.includes(paragraph), `${paragraph} at ${width}`);
		}

		for (const [, , comment] of comments) {
			t.false(kept.includes(comment.slice(0, 40)), `${comment} at ${width}`);
		}
	}
});

// One paragraph a line, no blank lines, lines of like length: read as wrapped at the longest line's width.
const paragraphs = [
	'Heavy monsoon rain flooded large parts of the city on Tuesday, forcing dozens of garment factories to close and leaving thousands of workers without pay for the day.',
	'The drainage system, which officials have promised to upgrade for years, failed within hours as the water rose above knee height in several industrial districts.',
	'Factory owners said they expected the closures to last at least until Thursday, when forecasters predict that the rain will ease across the region.',
	'Workers groups urged the government to guarantee wages for the lost days, arguing that most employees live from one pay packet to the next.',
];

test('a reading cue or a line of share links under a paragraph that filled its line starts its own block, and is chrome', (t) => {
	for (const cue of ['Related: Rana Plaza survivors still waiting for compensation', 'Related article: Ten years after the collapse', 'READ MORE: Ten years after the collapse', 'Lire aussi : les survivants attendent toujours', 'Lesen Sie auch: Die Überlebenden warten noch', 'Share on Facebook  Share on Twitter  Email']) {
		const text = ['Floods close factories', 'By Anna Writer', paragraphs[0], paragraphs[1], cue, paragraphs[2], paragraphs[3]].join('\n');
		t.true(wrapWidth(text.split('\n')) !== undefined, 'the text reads as wrapped');
		t.true(textBlocks(text).some((block) => block.text === cue), cue);
		const labels = labelArticle(text);
		t.is(labels.lines.find((line) => line.n === 5)?.kind, 'boilerplate', cue);
		t.is(labels.lines.find((line) => line.n === 4)?.kind, 'body', cue);
	}
});

test('share links right under the byline are chrome', (t) => {
	const text = ['Floods close factories', 'By Anna Writer', 'Share on Facebook  Share on Twitter  Email', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
	const share = labelArticle(text).lines.find((line) => line.n === 3);
	t.is(share?.kind, 'boilerplate');
	t.is(share?.category, 'share');
});

test('a copyright line under the last paragraph that filled its line is not joined to it: the paragraph is never a copyright notice', (t) => {
	const lines = [
		'Floods close garment factories',
		'It was the worst flood in the city for a decade, and officials said more rain was expected.',
		'A dozen garment factories closed on Tuesday as water rose above knee height in the districts.',
		'The drainage system, which officials had promised to upgrade for years, failed within hours.',
		'It is said most workers live from one pay packet to the next and cannot lose a day.',
		"Bangladesh's garment industry, worth $35 billion a year, employs about four million people there.",
	];
	for (const footer of ['© Daily Example', 'Copyright 2026 Daily Example. All rights reserved.']) {
		const labels = labelArticle([...lines, footer].join('\n'));
		t.is(labels.lines.find((line) => line.n === 6)?.kind, 'body', footer);
		const notice = labels.lines.find((line) => line.n === 7);
		t.is(notice?.kind, 'boilerplate', footer);
		t.is(notice?.category, 'legal', footer);
	}
});

test('a line of share links under a paragraph that ends with a danda starts its own block: a sentence ends in any script', (t) => {
	// Hindi paragraphs, one a line and of like length, so the text reads as wrapped; the second ends with "।" and fills its line.
	const hindi = [
		'मंगलवार को भारी मानसूनी बारिश से शहर के बड़े हिस्से में पानी भर गया, जिससे दर्जनों कपड़ा कारखाने बंद हो गए और हज़ारों मज़दूरों को दिन भर की मज़दूरी नहीं मिली।',
		'अधिकारियों ने वर्षों से जल निकासी व्यवस्था को सुधारने का वादा किया था, लेकिन कई औद्योगिक इलाकों में पानी घुटनों से ऊपर चढ़ने पर वह कुछ ही घंटों में पूरी तरह विफल हो गई।',
		'कारखाना मालिकों ने कहा कि उन्हें उम्मीद है कि बंदी कम से कम गुरुवार तक चलेगी, जब मौसम विभाग ने पूरे क्षेत्र में बारिश कम होने का अनुमान लगाया है और सड़कें खुलेंगी।',
		'मज़दूर संगठनों ने सरकार से खोए हुए दिनों की मज़दूरी की गारंटी देने का आग्रह किया, क्योंकि अधिकतर कर्मचारी एक वेतन से दूसरे वेतन तक किसी तरह जीते हैं और बचत नहीं कर पाते।',
	];
	const cue = 'Share on Facebook  Share on Twitter  Email';
	const text = ['बाढ़ से कारखाने बंद', 'अन्ना लेखक द्वारा', hindi[0], hindi[1], cue, hindi[2], hindi[3]].join('\n');
	t.true(wrapWidth(text.split('\n')) !== undefined, 'the text reads as wrapped');
	t.true(textBlocks(text).some((block) => block.text === cue));
	t.true(textBlocks(text).some((block) => block.text === hindi[1]));
});

test('reflow false: every non-blank line is its own block, even in a text that reads as wrapped', (t) => {
	const text = ['Floods close factories', 'By Anna Writer', ...paragraphs].join('\n');
	t.true(wrapWidth(text.split('\n')) !== undefined, 'the text reads as wrapped');
	t.true(textBlocks(text).length < 6);
	t.deepEqual(textBlocks(text, {reflow: false}).map((block) => block.text), ['Floods close factories', 'By Anna Writer', ...paragraphs]);
});

test('a quoted e-mail ("> " at 72 columns, ">" between paragraphs) reflows as its letter: same blocks, same labels, no change but the quote marks between paragraphs', (t) => {
	const letter = [
		'Most readers never notice how much work a careful copy editor puts into a single page of the newspaper.',
		'If you want to delight, if you want to create a remarkable experience, if you want people to talk about you, the secret is simple: give them more than they expected, every single time they come back to you.',
		'The council said on Tuesday that the new bridge across the river would open to traffic in the spring, two months later than planned, because of the wet winter and a shortage of steel.',
		'Officials promised that the old ferry would keep running until then, at the same fares, and that residents would be told of any change at least a week before it happened.',
	];
	const text = letter.join('\n\n');
	const quoted = letter.map((paragraph) => wrap(paragraph, 70).map((line) => `> ${line}`).join('\n')).join('\n>\n');
	t.deepEqual(textBlocks(quoted).map((block) => block.text.replace(/^>\s*/u, '')), letter);
	const labels = labelArticle(text);
	const quotedLabels = labelArticle(quoted);
	t.is(letters(keptText(quoted, quotedLabels)).replaceAll('>', ''), letters(keptText(text, labels)));
	// A ">" line between two paragraphs is a row of its own (every character of a text lies in a row:
	// compare/properties.ts), so the comparison shows the three separators and nothing else.
	const comparison = compareArticles({text, labels}, {text: quoted, labels: quotedLabels});
	t.is(comparison.changes, letter.length - 1, comparison.relation);
	t.is(comparison.relation, 'verbatim');
});

/** `opening` grown with "so" and "a" to exactly `width` columns, so that a wrap at `width` sets whatever follows on the next line. */
const toWidth = (opening: string, width: number): string => {
	let text = opening;
	while (text.length < width - 2) text += ' so';
	while (text.length < width) text += text.length === width - 1 ? 'o' : ' a';
	return text.slice(0, width);
};

// The kinds of line that a wrap without trailing spaces (textwrap, fmt, w3m and lynx at 80) broke apart or
// glued together on the dev pages, each written the way a page dump has it: one line each, unwrapped.
const wrapKinds: Array<[string, string[], string]> = [
	['a list item of an image\'s long name (its marker left alone above it)', ['  • [tbwag-RESIZES-1000X1000-e1649285809954-Breaking-Belize-News-800x800-Pixels-Mag1-Social-media]', '  • [tbwag-RESIZES-400-e1649285809954-Hankook-Caribbean-Tire-Ad-Oregon-Social-media-for-Webs]'], '  •'],
	['a line whose tail has no letters ("!")', [`${toWidth('Thanks for all the recipes that we have enjoyed so far, hope you like them', 80)} !`], '!'],
	['a line whose tail has no letters ("(...)")', [`${toWidth('  • Statements and texts of unions, coordinations, associations and societies', 80).slice(0, 80)} (...)`], '(...)'],
	['two rules longer than the width, one under the other', ['─'.repeat(120), '─'.repeat(120), 'The council said on Tuesday that it would not raise taxes.'], '─'.repeat(120)],
	['a run of links whose separator opens a line', [`${toWidth('Verbände □ Anbau & Ernte □ Getreide- und Futtermittelbörse □ Jura □ Hafer', 80)} □ Praktikant(in) □ Kooperationen`], '□ Praktikant(in) □ Kooperationen'],
	['a row of links cut before a "|"', [`${toWidth('Imprint | Terms of Use | Newsletter | Contact | Advertising | Data protection', 80)} | Cookie settings`], '| Cookie settings'],
	['a byline cut before its time', [`${toWidth('Comment by the crime diary | Episode 10 | crimeblog.example on 07.08.09 at', 80).replace(/ (?:so|a|o)+$/u, '').padEnd(80, 'x')} 10:25`], '10:25'],
];

test('a page wrapped without trailing spaces keeps each of its lines one block, whatever the line holds: a marker alone, a tail without letters, rules, separators, a time', (t) => {
	for (const [name, lines, alone] of wrapKinds) {
		// Paragraphs of an article around the line, as on a page: their wrapped lines tell the width.
		const text = ['Home', 'News', '', bridgeArticle[0], '', ...lines, '', ...bridgeArticle.slice(1)].join('\n');
		const wrapped = greedy({unit: 'columns', indent: true, trailing: false, hyphens: false})(text, 80);
		// The fault is exercised: the wrap set that piece on a line of its own.
		t.true(wrapped.split('\n').some((line) => line.trim() === alone.trim()), `${name}: ${wrapped}`);
		t.deepEqual(textBlocks(wrapped).map((block) => wordCharacters(block.text)), text.split('\n').filter((line) => line.trim() !== '').map(wordCharacters), name);
	}
});

// A blog page as w3m dumps it: a name, a tagline, lists of links and short lines, and a post of three paragraphs,
// the only lines long enough to be wrapped: too few filled lines against the list items to measure the width.
const listPage = [
	'Example Blog', '', 'Notes on marketing, respect and the ways ideas spread.', '', 'For more, check out these links:', '',
	...['Subscribe to the daily posts', 'Back to the home page for this blog', 'Check out the books of the author', 'Visit the archives (more than 2,500 posts)', 'The author on the encyclopedia', 'Talks, videos and interviews'].map((item) => `  • ${item}`),
	'', 'Don\'t Miss a Thing', 'Free updates by email', '', 'Enter your email address', '',
	...['The other blog of the author', 'Books by the author', 'The main blog of the author', 'Lenses and pages of the author', 'A list of the recent posts here'].map((item) => `  • ${item}`),
	'', 'Recent posts', '',
	...Array.from({length: 24}, (_, i) => `  • ${['Why the small audience wins', 'The job and the work itself', 'When the deadline is product', 'Nobody reads the manual now'][i % 4]} (${i + 10})`),
	'', 'Two deadlines (and a read)', '',
	'The application deadline for my free college student summer seminar is on friday morning, so please remind any college students you know that they are almost out of time and that the seminar is worth it.',
	'',
	'The project I launched last month is almost over, and the thing to get that is not yet sold out is the oversized book of the best posts, which is turning out to be really special and worth the wait.',
	'',
	'I am really enjoying the new book of a writer I admire, and it is always a treat when he publishes something new, because his books are a pleasure to read from the first page to the last one.',
	'', 'Posted by the author on April 23, 2013', '', 'Permalink', '',
].join('\n');

test('a page of lists and short lines folded at 60 or 72 columns is measured at its wrap, and its paragraphs stay one block each', (t) => {
	const paragraphs = listPage.split('\n').filter((line) => line.length > 100).map(wordCharacters);
	for (const width of [60, 66, 72]) {
		const folded = new TextDecoder().decode(foldSpaces(new TextEncoder().encode(listPage), width));
		const measured = wrapWidth(folded.split('\n'));
		t.true(measured !== undefined && measured <= width && measured > width - 3, `measured ${measured} at ${width}`);
		const blocks = textBlocks(folded).map((block) => wordCharacters(block.text));
		for (const paragraph of paragraphs) t.true(blocks.includes(paragraph), `at ${width}: ${paragraph.slice(0, 30)}`);
		t.is(squash(keptText(folded, labelArticle(folded))), squash(keptText(listPage, labelArticle(listPage))), `at ${width}`);
	}
});

test('a list item that fmt -s split short of the width (it balances lines around a narrower goal) is one block with its rest', (t) => {
	const item = '  • Sharon, is this the perfect gift? Give an original painting for under $400 - 22.6% (UK) / 17.4% (Canada) / 14.2% (USA)';
	const text = ['Home', '', bridgeArticle[0], '', '  • Copywriting Ebook Giveaway! – 15.7%', item, '  • Sharon, have you read this book? – 18.0%', '', ...bridgeArticle.slice(1)].join('\n');
	const wrapped = greedy({unit: 'columns', indent: false, trailing: false, hyphens: false})(text, 72)
		// fmt -s: the item's own indentation on its continuation, the break where fmt's goal put it.
		.replace(/^ {2}• Sharon, is this the perfect gift\?.*\n.*$/mu, '  • Sharon, is this the perfect gift? Give an original painting\n  for under $400 - 22.6% (UK) / 17.4% (Canada) / 14.2% (USA)');
	t.true(wrapped.includes('painting\n  for under'));
	t.true(textBlocks(wrapped).some((block) => wordCharacters(block.text) === wordCharacters(item)));
});

/** A paragraph as `fmt -s -w 72` balanced it: three of its lines end short of the width before a lower-case word, so the text reads as balanced (not a greedy fill). */
const balancedParagraph = [
	'Harbour officials said on Monday that the ferry would resume its winter',
	'timetable next week after engineers at the yard finished repairs new',
	'to the hull local that small its master had reported in the autumn',
	'and that the old board would publish the small new fares by the end',
	'of the week once the harbour office has agreed them with the ferry',
	'company and the town council in a meeting that is usual open to all.',
];

test('a paragraph that fmt -s balanced keeps a line that goes on with a capitalised word ("... first reported by" / "Sgt. Lee Moss ...")', (t) => {
	// `fmt -s -w 72` of three unwrapped paragraphs: the first one's second line ends at 67 columns although "Sgt." would have fitted.
	const unwrapped = [
		'Harbour officials said on Monday that the ferry would resume its winter timetable next week, once the repairs to its hull first reported by Sgt. Lee Moss of the harbour police in October are finished.',
		'',
		'The board\'s spokesman said on Tuesday that the repairs had cost less than the yard first expected, because its engineers reused parts of the hull from the older vessel that was sold last spring.',
		'',
		'The ferry leaves the north pier at seven and is back from Leeds by noon.',
	];
	const folded = [
		'Harbour officials said on Monday that the ferry would resume its winter',
		'timetable next week, once the repairs to its hull first reported by',
		'Sgt. Lee Moss of the harbour police in October are finished.',
		'',
		'The board\'s spokesman said on Tuesday that the repairs had cost less',
		'than the yard first expected, because its engineers reused parts of',
		'the hull from the older vessel that was sold last spring.',
		'',
		// A line of the page as long as the width, which fmt -s left as it was: the text is wrapped at 72.
		unwrapped[4],
		'',
		...balancedParagraph,
	].join('\n');
	t.is(wrapWidth(folded.split('\n')), 72);
	t.deepEqual(textBlocks(folded).map((block) => block.text), [unwrapped[0], unwrapped[2], unwrapped[4], balancedParagraph.join(' ')]);
});

/** A paragraph wrapped at 72 columns whose first line ends short of the width before a capitalised word ("Port" would have fitted). */
const harbourFerry = [
	'The harbour board said on Monday that its ferry would sail from',
	'Port Ellen again next week, once the engineers of the yard have finished',
	'repairs to the hull that its master reported to the board in October.',
];

test('a paragraph whose first line fmt broke short before a capitalised word is one block when its next line is cut inside a sentence', (t) => {
	// Shaped as fmt balances a paragraph at 72 columns: "Port" would have fitted after the first line, but the
	// second line is itself cut mid-sentence ("repairs" would not have fitted), so the paragraph was wrapped there.
	const lines = harbourFerry;
	const next = [
		'The board\'s spokesman said on Tuesday that the repairs had cost less',
		'than the yard first expected, because its engineers reused parts of',
		'the hull from the older vessel that was sold last spring.',
	];
	const folded = [...lines, '', ...next, '', ...balancedParagraph].join('\n');
	t.is(wrapWidth(folded.split('\n')), 72);
	t.deepEqual(textBlocks(folded).map((block) => block.text), [lines.join(' '), next.join(' '), balancedParagraph.join(' ')]);
});

test('in a greedy fill (no line ends short of the width before a lower-case word) a line short of the width before a capitalised word ends its paragraph', (t) => {
	// fold -s, textwrap, w3m and lynx never end a line where the next word would have fitted: the line is a heading or a paragraph's end.
	const lines = harbourFerry;
	const next = [
		'The board\'s spokesman said on Tuesday that the repairs had cost less',
		'than the yard first expected, because its engineers reused parts of the',
		'hull from the older vessel that was sold last spring.',
	];
	const folded = [...lines, '', ...next].join('\n');
	t.is(wrapWidth(folded.split('\n')), 72);
	t.deepEqual(textBlocks(folded).map((block) => block.text), [lines[0], lines.slice(1).join(' '), next.join(' ')]);
});

test('a run of links wrapped by lynx, its rest opening with "|" under another rest, is one block; a table row under a row is its own', (t) => {
	const run = '   30 B.C. before in | Tuesday, minister | 1905 | 100% | the déclaré the\n   | según ‘El Chapo’ | a the before | según | the | país the | Tuesday,\n   | the';
	const page = `   The según según the the the. The the the según the the. The the the\n   the según the.\n\n${run}\n\n   Most read`;
	t.deepEqual(textBlocks(page).map((block) => block.text.slice(0, 12)), ['The según se', '30 B.C. befo', 'Most read']);
	const table = '| Team | Won | Lost |\n| Leeds | 12 | 3 |\n| Hull | 9 | 6 |';
	t.is(textBlocks(table).length, 3);
});

test('a word broken by a hyphen at a line end joins its line to the next, whatever the width, hyphen kept (breaker10 H24)', (t) => {
	// Three lines: too few for a wrap width; the second broken far short of any width.
	const text = 'A fire at a garment factory on the outskirts of Dhaka killed 12 work-\ners on Monday, and it took fire-\nfighters four hours to put it out, officials said.\n';
	const blocks = textBlocks(text);
	t.deepEqual(blocks.map(block => [block.n, block.lastN]), [[1, 3]]);
	t.is(blocks[0].text, 'A fire at a garment factory on the outskirts of Dhaka killed 12 work-ers on Monday, and it took fire-fighters four hours to put it out, officials said.');
	// Not a word's break: a capital or a digit after it, a dash after a space, a list item; nor in HTML's text.
	t.is(textBlocks('Berlin-\nBrandenburg\n').length, 2);
	t.is(textBlocks('The score was 3-\n1 at the end\n').length, 2);
	t.is(textBlocks('Menu -\nnews and more\n').length, 2);
	t.is(textBlocks('work-\ners\n', {reflow: false}).length, 2);
});

test('an advertisement marker set inside a wrapped paragraph is chrome, and the sentence around it is one paragraph again (M38)', (t) => {
	const paragraphs = [
		'Ferry terminal approved',
		'HARBOURTON (Wire) - The city council approved the new ferry terminal on Tuesday after a long debate, ending a dispute that had split the harbour district for more than three years, officials said.',
		'The terminal will cost about 40 million euros and is due to open in the spring of 2027, according to the plans the council published on its website after the vote.',
		'Residents said the queues at the old pier had grown longer every summer and that the buses from the station could not cope with the crowds on market days.',
		'The mayor said the council would publish the contracts for the building work before the end of the year and invite local firms to bid for them.',
	];
	const text = wrapText(paragraphs.join('\n\n'), 72);
	const lines = text.split('\n');
	// "ADVERTISEMENT" after the lead's first line, "Story continues below advertisement" after the third paragraph's first.
	const lead = lines.indexOf(lines.find((line) => line.startsWith('HARBOURTON'))!);
	lines.splice(lead + 1, 0, 'ADVERTISEMENT');
	const residents = lines.indexOf(lines.find((line) => line.startsWith('Residents'))!);
	lines.splice(residents + 1, 0, 'Story continues below advertisement');
	const marked = lines.join('\n');
	const labels = labelArticle(marked);
	for (const marker of ['ADVERTISEMENT', 'Story continues below advertisement']) {
		const n = lines.indexOf(marker) + 1;
		t.is(labels.lines.find((label) => label.n === n)?.kind, 'boilerplate', marker);
	}

	const kept = keptText(marked, labels);
	t.false(kept.includes('ADVERTISEMENT'));
	t.false(kept.includes('Story continues'));
	t.is(squash(kept), squash(paragraphs.join(' ')));
	// Still four paragraphs and the headline: the sentence the marker cut is not split in two.
	t.is(kept.trim().split(/\n\n/u).length, 5);
	const plain = wrapText(paragraphs.join('\n\n'), 72);
	// No fact is read from the markers ("ADVERTISEMENT added (name)"). (The comparison still cuts the sentence at the
	// excluded line: its units stop at excluded spans.)
	const comparison = compareArticles({text: plain, labels: labelArticle(plain)}, {text: marked, labels});
	t.deepEqual(comparison.facts ?? [], []);
});
