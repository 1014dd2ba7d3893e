// Different posts of one site whose template is prose (sponsor blurbs, a featured-post
// teaser): two stories, however much of each page the site's sidebar is. A real case:
// two GeekWire posts of the dragnet dev pages, listed as one group and called `verbatim`.
import test from 'ava';
import type {Article} from '../../source/corpus/article.js';
import {comparePair, pairVerdict} from '../../source/corpus/pair-verdict.js';
import {runPipeline} from '../../source/corpus/pipeline.js';
import {sitePost} from '../boilerplate/site-posts.js';
import {story} from '../boilerplate/stories.js';

const page = (name: string, text: string, folder = '/blog'): Article => ({id: name, path: `${folder}/${name}`, name, text, size: text.length, warnings: [], meta: {}});

test('diff: two posts of one site are compared on their own stories, the shared sidebar stripped from both', t => {
	const {relation, similarity} = pairVerdict(page('1.txt', sitePost(1)), page('2.txt', sitePost(2)));
	// The helper's stories share its small vocabulary: the two stories alone are what the posts are.
	const stories = pairVerdict(page('s1.txt', story(1, 6)), page('s2.txt', story(2, 6)));
	t.is(relation, stories.relation);
	// With the sidebar kept, they were `edited`, 0.64.
	t.true(similarity < stories.similarity + 0.1, `${similarity} (the stories alone: ${stories.similarity})`);
});

test('diff: a copy of a post on the same site is still a copy', t => {
	const copy = pairVerdict(page('1.txt', sitePost(1)), page('1-updated.txt', sitePost(1, story(60, 2))));
	t.true(copy.relation === 'verbatim' || copy.relation === 'identical', copy.relation);
	t.true(copy.similarity > 0.6, String(copy.similarity));
});

test('list: posts of one site are no group; a copy of one of them joins it', async t => {
	const articles = [page('1.txt', sitePost(1)), page('2.txt', sitePost(2)), page('3.txt', sitePost(3)), page('1-copy.txt', sitePost(1, story(60, 2)))];
	const result = await runPipeline(articles);
	const groups = result!.groups;
	t.is(groups[0]!.group, groups[3]!.group);
	t.not(groups[0]!.group, groups[1]!.group);
	t.not(groups[0]!.group, groups[2]!.group);
	t.is(groups[1]!.groupSize, 1);
	t.is(groups[2]!.groupSize, 1);
	// The sidebar is the site's: it is boilerplate in every post.
	const sidebarLine = sitePost(1).indexOf('Sponsor Posts');
	const labels = result!.analyses[1]!.labels.lines;
	t.true(labels.some(line => line.span.start <= sidebarLine && sidebarLine < line.span.end && line.kind === 'boilerplate'));
});

test('a copy among pages of one folder keeps the sentences it shares between its own, even beside much prose of its own', async t => {
	// The copy edits its first and last paragraphs, keeps the four between word for word, and
	// carries a long blurb of its own site (a folder of pages of several sites is one "site").
	const paragraphs = story(5, 8).split('\n\n');
	const edit = (paragraph: string) => paragraph.replace(/\bthe\b/g, 'our').replace(/\band\b/g, 'plus');
	const copyParagraphs = paragraphs.map((paragraph, k) => (k < 2 || k > 5 ? edit(paragraph) : paragraph));
	const copy = `Menu\n\n${copyParagraphs.join('\n\n')}\n\n${story(800, 12)}\n`;
	const original = `Home\n\n${paragraphs.join('\n\n')}\n\nCopyright The Gazette.\n`;
	const result = await runPipeline([page('original.txt', original, '/pages'), page('copy.txt', copy, '/pages'), page('other.txt', sitePost(3), '/pages')]);
	const labels = result!.analyses[1]!.labels.lines;
	for (const paragraph of paragraphs.slice(2, 6)) {
		const at = copy.indexOf(paragraph);
		t.true(labels.some(line => line.span.start <= at && at < line.span.end && line.kind === 'body'), paragraph);
	}

	t.is(result!.groups[0]!.group, result!.groups[1]!.group);
});

test('diff: two texts of one folder that share a few short lines by chance (two translations of one text) keep them: too little in common for a template', t => {
	// Two versions whose prose sketches barely meet, as a machine and a human translation of one
	// article (dev-data/align eval1957 shares 3 of its 550 lines, "En avant !" among them).
	const paragraphs = (i: number) => story(i, 24).split('\n\n');
	const withLine = (i: number) => [...paragraphs(i).slice(0, 12), 'En avant !', ...paragraphs(i).slice(12)].join('\n\n');
	const {left, right} = comparePair(page('human.txt', withLine(1)), page('machine.txt', withLine(2)));
	for (const side of [left, right]) {
		const at = side.text.indexOf('En avant !');
		const label = side.labels.lines.find(line => line.span.start <= at && at < line.span.end);
		t.not(label?.reason, 'repeated in 2 stories of the site');
	}
});

test('diff and list: a short copy of one folder that replaced one paragraph of five is still a copy; what it shares is its story, not the site template', async t => {
	// A fresh user's case: a 108-word wire story and the same with paragraph 2 replaced were
	// `unrelated` 0.00, the four shared paragraphs taken for the site's template.
	const paragraphs = story(7, 5).split('\n\n');
	const original = paragraphs.join('\n\n');
	const copy = paragraphs.map((paragraph, k) => (k === 1 ? story(99, 1) : paragraph)).join('\n\n');
	const verdict = pairVerdict(page('wire.txt', original), page('copy.txt', copy));
	t.true(verdict.relation === 'verbatim' || verdict.relation === 'edited', `${verdict.relation} ${verdict.similarity}`);
	const result = await runPipeline([page('wire.txt', original), page('copy.txt', copy), page('other.txt', story(40, 5))]);
	t.is(result!.groups[0]!.group, result!.groups[1]!.group);
	t.true(result!.analyses[0]!.labels.lines.every(line => line.kind !== 'boilerplate' || line.category !== 'template'));
});

test('list: a long comment policy under every post of one site is its template, however long, also under a post with little prose of its own; posts sharing only it are no group (M20)', async t => {
	const policy = 'Guidelines: Reader comments should stay within the rules for the Gazette community. These rules will be used to decide which comments are removed from display on the site. Please keep your comments on the topic, never abusive or hostile towards other readers, and do not share any personal details. Use the report link to help keep the community at its best.';
	const limit = 'Comments may be no longer than 2000 characters and will appear on the site shortly after they are sent.';
	const post = (n: number, body: string): string => `Gazette Blog\n\nPost ${n} of the blog\n\n${body}\n\nShare this:\n\nLike this:\n\n${policy}\n\n${limit}\n\nCopyright 2012 The Gazette. All rights reserved.\n`;
	// A photo post: a few captions and one sentence of its own, less prose than the site's policy.
	const photos = 'Fans in costume at the harbour stadium on Sunday night before the match against the visitors.\n\nThe mascot\n\nA pumpkin in team colours';
	const articles = [1, 2, 3, 4, 5].map(n => page(`${n}.txt`, post(n, story(n, 5)))).concat(page('6.txt', post(6, photos)));
	const result = await runPipeline(articles);
	for (const [k, analysis] of result!.analyses.entries()) {
		const text = articles[k]!.text;
		for (const line of [policy, limit]) {
			const at = text.indexOf(line);
			const label = analysis!.labels.lines.find(l => l.span.start <= at && at < l.span.end);
			t.is(label?.kind, 'boilerplate', `${articles[k]!.name}: ${line.slice(0, 30)}`);
		}
	}

	// Every post is a story of its own.
	t.is(new Set(result!.groups.map(group => group.group)).size, 6);
});

test('list: three outlets that reprint one agency paragraph among their own sentences stay one group (breaker14b Q14)', async t => {
	const wire = 'The fire broke out on the third floor of the eight-storey Rana Garments building in the Ashulia industrial zone shortly after the morning shift began at 8 a.m., trapping hundreds of workers behind locked exits, a fire service official told reporters at the scene.';
	const outlet = (n: number) => page(`site${n}.txt`, `Headline ${n} of the outlet\n\n${story(700 + n, 2)}\n\n${wire}\n\n${story(750 + n, 2)}\n`);
	const result = await runPipeline([outlet(1), outlet(2), outlet(3), page('other1.txt', story(801, 4)), page('other2.txt', story(802, 4))]);
	const groups = result!.groups;
	t.is(groups[0]!.group, groups[1]!.group);
	t.is(groups[0]!.group, groups[2]!.group);
	t.not(groups[0]!.group, groups[3]!.group);
});
