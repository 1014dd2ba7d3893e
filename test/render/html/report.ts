import {createHash} from 'node:crypto';
import test from 'ava';
import {compareTexts} from '../../../source/compare/compare.js';
import {diffHtml} from '../../../source/render/html/diff-html.js';
import {escapeHtml, textHtml} from '../../../source/render/html/escape.js';
import {storyHtml} from '../../../source/render/html/story-html.js';
import {comparisonFacts} from '../../../source/story/facts.js';
import {buildStory} from '../../../source/story/story.js';
import {article} from '../../helpers/articles.js';

const hostile = `Ferry terminal approved <script>document.title='pwned'</script>

The harbour authority voted on Tuesday <img src=x onerror="document.title='pwned'"> to approve 12 berths.

A caption with a bidi override \u202Eevil\u202C and an escape \u001B]52;c;Zm9v\u0007 and "quotes" & ampersands.
`;
const copy = hostile.replace('12 berths', '21 berths').replace('voted on Tuesday', 'decided on Tuesday');

const a = article('a.txt', 'Ferry <b>terminal</b>', hostile);
const b = article('b.txt', 'Ferry terminal', copy, {meta: {date: '2024-12-09'}});

/** Outside <style> and the CSP meta, no markup of the article survives. */
const bodyOf = (html: string) => html.slice(html.indexOf('<body>'));
/** Markup with every quoted attribute value emptied: what is left is tags and text. */
const tagsOf = (html: string) => html.replace(/="[^"]*"/g, '=""');

test('escapeHtml and textHtml: markup stays text; controls and bidi overrides become visible markers', t => {
	t.is(escapeHtml(`<a href="x" onclick='y'>&`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
	t.is(textHtml('a\u202Eb\r\nc'), 'a<span class="control">&lt;U+202E&gt;</span>b\nc');
	t.is(textHtml('bell\u0007'), 'bell<span class="control">␇</span>');
});

test('diff report: one page, strict CSP with the style sheet hash, no script, article markup escaped, facts at the top', t => {
	const comparison = compareTexts(hostile, copy);
	const html = diffHtml(a, b, comparison, comparisonFacts(comparison, hostile, copy));
	t.true(html.startsWith('<!doctype html>'));
	const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
	const hash = createHash('sha256').update(css).digest('base64');
	t.true(html.includes(`style-src &#39;sha256-${hash}&#39;`));
	t.true(html.includes('default-src &#39;none&#39;'));
	t.true(html.includes('script-src &#39;none&#39;'));
	const body = bodyOf(html);
	t.false(/<script|<img|<[^>]*\sonerror=|<b>terminal/i.test(tagsOf(body)));
	t.true(body.includes('&lt;script&gt;'));
	t.true(body.includes('onerror=&quot;'));
	t.false(html.includes('\u001B'));
	t.false(html.includes('\u202E'));
	t.false(/<[^>]*\s(?:src|href|srcset|action)="(?!#)/i.test(html), 'no external resource');
	// Facts first, before the texts; the changed figure with both values.
	const facts = body.indexOf('Facts changed');
	t.true(facts > 0 && facts < body.indexOf('<table class="diff"'));
	t.true(body.includes('“<bdi>12</bdi>” → “<bdi>21</bdi>”'));
	// Header: names, date, relation.
	t.true(body.includes('a.txt') && body.includes('b.txt') && body.includes('2024-12-09'));
	t.regex(body, /class="relation">edited</);
	// Same marks as the terminal: changed words as del/ins with the palette's classes.
	t.regex(body, /<del class="removed">voted<\/del>/);
	t.regex(body, /<ins class="added">decided<\/ins>/);
	t.regex(html, /\.removed\{color:#b3261e/);
});

test('diff report: boilerplate shaded with its category', t => {
	const comparison = compareTexts('Body sentence one here.\n\nShare on Facebook\n', 'Body sentence one here.\n', {exclude: {left: [{span: {start: 25, end: 42}, label: 'boilerplate', category: 'share', reason: 'share link'}]}});
	const html = diffHtml(article('l', 'L', 'Body sentence one here.\n\nShare on Facebook\n'), article('r', 'R', 'Body sentence one here.\n'), comparison, []);
	t.regex(html, /<tr id="row-\d+" class="k-boilerplate" title="share link"><td class="side has text" dir="auto" lang="en"><span class="category" dir="ltr">share<\/span>Share on Facebook/);
	t.regex(html, /\.k-boilerplate td\.side\.has\{background:/);
});

test('story report: glyph per copy and state, the copies with their footers, facts across copies, hostile text escaped', t => {
	const third = article('c.txt', 'Ferry', hostile.replace('12 berths', '21 berths'));
	const story = buildStory(a, [a, b, third], (left, right) => compareTexts(left.text, right.text));
	const html = storyHtml(story);
	const body = bodyOf(html);
	t.false(/<script|<img|<[^>]*\sonerror=/i.test(tagsOf(body)));
	t.true(body.includes('&lt;script&gt;'));
	t.regex(body, /class="glyph s-kept"[^>]*>=</);
	t.regex(body, /class="glyph s-edited"[^>]*>~</);
	// Both copies changed 12 into 21: one variant, two copies.
	t.regex(body, /“<bdi>12<\/bdi>” → “<bdi>21<\/bdi>” in 2 \(<bdi>[bc]<\/bdi>, <bdi>[bc]<\/bdi>\)/);
	t.true(body.indexOf('Facts changed across copies') < body.indexOf('<table class="story"'));
	t.regex(html, /\.s-dropped\{color:#b3261e;background:#ffe3df;font-weight:600\}/);
});

test('story report: column heads tell copies apart even when their short names coincide', t => {
	const body = 'The council met on Monday. It approved 12 berths.';
	const story = buildStory(article('page_0.txt', 'p', body), [article('page_1.txt', 'p', body), article('page_2.txt', 'p', `${body} Work starts in May.`)], (left, right) => compareTexts(left.text, right.text));
	const heads = [...storyHtml(story).matchAll(/<th class="copy"[^>]*>([^<]*)<\/th>/g)].map(match => match[1]);
	t.is(heads.length, 2);
	t.is(new Set(heads).size, 2, heads.join(' '));
});

test('diff report: a moved row names the right file\'s line its copy is on', t => {
	const paragraphs = ['Flood waters rose across the northern valley on Tuesday, forcing hundreds of families from their homes.', 'The regional governor declared a state of emergency and asked the army for boats.', 'Forecasters expect more heavy rain through the weekend, with rivers already at record levels.', 'Schools in six districts will stay closed until further notice, the education office said.'];
	const left = paragraphs.join('\n\n') + '\n';
	const right = [paragraphs[0], paragraphs[3], paragraphs[1], paragraphs[2]].join('\n\n') + '\n';
	const comparison = compareTexts(left, right);
	t.true(comparison.rows.some(row => row.kind === 'moved'));
	const html = diffHtml(article('l', 'L', left), article('r', 'R', right), comparison, []);
	t.regex(html, /moved here from the left's order \(the right file's line 3\)/);
});

test('reports lay out a right-to-left article right to left: its text cells dir="auto" with its language, the report\'s own words English (breaker12 K11)', t => {
	const urdu = 'ساحل پر طوفان\n\nحکام نے بتایا کہ پیر کو طوفان سے 12 افراد ہلاک ہو گئے۔\n';
	const left = article('ur1.txt', 'ساحل پر طوفان', urdu, {labels: {lines: [], language: 'ur', meta: {}, boilerplateShare: 0}});
	const right = article('ur2.txt', 'ساحل پر طوفان', urdu.replace('12', '21'), {labels: {lines: [], language: 'und', meta: {}, boilerplateShare: 0}});
	const comparison = compareTexts(left.text, right.text);
	const diff = diffHtml(left, right, comparison, comparisonFacts(comparison, left.text, right.text));
	t.regex(diff, /<html lang="en">/);
	t.regex(diff, /<h1 dir="auto" lang="ur">ساحل/);
	const cells = [...diff.matchAll(/<td class="side has text"([^>]*)>/g)].map(match => match[1]);
	t.true(cells.length >= 4);
	t.deepEqual(new Set(cells), new Set([' dir="auto" lang="ur"', ' dir="auto"']));
	t.regex(diff, /“<bdi>12<\/bdi>” → “<bdi>21<\/bdi>”/);
	const story = storyHtml(buildStory(left, [left, right], (a, b) => compareTexts(a.text, b.text)));
	t.regex(story, /<td class="sentence text" dir="auto" lang="ur">حکام/);
	t.regex(story, /\.story td\.sentence,\.story th\.sentence\{min-width:22em;text-align:start\}/);
});
