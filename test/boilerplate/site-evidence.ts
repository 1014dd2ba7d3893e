import test from 'ava';
import {labelArticle} from '../../source/boilerplate/classify.js';
import {buildCorpusEvidence} from '../../source/boilerplate/corpus-evidence.js';
import {buildSiteEvidence, siteKey} from '../../source/boilerplate/site-evidence.js';
import {story} from './stories.js';

test('a site is the host of the URL, else the directory', t => {
	t.is(siteKey({path: 'a/b/c.txt', meta: {url: 'https://www.example.org/news/1'}}), 'host:example.org');
	t.is(siteKey({path: 'a/b/c.txt'}), 'dir:a/b');
	t.is(siteKey({path: 'a/b/c.txt', meta: {url: 'not a url'}}), 'dir:a/b');
});

test('a line in two stories of one site is template; the same count across a mixed corpus is not', t => {
	const footer = 'The Harbour Gazette is published by the harbour trust and printed in the old town every single morning of the week.';
	const articles = [
		{path: 'gazette/1.txt', text: `${story(1)}\n\n${footer}`},
		{path: 'gazette/2.txt', text: `${story(2)}\n\n${footer}`},
		{path: 'other/3.txt', text: story(3)},
		{path: 'other/4.txt', text: story(4)},
	];
	const evidence = buildCorpusEvidence(articles.map(article => article.text));
	const sites = buildSiteEvidence(articles);
	const footerLabel = (site: typeof sites[number]) => labelArticle(articles[0].text, evidence, undefined, {model: null, site}).lines.at(-1)!;
	t.is(footerLabel(undefined).kind, 'body');
	const withSite = footerLabel(sites[0]);
	t.is(withSite.kind, 'boilerplate');
	t.is(withSite.reason, 'repeated in 2 stories of the site');
	t.deepEqual(buildSiteEvidence(articles.map((article, i) => ({...article, path: `one/${i}.txt`}))).map(site => site === undefined), [true, true, true, true]);
});
