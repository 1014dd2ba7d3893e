import test from 'ava';
import type {ArticleLabels, LineKind} from '../../source/boilerplate/label.js';
import {compareArticles, type ComparedArticle} from '../../source/compare/compare-articles.js';
import {articleHeadOffset, footerExclusions, footerReason, mastheadExclusions, mastheadReason, titlesDifferEntirely} from '../../source/compare/masthead.js';
import {pairExclusions} from '../../source/compare/pair-exclusion.js';

/** An article whose lines carry the given kinds (metadata lines are dates), one per line. */
const article = (lines: ReadonlyArray<[string, LineKind]>): ComparedArticle => {
	let start = 0;
	const labels: ArticleLabels = {lines: [], language: 'en', meta: {}, boilerplateShare: 0};
	for (const [index, [text, kind]] of lines.entries()) {
		labels.lines.push({n: index + 1, span: {start, end: start + text.length}, kind, ...(kind === 'boilerplate' ? {category: 'navigation' as const, reason: 'test'} : kind === 'metadata' ? {metadata: 'date' as const} : {})});
		start += text.length + 1;
	}

	return {text: lines.map(([text]) => text).join('\n'), labels};
};

// A blog's tagline and a menu entry with its blurb, above every post (the labeller keeps them when it has two pages alone).
const tagline = 'I live, I learn and I teach, and a hundred and forty characters on the short message service are limiting, so here I share my notes.';
const blurb = 'Books: the startup guide is out and selling, and below is a table of its contents to give you an idea of what is inside it.';
const post = (title: string, date: string, own: readonly string[]): ComparedArticle => article([
	['Home', 'boilerplate'],
	[tagline, 'body'],
	[blurb, 'body'],
	[title, 'body'],
	[date, 'metadata'],
	...own.map(line => [line, 'body'] as [string, LineKind]),
]);

const food = post('Creative food sculptures', 'Posted on 11 July 2012', ['Repurposing food as art is what these sculptors do best, from melons to loaves of bread.']);
const items = post('Twenty-three repurposed items', 'Posted on 16 July 2012', ['An old ladder becomes a bookshelf and a suitcase a cat bed in this collection of household finds.']);

test('two posts of one blog that share only prose above their articles are no copies (their site\'s masthead)', t => {
	const comparison = compareArticles(food, items);
	t.false(['identical', 'verbatim', 'edited', 'rewritten'].includes(comparison.relation), `${comparison.relation} ${comparison.similarity}`);
	const excluded = pairExclusions(food, items);
	t.is(excluded.left.filter(item => item.reason === mastheadReason).length, 2);
	t.is(excluded.right.filter(item => item.reason === mastheadReason).length, 2);
});

test('an article begins at its first headline, date or byline with body text after it', t => {
	t.is(articleHeadOffset(food), food.text.indexOf('Posted on'));
	// A byline at the very end heads nothing; a text with no head is all article.
	t.is(articleHeadOffset(article([['First paragraph of the story, long enough to read.', 'body'], ['By A. Writer', 'metadata']])), 0);
	t.is(articleHeadOffset(article([['Only body here.', 'body']])), 0);
});

test('copies that share their article below its head stay copies, masthead and all', t => {
	const story = ['The council voted on Tuesday to close the old bridge for repairs that will last until the spring.', 'Drivers will be sent through the town centre, where the police expect long queues at the market.'];
	const original = post('Bridge to close for repairs', 'Posted on 3 March 2024', story);
	const copy = post('Bridge to close for repairs', 'Posted on 3 March 2024', [...story, 'A reader writes that the bridge was last repaired in 1998.']);
	t.deepEqual(mastheadExclusions(original, copy), {left: [], right: []});
	t.true(['identical', 'verbatim', 'edited'].includes(compareArticles(original, copy).relation));
});

test('an update that shares its article but not its last paragraph keeps the masthead compared (a shared line below the head)', t => {
	const lead = 'The council voted on Tuesday to close the old bridge for repairs that will last until the spring.';
	const first = post('Bridge to close', 'Posted on 3 March 2024', [lead, 'The vote was close, seven to six.']);
	const second = post('Bridge to close', 'Updated on 4 March 2024', [lead, 'The mayor said the work would begin next week.']);
	t.deepEqual(mastheadExclusions(first, second), {left: [], right: []});
});

test('pages without a head, or sharing only a short kept menu entry above it, are left as they are', t => {
	const plain = (own: string) => article([[tagline, 'body'], [own, 'body']]);
	t.deepEqual(mastheadExclusions(plain('One story of its own, told in a sentence.'), plain('Another story of its own, told in another sentence.')), {left: [], right: []});
	const menu = (title: string, own: string) => article([['More stories', 'body'], [title, 'title'], [own, 'body']]);
	t.deepEqual(mastheadExclusions(menu('Bridge closes', 'The council voted to close the bridge.'), menu('Market reopens', 'The market opened again on Monday.')), {left: [], right: []});
});

test('titles differ entirely when they share no two consecutive words (a one-word title: no word)', t => {
	t.true(titlesDifferEntirely('Creative Food Sculptures – Fubiz™', '23 Super Creative Repurposed Items'));
	t.false(titlesDifferEntirely('Overhaul of Brazil World Cup stadium under investigation', 'Soccer-Overhaul of Brazil World Cup stadium under investigation'));
	t.false(titlesDifferEntirely('Elections', 'Elections'));
	t.true(titlesDifferEntirely('Elections', 'Bridge closes'));
	t.false(titlesDifferEntirely(undefined, 'Bridge closes'));
	t.false(titlesDifferEntirely('', 'Bridge closes'));
});

// Two posts of one blog on one subject, under the blog's masthead, with headlines of their own: their short texts share
// enough of a blogger's words for the relation ladder's `rewritten` rung.
const creative = (title: string, date: string, own: string): ComparedArticle => article([
	['Home', 'boilerplate'],
	[tagline, 'body'],
	[blurb, 'body'],
	[title, 'title'],
	[date, 'metadata'],
	[own, 'body'],
]);
const sculptures = creative('Creative food sculptures', 'Posted on 11 July 2012', 'Repurposing food as art is creative, and these sculptures of fruit and bread show how creative repurposing can be. @RightBrain');
const repurposed = creative('Twenty-three repurposed household items', 'Posted on 16 July 2012', 'Repurpose with a creative purpose: these household items show how creative repurposing of old things can be. @RightBrain');

test('two posts of one site sharing only its masthead, their headlines entirely different, are related at most, never rewritten', t => {
	const comparison = compareArticles(sculptures, repurposed);
	t.false(['identical', 'verbatim', 'edited', 'rewritten'].includes(comparison.relation), `${comparison.relation} ${comparison.similarity}`);
});

test('...and so are two such posts whose headlines are not known (no phrase of one kept in the other)', t => {
	const untitled = (own: string, date: string) => article([['Home', 'boilerplate'], [tagline, 'body'], [blurb, 'body'], [date, 'metadata'], [own, 'body']]);
	const comparison = compareArticles(untitled(sculptures.text.split('\n').at(-1)!, 'Posted on 11 July 2012'), untitled(repurposed.text.split('\n').at(-1)!, 'Posted on 16 July 2012'));
	t.false(['identical', 'verbatim', 'edited', 'rewritten'].includes(comparison.relation), `${comparison.relation} ${comparison.similarity}`);
});

test('a rewritten story on its own site that keeps a phrase of its headline stays rewritten', t => {
	const again = creative('Creative food sculptures from the market', 'Posted on 12 July 2012', 'Repurpose with a creative purpose: these household items show how creative repurposing of old things can be. @RightBrain');
	t.is(compareArticles(sculptures, again).relation, 'rewritten');
});

// Two stories of one news site, each under its headline and date, with the site's two-line notice under the article
// (kept by the labeller: the pair alone is all it has) and a teaser of another story further down.
const notice = ['Subscribe now to our digital edition for the full story and the pictures.', 'For the latest stories and breaking news updates download our apps for your phone.'];
const newsPage = (title: string, date: string, own: readonly string[], below: readonly string[] = notice, teaser?: string): ComparedArticle => article([
	['Home', 'boilerplate'],
	['Posted by the newsroom', 'boilerplate'],
	[date, 'metadata'],
	[title, 'title'],
	...own.map(line => [line, 'body'] as [string, LineKind]),
	...below.map(line => [line, 'body'] as [string, LineKind]),
	['Share this story', 'boilerplate'],
	...(teaser ? [[teaser, 'body'] as [string, LineKind]] : []),
]);
const schools = newsPage('Schools stay open as cases rise', 'Posted on 22 April 2024', [
	'The education ministry said yesterday that schools would stay open for the rest of the term despite a rise in cases.',
	'A vaccination bus will visit secondary schools in the coming weeks, officials said at a press conference.',
	'Consent forms have been sent to parents, and about half have been returned so far.',
], notice, 'The harbour was closed for two hours on Sunday after a worker fell ill on board a ship.');
const football = newsPage('Tough task ahead for the national team', 'Posted on 29 April 2024', [
	'The national football team faces a hard month as it prepares for four qualifying matches in June.',
	'The coach has just over a month to get his players ready, and several of them are injured.',
	'The first match will be played at home, the federation said, with the venue still to be chosen.',
]);

test('two stories of one site that share only the notice under their articles are no copies (their site\'s footer)', t => {
	const comparison = compareArticles(schools, football);
	t.false(['identical', 'verbatim', 'edited', 'rewritten'].includes(comparison.relation), `${comparison.relation} ${comparison.similarity}`);
	const excluded = footerExclusions(schools, football);
	t.deepEqual(excluded.left.map(item => schools.text.slice(item.span.start, item.span.end)), notice);
	t.deepEqual(excluded.right.map(item => football.text.slice(item.span.start, item.span.end)), notice);
	t.true(excluded.left.every(item => item.reason === footerReason));
});

test('a copy whose lead was rewritten shares the rest of its article to the end: no footer, still a copy', t => {
	const story = [
		'The council voted on Tuesday to close the old bridge for repairs that will last until the spring.',
		'Drivers will be sent through the town centre, where the police expect long queues at the market.',
		'Shops near the bridge said they feared losing customers for months, and asked the council for help.',
		'The mayor said a temporary footbridge would be built within weeks so that people could still cross.',
	];
	const original = newsPage('Bridge to close for repairs', 'Posted on 3 March 2024', ['Councillors met late into the night.', ...story]);
	const copy = newsPage('Bridge to close for months', 'Posted on 3 March 2024', ['After a long debate, the vote was taken at midnight.', ...story]);
	t.deepEqual(footerExclusions(original, copy), {left: [], right: []});
	t.true(['identical', 'verbatim', 'edited'].includes(compareArticles(original, copy).relation));
});

test('an update that keeps its lead and changes its end shares text before its own: no footer', t => {
	const lead = 'The council voted on Tuesday to close the old bridge for repairs that will last until the spring.';
	const first = newsPage('Bridge to close', 'Posted on 3 March 2024', [lead, 'The vote was close, seven to six, after a debate of four hours.']);
	const second = newsPage('Bridge to close', 'Updated on 4 March 2024', [lead, 'The mayor said on Wednesday that the work would begin next week.']);
	t.deepEqual(footerExclusions(first, second), {left: [], right: []});
});

test('pages without a head, and a shared tail longer than a page\'s own text, are left as they are', t => {
	const plain = (own: string) => article([[own, 'body'], ...notice.map(line => [line, 'body'] as [string, LineKind])]);
	t.deepEqual(footerExclusions(plain('One story of its own, told in a long sentence of many words here.'), plain('Another story of its own, told in another long sentence of words.')), {left: [], right: []});
	const short = (title: string, own: string) => newsPage(title, 'Posted on 1 May 2024', [own]);
	t.deepEqual(footerExclusions(short('Bridge closes', 'The bridge closed.'), short('Market opens', 'The market opened.')), {left: [], right: []});
});

test('a tagline one page labels its headline, the other has above its head, is the site\'s, with the footer', t => {
	const taglined = (head: readonly [string, LineKind][], own: readonly string[]) => article([...head, ...own.map(line => [line, 'body'] as [string, LineKind]), ...notice.map(line => [line, 'body'] as [string, LineKind])]);
	const siteLine = 'Notes from the city desk on everything that moves in town';
	const left = taglined([['Home', 'boilerplate'], [siteLine, 'body'], ['Posted on 3 March 2024', 'metadata'], ['Bridge to close for repairs', 'title']], schools.text.split('\n').slice(4, 7));
	const right = taglined([['Home', 'boilerplate'], [siteLine, 'title'], ['Posted on 4 March 2024', 'metadata']], football.text.split('\n').slice(4, 7));
	const excluded = footerExclusions(left, right);
	t.is(excluded.left.length, 3);
	t.is(excluded.right.length, 3);
	t.is(excluded.right[0]!.reason, mastheadReason);
});

test('the head is the headline when a page has one: a notice between the date line and the headline is above the article (the site\'s)', t => {
	const reprint = 'Reprints: this copy is for your personal, non-commercial use only, and copies for your colleagues can be ordered.';
	const register = 'Please register to gain free access to the tools of the site, and to the newsletters our readers like best.';
	const page = (date: string, title: string, own: readonly string[]) => article([
		['Home', 'boilerplate'],
		[register, 'body'],
		[date, 'metadata'],
		[reprint, 'body'],
		[title, 'title'],
		...own.map(line => [line, 'body'] as [string, LineKind]),
	]);
	const china = page('July 23, 2012, 11:27 p.m. ET', 'Data hint the economy is better off', ['Factory activity declined in July but at a more moderate pace, according to a survey of purchasing managers.']);
	const aid = page('July 23, 2012, 7:28 p.m. ET', 'More money pledged to fight the disease', ['The secretary of state pledged new funds on Monday for programmes to curb the pandemic around the world.']);
	t.is(articleHeadOffset(china), china.text.indexOf('Data hint'));
	const comparison = compareArticles(china, aid);
	t.false(['identical', 'verbatim', 'edited', 'rewritten'].includes(comparison.relation), `${comparison.relation} ${comparison.similarity}`);
});

// Two posts of one blog under the same chrome the labeller leaves out on both (menus, a footer): no kept line shared
// above or below their articles, so no masthead or footer rule, but the pages are one site's by what they print around them.
const chrome = [
	'Home | About the blog | Archives by month | Contact the editors',
	'Categories: design, food, household, travel, photography and books',
	'Copyright 2012 the Right Brain blog. All rights reserved. Powered by a blogging engine.',
];
const sitePost = (title: string | undefined, date: string, own: string, lines = chrome): ComparedArticle => article([
	...lines.slice(0, 2).map(line => [line, 'boilerplate'] as [string, LineKind]),
	...(title === undefined ? [] : [[title, 'title'] as [string, LineKind]]),
	[date, 'metadata'],
	[own, 'body'],
	...lines.slice(2).map(line => [line, 'boilerplate'] as [string, LineKind]),
]);
const sculpturesOwn = sculptures.text.split('\n').at(-1)!;
const repurposedOwn = repurposed.text.split('\n').at(-1)!;

test('two posts of one site that share its chrome (lines both leave out), their headlines entirely different, are related at most, never rewritten', t => {
	const comparison = compareArticles(sitePost('Creative food sculptures', 'Posted on 11 July 2012', sculpturesOwn), sitePost('Twenty-three repurposed household items', 'Posted on 16 July 2012', repurposedOwn));
	t.is(comparison.relation, 'related', `${comparison.relation} ${comparison.similarity}`);
	const untitled = compareArticles(sitePost(undefined, 'Posted on 11 July 2012', sculpturesOwn), sitePost(undefined, 'Posted on 16 July 2012', repurposedOwn));
	t.is(untitled.relation, 'related', `${untitled.relation} ${untitled.similarity}`);
});

test('...while a rewrite on its own site keeping a phrase of its headline, and pages sharing less chrome than a sentence, stay rewritten', t => {
	const again = compareArticles(sitePost('Creative food sculptures', 'Posted on 11 July 2012', sculpturesOwn), sitePost('Creative food sculptures from the market', 'Posted on 12 July 2012', repurposedOwn));
	t.is(again.relation, 'rewritten');
	// Two sites' pages that both print a short menu line ("Home | About the blog …": 12 words): no evidence of one site.
	const other = ['Home | About the blog | Archives by month | Contact the editors', 'Sections: news, sport, weather', 'A newspaper of the coast since 1901.'];
	const apart = compareArticles(sitePost('Creative food sculptures', 'Posted on 11 July 2012', sculpturesOwn), sitePost('Twenty-three repurposed household items', 'Posted on 16 July 2012', repurposedOwn, other));
	t.is(apart.relation, 'rewritten');
});

// Two rewrites of one story (hand-written), each closing on the same two background paragraphs: the shape of a site's
// notice under two stories (own text, then a shared run, then nothing of the other's), but the own texts keep the story's
// figures (7 May, 150 kilograms, 300 metres) however they reword the rest.
const background = [
	'The Rahmede viaduct near Lüdenscheid, built in 1968, was closed in December 2021 after inspectors found cracks in its steel girders.',
	'Since then up to 25,000 vehicles a day, many of them lorries, have been diverted through the town centre, and local firms say they have lost orders.',
];
const bridgePage = (title: string, date: string, own: readonly string[], below: readonly string[] = background): ComparedArticle => newsPage(title, date, own, below);
const blasting = bridgePage('Blasting date set for Rahmede viaduct', 'Posted on 3 April 2023', [
	'Engineers will bring down the Rahmede viaduct with explosives on 7 May, the motorway company Autobahn GmbH announced on Monday.',
	'About 150 kilograms of explosives are to be placed in the piers, and homes within 300 metres will be evacuated for the day.',
	'The replacement bridge is due to open to traffic in 2026, according to the federal transport ministry in Berlin.',
]);
const demolished = bridgePage('Lüdenscheid bridge to be demolished in May', 'Posted on 4 April 2023', [
	'Autobahn GmbH said on Monday that the crumbling Rahmede viaduct on the A45 will be blown up on 7 May.',
	'Residents living less than 300 metres from the structure must leave their homes while 150 kilograms of charges are detonated.',
	'Berlin expects traffic to cross a new bridge by 2026, a spokeswoman for the transport ministry said.',
]);

test('two rewrites of one story closing on the same background paragraphs keep them compared: their own texts share the story\'s figures', t => {
	const excluded = pairExclusions(blasting, demolished);
	t.false(excluded.left.some(item => item.reason === footerReason), JSON.stringify(excluded.left));
	const comparison = compareArticles(blasting, demolished);
	// The background paragraphs pair on one row each, side by side, and the pair is a copy of one story.
	t.is(comparison.rows.filter(row => row.kind === 'same' && row.left && row.right).length, 2);
	t.true(['verbatim', 'edited', 'rewritten'].includes(comparison.relation), `${comparison.relation} ${comparison.similarity}`);
});

test('two stories of one site with figures of their own, or only one figure in common, still leave the notice under them out', t => {
	const harbour = newsPage('Harbour closed after fuel spill', 'Posted on 22 April 2024', [
		'The harbour was closed for 12 hours on Sunday after about 400 litres of fuel leaked from a fishing boat.',
		'Divers from the coast guard laid 35 metres of booms around the boat before the tide turned.',
		'The port authority said ferries would run to the normal timetable from Monday morning.',
	]);
	const budget = newsPage('Council agrees school budget', 'Posted on 29 April 2024', [
		'The council agreed a budget of 18 million for the district\'s 35 schools at its meeting on Thursday night.',
		'Teachers will get 60 new classroom assistants, and 14 buildings will have their roofs repaired before the winter.',
		'Opposition members said the money would not cover the rising cost of heating the older schools.',
	]);
	const excluded = pairExclusions(harbour, budget);
	t.true(excluded.left.some(item => item.reason === footerReason), JSON.stringify(excluded.left));
	t.false(['identical', 'verbatim', 'edited', 'rewritten'].includes(compareArticles(harbour, budget).relation));
});
