import test from 'ava';
import {parse} from 'parse5';
import {extractLines} from '../../source/html/extract.js';
import {findMainContent, judgeLines} from '../../source/html/main-content.js';

/** Each line's text with the DOM's verdict on it. */
const judged = (html: string, title?: string) => {
	const page = extractLines(parse(html));
	const verdicts = judgeLines(page, title);
	return new Map(page.lines.map((line, index) => [line.text, verdicts[index]]));
};

const paragraph = (n: number) => `<p>Paragraph ${n} of the story, long enough to score, with commas, clauses, and a few details about the harbour, the ferry and the council vote.</p>`;
const paragraphs = (count: number, from = 1) => Array.from({length: count}, (_, i) => paragraph(from + i)).join('');

test('an article split into blocks is the main content whole: the ancestor that three close candidates share (Readability)', t => {
	const html = `<body><div id="page"><div id="story">${[1, 4, 7, 10].map(n => `<div class="block">${paragraphs(3, n)}</div>`).join('')}</div><div id="aside"><p>Short teaser line.</p></div></div></body>`;
	const page = extractLines(parse(html));
	const {top} = findMainContent(page);
	t.is(page.elements[top].name, 'div#story');
	const verdicts = judged(html);
	for (const n of [1, 4, 7, 10, 12]) t.is(verdicts.get(`Paragraph ${n} of the story, long enough to score, with commas, clauses, and a few details about the harbour, the ferry and the council vote.`)?.kind, 'body');
});

test('chrome words on an element holding the best-scoring block name no chrome, though the main content grew around it', t => {
	// WordPress puts the post's categories on the <article>: "category-sharing" is not a share bar.
	const html = `<body><div id="wrap"><main id="content"><article class="post category-sharing"><h1>Focaccia</h1><div class="entry-content">${paragraphs(6)}</div></article></main><aside><p>About me</p></aside></div></body>`;
	const verdicts = judged(html);
	t.is(verdicts.get(`Paragraph 1 of the story, long enough to score, with commas, clauses, and a few details about the harbour, the ferry and the council vote.`)?.kind, 'body');
});

test('a byline or dateline class names metadata on a small element, not on a wrapper holding the post', t => {
	const html = `<body><div class="date-outer"><h2 class="date-header">Monday, 1 May 2023</h2><div class="post">${paragraphs(3)}<p>A short closing line.</p><div class="post-footer"><span class="post-author">Posted by K A</span></div></div></div></body>`;
	const verdicts = judged(html);
	t.is(verdicts.get('Monday, 1 May 2023')?.kind, 'metadata');
	t.is(verdicts.get('A short closing line.')?.kind, 'body');
	// The innermost element counts: the author span inside the date wrapper.
	t.deepEqual(verdicts.get('Posted by K A'), {kind: 'metadata', metadata: 'byline', reason: 'byline of the page'});
});

test('"widget" weighs against an element but names no chrome: page builders wrap the article in widgets', t => {
	const html = `<body><div class="elementor-widget-container">${paragraphs(3)}</div><nav><a href="/">Home</a></nav></body>`;
	const verdicts = judged(html);
	t.is(verdicts.get(`Paragraph 2 of the story, long enough to score, with commas, clauses, and a few details about the harbour, the ferry and the council vote.`)?.kind, 'body');
	t.is(verdicts.get('Home')?.kind, 'boilerplate');
});

test('a <header> holding the headline is the article\'s header; the site\'s banner is chrome', t => {
	const html = `<body><header class="site"><a href="/">Daily Planet</a><p>News since 1938</p></header><header class="article-head"><h1>Ferry terminal approved</h1><p>The lead of the story, said in one sentence.</p></header><div class="text">${paragraphs(3)}</div></body>`;
	const verdicts = judged(html);
	t.is(verdicts.get('News since 1938')?.kind, 'boilerplate');
	t.not(verdicts.get('Ferry terminal approved')?.kind, 'boilerplate');
	t.not(verdicts.get('The lead of the story, said in one sentence.')?.kind, 'boilerplate');
});

test('a heading that opens a list of links is that list\'s, chrome like the links; a heading of prose is not', t => {
	const links = ['Council votes on tram', 'Ferry fares rise', 'New pier opens'].map(title => `<li><a href="/${title.length}">${title}</a></li>`).join('');
	const html = `<body><article>${paragraphs(3)}<h2>What the vote means</h2>${paragraphs(1, 4)}<h3>More from the harbour</h3><ul>${links}</ul><p>Read next:</p><p><a href="/a">A linked teaser title</a></p><p><a href="/b">Another linked teaser</a></p></article></body>`;
	const verdicts = judged(html);
	t.deepEqual(verdicts.get('More from the harbour'), {kind: 'boilerplate', category: 'related', reason: 'heading of a list of links'});
	t.is(verdicts.get('Read next:')?.kind, 'boilerplate');
	t.is(verdicts.get('What the vote means')?.kind, 'body');
});

test('the heading just above the main content, outside it, is the article\'s headline (classic blog themes: h2.entry-title before div.entry-content) (breaker11 J33)', t => {
	const verdicts = judged(`<html><body><header><h1 class="site-title"><a href="/">Daily Planet</a></h1><p class="site-description">News of the day</p></header><div id="content"><div class="post"><h2 class="entry-title">Factory fire kills 12 in Dhaka</h2><div class="entry-content">${paragraphs(6)}</div></div></div></body></html>`, 'Factory fire kills 12 in Dhaka');
	t.is(verdicts.get('Factory fire kills 12 in Dhaka')?.kind, 'body');
	t.not(verdicts.get('Daily Planet')?.kind, 'body');
	// Not the page's title: a dek or another story's heading.
	const other = judged(`<html><body><header><h1 class="site-title"><a href="/">Daily Planet</a></h1></header><div id="content"><div class="post"><h2 class="entry-title">Factory fire kills 12 in Dhaka</h2><div class="entry-content">${paragraphs(6)}</div></div></div></body></html>`, 'Floods hit Sylhet');
	t.not(other.get('Factory fire kills 12 in Dhaka')?.kind, 'body');
});

test('teaser cards under a heading of a list of links, outside the main content, are the list\'s at any length: a linked headline, then its summary (breaker11 J31)', t => {
	const card = (n: number) => `<article class="card"><h2><a href="/${n}">Other story number ${n} in the news today</a></h2><p>A summary of other story number ${n}, one sentence of some hundred and twenty characters about another town and another event.</p></article>`;
	const verdicts = judged(`<html><body><main><article><h1>Factory fire kills 12</h1>${paragraphs(6)}</article><section class="more"><h2>More news</h2>${card(1)}${card(2)}${card(3)}</section></main></body></html>`);
	for (const n of [1, 2, 3]) t.deepEqual(verdicts.get(`A summary of other story number ${n}, one sentence of some hundred and twenty characters about another town and another event.`), {kind: 'boilerplate', category: 'related', reason: 'teaser in a list of links'});
	t.is(verdicts.get('Paragraph 6 of the story, long enough to score, with commas, clauses, and a few details about the harbour, the ferry and the council vote.')?.kind, 'body');
});

test('a section kicker right above the page\'s headline is navigation, the headline stays text; a kicker-shaped line above another heading is left alone (breaker11 J19)', t => {
	const headline = 'Factory fire kills twelve in Dhaka';
	for (const kicker of ['WORLD NEWS', 'Opinion', 'EXCLUSIVE', 'Analysis']) {
		const html = `<body><nav><a href="/">Home</a></nav><article><div class="kicker">${kicker}</div><h1>${headline}</h1>${paragraphs(4)}<div>LIVE</div><h2>What happens next</h2>${paragraphs(2, 5)}</article></body>`;
		const verdicts = judged(html, headline);
		t.like(verdicts.get(kicker), {kind: 'boilerplate', category: 'navigation', reason: 'section kicker'}, kicker);
		t.is(verdicts.get(headline)?.kind, 'body', kicker);
		t.is(verdicts.get('LIVE')?.kind, 'body', kicker);
	}
});

test('an <aside> inside the article (a fact box) is the article\'s; an <aside> outside it, or one of links or named chrome inside it, is not (M32)', t => {
	const facts = ['The port has about 3,000 berths.', 'The ferry line employs 4 million people, most of them in the south.', 'Fares make up 80% of the operator\'s income.'].map(fact => `<li>${fact}</li>`).join('');
	const links = ['Council votes on tram', 'Ferry fares rise'].map(title => `<li><a href="/${title.length}">${title}</a></li>`).join('');
	const html = `<body><main><article><h1>Ferry terminal approved</h1>${paragraphs(2)}<aside class="factbox"><h2>Key facts</h2><ul>${facts}</ul></aside>${paragraphs(2, 3)}<aside class="related-links"><ul>${links}</ul></aside><aside class="share"><p>Share this story by mail today</p></aside></article><aside class="sidebar"><h3>Most read</h3><p>Tram plan shelved again after vote</p></aside></main></body>`;
	const verdicts = judged(html);
	t.not(verdicts.get('Key facts')?.kind, 'boilerplate');
	t.not(verdicts.get('The ferry line employs 4 million people, most of them in the south.')?.kind, 'boilerplate');
	t.is(verdicts.get('Council votes on tram')?.kind, 'boilerplate');
	t.is(verdicts.get('Share this story by mail today')?.kind, 'boilerplate');
	t.is(verdicts.get('Most read')?.kind, 'boilerplate');
	t.is(verdicts.get('Tram plan shelved again after vote')?.kind, 'boilerplate');
});

test('a chrome-named wrapper inside the article that holds its best paragraphs and most of its text is the article\'s layout, not chrome', t => {
	// A WordPress theme: <article> > div.sidebar-wrapper > (div.article-wrapper > page-builder columns, div.sidebar): the
	// best-scoring element is the <article>, and "sidebar-wrapper" below it names the sidebar it also holds.
	const column = (from: number) => `<div class="vc_row"><div class="wpb_column"><div class="vc_column-inner"><div class="wpb_wrapper"><div class="wpb_text_column"><div class="wpb_wrapper">${paragraphs(2, from)}</div></div></div></div></div></div>`;
	const html = `<body><div id="page"><main id="main"><div class="page-content"><article id="post-7" class="post hentry"><h1>Leasing or buying</h1><div class="sidebar-wrapper"><div class="article-wrapper"><p>The lead of the story, said in one long sentence, with a comma or two, about the harbour and the ferry.</p><div class="entry-content">${[1, 3, 5, 7, 9].map(column).join('')}</div></div><div class="sidebar"><p>About the author</p><p><a href="/a">Older post</a></p></div></div></article></div></main></div></body>`;
	const verdicts = judged(html, 'Leasing or buying');
	for (const n of [1, 6, 10]) t.is(verdicts.get(`Paragraph ${n} of the story, long enough to score, with commas, clauses, and a few details about the harbour, the ferry and the council vote.`)?.kind, 'body', `paragraph ${n}`);
	t.is(verdicts.get('Older post')?.kind, 'boilerplate');
});
