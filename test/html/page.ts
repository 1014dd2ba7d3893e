import test from 'ava';
import fc from 'fast-check';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {readPage} from '../../source/html/page.js';
import {labelArticleWithDom} from '../../source/boilerplate/dom-evidence.js';
import {keptText} from '../../source/boilerplate/strip.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/html/${name}`, import.meta.url)));
const page = (html: string) => readPage(Buffer.from(html));
const lines = (html: string) => page(html).text.split('\n').filter(line => line !== '');

test('one line per block; inline text joined; br breaks; entities decoded; pre keeps its lines', t => {
	t.deepEqual(lines('<h2>Head&shy;line &amp; more</h2><p>One <b>bold</b><i>ish</i> <a href="/x">link</a>.<br>Second&nbsp;line</p><ul><li>a</li><li>b</li></ul><table><tr><td>c1</td><td>c2</td></tr></table><pre>x  = 1\n  y = 2</pre>'), [
		'Head\u00adline & more',
		'One boldish link.',
		'Second line',
		'a',
		'b',
		'c1\tc2',
		'x  = 1',
		'  y = 2',
	]);
});

test('a table row whose cells hold a line each is one line, cells joined by a tab as innerText gives them; a layout row keeps its lines (breaker12 K20)', t => {
	const results = '<article><table><thead><tr><th>Party</th><th>Seats</th><th>Change</th></tr></thead><tbody><tr><td><b>Labour</b></td><td><p>412</p></td><td>+211</td></tr><tr><td>Conservative</td><td></td><td>-251</td></tr><tr><td>Liberal Democrats</td></tr></tbody></table></article>';
	t.deepEqual(lines(results), ['Party\tSeats\tChange', 'Labour\t412\t+211', 'Conservative\t-251', 'Liberal Democrats']);
	const row = page(results).dom![1];
	t.regex(row.path, /> tr$/);
	// A date column does not make a row a dateline.
	const fixtures = page('<article><p>The fixtures of the season, as the league published them on Monday, with the venues.</p><table><tr><td class="date">12 May</td><td>Arsenal</td><td>Chelsea</td></tr></table></article>');
	t.deepEqual(fixtures.text.split('\n')[1], '12 May\tArsenal\tChelsea');
	t.is(fixtures.dom![1].kind, 'body');
	// A cell of several lines (paragraphs, a <br>) or holding a table is a layout cell: its row is not one line.
	t.deepEqual(lines('<table><tr><td><p>First paragraph.</p><p>Second.</p></td><td>Side</td></tr><tr><td>One<br>Two</td><td>Three</td></tr></table>'), ['First paragraph.', 'Second.', 'Side', 'One', 'Two', 'Three']);
	t.deepEqual(lines('<table><tr><td><table><tr><td>a</td><td>b</td></tr></table>after</td><td>c</td></tr></table>'), ['a\tb', 'after', 'c']);
});

test('script, style, template, noscript, form controls and hidden elements are dropped', t => {
	const text = page('<p>kept</p><script>var a = "<p>no</p>";</script><style>p{}</style><template><p>no</p></template><noscript><p>no</p></noscript><select><option>no</option></select><p hidden>no</p><p style="display: none">no</p><p aria-hidden="true">no</p><span class="sr-only">no</span><p>also kept</p>').text;
	t.is(text, 'kept\nalso kept\n');
});

test('each line remembers its element; offsets of the text index the lines', t => {
	const article = page('<body><main id="m"><article class="story"><p class="lead">Lead paragraph with enough words to count as prose, yes.</p></article></main></body>');
	t.is(article.dom!.length, 1);
	t.is(article.dom![0].path, 'html > body > main#m > article.story > p.lead');
	t.is(article.text, 'Lead paragraph with enough words to count as prose, yes.\n');
});

test('misnested and unclosed markup reads as a browser builds it (parse5)', t => {
	t.deepEqual(lines('<p>one<p>two<div>three<b>four<p>five</b>six</div><li>seven'), ['one', 'two', 'threefour', 'fivesix', 'seven']);
	t.deepEqual(lines('<table><tr><td>cell<p>para</table>after'), ['cell', 'para', 'after']);
});

test('the charset fixtures: title, date, byline, canonical URL; chrome labelled by the DOM; the article kept', t => {
	const article = readPage(fixture('ru-windows-1251.html'));
	t.is(article.givenTitle, 'Новый мост через Волгу откроют летом');
	t.deepEqual(article.meta, {date: '2024-03-01T09:30:00+01:00', byline: 'Анна Петрова', url: 'https://novosti.example/news/most'});
	t.false(article.text.includes('never shown'));
	const labels = labelArticleWithDom(article);
	const label = (start: string) => labels.lines.find(line => article.text.slice(line.span.start, line.span.end).startsWith(start));
	t.is(label('Политика')?.category, 'navigation');
	t.is(label('Facebook')?.category, 'share');
	t.is(label('Читайте также')?.category, 'related');
	t.is(label('Комментарии')?.category, 'comments');
	t.is(label('Мы используем')?.category, 'legal');
	t.is(label('Строительство моста')?.category, 'caption');
	t.regex(label('Политика')?.reason ?? '', /in <nav> \(html > body > header\.site-header > nav#main-nav/);
	const kept = keptText(article.text, labels);
	t.true(kept.startsWith('Новый мост через Волгу откроют летом\n'));
	t.true(kept.includes('Движение по новому мосту'));
	t.true(kept.includes('Мост длиной почти два километра'));
	t.false(kept.includes('Читайте также'));
	t.false(kept.includes('cookie'));
});

for (const [file, first, last] of [
	['pl-iso-8859-2.html', 'Od czerwca pasażerowie', 'Samorządowcy z Podhala'],
	['ja-shift_jis.html', '気象台は３日', '市内の公園では'],
	['zh-gb18030.html', '记者从市轨道交通集团获悉', '目前，线路已完成'],
	['ko-euc-kr.html', '시립 도서관이 다음 달부터', '주말 운영 시간은'],
] as const) {
	test(`${file}: the article's paragraphs are kept, the chrome is not`, t => {
		const article = readPage(fixture(file));
		const kept = keptText(article.text, labelArticleWithDom(article));
		t.true(kept.includes(first));
		t.true(kept.includes(last));
		t.false(kept.includes('Sport'));
		t.false(kept.includes('cookie'));
	});
}

test('a page nested 100,000 levels deep is read without a stack overflow', t => {
	const depth = 100_000;
	const article = page(`<p>top</p>${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}`);
	t.true(article.text.includes('deep text'));
	t.true(article.dom!.every(line => line.path.length < 300));
});

test('a page that is all script has no lines and says so', t => {
	const article = page(`<html><head><script>${'var x = 1;'.repeat(1000)}</script></head><body><script>document.write("hi")</script></body></html>`);
	t.is(article.text, '');
	t.deepEqual(article.warnings, ['no visible text on the page']);
});

test('metadata from JSON-LD NewsArticle outranks meta tags; <time> is the last resort for the date', t => {
	const article = page('<head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"LD title","datePublished":"2024-01-02","author":[{"@type":"Person","name":"A. Writer"},{"name":"B. Writer"}]}]}</script><meta property="og:title" content="OG title"></head><body><p>x</p></body>');
	t.is(article.givenTitle, 'LD title');
	t.deepEqual(article.meta, {date: '2024-01-02', byline: 'A. Writer, B. Writer'});
	t.is(page('<body><p>By <time datetime="2023-05-06">6 May</time></p></body>').meta.date, '2023-05-06');
	t.is(page('<head><script type="application/ld+json">{broken</script></head><body><p>x</p></body>').givenTitle, undefined);
});

test('property: any markup gives lines without control-line breaks, one DOM entry per line', t => {
	const piece = fc.oneof(
		fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<br>', '<b>', '</b>', '<a href=x>', '</a>', '<li>', '<table><tr><td>', '<pre>', '</pre>', '<script>', '</script>', '<!--', '-->', '&amp;', '&#0;', '<nav>', '</nav>'),
		fc.string({maxLength: 8}),
	);
	t.notThrows(() => fc.assert(
		fc.property(fc.array(piece, {maxLength: 40}), parts => {
			const article = page(parts.join(''));
			const textLines = article.text === '' ? [] : article.text.slice(0, -1).split('\n');
			return textLines.length === article.dom!.length && textLines.every(line => line.trim() !== '' && !line.includes('\r'));
		}),
	));
});

test('a 10 MB page (a huge inline script and data island around a short article) is read; only the article is text', t => {
	const filler = `<script>var data = ${JSON.stringify('x'.repeat(5 * 1024 * 1024))};</script><style>${'.a{color:red}'.repeat(500_000)}</style>`;
	const html = `<html><head>${filler}</head><body><article><h1>Headline</h1><p>The only paragraph of the page, long enough to be the article, yes.</p></article></body></html>`;
	t.true(html.length > 10 * 1024 * 1024);
	const article = page(html);
	t.is(article.text, 'Headline\nThe only paragraph of the page, long enough to be the article, yes.\n');
});

test('<sup> and <sub> digits keep their place: an exponent or footnote number is not glued into the figure before it', t => {
	t.deepEqual(lines('<p>Published in 2019<sup>2</sup>, it costs 10<sup>6</sup> euros; 12 m<sup>3 </sup> of H<sub>2</sub>O; 45<sup><a href="#n">[3]</a></sup> units.</p>'), [
		// The linked "[3]" is a reference mark: no text (breaker13 M5).
		'Published in 2019², it costs 10⁶ euros; 12 m³ of H₂O; 45 units.',
	]);
});

test('a list and a table after a "Read more." paragraph inside the article are the article\'s; a list of links there stays related (breaker10 H4)', t => {
	const story = (list: string) => `<html><body><main><article><h1>Factory fire kills 12 in Dhaka</h1>
<p>A fire at a garment factory on the outskirts of Dhaka killed 12 workers on Monday and injured 45 others, police said on Tuesday.</p>
<p>The blaze broke out in the morning and took firefighters three hours to control, a spokesman of the fire service told reporters.</p>
<p>Prime Minister Sheikh Hasina ordered an inquiry.</p><p>Read more.</p>${list}
<table><tr><th>Year</th><th>Deaths</th></tr><tr><td>2012</td><td>117</td></tr><tr><td>2013</td><td>1,134</td></tr></table></article></main></body></html>`;
	const labelled = (html: string) => {
		const article = page(html);
		const text = article.text.split('\n');
		return new Map(labelArticleWithDom(article).lines.map((line) => [text[line.n - 1], line.kind]));
	};

	const plain = labelled(story('<ul><li>The owner was arrested.</li><li>Two managers fled.</li><li>Work stopped at 40 factories.</li></ul>'));
	for (const line of ['The owner was arrested.', 'Two managers fled.', 'Work stopped at 40 factories.', 'Year\tDeaths', '2013\t1,134']) t.is(plain.get(line), 'body', line);
	const links = labelled(story('<ul><li><a href="/a">Floods hit Sylhet as monsoon arrives early</a></li><li><a href="/b">Garment exports rise for a third month</a></li></ul>'));
	for (const line of ['Floods hit Sylhet as monsoon arrives early', 'Garment exports rise for a third month']) t.is(links.get(line), 'boilerplate', line);
});

test('"-5<sup>o</sup>C" reads "-5°C", as the page shows it (breaker10 H17)', t => {
	t.deepEqual(lines('<p>Overnight the temperature was -5<sup>o</sup>C in the valley.</p>'), ['Overnight the temperature was -5°C in the valley.']);
});

test('a photo story whose prose is the slide\'s caption, Readability\'s best element, keeps its prose and dek: the markup never empties an article the text found prose in', t => {
	const caption = 'The water reached 19 degrees on Sunday, the warmest start to the season in a decade, and hundreds of swimmers came down to the harbour steps before noon. Lifeguards, who were not due until June, were called in early. (Harbour Gazette)';
	const html = `<!doctype html><html><head><meta charset="utf-8"><title>Harbour swim season opens early</title></head><body>
<div id="nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></div>
<div class="story"><div class="intro"><h1>Harbour swim season opens early</h1><div class="dek"><h2>Swimmers crowded the old harbour steps on Sunday.</h2></div></div>
<div class="slideshow"><div class="slide"><div class="content-wrapper"><div class="image"><img src="swim.jpg" alt=""></div><div class="caption">${caption}</div></div></div></div></div>
<div id="footer"><p>© 2025 Example News. All rights reserved.</p></div></body></html>`;
	const article = page(html);
	t.is(article.dom[article.text.split('\n').indexOf(caption)]?.category, 'caption', 'the markup names the prose a caption');
	const kept = keptText(article.text, labelArticleWithDom(article));
	t.true(kept.includes(caption));
	t.true(kept.includes('Swimmers crowded the old harbour steps on Sunday.'));
	t.false(kept.includes('All rights reserved'));
	t.false(kept.includes('Sport'));
});

test("an embedded post's signature line in a <blockquote> is no date of the article (breaker12 K36)", (t) => {
	const html = (date: string) => `<!doctype html><html><head><meta charset="utf-8"></head><body>
<article><h1>Minister quits over scandal</h1>
<p>The transport minister resigned on Monday after reports that he had used public funds for private travel, the prime minister's office said.</p>
<blockquote class="twitter-tweet"><p lang="en">Breaking: the transport minister has resigned. More soon.</p>— News Desk (@newsdesk) <a href="https://twitter.com/newsdesk/status/1">${date}</a></blockquote>
<p>Opposition leaders called for an independent inquiry into the ministry's spending over the past five years.</p>
</article></body></html>`;
	const article = page(html('March 3, 2025'));
	const labels = labelArticleWithDom(article);
	t.is(labels.meta.date, undefined);
	const signature = article.text.split('\n').findIndex((line) => line.includes('(@newsdesk)'));
	t.is(labels.lines.find((line) => line.n === signature + 1)?.kind, 'body');
	// A date line of the article itself is still its date.
	const dated = page(html('March 3, 2025').replace('<h1>Minister quits over scandal</h1>', '<h1>Minister quits over scandal</h1><p class="date">March 2, 2025</p>'));
	t.is(labelArticleWithDom(dated).meta.date, 'March 2, 2025');
});

test('<q> reads with its quotation marks, as browsers render it (nested: single marks); a <q> across a <br> keeps both (breaker11 J32)', t => {
	t.deepEqual(lines('<p>The minister said <q>We will not resign</q> on Monday.</p>'), ['The minister said “We will not resign” on Monday.']);
	t.deepEqual(lines('<p><q>He told me <q>never</q> twice</q>, she said.</p>'), ['“He told me ‘never’ twice”, she said.']);
	t.deepEqual(lines('<p><q>One line<br>and the next</q></p>'), ['“One line', 'and the next”']);
	// Only <q>: a <blockquote> is a block of its own, unmarked, as browsers show it.
	t.deepEqual(lines('<blockquote>Said so.</blockquote>'), ['Said so.']);
});

test('a script-rendered page with no visible text is read from its JSON-LD articleBody, with a warning (breaker13 M23)', t => {
	const spa = (killed: string) =>
		`<!DOCTYPE html><html><head><title>Fire | Planet</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Factory fire kills workers in Dhaka","articleBody":"A fire killed at least ${killed} workers on Tuesday, officials said.\\nThe blaze broke out on the <third> floor & spread."}</script></head><body><div id="root"></div><script src="/main.js"></script></body></html>`;
	const page = readPage(Buffer.from(spa('12')));
	t.is(page.text, 'Factory fire kills workers in Dhaka\nA fire killed at least 12 workers on Tuesday, officials said.\nThe blaze broke out on the <third> floor & spread.\n');
	t.deepEqual(page.warnings, ['no visible text on the page; read the article text its JSON-LD gives (articleBody)']);
	t.is(page.dom.length, 3);
	// A page that shows its text keeps it: the JSON-LD body is read only when the markup shows nothing.
	const shown = readPage(Buffer.from(spa('12').replace('<div id="root"></div>', '<article><p>A fire killed at least 21 workers on Tuesday, the shown text said.</p></article>')));
	t.regex(shown.text, /the shown text said/);
	t.notRegex(shown.text, /officials said/);
});

test('the article record of a JSON-LD graph outranks a WebPage record before it, for the body, title and date (breaker13b N11)', t => {
	const page = (killed: string) =>
		`<!DOCTYPE html><html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://x/#webpage","name":"Factory fire kills workers in Dhaka - News"},{"@type":"NewsArticle","headline":"Factory fire kills workers in Dhaka","datePublished":"2025-03-03T09:00:00Z","articleBody":"A fire killed ${killed} workers on Tuesday, officials said."}]}</script></head><body><div id="root"></div></body></html>`;
	const read = readPage(Buffer.from(page('12')));
	t.is(read.text, 'Factory fire kills workers in Dhaka\nA fire killed 12 workers on Tuesday, officials said.\n');
	t.is(read.meta.date, '2025-03-03T09:00:00Z');
	t.is(read.givenTitle, 'Factory fire kills workers in Dhaka');
});

test('a script-rendered shell with a menu and a footer but no article is read from its JSON-LD articleBody (review13 R4)', t => {
	const spa = (killed: string) =>
		`<!DOCTYPE html><html><head><meta charset="utf-8"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Fire kills workers","articleBody":"A fire at a garment factory killed ${killed} workers on Tuesday, officials said."}</script></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div id="root"></div><footer><p>© 2026 Daily News. All rights reserved.</p></footer></body></html>`;
	const page = readPage(Buffer.from(spa('12')));
	t.regex(page.text, /killed 12 workers/);
	t.notRegex(page.text, /All rights reserved/);
	t.deepEqual(page.warnings, ['no article text shown on the page; read the article text its JSON-LD gives (articleBody)']);
	t.notRegex(readPage(Buffer.from(spa('21'))).text, /killed 12/);
});

test('a paywalled page showing the start of its article is read from the whole articleBody its JSON-LD gives (breaker13b N33)', t => {
	const lead = 'A fire at a garment factory in Dhaka killed workers on Monday, the fire service said.';
	const rest = ['Firefighters fought the blaze for six hours before it was under control.', 'By evening the death toll had risen to 12, officials said.', 'The factory employed about 1,300 people, most of them women.'];
	const paywalled = `<!DOCTYPE html><html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Factory fire in Dhaka","isAccessibleForFree":"False","articleBody":"${[lead, ...rest].join('\\n')}"}</script></head><body><article><h1>Factory fire in Dhaka</h1><p>${lead}</p><div class="paywall">Subscribe to continue reading.</div></article></body></html>`;
	const page = readPage(Buffer.from(paywalled));
	t.regex(page.text, /death toll had risen to 12/);
	t.deepEqual(page.warnings, ['the page shows only the start of its article; read the whole text its JSON-LD gives (articleBody)']);
	// A page that shows the whole article keeps its own text, as does one whose body begins otherwise.
	const whole = readPage(Buffer.from(paywalled.replace('<div class="paywall">Subscribe to continue reading.</div>', rest.map(line => `<p>${line}</p>`).join(''))));
	t.deepEqual(whole.warnings, []);
	const other = readPage(Buffer.from(paywalled.replace(`<p>${lead}</p>`, '<p>An unrelated opening paragraph that the JSON-LD body does not hold at all.</p>')));
	t.regex(other.text, /unrelated opening/);
	t.notRegex(other.text, /death toll/);
});
