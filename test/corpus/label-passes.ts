import test from 'ava';
import fc from 'fast-check';
import {labelArticle} from '../../source/boilerplate/classify.js';
import {buildCorpusEvidence, type CorpusEvidence} from '../../source/boilerplate/corpus-evidence.js';
import {boundEvidence, boundSites} from '../../source/boilerplate/evidence-bound.js';
import {buildSiteEvidence} from '../../source/boilerplate/site-evidence.js';
import type {Article} from '../../source/corpus/article.js';
import {labelInPasses} from '../../source/corpus/label-passes.js';
import {story} from '../boilerplate/stories.js';

const footer = 'The Harbour Gazette is published by the harbour trust and printed in the old town every single morning of the week.';
const menu = 'Home\nNews\nSport\nWeather';
const corpus: Article[] = [1, 2, 3, 4, 5, 6].map(n => ({
	id: `${n}`,
	name: `${n}.txt`,
	path: n <= 3 ? `gazette/${n}.txt` : `other/${n}.txt`,
	text: n <= 3 ? `${menu}\n\n${story(n)}\n\n${footer}\n` : `${story(n)}\n${menu}\n`,
	size: 0,
	warnings: [],
	meta: n === 6 ? {url: 'https://example.org/a'} : {},
}));

/** Labels as the corpus held in memory gives them (what strip did before the passes). */
const inMemory = (articles: Article[]) => {
	const evidence = buildCorpusEvidence(articles.map(article => article.text));
	const sites = buildSiteEvidence(articles);
	return articles.map((article, i) => labelArticle(article.text, evidence, undefined, {site: sites[i]}).lines);
};

const collect = async (options: Parameters<typeof labelInPasses>[1]) => {
	let opened = 0;
	const open = async function* () {
		opened++;
		yield* corpus;
	};

	const labels = [];
	for await (const article of labelInPasses(open, options)) labels.push(article.labels.lines);
	return {labels, opened};
};

test('two passes give the labels of the corpus held in memory, whether the articles are kept or read again', async t => {
	const expected = inMemory(corpus);
	const kept = await collect({});
	t.is(kept.opened, 1);
	t.deepEqual(kept.labels, expected);
	let rereads: boolean | undefined;
	const reread = await collect({memoryBudget: 1, onFirstPass: summary => (rereads = summary.rereads)});
	t.is(reread.opened, 2);
	t.true(rereads);
	t.deepEqual(reread.labels, expected);
	// The footer is template: repeated in the gazette's three stories.
	t.is(expected[0].at(-1)!.kind, 'boilerplate');
});

test('bounded evidence: the keys held stay under the bound, and every count is a lower bound of the true count', t => {
	fc.assert(
		fc.property(fc.array(fc.array(fc.integer({min: 0, max: 40}), {maxLength: 12}), {maxLength: 30}), fc.integer({min: 2, max: 30}), (articles, maxLines) => {
			const texts = articles.map(lines => lines.map(line => `line number ${line} of the template`).join('\n'));
			const exact = buildCorpusEvidence(texts);
			const bounded = buildCorpusEvidence([]);
			for (const text of texts) {
				const once = buildCorpusEvidence([text]);
				// Add one article at a time, bounding after each, as label-passes.ts does.
				for (const [hash] of once.lineCounts) {
					bounded.lineCounts.set(hash, (bounded.lineCounts.get(hash) ?? 0) + 1);
				}

				if (bounded.lineCounts.size > maxLines) boundEvidence([bounded], maxLines);
				t.true(bounded.lineCounts.size <= maxLines);
			}

			for (const [hash, count] of bounded.lineCounts) t.true(count <= exact.lineCounts.get(hash)!);
		}),
	);
});

test('bounding forgets the rarest lines first', t => {
	const evidence = buildCorpusEvidence(['a common line here\nonly in one', 'a common line here\nonly in two', 'a common line here\nonly in three']);
	t.is(evidence.lineCounts.size, 4);
	t.is(boundEvidence([evidence], 4), 1);
	t.deepEqual([...evidence.lineCounts.values()], [3]);
});

test('bounding sites forgets those of the fewest articles first, never the one being counted, down to half the bound', t => {
	const site = (articles: number): CorpusEvidence => ({...buildCorpusEvidence([]), articles});
	const sites = new Map([['a', site(1)], ['b', site(5)], ['c', site(1)], ['d', site(2)], ['e', site(1)]]);
	t.is(boundSites(sites, 4, 'e'), 2);
	t.deepEqual([...sites.keys()], ['b', 'e']);
	const few = new Map([['a', site(1)], ['b', site(1)]]);
	t.is(boundSites(few, 4), 2, 'within the bound: nothing forgotten');
});

test('bounded sites: never more kept than the bound, and the labels of a corpus within it unchanged', async t => {
	// Pages of many hosts, one page each, and a gazette whose two pages share a footer, far apart.
	const page = (n: number, host: string, text: string): Article => ({id: `${n}`, name: `${n}.txt`, path: `${n}.txt`, text, size: 0, warnings: [], meta: {url: `https://${host}/${n}`}});
	const pages = (gap: number) => [
		page(0, 'gazette.example', `${menu}\n\n${story(100)}\n\n${footer}\n`),
		...Array.from({length: gap}, (_, k) => page(k + 1, `host${k}.example`, `${story(k)}\n${menu}\n`)),
		page(gap + 1, 'gazette.example', `${menu}\n\n${story(101)}\n\n${footer}\n`),
	];
	const run = async (articles: Article[], maxSites?: number) => {
		let sites = 0;
		const labels = [];
		const open = async function* () {
			yield* articles;
		};

		for await (const article of labelInPasses(open, {...(maxSites === undefined ? {} : {maxSites}), onFirstPass: summary => (sites = summary.sites)})) labels.push(article.labels.lines);
		return {labels, sites};
	};

	for (const [gap, maxSites] of [[3, 10], [3, 4], [12, 4], [12, 2], [30, 8]] as const) {
		const articles = pages(gap);
		const exact = await run(articles);
		t.is(exact.sites, gap + 1);
		const bounded = await run(articles, maxSites);
		t.true(bounded.sites <= maxSites, `${gap} ${maxSites}: ${bounded.sites} sites kept`);
		if (gap + 1 <= maxSites) t.deepEqual(bounded.labels, exact.labels, `${gap} ${maxSites}`);
		else t.true(bounded.sites < gap + 1, 'sites were forgotten');
	}
});
