import test from 'ava';
import {compareTexts} from '../../../source/compare/compare.js';
import {footerLines, headLine, storyColumns} from '../../../source/reader/story/layout.js';
import {buildStory} from '../../../source/story/story.js';
import {article} from '../../helpers/articles.js';

const body = 'The council met on Monday. It approved 12 berths. Work starts in May.';
const base = article('a.txt', 'Ferry', body);
const copies = [article('t0015.txt', 'b', body), article('t0250.txt', 'c', 'The council met on Monday. It approved 21 berths. Work starts in May.')];
const story = buildStory(base, copies, (left, right) => compareTexts(left.text, right.text));
const text = (pieces: Array<{text: string}>) => pieces.map(piece => piece.text).join('');

test('story footer: one-letter file names still get columns wide enough for 100', t => {
	const short = buildStory(base, [article('b.txt', 'b', body), article('c.txt', 'c', body)], (left, right) => compareTexts(left.text, right.text));
	const [similarity] = footerLines(short, 0, storyColumns(short, 80), 1);
	t.regex(text(similarity), /^\s+100\s+100\s+│ similarity %$/);
});

test('story footer: a similarity of 100% is shown whole, not cut to the column', t => {
	const columns = storyColumns(story, 80);
	const [similarity] = footerLines(story, 0, columns, 1);
	t.regex(text(similarity), /^\s+100\s+\d{2,3}\s+│ similarity %$/);
});

test('story heads: copies are numbered, and the highlighted copy is named in full', t => {
	const columns = storyColumns(story, 80);
	const head = text(headLine(story, 0, columns, 1));
	t.regex(head, /^\s+1\s+2\s+│ 2: t0250\.txt · base: a\.txt$/);
	t.false(head.includes('t025 '));
});
