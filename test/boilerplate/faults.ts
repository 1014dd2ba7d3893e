// Whole kinds of fault (issue 12), each on a page written for the test in the
// shape real page dumps have: site menu, headline, article, chrome after it.
import test from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import type {ArticleLabels} from '../../source/boilerplate/label.js';

const kindOf = (text: string, labels: ArticleLabels, line: string): string => {
	const found = labels.lines.find((label) => text.slice(label.span.start, label.span.end).trim() === line);
	if (!found) {
		throw new Error(`no line ${line}`);
	}

	return found.kind === 'boilerplate' ? `boilerplate:${found.category}` : found.kind;
};

const kept = (text: string, labels: ArticleLabels, line: string): boolean => ['body', 'title'].includes(kindOf(text, labels, line));

const menu = 'Home\nNews\nSport\nBusiness\nCulture\nOpinion';
const paragraphs = [
	'The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers warned that its steel frame was corroding faster than they had expected.',
	'The bridge, which carries about 12,000 vehicles a day, will stay open to pedestrians and cyclists while the council looks for the money to repair it, a process officials said could take several years.',
	'Shop owners on both sides of the river said they were worried that the closure would keep customers away, and asked the council to run a free bus across the water during the works.',
	'The mayor said the council had no choice but to act on the engineers\' report, and that the safety of the people who use the bridge every day had to come first.',
];
const footer = 'Most read\n  • Storm warning for the west coast\n  • Supermarket recalls cheese\n  • New frog species found in the hills\n\n© 2025 The Harbour Gazette. All rights reserved.';
const page = (article: string): string => `${menu}\n\nHarbour bridge to close to cars next spring\n\n${article}\n\n${footer}`;

test('a "Key points" list before the body is article text', (t) => {
	const text = page(`Key points:\n\n  • The bridge closes to cars in spring\n  • Pedestrians and cyclists can still cross\n  • Repairs could take several years\n\n${paragraphs.join('\n\n')}`);
	const labels = labelArticle(text);
	for (const line of ['Key points:', '• The bridge closes to cars in spring', '• Pedestrians and cyclists can still cross', '• Repairs could take several years']) {
		t.true(kept(text, labels, line), line);
	}

	t.false(kept(text, labels, '• Supermarket recalls cheese'));
});

test('a last paragraph ending with a colon and the list after it are article text', (t) => {
	const text = page(`${paragraphs.join('\n\n')}\n\nThe council listed three options for the repair:\n\n  • Replace the steel frame\n  • Build a new bridge beside the old one\n  • Run a ferry until the money is found`);
	const labels = labelArticle(text);
	for (const line of ['The council listed three options for the repair:', '• Replace the steel frame', '• Build a new bridge beside the old one', '• Run a ferry until the money is found']) {
		t.true(kept(text, labels, line), line);
	}

	t.false(kept(text, labels, '• New frog species found in the hills'));
});

test('a bullet list touching the article and written in its vocabulary is article text, with no lead-in', (t) => {
	// The key points under the headline, and a summary under the last paragraph: no colon introduces them.
	const points = ['• Council votes to close the harbour bridge to cars', '• Engineers warned that the steel frame was corroding', '• Pedestrians and cyclists can still use the bridge'];
	const summary = ['• Shop owners worried about customers during the works', '• The mayor put the safety of people first', '• Repairs could take several years'];
	const text = page(`${points.map((line) => `  ${line}`).join('\n')}\n\n${paragraphs.join('\n\n')}\n\n${summary.map((line) => `  ${line}`).join('\n')}`);
	const labels = labelArticle(text, undefined, undefined, {model: null});
	for (const line of [...points, ...summary]) {
		t.not(kindOf(text, labels, line), 'boilerplate:headlines', line);
	}

	// Other stories' headlines name other subjects: still a headline list.
	t.is(kindOf(text, labels, '• Supermarket recalls cheese'), 'boilerplate:related');
	t.false(kept(text, labelArticle(text), '• New frog species found in the hills'));
});

test('the last paragraph of the body is kept without a final full stop', (t) => {
	const last = 'Residents can send their views to the council until the end of the month, and a public meeting will be held in the town hall on March 12 at 7pm';
	const text = page(`${paragraphs.join('\n\n')}\n\n${last}`);
	t.true(kept(text, labelArticle(text), last));
});

for (const [kind, sentence] of [
	['newsletter sign-up', 'Sign up for our free morning newsletter and get the most important stories of the day delivered straight to your inbox.'],
	['app download pitch', 'Download our app for iPhone and Android to read the latest news wherever you are, and get alerts when a big story breaks.'],
	['subscription prompt', 'Subscribe today to get unlimited access to all of our journalism, including our award-winning investigations, for just $1 a week.'],
	['cookie prompt', 'This website stores cookies on your computer to improve your browsing experience and to show you content that is relevant to you.'],
	['reader support pitch', 'If you value our independent reporting, please consider supporting us with a donation today, because every contribution helps us keep going.'],
] as const) {
	test(`chrome written as a full sentence is boilerplate: ${kind}`, (t) => {
		const text = page(`${paragraphs.join('\n\n')}\n\n${sentence}`);
		const labels = labelArticle(text);
		t.false(kept(text, labels, sentence), kindOf(text, labels, sentence));
		for (const paragraph of paragraphs) {
			t.true(kept(text, labels, paragraph));
		}
	});
}

test('a comment thread under its heading ("3 Responses to “…”") is not article text, however much it reads as prose', (t) => {
	const comments = [
		'3 Responses to “Harbour bridge to close to cars next spring”',
		'Jane Miller says:',
		'March 3, 2025 at 9:14 am',
		'I cross that bridge every morning on my way to work and I have been saying for years that it was not safe, so I am glad the council finally listened.',
		'Reply',
		'Tom Baker says:',
		'March 3, 2025 at 11:02 am',
		'The council should have found the money years ago instead of spending it on the new town hall, which nobody asked for and nobody uses.',
		'Reply',
	];
	const text = page(`${paragraphs.join('\n\n')}\n\n${comments.join('\n\n')}`);
	const labels = labelArticle(text);
	for (const line of comments) {
		t.false(kept(text, labels, line), line);
	}

	for (const paragraph of paragraphs) {
		t.true(kept(text, labels, paragraph));
	}
});

test('a sentence that counts responses is not a comment thread heading', (t) => {
	const sentence = '40 responses to the survey were received before the deadline';
	const text = page(`${paragraphs.slice(0, 2).join('\n\n')}\n\n${sentence}\n\n${paragraphs.slice(2).join('\n\n')}`);
	const labels = labelArticle(text);
	t.true(kept(text, labels, sentence), kindOf(text, labels, sentence));
	t.true(kept(text, labels, paragraphs[3]));
});

test('a comment thread known by its structure (a name, a date, the comment, again and again) and its replies is not article text', (t) => {
	// No heading, no "says:": what repeats is the shape of each comment's header, and a "Reply" under each
	// (clock times alone are no thread: a live blog's entries have them, test/boilerplate/dated-entries.ts).
	const comments = [
		['Jane Miller', '3 March 2025, 09:14', 'I cross that bridge every morning on my way to work and I have been saying for years that it was not safe, so I am glad the council finally listened.'],
		['Tom Baker', '3 March 2025, 11:02', 'The council should have found the money years ago instead of spending it on the new town hall, which nobody asked for and nobody uses.'],
		['Priya', '4 March 2025, 17:45', 'My shop is right next to the bridge and I have no idea how my customers are going to reach me during the works, nobody from the council has asked us.'],
		['Sam O\'Neill', '5 March 2025, 08:30', 'A free bus across the river is the least they could do, given how long they have known about the rust and how little they have done about it.'],
	];
	const text = page(`${paragraphs.join('\n\n')}\n\n${comments.map((comment) => `${comment.join('\n\n')}\n\nReply`).join('\n\n')}`);
	const labels = labelArticle(text);
	for (const [, date, comment] of comments) {
		t.false(kept(text, labels, comment), `${comment}: ${kindOf(text, labels, comment)}`);
		t.false(kept(text, labels, date), date);
	}

	for (const paragraph of paragraphs) {
		t.true(kept(text, labels, paragraph));
	}
});

// A plain Urdu wire story: a headline without a stop, then one long paragraph
// whose sentences end with the Urdu full stop "۔" (U+06D4). The labeller read
// only ". ! ? 。 ！ ？ ؟ ।" as sentence ends, so the paragraph, a little under
// the stopword share of a "good" line, never read as a sentence and went as
// "navigation: line outside the article" while the headline stayed.
test('a paragraph ending with another script\'s full stop (Urdu ۔) is article text', (t) => {
	const content = ['مسجد', 'چھت', 'لاہور', 'ریسکیو', 'ٹیمیں', 'ہسپتال', 'نمازی', 'ملبے', 'دوپہر', 'حکام', 'زخمی'];
	const stop = ['اور', 'آج', 'ادھر', 'اطراف'];
	const words = (count: number, everyStop: number): string => Array.from({length: count}, (_, i) => (i % everyStop === 0 ? stop[i % stop.length] : content[i % content.length])).join(' ');
	const headline = words(26, 3);
	const sentences = Array.from({length: 8}, (_, i) => `${words(24 + i, 6)}۔`).join('');
	const text = `${headline}\n\n${sentences}\n`;
	const labels = labelArticle(text);
	t.is(kindOf(text, labels, sentences), 'body');
	t.is(labels.boilerplateShare, 0);

	// The same paragraph whose last sentence lost its stop: long prose of the
	// language beside the headline is still the article (jusText's near-good).
	const unstopped = sentences.slice(0, -1);
	const plain = `${headline}\n\n${unstopped}\n`;
	t.is(kindOf(plain, labelArticle(plain), unstopped), 'body');
});

test('a sentence of the story that opens with a chrome word ("Related stocks…", "Copyright lawyers…") is the story; the chrome itself is still chrome', (t) => {
	const story = ['Related stocks in Asia fell 2% on the news, dealers said.', 'Copyright lawyers said the ruling would affect 200 cases.'];
	const text = page([paragraphs[0], story[0], paragraphs[1], story[1], paragraphs[2], 'Related Articles', '  • Storm warning for the west coast', '  • Supermarket recalls cheese', paragraphs[3]].join('\n\n'));
	const labels = labelArticle(text);
	for (const line of story) t.is(kindOf(text, labels, line), 'body', line);
	t.is(kindOf(text, labels, 'Related Articles'), 'boilerplate:related');
	t.is(kindOf(text, labels, '© 2025 The Harbour Gazette. All rights reserved.'), 'boilerplate:legal');
	const notice = `${paragraphs.join('\n\n')}\n\nCopyright 2025 Harbour Gazette. All rights reserved.`;
	t.is(kindOf(notice, labelArticle(notice), 'Copyright 2025 Harbour Gazette. All rights reserved.'), 'boilerplate:legal');
	for (const line of ['Copyright by Harbour Verlag GmbH. Alle Rechte vorbehalten.', 'Copyright by the Harbour Gazette and its writers.']) {
		const signed = `${paragraphs.join('\n\n')}\n\n${line}`;
		t.is(kindOf(signed, labelArticle(signed), line), 'boilerplate:legal', line);
	}
});

test('key points under the headline, worded as headlines ("kills", "orders") of the story the prose tells ("killed", "ordered"), are article text, and so is the headline above them (breaker10 H25)', (t) => {
	const points = ['- Fire at garment factory kills 12, injures 45', '- Building had no fire exits, spokesman says', '- Prime minister orders inquiry'];
	const prose = [
		'A fire at a garment factory on the outskirts of Dhaka killed 12 workers on Monday and injured 45 others, police said.',
		'The blaze broke out in the morning and took firefighters three hours to control, a spokesman of the fire service told reporters. The building had no fire exits.',
		'Prime Minister Sheikh Hasina ordered an inquiry.',
	];
	for (const heading of ['', '**Summary**\n\n']) {
		const text = `Factory fire kills 12 in Dhaka\n\n${heading}${points.join('\n')}\n\n${prose.join('\n\n')}\n`;
		const labels = labelArticle(text);
		for (const line of points) t.true(kept(text, labels, line), `${heading}${line}`);
		t.is(kindOf(text, labels, 'Factory fire kills 12 in Dhaka'), 'title', heading);
	}
});

test('a sentence of the story opening with "Copyright" and a year ("Copyright 2025 filings rose …") is the story; a notice with a year and its holder is still a notice', (t) => {
	const sentence = 'Copyright 2025 filings rose 10% in the quarter, the office said.';
	const text = page([paragraphs[0], paragraphs[1], sentence, paragraphs[2], paragraphs[3]].join('\n\n'));
	t.is(kindOf(text, labelArticle(text), sentence), 'body');
	t.is(kindOf(text, labelArticle(text, undefined, undefined, {model: null}), sentence), 'body', 'the rules alone');
	for (const notice of ['Copyright 2025 Harbour Gazette. All rights reserved.', 'Copyright 2025 harbourgazette.com. All rights reserved.', 'Copyright 2025 harbourgazette.com.', 'Copyright 2025 by the Harbour Gazette and its writers.', 'Copyright 2025 Harbour Media GmbH | Impressum']) {
		const signed = `${paragraphs.join('\n\n')}\n\n${notice}`;
		t.is(kindOf(signed, labelArticle(signed), notice), 'boilerplate:legal', notice);
	}
});

test('a blog engine\'s entry footer ("This entry was posted in …", "Dieser Eintrag wurde veröffentlicht in …") is chrome, however much it reads as a sentence; a story sentence about a post is not', (t) => {
	const footers = [
		'This entry was posted in Harbour News by jdoe. Bookmark the permalink.',
		'This entry was posted on Tuesday, March 4th, 2025 at 9:12 am and is filed under Harbour News. You can follow any responses to this entry through the RSS 2.0 feed.',
		'This entry was written by jdoe, posted on 3/4/2025 at 9:12 am, filed under Harbour News. Bookmark the permalink.',
		'Dieser Eintrag wurde veröffentlicht in Hafen-Treffen von jdoe. Permanentlink.',
		'Dieser Beitrag wurde unter Hafen abgelegt und mit Brücke, Stadtrat verschlagwortet. Setze ein Lesezeichen auf den Permalink.',
	];
	for (const footer of footers) {
		const text = page(`${paragraphs.join('\n\n')}\n\n${footer}`);
		t.is(kindOf(text, labelArticle(text, undefined, undefined, {model: null}), footer), 'boilerplate:navigation', footer);
	}

	const story = 'The entry was posted online by the ministry on Monday, hours before the vote.';
	const text = page([paragraphs[0], paragraphs[1], story, paragraphs[2], paragraphs[3]].join('\n\n'));
	t.is(kindOf(text, labelArticle(text), story), 'body');
});
