import test from 'ava';
import {parseDate, parseDateSpan} from '../../source/text/dates.js';
import {articleDateLine, datesEvent, labelArticle} from '../../source/boilerplate/classify.js';
import {datesUpdate, publicationPart} from '../../source/boilerplate/metadata.js';
import {compareArticles} from '../../source/compare/compare-articles.js';
import {buildCorpusEvidence} from '../../source/boilerplate/corpus-evidence.js';
import type {ArticleLabels} from '../../source/boilerplate/label.js';
import {sentence, story} from './stories.js';

/** Label of each non-blank line, keyed by its text. */
const byText = (text: string, labels: ArticleLabels): Map<string, string> =>
	new Map(labels.lines.map(line => [text.slice(line.span.start, line.span.end).trim(), line.kind === 'boilerplate' ? `boilerplate:${line.category}` : line.metadata ? `metadata:${line.metadata}` : line.kind]));

const body = story(1);

test('a clean article loses nothing', t => {
	const labels = labelArticle(body);
	t.true(labels.lines.every(line => line.kind === 'body'));
	t.is(labels.boilerplateShare, 0);
	t.is(labels.language, 'en');
});

test('a headline list with dangling dashes and its heading are headlines', t => {
	const text = `Latest\nFirst other story of the day -\nSecond other story here -\nA third one? -\n\nThe Title Of The Article\n\n${body}`;
	const labels = byText(text, labelArticle(text));
	t.is(labels.get('Latest'), 'boilerplate:headlines');
	t.is(labels.get('A third one? -'), 'boilerplate:headlines');
	t.is(labels.get('The Title Of The Article'), 'title');
});

test('bullet points between paragraphs stay in the body; a bullet list after the article is chrome', t => {
	const inside = `${sentence(1, 0)}\nThe changes:\n- higher wages for carers\n- new ticket rules\n- longer refund periods\n${sentence(1, 1)}\n${sentence(1, 2)}`;
	t.true(labelArticle(inside).lines.every(line => line.kind === 'body'));
	const after = `${body}\n\nMost read\n- Storm warning for the west coast\n- Supermarket recalls cheese\n- New frog species found`;
	const labels = byText(after, labelArticle(after));
	t.is(labels.get('- Supermarket recalls cheese'), 'boilerplate:related');
});

test('previous/next links, separators and lone section names after the body are navigation', t => {
	const text = `${body}\n\nMorocco\n\n-\n\nPREV Spain approves a shorter working week\nNEXT Italian parliament debates a bill\n« Article précédent\nСледующая статья →`;
	const labels = byText(text, labelArticle(text));
	for (const line of ['Morocco', '-', 'PREV Spain approves a shorter working week', 'NEXT Italian parliament debates a bill', '« Article précédent', 'Следующая статья →']) {
		t.is(labels.get(line), 'boilerplate:navigation', line);
	}
});

test('a sentence starting with "Next" is not navigation', t => {
	const text = `${sentence(2, 0)}\n\nNext week, the council will vote on the plan after a long debate with residents and the mayor.\n\n${sentence(2, 1)}`;
	t.is(byText(text, labelArticle(text)).get('Next week, the council will vote on the plan after a long debate with residents and the mayor.'), 'body');
});

for (const [language, reply, notice] of [
	['en', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *'],
	['fr', 'Laisser un commentaire', 'Votre adresse e-mail ne sera pas publiée.'],
	['es', 'Deja una respuesta', 'Tu dirección de correo electrónico no será publicada.'],
	['ru', 'Оставить комментарий', 'Ваш адрес email не будет опубликован.'],
] as const) {
	test(`comment forms (${language})`, t => {
		const text = `${body}\n\n${reply}\n\n${notice}\n\n3 comments`;
		const labels = byText(text, labelArticle(text));
		t.is(labels.get(reply), 'boilerplate:comments');
		t.is(labels.get(notice), 'boilerplate:comments');
		t.is(labels.get('3 comments'), 'boilerplate:comments');
	});
}

test('share, related, newsletter, legal and scraper lines are named', t => {
	const text = `${body}\n\nShare: Facebook Twitter WhatsApp\n\nRead more: Another story about something\n\nSubscribe to our newsletter\n\n© 2025 Example Media. All rights reserved.\n\nWe use cookies to improve your experience on our site.\n\nOriginal url:\n\n<https://example.org/story>\n\nhttps://example.org/other`;
	const labels = labelArticle(text);
	const names = byText(text, labels);
	t.is(names.get('Share: Facebook Twitter WhatsApp'), 'boilerplate:share');
	t.is(names.get('Read more: Another story about something'), 'boilerplate:related');
	t.is(names.get('Subscribe to our newsletter'), 'boilerplate:newsletter');
	t.is(names.get('© 2025 Example Media. All rights reserved.'), 'boilerplate:legal');
	t.is(names.get('We use cookies to improve your experience on our site.'), 'boilerplate:legal');
	t.is(names.get('Original url:'), 'boilerplate:scraper');
	t.is(names.get('<https://example.org/story>'), 'metadata:url');
	t.is(names.get('https://example.org/other'), 'boilerplate:scraper');
	t.is(labels.meta.url, 'https://example.org/story');
});

test('title, date, byline and photo caption above the body', t => {
	const text = `# The Title Of The Story\n\nBy Jane Doe\nMarch 3, 2025\n\nA crowd in the square on Sunday. **AP Photo / John Smith**\n\n${body}`;
	const labels = labelArticle(text);
	const names = byText(text, labels);
	t.is(names.get('# The Title Of The Story'), 'title');
	t.is(names.get('By Jane Doe'), 'metadata:byline');
	t.is(names.get('March 3, 2025'), 'metadata:date');
	t.is(names.get('A crowd in the square on Sunday. **AP Photo / John Smith**'), 'boilerplate:caption');
	t.deepEqual(labels.meta, {byline: 'By Jane Doe', date: 'March 3, 2025'});
});

test('a title printed twice: the first is the title, the second its repeat', t => {
	const text = `The Same Title Twice\n\nThe same title twice\n\n${body}`;
	const labels = labelArticle(text);
	t.deepEqual(labels.lines.slice(0, 2).map(line => line.kind === 'boilerplate' ? line.category : line.kind), ['title', 'repeated-title']);
});

test('an article that starts with prose has no title', t => {
	t.false(labelArticle(body).lines.some(line => line.kind === 'title'));
});

test('Cyrillic, accented Latin and CJK articles are not flagged for being non-English', t => {
	for (const text of [
		'Правительство региона утвердило программу ремонта сельских дорог.\nВ первую очередь отремонтируют участки, ведущие к школам.\nРаботы начнутся в мае.',
		'Les quais sont fermés au public depuis mardi soir.\nLa préfecture surveille la situation heure par heure.\nAucune évacuation n’est prévue.',
		'上海地铁新线路将于本周六正式开通运营。\n新线路连接城市西部的多个大型居住区和中心城区。\n不少沿线居民表示通勤时间可以缩短。',
		'気象台は二十日、市内の桜が開花したと発表した。\n平年より五日早い開花となった。\n来週末には多くの花見客が訪れる見込みだ。',
	]) {
		t.true(labelArticle(text).lines.every(line => line.kind === 'body'), text.slice(0, 20));
	}
});

test('a line in many different stories is template; the same line in copies of one story is not', t => {
	const blurb = 'The Gazette has served the coastal towns since 1921 and is owned by its readers.';
	const site = [1, 2, 3, 4].map(i => `Title number ${i} here\n\n${story(i)}\n\n${blurb}`);
	const siteLabels = labelArticle(site[0], buildCorpusEvidence(site));
	t.is(byText(site[0], siteLabels).get(blurb), 'boilerplate:template');
	const copies = [1, 1, 1, 1].map(() => `Title here\n\n${story(7)}\n\n${blurb}`);
	const copyLabels = labelArticle(copies[0], buildCorpusEvidence(copies));
	t.is(byText(copies[0], copyLabels).get(blurb), 'body');
});

test('prose repeated across stories is kept when it sits between the article’s own paragraphs', t => {
	const shared = 'Russia launched its full-scale invasion of Ukraine in February 2022, starting the largest war in Europe since 1945.';
	const texts = [1, 2, 3, 4].map(i => `${sentence(i, 0)}\n\n${shared}\n\n${sentence(i, 1)}\n\n${sentence(i, 2)}`);
	const labels = labelArticle(texts[0], buildCorpusEvidence(texts));
	t.is(byText(texts[0], labels).get(shared), 'body');
});

test('siblings: a short line no other copy has is chrome', t => {
	const copy = `${story(3)}\n\nMorocco news\n\n${sentence(3, 9)}`;
	const sibling = `${story(3)}\n\n${sentence(3, 9)}`;
	t.is(byText(copy, labelArticle(copy)).get('Morocco news'), 'body');
	t.is(byText(copy, labelArticle(copy, undefined, [sibling])).get('Morocco news'), 'boilerplate:navigation');
});

test('line numbers and spans follow CR, LF and CRLF line endings', t => {
	const text = 'Title Line Here\r\n\r\nLeave a Reply\rThe first sentence of the body is long enough to be prose, really.\nAnd the second sentence of the body is also long enough to count.';
	const labels = labelArticle(text);
	t.deepEqual(labels.lines.map(line => line.n), [1, 3, 4, 5]);
	t.is(text.slice(labels.lines[1].span.start, labels.lines[1].span.end), 'Leave a Reply');
});

test('the title is the headline above the body, not a leftover button between them', t => {
	const text = `Live\nHeavy snow disrupts flights across northern Europe\nUpdated 11:42 GMT, 7 January 2025\nShare\nCopy link\n${body}`;
	const names = byText(text, labelArticle(text));
	t.is(names.get('Heavy snow disrupts flights across northern Europe'), 'title');
	t.is(names.get('Copy link'), 'boilerplate:share');
});

test('a first line shaped like a headline question is the title', t => {
	const text = `Is a heat pump worth it in an old house?\n${body}`;
	t.is(byText(text, labelArticle(text)).get('Is a heat pump worth it in an old house?'), 'title');
});

test('a one-word sentence closing the article is kept; pagination is navigation', t => {
	const text = `${body}\nGracias.\nSeite 1 von 2`;
	const names = byText(text, labelArticle(text));
	t.is(names.get('Gracias.'), 'body');
	t.is(names.get('Seite 1 von 2'), 'boilerplate:navigation');
});

test('pathological lines are all labelled (how long it takes is a figure of npm run bench)', t => {
	const bulletBlocks = Array.from({length: 20_000}, (_, i) => (i % 4 === 3 ? 'Some short line here' : `- item number ${i}`)).join('\n');
	for (const text of ['['.repeat(200_000) + ']('.repeat(100_000), '*a_b '.repeat(100_000), `${'x'.repeat(300_000)}\n`.repeat(3), bulletBlocks]) {
		const labels = labelArticle(text);
		const nonBlank = text.split('\n').filter(line => line.trim()).length;
		t.is(labels.lines.filter(line => text.slice(line.span.start, line.span.end).trim()).length, nonBlank);
		t.true(labels.boilerplateShare >= 0 && labels.boilerplateShare <= 1);
	}
});

test('after a press-release end mark, the issuer boilerplate is not body', t => {
	const text = `${body}\n###\nAbout Northwind Energy\nNorthwind Energy is a renewable energy company headquartered in London, with farms in seven countries.`;
	const names = byText(text, labelArticle(text));
	t.is(names.get('###'), 'boilerplate:navigation');
	t.is(names.get('Northwind Energy is a renewable energy company headquartered in London, with farms in seven countries.'), 'boilerplate:template');
});

test('markers in Ukrainian, Korean, Italian and Portuguese', t => {
	const text = `${body}\nЧитайте також: інша новина\nПоділитися\n무단 전재 및 재배포 금지\nLeggi anche: un altro articolo\nPartilhe este artigo`;
	const names = byText(text, labelArticle(text));
	t.is(names.get('Читайте також: інша новина'), 'boilerplate:related');
	t.is(names.get('Поділитися'), 'boilerplate:share');
	t.is(names.get('무단 전재 및 재배포 금지'), 'boilerplate:legal');
	t.is(names.get('Leggi anche: un altro articolo'), 'boilerplate:related');
	t.is(names.get('Partilhe este artigo'), 'boilerplate:share');
});

test('headline and standfirst above the byline: the headline is the title, the standfirst body', t => {
	const text = `World\nEurope\nGermany's coalition collapses after finance minister is fired\nChancellor calls confidence vote for January, opening the way to early elections\nBy Anna Schmidt in Berlin\nThu 7 Nov 2024 09.12 GMT\nShare\n${body}`;
	const names = byText(text, labelArticle(text));
	t.is(names.get("Germany's coalition collapses after finance minister is fired"), 'title');
	t.is(names.get('Chancellor calls confidence vote for January, opening the way to early elections'), 'body');
	t.is(names.get('Europe'), 'boilerplate:navigation');
});

test('under a "Most viewed" heading, a short question is a headline; after an inline related link, prose is body', t => {
	const listed = `${body}\nMost viewed\nLive: the results as they come in tonight\nWhy did the polls get it wrong again?\nThe best winter coats, tested by experts`;
	t.is(byText(listed, labelArticle(listed)).get('Why did the polls get it wrong again?'), 'boilerplate:related');
	const inline = `${body}\n\n**Read more:** [How cities help pollinators](https://example.org/x)\n\nThey recommend keeping shade and water points in the city.`;
	t.is(byText(inline, labelArticle(inline)).get('They recommend keeping shade and water points in the city.'), 'body');
});

test('a text without prose (a poem) keeps its lines', t => {
	const text = 'The Road Home\n\nthe rain came down on the old stone wall\nand the fields were green beyond the town\nwe walked until the light was gone\n\nShare';
	const names = byText(text, labelArticle(text));
	t.is(names.get('the rain came down on the old stone wall'), 'body');
	t.is(names.get('we walked until the light was gone'), 'body');
	t.is(names.get('Share'), 'boilerplate:share');
});

test('text-browser dumps: numbered link menus and reference lists are chrome', t => {
	const text = `[1]Home [2]News [3]Sport [4]Weather\n\nThe Title Of The Story\n\n${body}\n\nReferences\n\n   1. https://example.org/\n   2. https://example.org/news`;
	const names = byText(text, labelArticle(text));
	t.is(names.get('[1]Home [2]News [3]Sport [4]Weather'), 'boilerplate:navigation');
	t.is(names.get('The Title Of The Story'), 'title');
	t.is(names.get('2. https://example.org/news'), 'boilerplate:scraper');
	// The list's first entry is one of the page's links too, not the article's source URL (fresh user D10).
	t.is(names.get('1. https://example.org/'), 'boilerplate:scraper');
	t.is(labelArticle(text).meta.url, undefined);
	t.not(names.get('References'), 'body');
});

test('comment forms and cookie-consent notices in German, French, Spanish and Italian', t => {
	const lines = [
		'Kommentar verfassen Antworten abbrechen',
		'Du musst angemeldet sein, um einen Kommentar abzugeben.',
		'Vous devez être connecté pour publier un commentaire.',
		'Il tuo indirizzo email non sarà pubblicato.',
		'Wir nutzen Cookies auf unserer Website.',
		'Diese Cookies sind unbedingt erforderlich, um Ihnen die auf unserer Webseite verfügbaren Dienste zur Verfügung zu stellen.',
		'Notwendige Website Cookies',
		'Este sitio utiliza cookies propias y de terceros.',
		'Utilizziamo i cookie per migliorare la tua esperienza.',
	];
	const text = `${body}\n${lines.join('\n')}`;
	const names = byText(text, labelArticle(text));
	for (const line of lines) t.regex(names.get(line) ?? '', /^boilerplate:(?:comments|legal)$/u, line);
});

test('a consent dialog printed as one long paragraph is chrome; a long article paragraph about cookies is not', t => {
	const dialog = 'Wenn Sie unter 16 Jahre alt sind und Ihre Zustimmung zu freiwilligen Diensten geben möchten, müssen Sie Ihre Erziehungsberechtigten um Erlaubnis bitten. Einige Cookies sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern. Personenbezogene Daten können verarbeitet werden, zum Beispiel für personalisierte Anzeigen und Inhalte oder Anzeigen- und Inhaltsmessung. Weitere Informationen über die Verwendung Ihrer Daten finden Sie in unserer Datenschutzerklärung, die Sie jederzeit aufrufen können. Sie können Ihre Einwilligung jederzeit widerrufen.';
	const report = 'Die Datenschutzbehörde stellte am Dienstag ihren Jahresbericht vor. Viele Unternehmen setzten Cookies ein, ohne die Nutzer ausreichend zu informieren, sagte die Präsidentin der Behörde vor Journalisten in Berlin. Die Behörde habe im vergangenen Jahr mehr als dreihundert Beschwerden erhalten und in vierzig Fällen Bußgelder verhängt. Im kommenden Jahr wolle man vor allem kleine Händler beraten, die ihre Seiten oft von Agenturen betreiben ließen und die Regeln nicht kennten.';
	const text = `${body}\n${report}\n${body}\n${dialog}`;
	const names = byText(text, labelArticle(text));
	t.is(names.get(report), 'body');
	t.is(names.get(dialog), 'boilerplate:legal');
});

test('reasons: false gives every line the same kind, and no reason to the blocks the fitted decision drops unnamed', t => {
	const pages = [0, 1, 2, 3].map(k => `Home | World | Sport\nLatest\n\n${story(k)}\n\nMore from us\nWeather Tomorrow Sunny\nJane says:\nGreat piece\n\nPrivacy Terms Contact`);
	const evidence = buildCorpusEvidence(pages);
	let unnamed = 0;
	for (const page of pages) {
		const full = labelArticle(page, evidence);
		const kinds = labelArticle(page, evidence, undefined, {reasons: false});
		t.deepEqual(kinds.lines.map(line => line.kind), full.lines.map(line => line.kind));
		kinds.lines.forEach((line, i) => {
			if (line.kind === 'boilerplate' && line.reason === undefined) {
				unnamed++;
				t.is(full.lines[i].kind, 'boilerplate');
				t.truthy(full.lines[i].reason);
			}
		});
	}

	t.true(unnamed > 0, 'some block was dropped by the fitted decision alone');
});

test('a YAML front matter block opening the text is metadata, and its "date:" line is not the article\'s date (breaker10 H32)', t => {
	const text = '---\ntitle: "Factory fire kills 12 in Dhaka"\ndate: 2025-03-03\nauthor: Anna Reporter\ntags: [fire, dhaka]\n---\n\nA fire at a garment factory on the outskirts of Dhaka killed 12 workers on Monday and injured 45 others, police said.\n\nThe blaze broke out in the morning and took firefighters three hours to control, a fire service spokesman told reporters.\n';
	const labels = labelArticle(text);
	t.deepEqual(labels.lines.filter(line => line.n <= 6).map(line => [line.n, line.kind, line.reason]), [1, 2, 3, 4, 5, 6].map(n => [n, 'metadata', 'front matter']));
	t.deepEqual(labels.lines.filter(line => line.n > 6).map(line => line.kind), ['body', 'body']);
	t.not(labels.meta.date, 'date: 2025-03-03');
});

const scrape = (masthead: string) =>
	[
		'  • Home', '  • News', '  • Sport', '', masthead, '', 'Search', '', '[logo]', '',
		'Factory fire kills 12 in Dhaka garment district', '',
		'Published: Tuesday | April 26, 2022 | 9:52 PM', '',
		'At least 12 people were killed when a fire swept through a garment factory in Dhaka on Tuesday, officials said.', '',
		'The fire service said rescuers reached the site within an hour and pulled dozens of workers from the building.', '',
		'The labour minister promised an inquiry into the causes of the fire and said the owners would be held to account.', '',
		'Share this article', '',
	].join('\n');

test('a masthead\'s date above the title (the day of the scrape) does not date the article over its "Published:" line (breaker13 M18)', t => {
	const wednesday = scrape('Wed | Apr 27, 2022');
	const friday = scrape('Fri | Apr 29, 2022');
	t.is(labelArticle(wednesday).meta.date, 'Published: Tuesday | April 26, 2022 | 9:52 PM');
	const comparison = compareArticles({text: wednesday, labels: labelArticle(wednesday)}, {text: friday, labels: labelArticle(friday)});
	t.deepEqual(comparison.facts ?? [], []);
});

test('a byline the decision keeps between the standfirst and the "PUBLISHED:" line does not put that line inside the text: the masthead\'s clock does not date the article (breaker17b L8)', t => {
	const page = [
		'  • Home', '  • News', '  • Sport', '', 'Search', '', 'Thursday, November 9th 2023', '', 'Today\'s Paper', '',
		'City elects a new mayor, the first to lead it from the east side', '',
		'Nadia Berg, 27, won with 58% of the vote in Tuesday\'s municipal election, defeating the councillor who got 41%.', '',
		'By Staff and news service reports', '',
		'PUBLISHED: November 8, 2023 at 11:30 p.m. | UPDATED: November 9, 2023 at 12:21 a.m.', '',
		'The city appears to be the first in the state to have elected a mayor from the east side, officials said on Wednesday.', '',
		'Berg has served on the City Council since she was elected at age 23 in 2019, and she ran on housing and transport.', '',
		'The outgoing mayor did not seek reelection, and he endorsed Berg in the last week of the campaign.', '',
		'Share this article', '',
	].join('\n');
	t.is(labelArticle(page).meta.date, 'PUBLISHED: November 8, 2023 at 11:30 p.m.');
});

test('articleDateLine: lines above the last body line first, the publication\'s before an update\'s, one saying it is the publication\'s, then the nearest to the article\'s start', t => {
	const line = (value: string, index: number) => ({value, index});
	const chosen = (lines: Array<{value: string; index: number}>, start: number, lastBody: number) => articleDateLine(lines, start, lastBody)?.value;
	// The article starts at block 8: a masthead's bare date far above loses to the byline's date right above the text.
	t.is(chosen([line('Wed | Apr 27, 2022', 0), line('April 26, 2022', 6)], 8, 20), 'April 26, 2022');
	t.is(chosen([line('April 27, 2022', 6), line('Published April 26, 2022', 2)], 8, 20), 'Published April 26, 2022');
	t.is(chosen([line('Updated April 27, 2022', 7), line('April 20, 2022', 2)], 8, 20), 'April 20, 2022', 'an update dates no publication while another line does');
	t.is(chosen([line('Updated April 27, 2022', 7)], 8, 20), 'Updated April 27, 2022');
	t.is(chosen([line('Wed | Apr 27, 2022', 0), line('May 1, 2024', 22)], 8, 20), 'Wed | Apr 27, 2022', 'a related story\'s date below the article comes last');
	t.is(chosen([line('July 2012', 5), line('July 12, 2012', 2)], 8, 20), 'July 12, 2012', 'a whole date over a month');
	t.is(chosen([line('May 3, 2022', 5), line('May 4, 2022', 11)], 8, 20), 'May 3, 2022', 'equally near: the one above the start');
	t.is(articleDateLine([], 8, 20), undefined);
});

test('a page\'s masthead clock above its menu does not date the article when its byline line does; a teaser\'s date below does not either (breaker13b N27)', t => {
	const paragraphs = ['A fire at a garment factory killed twelve workers on Monday, the fire service said in a statement to reporters.', 'Firefighters fought the blaze for six hours before it was brought under control, officials said.', 'The factory employed about 1,300 people, most of them women, according to the industry association.'];
	const text = ['Sunday, January 19, 2020', 'Home', 'News', 'Sports', 'Opinion', '', 'Factory fire kills twelve', '', 'By Anna Reporter', 'January 17, 2020', '', ...paragraphs.flatMap(p => [p, '']), 'More news', 'Council approves the new budget', 'February 2, 2020'].join('\n');
	t.is(labelArticle(text).meta.date, 'January 17, 2020');
});

test('a date line that gives the publication and then an update dates the article by the publication, in English and German (breaker13b N32)', t => {
	t.is(publicationPart('Published March 3, 2025 · Updated March 6, 2025'), 'Published March 3, 2025');
	t.is(publicationPart('Veröffentlicht am 03.03.2025 · Aktualisiert am 06.03.2025'), 'Veröffentlicht am 03.03.2025');
	t.is(publicationPart('Aktualisiert am 06.03.2025, 10:00 Uhr · Erstveröffentlichung: 03.03.2025'), 'Erstveröffentlichung: 03.03.2025');
	t.true(datesUpdate('Stand: 06.03.2025'));
	t.false(datesUpdate('23 July 2012 Last updated at 20:55 ET'));
});

const dated = (dateLine: string, byline = 'By Anna Reporter') =>
	['Factory fire kills 12 in Dhaka garment district', '', byline, '', dateLine, '', 'At least 12 people were killed when a fire swept through a garment factory in Dhaka on Tuesday, officials said.', '', 'The fire service said rescuers reached the site within an hour and pulled dozens of workers from the building.', '', 'The labour minister promised an inquiry into the causes of the fire and said the owners would be held to account.', ''].join('\n');

test('an article whose date line gives the update first is dated by its first publication (breaker13 M36)', t => {
	t.is(labelArticle(dated('Updated March 6, 2025, first published March 3, 2025')).meta.date, 'first published March 3, 2025');
	t.is(labelArticle(dated('Last updated: 6 March 2025 10:00 GMT | Originally published: 3 March 2025')).meta.date, 'Originally published: 3 March 2025');
	const left = dated('Updated March 6, 2025, first published March 3, 2025');
	const right = dated('March 4, 2025');
	t.deepEqual(
		(compareArticles({text: left, labels: labelArticle(left)}, {text: right, labels: labelArticle(right)}).facts ?? []).map(fact => [fact.left, fact.right]),
		[['March 3, 2025', 'March 4, 2025']],
	);
});

test('a byline with a relative time is metadata, and two scrapes of it a day apart are no change (breaker13 M42)', t => {
	const left = dated('March 3, 2025', 'By Anna Reporter · 3 hours ago');
	const right = dated('March 3, 2025', 'By Anna Reporter · 2 days ago');
	const labels = labelArticle(left);
	t.is(labels.meta.byline, 'By Anna Reporter · 3 hours ago');
	const comparison = compareArticles({text: left, labels}, {text: right, labels: labelArticle(right)});
	t.deepEqual(comparison.facts ?? [], []);
	t.is(comparison.relation, 'identical');
});

test('"read also" markers in Spanish as Latin America writes it, and in the Nordic languages and Czech, are related links (breaker14 P4)', t => {
	const lines = ['Lea también: Las exportaciones textiles alcanzan un récord en marzo', 'Lea más: El Gobierno aprueba el presupuesto', 'Lea: Las lluvias dejan tres muertos', 'Ver también: La crisis del agua', 'Læs også: Regeringen falder', 'Läs också: Riksdagen röstar i dag', 'Les også: Nytt rekord i Oslo', 'Lue myös: Hallitus kaatui', 'Čtěte také: Vláda padla'];
	const text = `${body}\n${lines.join('\n')}`;
	const names = byText(text, labelArticle(text));
	for (const line of lines) t.is(names.get(line), 'boilerplate:related', line);
	// "Lea" is a name too: a sentence that opens with it is no marker.
	const named = `${body}\nLea Salonga sang the anthem before the match, the organisers said on Sunday.`;
	t.is(byText(named, labelArticle(named)).get('Lea Salonga sang the anthem before the match, the organisers said on Sunday.'), 'body');
});

test('with no date line, the article is dated by a short line of its header that holds a whole date, whatever its label; a sentence is not one', t => {
	const paragraphs = ['A fire at a garment factory killed twelve workers on Monday, the fire service said in a statement to reporters.', 'Firefighters fought the blaze for six hours before it was brought under control, officials said.', 'The factory employed about 1,300 people, most of them women, according to the industry association.'];
	const page = (header: string) => ['Factory fire kills twelve', '', header, '', ...paragraphs.flatMap(p => [p, ''])].join('\n');
	t.is(labelArticle(page('28.04.2021 - 07:18 | Quelle: dpa-afx | Lesedauer etwa 4 min. | Text vorlesen')).meta.date, '28.04.2021 - 07:18 | Quelle: dpa-afx | Lesedauer etwa 4 min. | Text vorlesen');
	t.is(labelArticle(page('The court quashed a ruling of 3 March 2020.')).meta.date, undefined);
});

test('with no date line, a header line that runs on past its date dates the article by its opening (a byline, a publication word or a weekday, then the date); a lede that opens on a date does not', t => {
	const paragraphs = ['A fire at a garment factory killed twelve workers on Monday, the fire service said in a statement to reporters.', 'Firefighters fought the blaze for six hours before it was brought under control, officials said.', 'The factory employed about 1,300 people, most of them women, according to the industry association.'];
	const page = (header: string) => ['Factory fire kills twelve', '', header, '', ...paragraphs.flatMap(p => [p, ''])].join('\n');
	const dayOf = (header: string) => {
		const date = labelArticle(page(header)).meta.date;
		return date === undefined ? undefined : parseDate(date);
	};
	t.is(dayOf('By Ela Novak on 31. October, 2023 | 18 Comments. This post may contain affiliate links. As an associate we earn from qualifying purchases, which helps us keep the lights on here.'), Date.UTC(2023, 9, 31));
	t.is(dayOf('Mittwoch, März 7, 2018 21 Allgemein, Beauty, Haare färben, Haarfarbe, Pflegespülung, Shampoo, Test, Drogerie, Pflege, Tipps, Farbe, Braun, Kaffee, Koffein, Marken, Produkte, Kosmetik'), Date.UTC(2018, 2, 7));
	t.is(dayOf('On 31 October 2023, the council voted to close the factory for good after a long inquiry into its safety record. The owners said they would appeal against the decision in court.'), undefined);
});

test('share bars and advertisement markers in Italian, Dutch, German and Polish are chrome (breaker14 P10)', t => {
	const lines = ['Pubblicità', 'Condividi su Facebook', 'Condividi questo articolo', 'Advertentie', 'Deel op Facebook', 'Deel dit artikel', 'Diesen Artikel teilen: Facebook Twitter WhatsApp E-Mail', 'Zur Startseite', 'Udostępnij na Facebooku', 'Zobacz też: Pożar w fabryce'];
	for (const line of lines) {
		const text = `${body}\n${line}\n${body}`;
		t.not(byText(text, labelArticle(text)).get(line), 'body', line);
	}
});

test('an image placeholder whose file name holds a date does not date the article (breaker14b Q8)', t => {
	const paragraphs = ['A fire at a garment factory killed twelve workers on Monday, the fire service said in a statement to reporters.', 'Firefighters fought the blaze for six hours before it was brought under control, officials said.', 'The factory employed about 1,300 people, most of them women, according to the industry association.'];
	const text = ['Factory fire kills twelve', '', '[WhatsApp-Image-2022-05-03-at-7]', '', ...paragraphs.flatMap(p => [p, ''])].join('\n');
	t.is(labelArticle(text).meta.date, undefined);
});

test('a date line inside the article\'s text (an embedded Facebook post\'s "Posted by … on Monday, …") does not date the article over its header\'s date (breaker16 B9)', t => {
	const line = (value: string, index: number) => ({value, index});
	// The article starts at block 8; blocks 8-12 are its text.
	const inText = (index: number) => index > 9 && index <= 12;
	t.is(articleDateLine([line('March 3, 2025', 6), line('Posted by Harbour Council on Monday, March 10, 2025', 11)], 8, 12, inText)?.value, 'March 3, 2025');
	t.is(articleDateLine([line('Posted by Harbour Council on Monday, March 10, 2025', 11)], 8, 12, inText)?.value, 'Posted by Harbour Council on Monday, March 10, 2025', 'the only date line still dates it');
	const paragraphs = ['The harbour council voted on Monday to close the old bridge to cars for two years while engineers replace its steel frame.', 'Shop owners on the north bank said they feared losing customers, and asked the council to pay for a shuttle bus.', 'The mayor said the city would look at the request but warned that the budget for the repairs had grown by a third.'];
	const text = ['Harbour bridge to close for two years', '', 'By Anna Reporter', '', 'March 3, 2025', '', paragraphs[0], '', paragraphs[1], '', '    The bridge closes on Monday. Read the council\'s notice and the detour map here…', '', '    Posted by Harbour Council on Monday, March 10, 2025', '', paragraphs[2], ''].join('\n');
	t.is(labelArticle(text).meta.date, 'March 3, 2025');
});

test('an event\'s date in the header (a film\'s release, an exhibition\'s dates, prices from a day on) does not date the article; its own date does (breaker16 B9)', t => {
	for (const event of ['Kinostart: 02. April 2015 im Verleih der Constantin Film', 'Ausstellung vom 9. bis 23. Februar 2017', '9-23 Feb 2017 | Mo-Fr 9–16', '23.10.2015 - 25.10.2015', 'Die wichtigsten Ticketpreise ab 01.01.2024', 'Open from 3 to 9 March 2025']) t.true(datesEvent(event), event);
	for (const own of ['March 3, 2025', 'Beitrag vom 3. März 2020', 'Von David Hutzler, dpa, 03.03.2021', '03.03.2025 - 10:32 Uhr', 'Stand: 12.03.2024 - 14:50 Uhr', 'Published from London on 3 March 2025']) t.false(datesEvent(own), own);
	const line = (value: string, index: number) => ({value, index});
	t.is(articleDateLine([line('6. November 2023', 6), line('Die wichtigsten Ticketpreise ab 01.01.2024', 7)], 8, 20)?.value, '6. November 2023');
	const paragraphs = ['The harbour cinema reopens this spring with a season of films about the sea, the council said on Monday.', 'Tickets go on sale next week, and the first screening is a restored print of a silent film about the harbour.', 'The mayor said the cinema had been closed for three years while its roof and its projectors were replaced.'];
	const text = ['Harbour cinema to reopen with a season of sea films', '', 'By Anna Reporter · March 3, 2025', '', 'Season from 3 to 9 April 2025', '', ...paragraphs.flatMap(p => [p, ''])].join('\n');
	t.is(parseDateSpan(labelArticle(text).meta.date ?? '')?.start, Date.UTC(2025, 2, 3));
});
