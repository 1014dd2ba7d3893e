import test from 'ava';
import type {Article} from '../../source/corpus/article.js';
import {analyzeArticles} from '../../source/corpus/analyze.js';
import {groupArticles} from '../../source/groups/groups.js';

const syllables = ['ka', 'lo', 'mer', 'vin', 'dra', 'tos', 'bel', 'quar', 'ny', 'zu', 'pel', 'strom'];
const word = (story: number, k: number, salt: number) => `${syllables[(story * 5 + k) % 12]}${syllables[(k * 7 + salt) % 12]}${syllables[(story + salt) % 12]}`;
/** Ten sentences of one made-up story, each story in its own phrasing. */
const frames = [
	(a: string, b: string, c: string) => `The ${a} council met ${b} traders near the ${c} bridge.`,
	(a: string, b: string, c: string) => `Flooding along ${a} forced ${b} families from homes close to ${c}.`,
	(a: string, b: string, c: string) => `Striking ${a} dockers blocked ${b} cargo ships outside ${c} harbour.`,
];
const story = (s: number): string[] => Array.from({length: 10}, (_, k) => frames[s]!(word(s, k, 1), word(s, k, 2), word(s, k, 3)));

const article = (id: string, text: string, date: string): Article => ({id, path: id, name: id, text, size: text.length, warnings: [], meta: {date}});

test('a round-up quoting a few sentences of several stories joins none of them and is no one\'s original', t => {
	const stories = [0, 1, 2].map(story);
	const articles: Article[] = [];
	stories.forEach((sentences, s) => {
		articles.push(article(`story${s}-original`, sentences.join(' '), `2024-03-0${s + 1}`));
		articles.push(article(`story${s}-copy`, sentences.slice(0, 9).join(' '), `2024-03-1${s + 1}`));
	});
	const digest = stories.flatMap(sentences => sentences.slice(3, 6)).join(' ');
	articles.push(article('digest', digest, '2024-04-20'));
	const analyzed = analyzeArticles(articles);
	const infos = groupArticles(analyzed);
	const info = Object.fromEntries(analyzed.map((item, index) => [item.id, infos[index]!]));
	for (let s = 0; s < 3; s++) {
		t.is(info[`story${s}-copy`]!.group, info[`story${s}-original`]!.group);
		t.is(info[`story${s}-copy`]!.original, `story${s}-original`);
		t.regex(info[`story${s}-copy`]!.reason!, /earliest date/);
	}
	t.not(info['story0-original']!.group, info['story1-original']!.group);
	t.not(info['story1-original']!.group, info['story2-original']!.group);
	t.is(info.digest!.groupSize, 1);
});
