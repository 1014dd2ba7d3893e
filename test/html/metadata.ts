import test from 'ava';
import {withoutSiteName} from '../../source/html/metadata.js';
import {readPage} from '../../source/html/page.js';

test('a <title> loses the site name after its last separator when three words or more are left, as Readability reads it (breaker10 H21)', t => {
	t.is(withoutSiteName('Factory fire kills 12 in Dhaka - Planet'), 'Factory fire kills 12 in Dhaka');
	t.is(withoutSiteName('Factory fire kills 12 in Dhaka | Planet News Online'), 'Factory fire kills 12 in Dhaka');
	t.is(withoutSiteName('Fire - twelve dead in Dhaka » World » Planet'), 'Fire - twelve dead in Dhaka » World');
	t.is(withoutSiteName('Brexit - a guide'), 'Brexit - a guide');
	t.is(withoutSiteName('Incendie à Dhaka : 12 morts'), 'Incendie à Dhaka : 12 morts');
	t.is(withoutSiteName('Twenty-one-year-old wins'), 'Twenty-one-year-old wins');
});

test('a page without og:title or <h1> is titled by its <title> without the site name; og:title is taken as given', t => {
	const page = (head: string) => readPage(Buffer.from(`<html><head>${head}</head><body><p><font size="5"><b>Factory fire kills 12 in Dhaka</b></font></p><p>A fire at a garment factory killed twelve workers on Monday, police said.</p></body></html>`));
	t.is(page('<title>Factory fire kills 12 in Dhaka - Planet</title>').givenTitle, 'Factory fire kills 12 in Dhaka');
	t.is(page('<title>Factory fire kills 12 in Dhaka - Planet</title><meta property="og:title" content="Fire in Dhaka - live">').givenTitle, 'Fire in Dhaka - live');
});

test('an <h1> that is the site\'s name as the <title> writes it is no headline; a <title> alone comes after the line labelled title (breaker11 J33, J14)', t => {
	const wordpress = readPage(Buffer.from(`<html><head><title>Factory fire kills 12 in Dhaka | Daily Planet</title></head><body><header><h1 class="site-title">Daily Planet</h1></header><div class="post"><h2 class="entry-title">Factory fire kills 12 in Dhaka</h2><div class="entry-content"><p>A fire at a garment factory killed twelve workers on Monday, police said, and dozens more were hurt.</p></div></div></body></html>`));
	t.is(wordpress.givenTitle, 'Factory fire kills 12 in Dhaka');
	t.true(wordpress.titleFromTag);
	const explicit = readPage(Buffer.from(`<html><head><title>Daily Planet - World News</title><meta property="og:title" content="Factory fire kills 12"></head><body><p>Text of the story, told at length.</p></body></html>`));
	t.is(explicit.titleFromTag, undefined);
});

test('the site\'s name is no headline: an <h1> linking to the home page, an <h1> that is a part of the <title> after its first, an og:title that is og:site_name (the line labelled title names the page)', t => {
	const body = (h1: string) => `<body><header>${h1}</header><div class="post"><h2 class="entry-title">Harbour ferry returns after winter repairs</h2><div class="entry-content"><p>The old harbour ferry sailed again on Saturday morning after four months in the dry dock, its captain said.</p><p>Passengers lined the quay to watch the first crossing of the season, which took eleven minutes.</p></div></div></body>`;
	const page = (head: string, h1: string) => readPage(Buffer.from(`<html><head>${head}</head>${body(h1)}</html>`));
	// The logo's heading links to the site's root: the <title> names the page, not it.
	const logo = page('<title>Harbour ferry returns after winter repairs</title>', '<h1><a href="https://harbourgazette.example/" rel="home"></a><i>Harbour Gazette</i></h1>');
	t.is(logo.givenTitle, 'Harbour ferry returns after winter repairs');
	t.true(logo.titleFromTag);
	// A short headline before the site's name: the <title> is kept whole, and the <h1> is still the site's name.
	const named = page('<title>Ferry returns | harbourgazette.example</title>', '<h1>harbourgazette.example</h1>');
	t.not(named.givenTitle, 'harbourgazette.example');
	t.true(named.titleFromTag);
	// The site's name between other parts of the <title>.
	const middle = page('<title>Ferry returns - Harbour Gazette | News of the bay | Since 1902</title>', '<h1>Harbour Gazette</h1>');
	t.not(middle.givenTitle, 'Harbour Gazette');
	// og:title that is only the site's name (a template's default).
	const og = page('<title>Harbour ferry returns after winter repairs</title><meta property="og:site_name" content="Harbour Gazette - HG"><meta property="og:title" content="Harbour Gazette - HG">', '');
	t.is(og.givenTitle, 'Harbour ferry returns after winter repairs');
	// A headline that links to its own article is a headline.
	const permalink = page('<title>Harbour Gazette</title>', '<h1><a href="/2024/05/ferry-returns">Harbour ferry returns after winter repairs</a></h1>');
	t.is(permalink.givenTitle, 'Harbour ferry returns after winter repairs');
	t.is(permalink.titleFromTag, undefined);
});

test('an <h1> that is the shorter part of the <title>, either side of a colon or a guillemet, is the site\'s name, not the headline (breaker16 B8)', t => {
	const page = (title: string, h1: string) => readPage(Buffer.from(`<html><head><title>${title}</title></head><body><header><h1><a href="/blog">${h1}</a></h1></header><div class="post"><p>The old harbour ferry sailed again on Saturday morning after four months in the dry dock, its captain said.</p><p>Passengers lined the quay to watch the first crossing of the season, which took eleven minutes.</p></div></body></html>`));
	t.not(page('The Dangerous Hubris of the Startup World « Rand\'s Blog', 'Rand\'s Blog').givenTitle, 'Rand\'s Blog');
	t.not(page('Seth\'s Blog: The importance of going first', 'Seth\'s Blog').givenTitle, 'Seth\'s Blog');
	// The headline as the longer part stays the headline.
	t.is(page('Harbour ferry returns after winter repairs « Rand\'s Blog', 'Harbour ferry returns after winter repairs').givenTitle, 'Harbour ferry returns after winter repairs');
});

test('a title a CMS escaped twice is decoded once more: "Russia&#039;s &quot;plan&quot; &amp; Syria" reads "Russia\'s "plan" & Syria" (breaker12 K25)', t => {
	const page = (title: string) => readPage(Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><meta property="og:title" content="${title}"></head><body><article><h1>Other</h1><p>The minister resigned on Monday, officials said in a statement to reporters.</p></article></body></html>`));
	t.is(page('Russia&amp;#039;s &amp;quot;plan&amp;quot; &amp;amp; Syria').givenTitle, 'Russia\'s "plan" & Syria');
	// Escaped once, as HTML wants: read as written.
	t.is(page('Russia&#039;s &quot;plan&quot; &amp; Syria').givenTitle, 'Russia\'s "plan" & Syria');
	// A title that writes an ampersand and a word with no reference stays as it is.
	t.is(page('Q&amp;A: the plan').givenTitle, 'Q&A: the plan');
});

test('a JSON-LD article record without a body borrows none from a second article record, only from its page record (review13b S2)', t => {
	const page = (graph: string) => readPage(Buffer.from(`<!DOCTYPE html><html><head><script type="application/ld+json">{"@graph":[${graph}]}</script></head><body></body></html>`));
	const related = page('{"@type":"NewsArticle","headline":"Dam fails, 12 dead"},{"@type":"NewsArticle","headline":"Unrelated: markets rally","articleBody":"Markets rallied on Friday as investors cheered the figures."}');
	t.notRegex(related.text, /Markets rallied/);
	const pageNode = page('{"@type":"WebPage","name":"Dam fails","articleBody":"The dam failed on Friday and twelve people died, officials said."},{"@type":"NewsArticle","headline":"Dam fails, 12 dead"}');
	t.regex(pageNode.text, /The dam failed on Friday/);
});

test('struck text in the headline is not the title\'s, as it is not the body\'s (breaker13b N44)', t => {
	const page = readPage(Buffer.from('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><article><h1>Fire kills <del>12</del> 21 in Dhaka</h1><p>A fire at a garment factory killed 21 workers on Monday, the fire service said.</p></article></body></html>'));
	t.is(page.givenTitle?.replace(/\s+/gu, ' '), 'Fire kills 21 in Dhaka');
});

test('a live blog whose JSON-LD gives its posts as liveBlogUpdate, not articleBody, is read from them: headline then text, in page order (breaker14b Q10)', t => {
	const page = readPage(Buffer.from(`<!DOCTYPE html><html><head><script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Storm live: the coast braces","liveBlogUpdate":[{"@type":"BlogPosting","headline":"Ferries halted","articleBody":"All ferries to the islands were halted on Tuesday morning, the operator said."},{"@type":"BlogPosting","articleBody":"Schools in the county will stay closed on Wednesday, the council announced."}]}</script></head><body><div id="app"></div></body></html>`));
	t.regex(page.text, /Ferries halted[\s\S]*All ferries to the islands were halted[\s\S]*Schools in the county will stay closed/);
});
