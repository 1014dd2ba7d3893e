import test from 'ava';
import fc from 'fast-check';
import type {ArticleLabels, LineLabel} from '../../source/boilerplate/label.js';
import {splitLines, isBlank} from '../../source/text/lines.js';
import {cleanTitle, deriveTitle, maxTitleLength, plainFirstSentence, shorten} from '../../source/corpus/title.js';

test('a wire\'s version slug is not part of the title: "UPDATE 2-Factory fire …" is titled "Factory fire …" (breaker13 M7)', t => {
	t.is(cleanTitle('UPDATE 2-Factory fire kills 12 in Dhaka garment district'), 'Factory fire kills 12 in Dhaka garment district');
	t.is(cleanTitle('CORRECTED-UPDATE 1-Factory fire kills 12'), 'Factory fire kills 12');
	t.is(cleanTitle('COVID-19 cases rise again'), 'COVID-19 cases rise again');
});

/** Labels every non-blank line as body, except the kinds given by line number. */
const labelled = (text: string, kinds: Record<number, Partial<LineLabel>> = {}): ArticleLabels => ({
	lines: splitLines(text)
		.filter(line => !isBlank(text.slice(line.start, line.end)))
		.map(line => ({n: line.n, span: {start: line.start, end: line.end}, kind: 'body' as const, ...kinds[line.n]})),
	language: 'und',
	meta: {},
	boilerplateShare: 0,
});

test('a given title wins, whitespace collapsed', t => {
	const text = '# Heading\n\nBody.';
	t.is(deriveTitle(text, labelled(text), '  Given \n title\t'), 'Given title');
});

test('a blank given title is ignored', t => {
	const text = '# Heading\n\nBody.';
	t.is(deriveTitle(text, labelled(text), '  '), 'Heading');
});

test('the line labelled title wins over earlier body lines', t => {
	const text = 'Some intro line that is body.\n\n**The Real Title**\n\nBody text.';
	t.is(deriveTitle(text, labelled(text, {3: {kind: 'title'}})), 'The Real Title');
});

test('boilerplate lines before the heading are skipped (labels say so)', t => {
	const text = 'Breaking news\nOther headline one -\nOther headline two -\n\nHow Things Went Wrong\n\nIt all began on Sunday. Then more.';
	const labels = labelled(text, {
		1: {kind: 'boilerplate', category: 'headlines'},
		2: {kind: 'boilerplate', category: 'headlines'},
		3: {kind: 'boilerplate', category: 'headlines'},
	});
	t.is(deriveTitle(text, labels), 'How Things Went Wrong');
});

test('a Markdown heading loses its markup', t => {
	const text = '\n\n# How Russia Is Reacting to the Downfall of Syria\'s Assad\n\nDecember 08, 2024\n\nText.';
	t.is(deriveTitle(text, labelled(text)), 'How Russia Is Reacting to the Downfall of Syria\'s Assad');
});

test('without a heading, the first sentence of the first paragraph', t => {
	const text = 'The ministry confirmed the news on Sunday. It added more details later.\nSecond line of the paragraph.';
	t.is(deriveTitle(text, labelled(text)), 'The ministry confirmed the news on Sunday.');
});

test('a standalone line ending with a full stop is not taken for a heading', t => {
	const text = 'Short note.\n\nThe story begins here and goes on. More.';
	t.is(deriveTitle(text, labelled(text)), 'Short note.');
});

test('CJK heading without spaces', t => {
	const text = '俄罗斯对叙利亚局势的反应\n\n克里姆林宫周日保持沉默。';
	t.is(deriveTitle(text, labelled(text)), '俄罗斯对叙利亚局势的反应');
});

test('CRLF text: title has no CR', t => {
	const text = '# Title here\r\n\r\nBody.\r\n';
	t.is(deriveTitle(text, labelled(text)), 'Title here');
});

test('long first sentences are shortened at a word boundary', t => {
	const text = `${'word '.repeat(100)}end.`;
	const title = deriveTitle(text, labelled(text));
	t.true(title.length <= maxTitleLength);
	t.true(title.endsWith('word…'));
});

test('a 100,000-character line without spaces is cut, never split inside a surrogate pair', t => {
	const text = '😀'.repeat(50_000);
	const title = deriveTitle(text, labelled(text));
	t.true(title.length <= maxTitleLength);
	t.notRegex(title, /[\uD800-\uDBFF]…$/);
	t.is(shorten('😀'.repeat(100), 10), '😀😀😀😀…');
});

test('empty text has an empty title (the caller falls back to the file name)', t => {
	t.is(deriveTitle('', labelled('')), '');
	t.is(deriveTitle('\n\n  \n', labelled('\n\n  \n')), '');
});

test('Markdown markup is removed', t => {
	t.is(cleanTitle('## **Bold** and [link](http://x.y) and <https://a.b/c> and *em* and `code` ##'), 'Bold and link and https://a.b/c and em and code');
	t.is(cleanTitle('snake_case_name stays'), 'snake_case_name stays');
	t.is(cleanTitle('> quoted'), 'quoted');
});

test('control characters stay raw in the title (safe-text renders them)', t => {
	const text = '# Evil \u001b]52;c;ZXZpbA==\u0007 title';
	t.is(deriveTitle(text, labelled(text)), 'Evil \u001b]52;c;ZXZpbA==\u0007 title');
});

test('a Markdown list item at the top is a link, not the heading: the labeller and the reader read links by one pattern', t => {
	for (const item of ['- Politics', '* Home', '+ Sport', '– World']) {
		const text = `${item}\n\nHow Things Went Wrong\n\nIt all began on Sunday. Then more.`;
		t.is(deriveTitle(text, labelled(text)), 'How Things Went Wrong', item);
	}
});

test('a headline wrapped over two lines (a folded dump) is one title, as the unwrapped page\'s', t => {
	const text = 'Menu\n\nHR Innovation in an Enterprise – Challenges and Chances of the\nPersonnel Departments\n\nBody text of the article.';
	t.is(deriveTitle(text, labelled(text, {3: {kind: 'title', block: 3}, 4: {kind: 'title', block: 3}})), 'HR Innovation in an Enterprise – Challenges and Chances of the Personnel Departments');
	// Two title lines apart are not one headline.
	const apart = 'First headline\n\nSecond headline\n\nBody.';
	t.is(deriveTitle(apart, labelled(apart, {1: {kind: 'title'}, 3: {kind: 'title'}})), 'First headline');
});

test('the first sentence of a body paragraph wrapped over lines is read across them (a folded dump)', t => {
	const text = 'NBC News reporters bring you compelling stories from across the\nnation. For more U.S. news, follow us on Twitter.';
	t.is(deriveTitle(text, {...labelled(text), lines: labelled(text).lines.map(line => ({...line, block: 0}))}), 'NBC News reporters bring you compelling stories from across the nation.');
});

/** The first sentence as Intl.Segmenter trims it (what firstSentence asks ICU when plainFirstSentence does not answer). */
const segmentedFirst = (head: string): string | undefined => {
	for (const {segment} of new Intl.Segmenter(undefined, {granularity: 'sentence'}).segment(head)) if (segment.trim()) return segment.trim();
	return undefined;
};

test('the plain first sentence is the one Intl.Segmenter finds, whenever it answers', t => {
	// The pieces UAX #29's rules read around a sentence end: letters of both cases, digits, closing quotes and
	// brackets, spaces and tabs, commas, colons and dashes, line breaks, and letters outside ASCII.
	const piece = fc.constantFrom('.', '!', '?', '. ', '! ', '? ', ' ', '  ', '\t', 'A', 'Z', 'a', 'z', 'U.S', '5', '"', '\'', ')', '(', ',', ':', ';', '-', '\n', '\r\n', 'É', 'é', 'ß', '。', 'Mr', 'The', 'cost', '3.5');
	let answered = 0;
	fc.assert(
		fc.property(fc.array(piece, {maxLength: 30}), pieces => {
			const head = pieces.join('');
			const plain = plainFirstSentence(head);
			if (plain === undefined) return;
			answered++;
			t.is(plain || undefined, segmentedFirst(head), JSON.stringify(head));
		}),
		{numRuns: 3000},
	);
	t.true(answered > 300, `only ${answered} samples answered: the property says little`);
});

test('a headline sentence of ASCII is found without the segmenter; anything else is left to it', t => {
	t.is(plainFirstSentence('Council approves budget. The vote was close.'), 'Council approves budget.');
	t.is(plainFirstSentence('  No end at all  '), 'No end at all');
	t.is(plainFirstSentence('The U.S. economy grew.'), undefined);
	t.is(plainFirstSentence('It cost $3.5 million. Then more.'), undefined);
	t.is(plainFirstSentence('Café opens. Then more.'), undefined);
	t.is(plainFirstSentence('Done. and more'), undefined);
});

test('an e-mail\'s subject header is its title without the label (breaker11 J8)', t => {
	t.is(cleanTitle('Subject: Factory fire kills 12 in Dhaka'), 'Factory fire kills 12 in Dhaka');
	t.is(cleanTitle('Betreff: Brand in Dhaka'), 'Brand in Dhaka');
	// A headline that only starts with the word is left as it is.
	t.is(cleanTitle('Subjects of the inquiry named'), 'Subjects of the inquiry named');
});

test('a page\'s <title> alone names it after the line labelled title: "Daily Planet - World News" is the site, the headline line the article (breaker11 J14)', t => {
	const text = 'Daily Planet\n\nFactory fire kills 12 in Dhaka\n\nA fire at a garment factory on the outskirts of Dhaka killed 12 workers on Monday, police said.\n';
	const labels = {language: 'en', lines: [
		{n: 1, kind: 'boilerplate', span: {start: 0, end: 12}},
		{n: 3, kind: 'title', span: {start: 14, end: 44}},
		{n: 5, kind: 'body', span: {start: 46, end: text.length - 1}},
	]} as unknown as ArticleLabels;
	t.is(deriveTitle(text, labels, 'Daily Planet - World News', true), 'Factory fire kills 12 in Dhaka');
	t.is(deriveTitle(text, labels, 'Daily Planet - World News'), 'Daily Planet - World News');
	// No line labelled title: the <title> names it.
	const untitled = {...labels, lines: labels.lines.filter(line => line.kind !== 'title')} as ArticleLabels;
	t.is(deriveTitle(text, untitled, 'Daily Planet - World News', true), 'Daily Planet - World News');
});

test('a first sentence of one word is an abbreviation\'s stop: the title runs on to the sentence\'s end (breaker11 J5, "Gen.")', (t) => {
	for (const [paragraph, title] of [
		['Gen. Anna Berg turned the tide in the harbour war and closed the old bridge to cars. She is 59 years old.', 'Gen. Anna Berg turned the tide in the harbour war and closed the old bridge to cars.'],
		['Mr. Dr. Tom Wells opened the new tunnel under the river on Monday. The mayor was there.', 'Mr. Dr. Tom Wells opened the new tunnel under the river on Monday.'],
		['Closed. The bridge will not open before the spring, the council said on Monday.', 'Closed. The bridge will not open before the spring, the council said on Monday.'],
	]) {
		const text = `${paragraph}\n`;
		t.is(deriveTitle(text, labelled(text)), title, paragraph);
	}
});

test('a one-sentence paragraph of ASCII is its own first sentence without the segmenter (closing quotes and spaces after its end)', t => {
	for (const head of ['The council approved the budget on Monday.', 'Is it over? ', 'He said "no."  ', 'It rained (again).']) {
		t.is(plainFirstSentence(head), head.trim());
		t.is(plainFirstSentence(head), segmentedFirst(head));
	}

	t.is(plainFirstSentence('It rained. again'), undefined);
});

test('an image\'s stand-in is never the title a body\'s first line gives ("[bullet_sid][bullet_tog]", breaker16 B7)', t => {
	const text = '[bullet_sid][bullet_tog]\n\nThe council approved a plan on Monday to close the old bridge. Work starts in spring.';
	t.is(deriveTitle(text, labelled(text)), 'The council approved a plan on Monday to close the old bridge.');
	const photo = 'Photo: harbour at dawn\n\nThe council approved a plan on Monday to close the old bridge.';
	t.is(deriveTitle(photo, labelled(photo)), 'The council approved a plan on Monday to close the old bridge.');
});
