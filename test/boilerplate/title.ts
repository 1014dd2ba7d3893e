import test from 'ava';
import fc from 'fast-check';
import {labelArticle, ruleStates} from '../../source/boilerplate/classify.js';
import type {ArticleLabels} from '../../source/boilerplate/label.js';
import {buildCorpusEvidence} from '../../source/boilerplate/corpus-evidence.js';
import {deriveTitle} from '../../source/corpus/title.js';
import type {Decision, LineState} from '../../source/boilerplate/line-state.js';
import {articleStart, imagePlaceholder, linkShaped, notHeadlineShape, retitle} from '../../source/boilerplate/title.js';

const kindOf = (labels: ArticleLabels, n: number): string | undefined => labels.lines.find((line) => line.n === n)?.kind;

const prose = [
	'Heavy monsoon rain flooded large parts of the city on Tuesday, forcing dozens of garment factories to close and leaving thousands of workers without pay for the day.',
	'The drainage system, which officials have promised to upgrade for years, failed within hours as the water rose above knee height in several industrial districts.',
	'Factory owners said they expected the closures to last at least until Thursday, when forecasters predict that the rain will ease across the region.',
];

test('a plain text: a one-word first line followed by prose is the title, kept', (t) => {
	const text = ['Monsoon', '', ...prose.flatMap((p) => [p, ''])].join('\n');
	const labels = labelArticle(text);
	t.is(kindOf(labels, 1), 'title');
	t.is(deriveTitle(text, labels), 'Monsoon');
});

test('a plain text whose first line is a file slug, a widget\'s heading or a form is not titled by it (breaker18 M7)', (t) => {
	for (const first of ['minister-resigns-after-scandal-2024', 'Recent Posts by Jane Doe', 'Name: [ ] Email: [ ] [Submit]']) {
		const text = [first, '', ...prose.flatMap((p) => [p, ''])].join('\n');
		t.not(deriveTitle(text, labelArticle(text)), first, first);
	}
});

test('a plain text: a short first line is the title and the subtitle lines under it are the author\'s', (t) => {
	const text = ['Chronicle of the mountain season 1956', 'WITH FURTHER NOTES ON THE YEARS BEFORE BY A. WRITER', 'With 3 illustrations', '', ...prose.flatMap((p) => [p, ''])].join('\n');
	const labels = labelArticle(text);
	t.is(kindOf(labels, 1), 'title');
	t.is(kindOf(labels, 2), 'body');
	t.is(kindOf(labels, 3), 'body');
	t.is(deriveTitle(text, labels), 'Chronicle of the mountain season 1956');
});

test('a link is not a title: a list item, a chevron, a chevron left as an entity', (t) => {
	for (const link of ['WATCH VIDEO: Entertainment &raquo', '• Complete Coverage »', 'More from the weather desk ›']) {
		const text = [link, ...prose].join('\n');
		const labels = labelArticle(text);
		t.not(deriveTitle(text, labels), link, link);
		t.not(kindOf(labels, 1), 'title', link);
	}
});


test('a section kicker above a plain text\'s headline is no title: the headline under it is (fresh user J19)', (t) => {
	const headline = 'Flooded factories close across the city';
	for (const kicker of ['WORLD NEWS', 'BREAKING NEWS', 'EXCLUSIVE', 'Opinion', 'LIVE', 'Analysis', 'Explainer', 'Kommentar']) {
		const text = [kicker, '', headline, '', ...prose.flatMap((p) => [p, ''])].join('\n');
		const labels = labelArticle(text);
		t.is(kindOf(labels, 1), 'boilerplate', kicker);
		t.is(kindOf(labels, 3), 'title', kicker);
		t.is(deriveTitle(text, labels), headline, kicker);
	}
});

test('a short first line is still the title when no headline stands under it, or it is a headline in words of its own', (t) => {
	// A one-word title over prose; a capitals title over a short subtitle; a title that only opens with a rubric's word.
	for (const [first, second] of [['MONSOON', undefined], ['MOBY DICK', 'OR THE WHALE'], ['Opinion polls tighten before the vote', 'A close race in the north']] as const) {
		const text = [first, '', ...(second ? [second, ''] : []), ...prose.flatMap((p) => [p, ''])].join('\n');
		const labels = labelArticle(text);
		t.is(kindOf(labels, 1), 'title', first);
		t.is(deriveTitle(text, labels), first, first);
	}
});
/** Article paragraphs of a generated news page (nothing from the dev data). */
const story = [
	'The council approved a plan on Monday to close the old harbour bridge to cars for two years while engineers replace its rusting steel frame and the foundations beneath it.',
	'Traffic will be sent through the tunnel under the river, which the transport office says can carry the extra cars if the lights at both ends are timed again.',
	'Shop owners on the north bank said they feared losing customers who drive in from the villages, and asked the council to pay for a shuttle bus during the works.',
	'The mayor said the city would look at the request but warned that the budget for the repairs had already grown by a third since the plan was first drawn up.',
	'Work is due to start in the spring, after the tender for the steel has closed, and the bridge should open again to cars before the end of the following year.',
];

/** The header of a page dump: a menu, a date, the headline, an image, a byline. */
const header = (headline: string): string[] => ['  • Home', '  • News', '  • Sport', '  • Weather', '', 'City Desk | 3 March 2024', '', headline, '', '[bridge-photo]', 'Anna Berg', ''];

test('a short section heading under the headline ("About the author", with a bio and a topic list) is not the title', (t) => {
	const headline = 'Harbour bridge to close to cars for two years';
	const text = [
		...header(headline),
		'About the author',
		'',
		'    Anna Berg has covered city hall for the paper since 2015 and writes a weekly column about transport, housing and the politics of the harbour district.',
		'',
		'  • Transport',
		'  • City',
		'',
		...story.flatMap((p) => [p, '']),
		'Share this page Pin It',
	].join('\n');
	const labels = labelArticle(text);
	t.is(deriveTitle(text, labels), headline);
	t.not(kindOf(labels, text.split('\n').indexOf('About the author') + 1), 'title');
	t.is(labels.lines.find((line) => text.slice(line.span.start, line.span.end) === 'Share this page Pin It')?.category, 'share');
});

test('a reader\'s comment is never the title: the headline above the byline and date is', (t) => {
	const headline = '13 March: Harbour bridge to close for two years';
	const comment = (name: string, line: string, words: string) => [`[avatar] ${name} March 14, 2024 at 10:16 pm`, '', `    ${line}`, '', `    ${words}`, '', '    Reply', ''];
	const text = [
		'Translate This Blog',
		'',
		'[search]',
		'',
		headline,
		'',
		'by Anna Berg on March 13, 2024',
		'',
		'[bridge-photo]',
		'',
		story[0],
		'',
		'To read the council\'s plan in full, please CLICK HERE',
		'',
		'Previous post: Nine new buses for the north bank',
		'',
		'Next post: The tunnel at rush hour',
		'',
		'{ 3 comments… read them below or add one }',
		'',
		...comment('Maria', 'I believe in bridges!', 'My grandfather helped build this bridge and I hope they keep the old lamps when they repair it. He used to take us there every Sunday to watch the ships come in, and the lamps were always lit.'),
		...comment('Tom', 'Finally some good news for walkers', 'The rust has been falling on the footpath for years, so this is good news for everybody who walks here. I just hope the works do not take longer than the two years they promise us now.'),
		...comment('Ines', 'What about the buses?', 'I hope the shuttle bus will run on Sundays too, since many of us visit our families then. The tunnel is already full in the mornings and I do not see how it will carry all the cars.'),
		...comment('Paul', 'Thank you for this post', 'I read every post on this blog and this one made me think of the old days on the harbour. Please write more about the history of the bridge and the people who built it.'),
	].join('\n');
	const labels = labelArticle(text);
	t.is(deriveTitle(text, labels), headline);
});

test('a byline, a dateline, a share bar, tags, a trail, a caption: never headline-shaped, in several languages', (t) => {
	for (const line of [
		'Von Anna Berg, dpa',
		'By Anna Berg and Tom Wells',
		'Escrito por María José Berg',
		'Por Mariano Berg mberg@example.com',
		'Par Jeanne Berg',
		'di Mario Rossi',
		'Door Anna de Berg',
		'przez Jan Kowalski',
		'Posted by Anna Berg',
		'Text und Interview: Anna Berg',
		'Anna Berg , 01. Dez. 2017, 12:01 Uhr 3 min Lesezeit',
		'Beitrag von anna am 26/10/13, 03:48 pm',
		'Share by E-Mail',
		'Share Adjust Comment Print',
		'teilen tweeten mailen kommentieren',
		'Facebook Page · RSS Feed',
		'Join us on Facebook',
		'Follow the Harbour Desk on Twitter',
		'Leave a comment! | Published in City, Transport',
		'in Business, PRESS RELEASE',
		'Artikel, Unsere Forschung, Veranstaltungen',
		'Home › News › City',
		'Home›Technik›Freizeit',
		'You are here: Home / News / City',
		'skip to main | skip to sidebar',
		'Zum Inhalt springen',
		'35578303 story United States News',
		'Harbour workers at the old bridge.Cedida',
		'Harbour workers at the old bridge. (FILE)',
		'Foto: Anna Berg',
		'Harbour at dawn © Anna Berg',
	]) {
		t.true(notHeadlineShape(line, line.split(/\s+/u).length), line);
	}
});

test('a picture\'s file slug, its credit after its stand-in, a sidebar widget\'s heading, a form and a line of stand-ins are no headline (breaker17b L4)', (t) => {
	for (const line of [
		'harbour-bridge-at-dawn-concept',
		'old_harbour_bridge_2024',
		'[DSCF2931] Photo by Anna Berg / The Harbour Times',
		'[bridge-1] Foto: Anna Berg',
		'Recent Posts by Anna Berg',
		'Recent Posts from Places I Read',
		'More stories from the Harbour Times',
		'Search: [ ] [Search Titles] [Search Full Text]',
		'Your e-mail [____] [Subscribe]',
		'[top_1][top][top_2] [Keywords ] ● [top][top_5] [top]●',
	]) {
		t.true(notHeadlineShape(line, line.split(/\s+/u).length), line);
	}

	for (const line of ['Recent posts show a rise in harbour traffic', 'More stories of survival emerge from the harbour fire', 'Harbour bridge re-opens after two-year closure', '[Video] Harbour bridge re-opens to cars']) {
		t.false(notHeadlineShape(line, line.split(/\s+/u).length), line);
	}
});

test('headlines that look a little like bylines or tags stay headline-shaped', (t) => {
	for (const line of [
		'Di Maio attacca il governo sulle pensioni',
		'Share prices fall as banks report losses',
		'Viele Farben, viele Schablonen',
		'By the numbers: the harbour bridge in figures',
		'Von der Leyen visits the harbour',
		'Harbour bridge to close to cars for two years',
		'Was kostet die Brücke? Der Rat streitet',
		'»Das ist keine Brücke mehr« sagt der Bürgermeister',
		'Bridge works to start in 2025',
		'Facebook fined over harbour data leak',
		'Follow the money: who pays for the bridge',
	]) {
		t.false(notHeadlineShape(line, line.split(/\s+/u).length), line);
	}
});

test('any short name after a byline word is a byline (property)', (t) => {
	const name = fc.array(fc.constantFrom('Anna', 'Berg', 'José', 'Łucja', 'Müller', 'O\'Brien', 'Tom'), {minLength: 1, maxLength: 4}).map((parts) => parts.join(' '));
	const prefix = fc.constantFrom('By', 'BY', 'by', 'Von', 'Por', 'Escrito por', 'Par', 'di', 'Door', 'przez', 'Autor:', 'Written by');
	fc.assert(fc.property(prefix, name, (by, who) => notHeadlineShape(`${by} ${who}`, `${by} ${who}`.split(/\s+/u).length)));
	t.pass();
});

test('a byline between the headline and the article is not the title; the headline four blocks above is', (t) => {
	const headline = 'Harbour bridge to close to cars for two years';
	const text = ['  • Home', '  • News', '  • Sport', '', headline, '', '[bridge-photo]', '', 'Von Anna Berg, dpa', '', ...story.flatMap((p) => [p, ''])].join('\n');
	const labels = labelArticle(text);
	t.is(deriveTitle(text, labels), headline);
	t.not(kindOf(labels, 9), 'title');
});

test('a kicker stacked over the headline: the longer line is the headline', (t) => {
	const headline = 'Harbour bridge to close to cars for two years';
	const text = ['  • Home', '  • News', '  • Sport', '', 'City transport desk news', headline, '', '[bridge-photo]', '', ...story.flatMap((p) => [p, ''])].join('\n');
	const labels = labelArticle(text);
	t.is(deriveTitle(text, labels), headline);
});

test('an image\'s stand-in is never the title: "[image]", "Image: …", "Photo:", alt text, an image file', (t) => {
	// Fresh user (breaker8b) E16: "bg image(images/2013pfotenhintergrund.jpg)" was a page's title.
	for (const stand of ['[image]', '[IMG]', '[banner1]', 'Image: Reuters', 'Photo:', 'Alt text: placeholder', 'bg image(images/2013pfotenhintergrund.jpg)', 'images/flood-2024.jpg']) {
		t.true(imagePlaceholder(stand), stand);
		for (const text of [[stand, '', 'Monsoon floods the city', '', ...prose.flatMap((p) => [p, ''])].join('\n'), [stand, '', ...prose.flatMap((p) => [p, ''])].join('\n')]) {
			const labels = labelArticle(text);
			t.not(kindOf(labels, 1), 'title', stand);
			t.not(deriveTitle(text, labels), stand, stand);
		}
	}
	// Headlines about images are headlines.
	for (const headline of ['Images of the flood shock the city', 'Photographers win the regional prize', 'Imagine a city without cars']) t.false(imagePlaceholder(headline), headline);
});

test('a first line that only starts like chrome is the headline: a sign-up verb or a date before a clause (fresh user E8)', (t) => {
	const body = prose.slice(0, 2).join('\n\n');
	for (const headline of ['Sign up for free school meals, council urges', 'Subscribe or die: the newspaper crisis', 'March 3, 2025: the day everything changed']) {
		const labels = labelArticle(`${headline}\n\n${body}\n`);
		t.is(kindOf(labels, 1), 'title', headline);
		t.is(deriveTitle(`${headline}\n\n${body}\n`, labels), headline);
	}

	// A prompt about the site, or a date alone, stays what it is there too.
	t.is(kindOf(labelArticle(`Subscribe to our newsletter\n\n${body}\n`), 1), 'boilerplate');
	t.is(kindOf(labelArticle(`March 3, 2025\n\n${body}\n`), 1), 'metadata');
	t.is(kindOf(labelArticle(`Posted on March 3, 2025 by greenthumb\n\n${body}\n`), 1), 'metadata');
});

test('a form\'s field is not a title: a check box, a radio button or a text field as a dump prints them', (t) => {
	const header = ['Site logo', 'Email or Phone', '[                    ]        [Log In]', '[ ]Keep me logged in', ''];
	const text = [...header, 'A quieter way to message on the train', '', ...prose.flatMap((p) => [p, ''])].join('\n');
	const labels = labelArticle(text);
	t.not(kindOf(labels, 4), 'title');
	t.is(kindOf(labels, 6), 'title');
	t.is(deriveTitle(text, labels), 'A quieter way to message on the train');
	for (const field of ['[ ]Keep me logged in', '[X] Remember me', '( ) Yes', '[____] Search the site']) {
		const alone = [field, '', ...prose.flatMap((p) => [p, ''])].join('\n');
		t.not(deriveTitle(alone, labelArticle(alone)), field.replace(/^\S+\s*/u, ''), field);
		t.not(kindOf(labelArticle(alone), 1), 'title', field);
	}
});

test('reading aids are chrome and never the title: an audio player, a reading time, an advertisement\'s "continues below" (breaker10 H9)', (t) => {
	const header = ['World | Asia | Bangladesh', '', 'Factory fire kills twelve in Dhaka', '', 'By Anna Reporter, Dhaka Correspondent', 'Published March 3, 2025 · Updated 4:15 pm', '5 min read', '', 'Listen to this article', ''];
	const text = [...header, prose[0], '', 'Story continues below advertisement', '', prose[1], '', prose[2], ''].join('\n');
	const labels = labelArticle(text);
	t.is(kindOf(labels, 3), 'title');
	t.is(deriveTitle(text, labels), 'Factory fire kills twelve in Dhaka');
	for (const n of [7, 9, 13]) t.is(kindOf(labels, n), 'boilerplate', text.split('\n')[n - 1]);
	for (const aid of ['Reading Time: 3 mins read', 'Lesezeit: ca. 3 Minuten', 'Lesezeit von 4 Minuten', 'Tiempo de lectura: 8 minutos', '12 minute read', '4 Min Read', 'Listen (4 min)', 'Écouter cet article', 'Continue reading the main story']) {
		const alone = ['Factory fire kills twelve in Dhaka', '', aid, '', ...prose.flatMap((p) => [p, ''])].join('\n');
		const aidLabels = labelArticle(alone);
		t.is(kindOf(aidLabels, 3), 'boilerplate', aid);
		t.is(deriveTitle(alone, aidLabels), 'Factory fire kills twelve in Dhaka', aid);
	}
	// A sentence that speaks of listening or of minutes is prose.
	t.is(kindOf(labelArticle(['Factory fire kills twelve in Dhaka', '', 'Listen to this article before the vote, the minister told parliament on Tuesday.', '', ...prose.flatMap((p) => [p, ''])].join('\n')), 3), 'body');
});

// Fresh user (breaker11 J5): a photo credit, a sidebar line, a site's tagline, a headline in a box inside the article were titles.

test('a photo credit under a picture is never the title: the headline above the picture is (breaker11 J5)', (t) => {
	const headline = 'Harbour Town Becomes a Hub for Bridge Engineers';
	for (const credit of ['Anna Berg for The Daily Planet', 'Illustration by Tom Wells/The Daily Planet', 'Tom Wells / Harbour Archive', 'Photo by Tom Wells']) {
		const text = ['  • Home', '  • News', '  • Sport', '', 'Advertise on DailyPlanet.com', '', headline, '', '[HARBOUR-articleLarge]', credit, '', 'Engineers from six countries inspect the rusting frame of the old harbour bridge, which the council wants to close to cars for two years from the spring.', '', 'By ANNA BERG', '', 'Published: March 3, 2024', '', ...story.flatMap((p) => [p, ''])].join('\n');
		const labels = labelArticle(text);
		t.is(deriveTitle(text, labels), headline, credit);
	}
});

test('credits, a picture\'s "View Full Size" link, a row of image stand-ins: never headline-shaped', (t) => {
	for (const line of ['Photo by Harold Laudeus', 'Illustration by Sam Manchester/The Daily Planet', 'Photographs by Anna Berg', 'Foto von Anna Berg', 'The families of those hurt at the bridge gather for... View Full Size', 'Click to enlarge this picture']) {
		t.true(notHeadlineShape(line, line.split(/\s+/u).length), line);
	}

	t.true(imagePlaceholder('[Harbour_John] [Harbour_Rebe] [Harbour_Alex] [Alex_AP2577]'));
	for (const headline of ['Photographers win the regional prize', 'Photo finish decides the harbour regatta', 'Illustrations of the old harbour go on show', 'View from the bridge: a year of repairs']) {
		t.false(notHeadlineShape(headline, headline.split(/\s+/u).length), headline);
	}

	t.false(imagePlaceholder('[Update] Harbour bridge to close'));
});

/** A post of a blog whose header is a menu (with a "Most popular" link), the site's name and its tagline, printed on every page. */
const taglinePost = (headline: string, paragraphs: string[]): string =>
	['  • Home', '  • About', '  • Books', '  • Most popular', '  • Subscribe', '', 'The Harbour Log', '', 'The blog of Anna Berg on harbours', '', headline, '', 'by Anna on July 15, 2024', '', ...paragraphs.flatMap((p) => [p, '']), 'Tagged as: Bridges, Ferries', ''].join('\n');

test('a site\'s tagline printed on every page is not the title: the post\'s headline under it is (breaker11 J5, The Endeavour)', (t) => {
	const headlines = ['The old bridge and its lamps', 'Ferries at rush hour again', 'A guide to the harbour tunnel', 'Why the shuttle bus runs late'];
	const texts = headlines.map((headline, i) => taglinePost(headline, [story[i], story[i + 1]]));
	const evidence = buildCorpusEvidence(texts);
	for (const [i, text] of texts.entries()) {
		const labels = labelArticle(text, evidence);
		t.is(deriveTitle(text, labels), headlines[i], headlines[i]);
	}
});

/**
 * The line states of `blocks` (one block each, blank lines between) after the rule passes, with the
 * decisions the fitted decision would leave on them set by hand: what retitle and articleStart read.
 */
const decided = (blocks: Array<[text: string, final?: Decision, repeated?: boolean]>): LineState[] => {
	const {states} = ruleStates(blocks.map(([text]) => text).join('\n\n'));
	if (states.length !== blocks.length) throw new Error(`${states.length} blocks made of ${blocks.length}`);
	for (const [i, [, final, repeated]] of blocks.entries()) {
		states[i].final = final;
		states[i].repeated = repeated ? {kind: 'boilerplate', category: 'template', reason: 'repeated in 9 stories'} : undefined;
	}

	return states;
};

const body: Decision = {kind: 'body'};
const chrome: Decision = {kind: 'boilerplate', category: 'navigation', reason: 'menu separators'};
const template: Decision = {kind: 'boilerplate', category: 'template', reason: 'repeated in 9 stories'};
const comments: Decision = {kind: 'boilerplate', category: 'comments', reason: 'comment date or author'};
const caption: Decision = {kind: 'boilerplate', category: 'caption', reason: 'photo caption'};

test('a short post title right above the body is the title, not a sidebar line the site repeats on every page (breaker11 J5, Seth\'s Blog)', (t) => {
	const states = decided([
		...['Home', 'Archives', 'Books', 'Subscribe'].map((item): [string, Decision] => [`  • ${item}`, chrome]),
		['Blog powered by TypePad', template, true],
		['Member since 08/2003', {kind: 'title'}, true],
		['« The puzzle joint | Blog Home | Two deadlines »', chrome],
		['Yesterday\'s over'],
		[story[0], body],
		[story[1], body],
	]);
	t.is(retitle(states), 7);
	t.is(states[7].final?.kind, 'title');
	t.not(states[5].final?.kind, 'title');
});

test('a comment thread longer than the post is not where the article starts (breaker11 J5, The Endeavour)', (t) => {
	const thread = (name: string, words: string): Array<[string, Decision?]> => [[`${name} 07.15.24 at 11:59`, comments], [words, body]];
	const states = decided([
		['Ancient understanding of tides'],
		['by Anna on July 15, 2024', {kind: 'metadata', metadata: 'date'}],
		[story[0], body],
		['Tagged as: History, Science', chrome],
		['{ 4 comments… read them below or add one }', {kind: 'boilerplate', category: 'comments', reason: 'comment thread'}],
		['1', template],
		...thread('Maria Stone', `${story[1]} ${story[2]}`),
		...thread('Tom Wells', `${story[3]} ${story[4]}`),
		...thread('Ines Vogel', `${story[2]} ${story[0]}`),
	]);
	t.is(articleStart(states), 2);
	t.is(retitle(states), 0);
});

test('a picture with its caption and credit between paragraphs does not split the article, nor is a box\'s headline under it the title (breaker11 J5, NBC)', (t) => {
	const states = decided([
		['Harbour bridge to close to cars for two years'],
		['By Anna Berg', {kind: 'metadata', metadata: 'byline'}],
		[story[0], body],
		[story[1], body],
		['1. Image: Cheetah', caption],
		['Tom Wells / Harbour Archive', chrome],
		['The families of those hurt at the bridge gather for... View Full Size', chrome],
		['Mother Nature\'s Olympians crowned', chrome],
		[story[2], body],
		[story[3], body],
		[story[4], body],
	]);
	t.is(articleStart(states), 2);
	t.is(retitle(states), 0);
});

test('a short headline with a figure and a common word ("80-20 software") is a headline, not a time or a date alone (breaker11 J5, The Endeavour)', (t) => {
	const states = decided([
		...['Home', 'About', 'Books', 'Subscribe'].map((item): [string, Decision] => [`  • ${item}`, chrome]),
		['The Harbour Log', template, true],
		['The blog of Anna Berg on harbours', {kind: 'title'}, true],
		['80-20 software'],
		['by Anna on July 23, 2024', {kind: 'metadata', metadata: 'date'}],
		[story[0], body],
		[story[1], body],
	]);
	t.is(retitle(states), 6);
	// Times and dates alone stay no headline.
	for (const line of ['03:06 PM EDT', '12.05.2021', 'Jul 23 2024']) {
		const alone = decided([[line], [story[0], body], [story[1], body]]);
		t.not(retitle(alone), 0, line);
	}
});

/** A newspaper page as a dump prints it: menu, kicker, headline, a standfirst without its full stop, share bar, byline and date, a photo's alt text with its caption right below it, then the story. */
const paperPage = (headline: string, standfirst: string): string => [
	'  • News', '  • World', '  • Business', '  • Sport', '  • Culture', '',
	'Harbour notes: the coastal towns series', '',
	headline, '',
	standfirst, '',
	'  • Share', '  • Tweet this', '',
	'  • Jane Example in Portsmouth', '  • Monday 29 October 2012 13.42 GMT', '',
	'Portsmouth harbour ferry terminal at dawn',
	'Passengers board the early ferry at the harbour, where fares rose twice this year. Photograph: John Example',
	'',
	...prose.flatMap((p) => [p, '']),
	'Residents said the council had not consulted them before the fares rose, and a petition against the rise has gathered more than four thousand names since the spring.',
].join('\n');

test('a photo\'s alt text printed right above its caption is not the headline: the headline above the standfirst is (breaker14 P3, Guardian dumps)', (t) => {
	const text = paperPage('Ferry fares rise again as the harbour counts its losses', 'Travellers face a third rise in a year after the operator blamed fuel costs, and the council says it cannot step in.');
	const labels = labelArticle(text);
	t.is(deriveTitle(text, labels), 'Ferry fares rise again as the harbour counts its losses');
	t.not(labels.lines.find((line) => text.slice(line.span.start, line.span.end) === 'Portsmouth harbour ferry terminal at dawn')?.kind, 'title');
});

test('a short headline over a standfirst of twenty words without a full stop is the headline, not the standfirst (breaker14 P3, Guardian dumps)', (t) => {
	const text = paperPage('Ferry fares soar', 'A run of fare rises above inflation has pushed daily commuters towards the road bridge in the months before the winter timetable');
	const labels = labelArticle(text);
	t.is(deriveTitle(text, labels), 'Ferry fares soar');
});

test('a post\'s headline that the site\'s other pages list under "Latest posts" is still its title, not the last teaser above it (breaker14 P2)', (t) => {
	// As the decision leaves a crawled folder of one site: the teasers the other pages list too are template, the last
	// one (a post no other page of the folder lists) is not; the post's own headline is template, for they all list it.
	const states = decided([
		...['Home', 'Blog', 'Briefings'].map((item): [string, Decision] => [`  • ${item}`, chrome]),
		['Latest Blog Posts', template, true],
		['Harbour Workers Vote to End the Strike', template, true],
		['Mayor Visits Flooded Villages on the Coast', template, true],
		['Weekly Harbour Briefing Number Ten Is Published Today', chrome],
		['Council Opens the New Ferry Terminal to Passengers', template, true],
		['Jane Example', chrome],
		['July 23, 2012', {kind: 'metadata', metadata: 'date'}],
		['10:48 AM EDT'],
		['Share This Post', {kind: 'boilerplate', category: 'share', reason: 'share links'}],
		[story[0], body],
		[story[1], body],
	]);
	t.is(retitle(states), 7);
	// A line the site repeats with a line of the page's own between it and the article (a tagline over a short headline) is not it.
	const tagline = decided([
		['The blog of Anna Berg on harbours', template, true],
		['Ferries late', chrome],
		['Ferry timetable changes again this week', undefined],
		['July 23, 2012', {kind: 'metadata', metadata: 'date'}],
		[story[0], body],
		[story[1], body],
	]);
	t.is(retitle(tagline), 2);
});

/** A web page's header and footer around an article (a menu, a search box, a sidebar, a footer): a dump's page, not a plain text. */
const pageAround = (header: string[], article: string[]): string =>
	[
		'Home | News | Sport | Weather | Travel',
		'',
		'Search term: [                    ] Search',
		'',
		...header,
		'',
		...article,
		'',
		'Related',
		'',
		'  • Council votes on new ferry timetable',
		'  • Harbour dredging to start in March',
		'',
		'© 2012 The Harbour Gazette. All rights reserved. Terms of Use · Privacy · Cookies',
	].join('\n');

test('an author\'s bio under "About the author" is no headline: the headline above the author box is (a bio line has no final stop, as a headline)', (t) => {
	const text = pageAround(
		['Opinion | 20 July 2012', '', 'The quiet cost of the flooded factories', '', '[photo_44]', '', 'Mara Lindqvist', '', 'About the author', '', '    Mara is a reporter, editor and labour historian. Her latest book is Rivers of Thread (Harbour Press)', '', 'Share this page', ''],
		prose.flatMap((p) => [p, '']),
	);
	const labels = labelArticle(text);
	t.is(deriveTitle(text, labels), 'The quiet cost of the flooded factories');
});

test('a blog post\'s headline printed as a list item, its byline and date right under it, is the headline (a dump of a post list)', (t) => {
	const text = pageAround(
		['The Harbour Blog', '', 'Harbour Page · RSS Feed', ''],
		['  • [274991_500]', '      □ Night Ferries Return to the Outer Islands', '        by Ana Ruiz on Wednesday, October 19, 2011 at 1:31pm', '', ...prose.flatMap((p) => [`        ${p}`, ''])],
	);
	const labels = labelArticle(text);
	t.is(deriveTitle(text, labels), 'Night Ferries Return to the Outer Islands');
});

const dated: Decision = {kind: 'metadata', metadata: 'date'};
const commentLink: Decision = {kind: 'boilerplate', category: 'comments', reason: 'comment counter'};

test('a header line that shares no word with the article (a shop\'s note, a player\'s label) is not its headline when a headline above shares the article\'s words (breaker16 B7)', (t) => {
	const states = decided([
		['Harbour bridge to close to cars for two years', chrome],
		['Prices checked daily with our partner shops online', chrome],
		[story[0], body],
		[story[1], body],
	]);
	t.is(retitle(states), 0);
	// A headline in its place, over its date, stays the headline whatever its words ("Yesterday's over" is a headline).
	const placed = decided([
		['Harbour bridge to close to cars for two years', chrome],
		['What the river gave back to us', chrome],
		['July 23, 2012', dated],
		[story[0], body],
		[story[1], body],
	]);
	t.is(retitle(placed), 1);
});

test('a blog\'s link to the previous post ("« … | Main", "← …") is no headline; a French quotation opening a headline is (breaker16 B7)', (t) => {
	const states = decided([
		['Harbour bridge to close to cars for two years', chrome],
		['« Ferry timetable changes again this week | Main', chrome],
		[story[0], body],
		[story[1], body],
	]);
	t.is(retitle(states), 0);
	for (const link of ['« Ferry timetable changes again | Main', '← Das F-Wort – Teil 2', '&laquo; Older post about the bridge']) t.true(linkShaped.test(link), link);
	for (const headline of ['« Je pars » : le maire quitte la ville', '«Nous restons» disent les pêcheurs', 'Harbour bridge closes »']) t.is(linkShaped.test(headline), headline.endsWith('»'), headline);
});

test('a comment link in the header ("12 Comments") does not hide the headline above it; past it a line must share the article\'s words (breaker16 B7)', (t) => {
	const states = decided([
		['Harbour bridge to close to cars for two years', chrome],
		['By Jane Example', {kind: 'metadata', metadata: 'byline'}],
		['12 Comments', commentLink],
		[story[0], body],
		[story[1], body],
	]);
	t.is(retitle(states), 0);
	const prompt = decided([
		['Not a member? Join the club today', chrome],
		['• Comments', commentLink],
		[story[0], body],
		[story[1], body],
	]);
	t.is(retitle(prompt), undefined);
});

test('a page\'s control ("Jump to Recipe", "Toggle navigation", "Springe zum Inhalt", "Sign In") and a language picker are no headline (breaker16 B7)', (t) => {
	for (const control of ['Jump to RecipePrint Recipe', 'Toggle navigation Harbour Gazette (Logo)', 'Primäres Menü Springe zum Inhalt', 'Videos Sign In Sign Out Subscribe', 'Zum MenüZur SucheZum Inhalt', 'Escucha esta nota aquí', 'Arabic Chinese (Simplified) Dutch English French German Italian', 'Deutsch English Français Español']) {
		t.true(notHeadlineShape(control, control.split(/\s+/u).length), control);
	}

	for (const headline of ['Sign up for free school meals, council urges', 'English and French fishermen settle the scallop war', 'Jump in house prices surprises the bank', 'Show of strength at the harbour']) {
		t.false(notHeadlineShape(headline, headline.split(/\s+/u).length), headline);
	}
});
