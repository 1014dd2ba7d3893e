import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {shortName} from '../../source/render/story-marks.js';
import {storyText} from '../../source/render/story-text.js';
import {buildStory} from '../../source/story/story.js';
import {article} from '../helpers/articles.js';

const base = article('base.txt', 'Ferry \u001B]0;pwned\u0007terminal', 'The council met on Monday. It approved 12 berths. Work starts in May.');
const copy = article('copy.txt', 'c', 'The council met on Monday. It approved 21 berths.');
const story = buildStory(base, [copy], (left, right) => compareTexts(left.text, right.text));

test('the story table: colors only when asked, glyphs always, article text made safe', t => {
	const plain = storyText(story, {width: 80, color: false, styled: false});
	t.false(plain.includes('\u001B'));
	t.regex(plain, /^ ~ {2}It approved 12 berths\.$/m);
	t.regex(plain, /^ - {2}Work starts in May\.$/m);
	t.regex(plain, /story: Ferry ␛\]0;pwned␇terminal/);
	const colored = storyText(story, {width: 80, color: true, styled: true});
	t.regex(colored, /\u001B\[33;1m~|\u001B\[1;33m~/);
	t.false(colored.includes('\u001B]0;'));
});

test('shortName: the file name up to its first _ when short, else its start', t => {
	t.is(shortName('corpus/000_0d08df38c960a208.txt'), '000');
	t.is(shortName('reuters-story.txt'), 'reuters-');
	t.is(shortName('a b.txt'), 'a b');
	t.is(shortName('ab cd.txt'), 'ab');
});

test('the story table: every line fits --width, the glyph legend included', t => {
	const plain = storyText(story, {width: 40, color: false, styled: false});
	for (const line of plain.trimEnd().split('\n')) t.true(line.length <= 40, line);
	t.regex(plain, /^- dropped {2}\+ added {2}\. boilerplate$/m);
});

test('the story table: copies sharing a short name are told apart in the legend and added rows', t => {
	const page = (name: string, text: string) => article(name, 'p', text);
	const pages = buildStory(page('page_0.txt', 'One. Two.'), [page('page_1.txt', 'One. Two. Extra line here.'), page('page_2.txt', 'One. Two.')], (left, right) => compareTexts(left.text, right.text));
	const plain = storyText(pages, {width: 120, color: false, styled: false});
	t.regex(plain, /^2 page_1\.txt · /m);
	t.regex(plain, /\+ 2 page_1: Extra line here\./);
});

test('the story table with many copies: every line fits --width; the copies that fit are shown and the rest are said to be left out', t => {
	const copies = Array.from({length: 31}, (_, index) => article(`copy_${index}.txt`, 'c', index % 3 === 0 ? 'The council met on Monday. It approved 21 berths.' : 'The council met on Monday. It approved 12 berths. Work starts in May. A new line.'));
	const many = buildStory(base, copies, (left, right) => compareTexts(left.text, right.text));
	for (const width of [20, 37, 61, 80]) {
		const plain = storyText(many, {width, color: false, styled: false});
		for (const line of plain.trimEnd().split('\n')) t.true(line.length <= width, `${width}: ${line}`);
		t.regex(plain, /copies 1–\d+ of 31/);
	}

	const wide = storyText(many, {width: 200, color: false, styled: false});
	t.notRegex(wide, /copies 1–\d+ of 31/);
	t.regex(wide, / 31$/m);
});
