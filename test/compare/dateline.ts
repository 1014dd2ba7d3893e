import {readdirSync, readFileSync} from 'node:fs';
import test from 'ava';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {compareArticles} from '../../source/compare/compare-articles.js';
import type {AnalyzedArticle, Article} from '../../source/corpus/article.js';
import {factLines} from '../../source/render/facts.js';

const seeds = new URL('../../corpus/', import.meta.url);
const seed = readFileSync(new URL(readdirSync(seeds).find(name => name.startsWith('000_'))!, seeds), 'utf8');
const source = (name: string, text: string): Article => ({id: name, path: name, name, text, size: text.length, warnings: [], meta: {}});
const compared = (a: string, b: string) => {
	const [left, right] = analyzeArticles([source('a.txt', a), source('b.txt', b)]) as [AnalyzedArticle, AnalyzedArticle];
	return compareArticles(left, right);
};

test('a changed dateline is a changed date, though the line is left out of the compared text: not identical', t => {
	t.regex(seed, /^December 08, 2024$/m);
	const comparison = compared(seed, seed.replace('December 08, 2024', 'December 08, 2023'));
	// A day with its year is one date (figures.ts): shown whole, as a reader checks it.
	t.deepEqual(comparison.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}:${fact.metadata}`), ['date:December 08, 2024→December 08, 2023:date']);
	t.is(comparison.relation, 'verbatim');
	t.is(comparison.changes, 1);
	t.is(comparison.rows[comparison.facts![0]!.row]!.kind, 'boilerplate');
	t.deepEqual(factLines(comparison.facts), ['facts changed: December 08, 2024 → December 08, 2023 (dateline)']);
	// The day changed: shown with its month and year.
	t.deepEqual(compared(seed, seed.replace('December 08, 2024', 'December 09, 2024')).facts!.map(fact => `${fact.left}→${fact.right}`), ['December 08, 2024→December 09, 2024']);
	// The same day in another notation is no change.
	t.is(compared(seed, seed.replace('December 08, 2024', '2024-12-08')).relation, 'identical');
});

test('datelines that agree, and chrome that differs, leave an identical pair identical', t => {
	t.is(compared(seed, seed).relation, 'identical');
	const other = seed.replace("Russia Says 'Terrorist Group' Cannot Be Allowed To Run Syria", 'Kremlin Names 3 Envoys For 2025 Talks');
	t.not(other, seed);
	const chrome = compared(seed, other);
	t.deepEqual(chrome.facts, []);
	t.is(chrome.relation, 'identical');
});

const wire = (dateline: string) =>
	`Bus crash kills six in Belgium\n\n${dateline}\n\nSix people were killed and eleven injured on Monday when a bus crashed into a wall near the town of Leuven, police said.\n\nThe bus, carrying twenty-four passengers, left Brussels at 7 a.m. and was heading to Ghent, a spokesman for the operator De Lijn said.\n\nEmergency services arrived within fifteen minutes, the regional governor told reporters. Three of the injured were in a serious condition.\n\nIt was the worst road accident in the region since 2015, according to official figures.\n`;

test('an agency dateline on its own line (place, date, agency) is metadata, not a credited caption: its changed date, place or agency is a dateline fact', t => {
	const facts = (a: string, b: string) => {
		const comparison = compared(wire(a), wire(b));
		return {relation: comparison.relation, facts: factLines(comparison.facts)};
	};
	t.deepEqual(facts('BRUSSELS, March 3, 2025 (Reuters)', 'BRUSSELS, March 3, 2024 (Reuters)'), {relation: 'verbatim', facts: ['facts changed: March 3, 2025 → March 3, 2024 (dateline)']});
	t.deepEqual(facts('BRUSSELS, March 3 (Reuters) -', 'BRUSSELS, March 4 (Reuters) -'), {relation: 'verbatim', facts: ['facts changed: March 3 → March 4 (dateline)']});
	t.deepEqual(facts('LEUVEN, Belgium (AP) —', 'GHENT, Belgium (AP) —'), {relation: 'verbatim', facts: ['facts changed: LEUVEN → GHENT (dateline)']});
	t.deepEqual(facts('BRUSSELS (Reuters) -', 'Brussels (AFP) -'), {relation: 'verbatim', facts: ['facts changed: Reuters → AFP (dateline)']});
	t.deepEqual(facts('BRUSSELS, March 3 (Reuters) -', 'BRUSSELS, March 3 (Reuters) -'), {relation: 'identical', facts: []});
	const [article] = analyzeArticles([source('a.txt', wire('BRUSSELS, March 3, 2025 (Reuters)'))]) as [AnalyzedArticle];
	const line = article.labels.lines.find(label => label.n === 3)!;
	t.like(line, {kind: 'metadata', metadata: 'dateline'});
	t.is(article.labels.meta.date, 'BRUSSELS, March 3, 2025 (Reuters)');
});

const post = (dateLine: string, comments: string) =>
	`Council approves the budget\n\n${dateLine}\n\nThe council approved the new budget of 12 million euros on Monday after a long debate about schools and roads in the city.\n\nThe mayor said the plan would be reviewed next year, and that the roads would come first.\n\nOpposition members voted against it, saying the schools had waited long enough.\n${comments}`;
const comments = ['Jewels October 23, 2012 at 3:41 pm', 'Kirsty Pope October 24, 2012 at 3:50 pm', 'Sam November 2, 2012 at 9:12 am']
	.map(header => `\n${header}\n\nI agree with the mayor, the roads are terrible.\n\nReply\n`)
	.join('');

test('one date line per article: comment headers and later date lines that one copy drops are no dateline facts', t => {
	const page = compared(post('October 23, 2012', comments), post('October 23, 2012', ''));
	t.deepEqual(page.facts!.filter(fact => fact.metadata), []);
	// The article's own date line still counts.
	t.deepEqual(factLines(compared(post('October 23, 2012', comments), post('October 22, 2012', '')).facts!.filter(fact => fact.metadata)), ['facts changed: October 23, 2012 → October 22, 2012 (dateline)']);
});

test('a page that dates its byline: a changed date there is a dateline fact, and the pair is not identical', t => {
	const comparison = compared(post('Written by Philip Proefrock on 24/10/12', ''), post('Written by Philip Proefrock on 24/10/13', ''));
	t.not(comparison.relation, 'identical');
	t.is(comparison.facts!.filter(fact => fact.metadata).length, 1);
	// A byline's other figures are no dates.
	t.deepEqual(compared(post('By Jane Doe, 5 min read', ''), post('By Jane Doe, 6 min read', '')).facts!.filter(fact => fact.metadata), []);
});

test('an "Updated" line above the publication date is not the article\'s date: a changed publication date is a fact', t => {
	// Fresh user E9: "Updated 5 March 2025" above "Published 3 March 2025" hid a changed publication date.
	const page = (published: string) => post(`Updated 5 March 2025\n\nPublished ${published}`, '');
	const comparison = compared(page('3 March 2025'), page('4 March 2025'));
	t.not(comparison.relation, 'identical');
	t.is(comparison.facts!.filter(fact => fact.metadata).length, 1);
	// The update line alone still dates the article.
	t.is(compared(post('Updated 5 March 2025', ''), post('Updated 6 March 2025', '')).facts!.filter(fact => fact.metadata).length, 1);
});

test('a date line with a credit or a reading time beside its date is the article\'s date line: a changed date there is a fact', t => {
	// Fresh user E17: "3 March 2024 | Reuters" was read as a photo credit, "Jane Doe · 3 March 2024 · 5 min read" as a menu.
	for (const [a, b] of [['3 March 2024 | Reuters', '4 March 2024 | Reuters'], ['Jane Doe · 3 March 2024 · 5 min read', 'Jane Doe · 4 March 2024 · 5 min read'], ['5 min read · 3 March 2024', '5 min read · 4 March 2024']]) {
		const comparison = compared(post(a!, ''), post(b!, ''));
		t.not(comparison.relation, 'identical', a);
		t.deepEqual(factLines(comparison.facts!.filter(fact => fact.metadata)), ['facts changed: 3 March 2024 → 4 March 2024 (dateline)'], a);
	}
});

test('an archive\'s list of months above a post dates nothing: the post\'s whole date is its dateline, in the labels and in diff (breaker10 H13)', t => {
	const blog = (date: string) => ['Harbour Notes', '', 'Archives', '', '  • July 2012', '  • June 2012', '  • May 2012', '  • April 2012', '', 'The price of a ferry ticket', '',
		'When something is free, people value it less, and the ferry company has learnt this the hard way over a long and expensive summer on the water.', '',
		'The alternative is to charge a little, to make the commitment real, and to spend what it brings on the boats and the people who sail them every day.', '',
		`Posted by Ann Writer on ${date} | Permalink`, ''].join('\n');
	const [left] = analyzeArticles([source('a.txt', blog('July 12, 2012'))]) as [AnalyzedArticle];
	t.regex(left.labels.meta.date ?? '', /July 12, 2012/);
	const comparison = compared(blog('July 12, 2012'), blog('July 19, 2012'));
	t.deepEqual(comparison.facts!.map(fact => `${fact.left}→${fact.right}:${fact.metadata}`), ['July 12, 2012→July 19, 2012:date']);
	t.not(comparison.relation, 'identical');
});

const bbc = (related: string) =>
	[
		'US & Canada',
		'',
		'23 July 2012 Last updated at 20:55 ET',
		'',
		'First US woman into space dies',
		'',
		'Sally Ride, the first American woman to travel into space, has died at the age of 61 after a 17-month battle with pancreatic cancer, her foundation said.',
		'',
		'She flew on the space shuttle Challenger in 1983 and again in 1984, and later served on the panels that investigated both shuttle disasters.',
		'',
		'After leaving Nasa she founded a company to encourage girls and young women to study science, maths and engineering.',
		related,
	].join('\n');

test('a related story\'s date after the article never dates it, and a date before "Last updated at" is the publication\'s (breaker11 J6)', t => {
	const box = ['', 'More on This Story', '', 'Related Stories', '', '    Nasa ends shuttle programme', '    28 JUNE 2012, SCIENCE & ENVIRONMENT', '    Women in space: a history', '    19 FEBRUARY 2012, MAGAZINE', ''].join('\n');
	const same = compared(bbc(''), bbc(box));
	t.deepEqual(same.facts ?? [], []);
	t.is(same.relation, 'identical');
	// The publication date itself changed: a fact still.
	const moved = compared(bbc(''), bbc(box).replace('23 July 2012', '24 July 2012'));
	t.deepEqual(factLines(moved.facts ?? []).some(line => line.includes('23 July 2012 → 24 July 2012')), true, JSON.stringify(moved.facts));
});

test('an e-mail date\'s zone offset is part of its clock time, not compared: the same day is no dateline fact (breaker11 J8)', t => {
	const mail = (date: string) => ['Factory fire kills 12 in Dhaka', '', date, '', 'A fire at a garment factory on the outskirts of Dhaka killed 12 workers on Monday, police said.', '', 'The blaze broke out at 9:30 a.m. and took firefighters three hours to control, a spokesman said.', ''].join('\n');
	for (const other of ['3 March 2025', 'Mon, 3 Mar 2025 10:12:00 GMT', 'Mon, 3 Mar 2025 11:12:00 +0100']) {
		t.deepEqual(compared(mail('Mon, 3 Mar 2025 10:12:00 +0000'), mail(other)).facts ?? [], [], other);
	}
	t.is(compared(mail('Mon, 3 Mar 2025 10:12:00 +0000'), mail('Tue, 4 Mar 2025 10:12:00 +0000')).facts!.filter(fact => fact.metadata).length > 0, true);
});

// Fresh user, eleventh session: J18, J25. A date or a title the source holds beside the text (JSON Lines, front matter) was never compared.
const body = 'A fire at a garment factory on the outskirts of Dhaka killed workers on Monday, police said.\n\nThe blaze broke out in the morning and took firefighters three hours to control, officials said.\n';
const held = (name: string, meta: Article['meta'], givenTitle?: string): Article => ({...source(name, body), meta, ...(givenTitle === undefined ? {} : {givenTitle})});
const comparedHeld = (a: Article, b: Article) => {
	const [left, right] = analyzeArticles([a, b]) as [AnalyzedArticle, AnalyzedArticle];
	return compareArticles(left, right);
};

test('the date a source gives beside the text dates an article whose text dates none: re-dated copies are no longer identical', t => {
	const comparison = comparedHeld(held('a', {date: '2025-03-03'}), held('b', {date: '2024-03-03T10:12:00+06:00'}));
	t.deepEqual(factLines(comparison.facts), ['facts changed: 2025-03-03 → 2024-03-03 (dateline)']);
	t.is(comparison.relation, 'verbatim');
	// The same day in another notation, or at another hour, is no change.
	t.is(comparedHeld(held('a', {date: '2025-03-03'}), held('b', {date: '2025-03-03T23:12:00Z'})).relation, 'identical');
	// A dated line in the text comes first: the source's date is compared only when the text dates none.
	t.is(comparedHeld({...source('a', `March 3, 2025\n\n${body}`), meta: {date: '2025-03-04'}}, source('b', `March 3, 2025\n\n${body}`)).relation, 'identical');
});

test('a title the source holds outside the text (front matter, JSON Lines) is compared: a changed figure in it is a fact', t => {
	const comparison = comparedHeld(held('a', {}, 'Factory fire kills 12 in Dhaka'), held('b', {}, 'Factory fire kills 21 in Dhaka'));
	t.deepEqual(factLines(comparison.facts), ['facts changed: 12 → 21 (title, number)']);
	// A headline figure replaced caps the copy at edited, as one in the text does (breaker12b L25).
	t.is(comparison.relation, 'edited');
	t.is(comparison.changes, 1);
	t.is(comparedHeld(held('a', {}, 'Factory fire kills 12 in Dhaka'), held('b', {}, 'Factory  fire kills 12 in dhaka')).relation, 'identical');
	// A title only one side holds, or one a side writes as a line of its text (compared there), is not compared here.
	t.is(comparedHeld(held('a', {}, 'Factory fire kills 12 in Dhaka'), held('b', {})).relation, 'identical');
	t.is(comparedHeld({...source('a', `Factory fire kills 12 in Dhaka\n\n${body}`), givenTitle: 'Factory fire kills 12 in Dhaka'}, held('b', {}, 'Factory fire kills 21 in Dhaka')).facts!.some(fact => fact.metadata === 'title'), false);
});

test("a web page's headline metadata (og:title) is compared by its figures and dates; its <title> alone, or a name in it, is not (breaker12 K35)", t => {
	const page = (name: string, givenTitle: string, extra: Partial<Article> = {}): Article => ({...source(name, body), dom: [], givenTitle, ...extra});
	const comparison = comparedHeld(page('a.html', 'Minister quits over 12 scandals'), page('b.html', 'Minister quits over 21 scandals'));
	t.deepEqual(factLines(comparison.facts), ['facts changed: 12 → 21 (title, number)']);
	t.is(comparison.relation, 'edited');
	// An exact figure turned vague ("12" → "dozens") is a changed figure too (breaker12b L25).
	const vague = comparedHeld(page('a.html', 'Bomb kills 12 in Kabul'), page('b.html', 'Bomb kills dozens in Kabul'));
	t.deepEqual(factLines(vague.facts), ['facts changed: 12 → dozens (title, number)']);
	t.is(vague.relation, 'edited');
	// Each site writes its own name in it: no change unless a figure or date changed.
	t.is(comparedHeld(page('a.html', 'Minister quits over scandals | The Daily Planet'), page('b.html', 'Minister quits over scandals - World News Today')).relation, 'identical');
	// A page's <title> alone is a template as often as a headline.
	t.is(comparedHeld(page('a.html', 'Minister quits over 12 scandals', {titleFromTag: true}), page('b.html', 'Minister quits over 21 scandals', {titleFromTag: true})).relation, 'identical');
});

// Fresh user, eleventh session: J27. A reading time on the date line was compared as part of the date.
test('a reading time or a count of comments on the date line is no part of the date: only the date is compared', t => {
	const page = (line: string) => `Factory fire kills 12 in Dhaka\n\n${line}\n\n${body}`;
	t.deepEqual(compared(page('Anna Reporter | March 3, 2025 | 4 min read'), page('March 3, 2025')).facts!.filter(fact => fact.metadata), []);
	t.deepEqual(compared(page('March 3, 2025 · 4 min read'), page('March 3, 2025 · 6 min read')).facts!.filter(fact => fact.metadata), []);
	t.deepEqual(compared(page('March 3, 2025 · 12 comments'), page('March 3, 2025 · 15 comments')).facts!.filter(fact => fact.metadata), []);
	// In German and French too, and a count of reads written with "x" (breaker16 B6: "(1599 x gelesen)" was the year 1599).
	const seite = (line: string) => `Brand in der Fabrik\n\n${line}\n\n${body}`;
	t.deepEqual(compared(seite('Geschrieben von Anna am 25.08.2015 (1599 x gelesen)'), seite('Geschrieben von Anna am 25.08.2015 (1604 x gelesen)')).facts!.filter(fact => fact.metadata), []);
	t.deepEqual(compared(page('3 mars 2025 · 1200 vues'), page('3 mars 2025 · 1350 vues')).facts!.filter(fact => fact.metadata), []);
	t.deepEqual(factLines(compared(page('March 3, 2025 · 4 min read'), page('March 4, 2025 · 4 min read')).facts), ['facts changed: March 3, 2025 → March 4, 2025 (dateline)']);
});

test('a byline that dates the article by a weekday alone yields to the whole date the source gives (breaker13 M41)', t => {
	const body = 'At least 12 people were killed when a fire swept through a garment factory in Dhaka on Monday, officials said.\n\nThe fire service said rescuers reached the site within an hour and pulled dozens of workers from the building.\n\nThe labour minister promised an inquiry into the causes of the fire and said the owners would be held to account.\n';
	const page = (date: string): Article => ({...source(date, `Factory fire kills 12 in Dhaka\n\nBy Anna Reporter · Monday\n\n${body}`), meta: {date: `${date}T09:00:00Z`}});
	const [a, b] = analyzeArticles([page('2025-03-03'), page('2025-03-10')]);
	const facts = compareArticles(a!, b!).facts ?? [];
	t.deepEqual(facts.map(fact => [fact.left, fact.right, fact.metadata]), [['2025-03-03', '2025-03-10', 'date']]);
	const [c, d] = analyzeArticles([page('2025-03-03'), page('2025-03-03')]);
	t.deepEqual(compareArticles(c!, d!).facts ?? [], []);
});

test('a relative time under the headline, alone, after a name or after a byline, dates nothing: two scrapes a day apart are identical (breaker13b N26)', t => {
	const page = (line: string) => `Factory fire kills twelve\n\n${line}\n\n${body}`;
	for (const [a, b] of [['3 hours ago', '2 days ago'], ['Anna Reporter, 3 hours ago', 'Anna Reporter, 2 days ago'], ['By Anna Reporter · Yesterday', 'By Anna Reporter · Today'], ['Published March 3, 2025 · Updated 2 hours ago', 'Published March 3, 2025 · Updated 1 day ago']]) {
		const comparison = compared(page(a!), page(b!));
		t.is(comparison.relation, 'identical', a);
		t.deepEqual(comparison.facts, [], a);
	}
});
