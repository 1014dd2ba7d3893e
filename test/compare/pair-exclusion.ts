import test from 'ava';
import type {ArticleLabels, LineKind} from '../../source/boilerplate/label.js';
import {compareArticles, type ComparedArticle} from '../../source/compare/compare-articles.js';
import {outsideUnsharedReason, pairExclusions} from '../../source/compare/pair-exclusion.js';

/** An article whose lines carry the given labels, one per line. */
const article = (lines: ReadonlyArray<[string, LineKind]>): ComparedArticle => {
	let start = 0;
	const labels: ArticleLabels = {lines: [], language: 'en', meta: {}, boilerplateShare: 0};
	for (const [index, [text, kind]] of lines.entries()) {
		labels.lines.push({n: index + 1, span: {start, end: start + text.length}, kind, ...(kind === 'boilerplate' ? {category: 'navigation' as const, reason: 'test'} : {})});
		start += text.length + 1;
	}

	return {text: lines.map(([text]) => text).join('\n'), labels};
};

const body = 'The council voted on Tuesday to close the old bridge for repairs.';
const last = 'The letter sent by an alliance of chefs to the Prime Minister';
const extra = 'An extra paragraph appended to the copy, with several words in it.';

test('a line that is boilerplate on one side and body on the other is compared on both', t => {
	const left = article([[body, 'body'], [last, 'boilerplate']]);
	const right = article([[body, 'body'], [last, 'body'], [extra, 'body']]);
	const excluded = pairExclusions(left, right);
	t.deepEqual(excluded.left, []);
	const comparison = compareArticles(left, right);
	t.is(comparison.changes, 1);
});

test('boilerplate found on neither side as body stays left out', t => {
	const left = article([[body, 'body'], ['Share this', 'boilerplate']]);
	const right = article([[body, 'body'], ['Share this', 'boilerplate'], ['Back to top', 'boilerplate']]);
	const excluded = pairExclusions(left, right);
	t.is(excluded.left.length, 1);
	t.is(excluded.right.length, 2);
	t.is(compareArticles(left, right).changes, 0);
});

/** An article whose lines carry labels with reasons. */
const labelled = (lines: ReadonlyArray<[string, LineKind, string?]>): ComparedArticle => {
	let start = 0;
	const labels: ArticleLabels = {lines: [], language: 'en', meta: {}, boilerplateShare: 0};
	for (const [index, [text, kind, reason]] of lines.entries()) {
		labels.lines.push({n: index + 1, span: {start, end: start + text.length}, kind, ...(kind === 'boilerplate' ? {category: 'navigation' as const, reason: reason ?? 'test'} : {})});
		start += text.length + 1;
	}

	return {text: lines.map(([text]) => text).join('\n'), labels};
};

test('a line judged boilerplate by its place only is article text when the other side has it reworded (chrome is never reworded)', t => {
	const left = labelled([
		[body, 'body'],
		['The expedition led by Maurice Herzog reached the summit of Annapurna at 8,078 metres in June 1950.', 'boilerplate', 'after the article'],
		['Share this article', 'boilerplate', 'share links'],
		['Read our other stories about climbing', 'boilerplate', 'after the article'],
	]);
	const right = labelled([
		[body, 'body'],
		['In June 1950 the Annapurna summit, 8,078 metres, was reached by the expedition of Maurice Herzog.', 'boilerplate', 'after the article'],
		['Share this article', 'boilerplate', 'share links'],
		['Subscribe to the climbing newsletter today', 'boilerplate', 'after the article'],
	]);
	const rows = compareArticles(left, right).rows;
	const annapurna = rows.find(row => row.left && left.text.slice(row.left.start, row.left.end).includes('Annapurna'))!;
	t.not(annapurna.kind, 'boilerplate');
	t.truthy(annapurna.right);
	// What does not pair stays the boilerplate it was labelled, with its reason.
	const other = rows.find(row => row.left && left.text.slice(row.left.start, row.left.end).startsWith('Read our'))!;
	t.is(other.kind, 'boilerplate');
	t.is(other.reason, 'after the article');
	t.false(rows.some(row => row.kind === 'added' || row.kind === 'removed'), rows.map(row => row.kind).join(' '));
});

test('the same positional chrome on both sides stays boilerplate (copied, not reworded)', t => {
	const footer = 'More stories from our climbing desk and the mountain guides';
	const left = labelled([[body, 'body'], [footer, 'boilerplate', 'after the article']]);
	const right = labelled([[body, 'body'], [footer, 'boilerplate', 'after the article']]);
	const rows = compareArticles(left, right).rows;
	t.deepEqual(rows.map(row => row.kind), ['same', 'boilerplate', 'boilerplate']);
});

test('between two scrapes of one page (the sentences word for word the same), positional chrome that changed stays boilerplate on both sides', t => {
	// Fresh user D11: a share counter and a sidebar headline that changed between scrapes were compared as text: edited, facts, exit 1.
	const story = ['The council approved the new budget of 12 million euros on Monday after a long debate.', 'The mayor said the plan would be reviewed next year.', 'Opposition members voted against it, saying the schools had waited long enough.'];
	const page = (counter: string, headline: string) =>
		labelled([
			...story.map((sentence): [string, 'body'] => [sentence, 'body']),
			[counter, 'boilerplate', 'after the article'],
			[headline, 'boilerplate', 'far from the article'],
		]);
	const comparison = compareArticles(page('SHARES 155', '• Canada wins 6-2 over Russia in the Super Series opener'), page('SHARES 156', '• Canada wins 5-1 in Halifax as the Super Series goes on'));
	t.deepEqual(comparison.rows.map(row => row.kind), ['same', 'same', 'same', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
	t.is(comparison.relation, 'identical');
	t.deepEqual(comparison.facts, []);
});

/** An article whose lines carry labels with a category: [text, kind, category?]. */
const categorised = (lines: ReadonlyArray<[string, LineKind, ('template' | 'navigation')?]>): ComparedArticle => {
	let start = 0;
	const labels: ArticleLabels = {lines: [], language: 'en', meta: {}, boilerplateShare: 0};
	for (const [index, [text, kind, category]] of lines.entries()) {
		labels.lines.push({n: index + 1, span: {start, end: start + text.length}, kind, ...(kind === 'boilerplate' ? {category: category ?? 'navigation', reason: category === 'template' ? 'repeated in 2 stories of the site' : 'test'} : {})});
		start += text.length + 1;
	}

	return {text: lines.map(([text]) => text).join('\n'), labels};
};

const follow = 'You can follow any responses to this entry through the feed of the blog. You can leave a response, or a trackback from your own site.';

test('a line one side labels as its site\'s template is left out on both, however the other side keeps it (two posts of one blog share no text on it)', t => {
	// A short post whose site line is template on its side, and a longer post of the blog keeping it between its text and a comment.
	const short = categorised([
		['Pre-election issue of the weekly health review', 'title'],
		['Are you voting this year? Regardless, the review at the other blog keeps you informed of the health care issues of the election.', 'body'],
		[follow, 'boilerplate', 'template'],
	]);
	const long = categorised([
		['Malaria returns to the islands', 'title'],
		['The economic crisis affects not only the wallets of the population but its health as well, with contagious diseases on the rise.', 'body'],
		['Some seventy cases were reported this year, and at least twelve people appear to have been infected in the country itself.', 'body'],
		[follow, 'body'],
		['Agree that this is a concern, but malaria is not a contagious disease in the usual sense of the word.', 'body'],
	]);
	const excluded = pairExclusions(short, long);
	t.is(excluded.left.length, 1);
	t.is(excluded.right.length, 1);
	t.is(long.text.slice(excluded.right[0]!.span.start, excluded.right[0]!.span.end), follow);
	t.is(excluded.right[0]!.category, 'template');
	const comparison = compareArticles(short, long);
	t.false(['identical', 'verbatim', 'edited', 'rewritten'].includes(comparison.relation), `${comparison.relation} ${comparison.similarity}`);
});

test('a line labelled template on both sides stays left out on both (no line added twice)', t => {
	const left = categorised([[body, 'body'], [follow, 'boilerplate', 'template']]);
	const right = categorised([[body, 'body'], [follow, 'boilerplate', 'template']]);
	const excluded = pairExclusions(left, right);
	t.is(excluded.left.length, 1);
	t.is(excluded.right.length, 1);
	t.is(compareArticles(left, right).changes, 0);
});

// Two posts of one blog, each under its headline and date, that share no line of their articles; far below each, the
// blog's menu of translations, which the labeller leaves out by its place alone (and which differs a little by page).
const menu = (page: string) => `Translate to English   Übersetzen Sie zum Deutsch/German   Traduzca al Español/Spanish   Traduisez au Français/French   Tradurre in Italiano/Italian   Traduzir para o Português/Portuguese   Vertaal naar Nederlands/Dutch   Przetłumacz na Polski/Polish ${page}`;
const blogPost = (title: string, date: string, own: readonly string[], page: string) => labelled([
	['Home', 'boilerplate', 'few words'],
	[title, 'title'],
	[date, 'metadata'],
	...own.map((line): [string, 'body'] => [line, 'body']),
	['Share this post with your friends', 'boilerplate', 'after the article'],
	[menu(page), 'boilerplate', 'far from the article'],
	['Plugin by the translation people', 'boilerplate', 'far from the article'],
]);
const wakeboard = blogPost('Pond, zipline and wakeboard', 'Posted on 5 November 2012', ['Here is a dream for wakeboarding fans: ride all day without a boat, fumes or petrol.', 'Two friends strung a cable between towers on each side of a private pond to do it.'], 'wakeboard');
const robot = blogPost('A robot that finds parts on demand', 'Posted on 7 November 2012', ['This device answers every tinkerer\'s prayers: it finds the small parts you asked for.', 'Ask it for a resistor and the right drawer slides open, driven by two stepper motors.'], 'robot');

test('two pages with heads whose articles share no line: the chrome each labels outside its article by place alone (above its head, below its end) is left out firmly, not compared (no copies on a menu)', t => {
	const excluded = pairExclusions(wakeboard, robot);
	const below = (side: ComparedArticle, items: typeof excluded.left) => items.filter(item => item.reason === outsideUnsharedReason).map(item => side.text.slice(item.span.start, item.span.end));
	t.deepEqual(below(wakeboard, excluded.left), ['Home', 'Share this post with your friends', menu('wakeboard'), 'Plugin by the translation people']);
	t.deepEqual(below(robot, excluded.right), ['Home', 'Share this post with your friends', menu('robot'), 'Plugin by the translation people']);
	const comparison = compareArticles(wakeboard, robot);
	t.false(['identical', 'verbatim', 'edited', 'rewritten'].includes(comparison.relation), `${comparison.relation} ${comparison.similarity}`);
	t.false(comparison.rows.some(row => row.kind !== 'boilerplate' && row.left !== null && wakeboard.text.slice(row.left.start, row.left.end).includes('Translate')));
});

test('pages whose articles share a line, or without a head, keep their outside-the-article lines tentative (a misjudged end is found by its reworded counterpart)', t => {
	const shared = 'Ask it for a resistor and the right drawer slides open, driven by two stepper motors.';
	const copy = blogPost('A robot that finds parts', 'Posted on 8 November 2012', ['A tinkerer\'s prayers answered: it finds the parts you need.', shared], 'copy');
	t.false(pairExclusions(robot, copy).left.some(item => item.reason === outsideUnsharedReason));
	const headless = (own: string, page: string) => labelled([[own, 'body'], [menu(page), 'boilerplate', 'far from the article']]);
	t.false(pairExclusions(headless('One story of its own in a sentence of words.', 'a'), headless('Another story in other words entirely here.', 'b')).left.some(item => item.reason === outsideUnsharedReason));
});
