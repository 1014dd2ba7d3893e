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

test('site evidence is bounded as the labelling passes are: at most maxSites sites (the most articles first), at most maxLines lines; exact below the bounds', t => {
	// Five sites: site 0 has four pages, the others two each.
	const articles = Array.from({length: 12}, (_, i) => {
		const site = i < 4 ? 0 : 1 + Math.floor((i - 4) / 2);
		return {path: `site${site}/${i}.txt`, text: `${story(i + 1)}\n\nFooter of site ${site}, printed on every page of it for the readers of the town.`};
	});
	const exact = buildSiteEvidence(articles);
	t.is(new Set(exact.filter(Boolean)).size, 5);
	const two = buildSiteEvidence(articles, undefined, {maxSites: 2});
	t.is(new Set(two.filter(Boolean)).size, 2);
	t.truthy(two[0]);
	t.truthy(two[4]);
	t.falsy(two[11]);
	// Lines: the evidence of every site together holds at most maxLines keys, the footers (in every page of a site) kept longest.
	const maxLines = 40;
	const bounded = buildSiteEvidence(articles, undefined, {maxLines});
	const held = [...new Set(bounded.filter(site => site !== undefined))];
	t.true(held.reduce((sum, site) => sum + site.lineCounts.size, 0) <= maxLines);
	t.true(held.reduce((sum, site) => sum + site.lineCounts.size, 0) < exact.filter((site, i) => site && exact.indexOf(site) === i).reduce((sum, site) => sum + site!.lineCounts.size, 0));
	t.deepEqual(bounded.map(site => site?.articles), exact.map(site => site?.articles));
});
